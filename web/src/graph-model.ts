// What the actor graph draws, from the server's network: places dropped (a city is no actor),
// edges narrowed to one quad, actors merged into their countries or cut to the N with the most
// events, and a few labels chosen so that none covers another. Pure functions, no DOM.
import type { Network } from './api.js';
import { QUADS } from './colors.js';

/** PLOVER's quad of each event type. */
export const TYPE_QUAD: Record<string, (typeof QUADS)[number]> = {
  AGREE: 'verbal-cooperation', CONSULT: 'verbal-cooperation', SUPPORT: 'verbal-cooperation', CONCEDE: 'verbal-cooperation',
  COOPERATE: 'material-cooperation', AID: 'material-cooperation', RETREAT: 'material-cooperation',
  DEMAND: 'verbal-conflict', ACCUSE: 'verbal-conflict', REJECT: 'verbal-conflict', THREATEN: 'verbal-conflict',
  PROTEST: 'material-conflict', SANCTION: 'material-conflict', MOBILIZE: 'material-conflict', COERCE: 'material-conflict', ASSAULT: 'material-conflict',
};

export interface GraphOptions {
  group: 'actors' | 'countries';
  /** Most nodes kept, by events on their edges; 0 keeps all. */
  top: number;
  /** One quad, or '' for all. */
  quad: string;
  /** Entity ids that are places. */
  places: Set<string>;
  /** Names of countries by ISO alpha-3, for the country nodes (else the code). */
  countryNames?: Map<string, { en: string; ar: string | null }>;
}

export interface GNode {
  id: string;
  name_en: string;
  name_ar: string | null;
  country: string | null;
  sector: string | null;
  /** Events on the node's drawn edges. */
  weight: number;
  /** Server node ids merged into this one. */
  members: string[];
}

export interface GEdge {
  id: string;
  source: string;
  target: string;
  count: number;
  cooperation: number;
  conflict: number;
  types: Record<string, number>;
  events: string[];
}

export interface GraphModel {
  nodes: GNode[];
  edges: GEdge[];
  /** Edges of the server's network before the view's choices. */
  total: number;
}

function isPlace(id: string, places: Set<string>): boolean {
  return places.has(id);
}

export function buildGraph(net: Network, o: GraphOptions): GraphModel {
  const byId = new Map(net.nodes.map((n) => [n.id, n]));
  const nodes = new Map<string, GNode>();
  const edges = new Map<string, GEdge>();
  const nodeKey = (id: string): string | null => {
    if (o.group !== 'countries') return id;
    const c = byId.get(id)?.country;
    return c ? `country:${c}` : null;
  };
  const nodeFor = (key: string, id: string): GNode => {
    let n = nodes.get(key);
    if (!n) {
      const src = byId.get(id);
      const country = src?.country ?? null;
      n = o.group === 'countries'
        ? { id: key, name_en: (country && o.countryNames?.get(country)?.en) || country || key, name_ar: (country && o.countryNames?.get(country)?.ar) || null, country, sector: null, weight: 0, members: [] }
        : { id: key, name_en: src?.name_en ?? id, name_ar: src?.name_ar ?? null, country, sector: src?.sector ?? null, weight: 0, members: [] };
      nodes.set(key, n);
    }
    if (!n.members.includes(id)) n.members.push(id);
    return n;
  };
  for (const e of net.edges) {
    if (isPlace(e.source, o.places) || isPlace(e.target, o.places)) continue;
    const s = nodeKey(e.source);
    const t = nodeKey(e.target);
    if (!s || !t) continue;
    const types: Record<string, number> = {};
    let count = 0;
    let coop = 0;
    for (const [ty, n] of Object.entries(e.types)) {
      const q = TYPE_QUAD[ty];
      if (o.quad && q !== o.quad) continue;
      types[ty] = n;
      count += n;
      if (q?.endsWith('cooperation')) coop += n;
    }
    if (!count) continue;
    nodeFor(s, e.source);
    nodeFor(t, e.target);
    const id = `${s}->${t}`;
    let g = edges.get(id);
    if (!g) edges.set(id, (g = { id, source: s, target: t, count: 0, cooperation: 0, conflict: 0, types: {}, events: [] }));
    g.count += count;
    g.cooperation += coop;
    g.conflict += count - coop;
    for (const [ty, n] of Object.entries(types)) g.types[ty] = (g.types[ty] ?? 0) + n;
    for (const ref of e.events) if (g.events.length < 50) g.events.push(ref);
  }
  for (const g of edges.values()) {
    nodes.get(g.source)!.weight += g.count;
    if (g.target !== g.source) nodes.get(g.target)!.weight += g.count;
  }
  let kept = [...nodes.values()].sort((a, b) => b.weight - a.weight || a.id.localeCompare(b.id));
  if (o.top > 0) kept = kept.slice(0, o.top);
  const keep = new Set(kept.map((n) => n.id));
  const keptEdges = [...edges.values()].filter((g) => keep.has(g.source) && keep.has(g.target));
  // A node whose every edge went with the cut is not drawn alone.
  const linked = new Set(keptEdges.flatMap((g) => [g.source, g.target]));
  return {
    nodes: kept.filter((n) => linked.has(n.id)),
    edges: keptEdges.sort((a, b) => b.count - a.count || a.id.localeCompare(b.id)),
    total: net.edges.length,
  };
}

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

function overlaps(a: Box, b: Box): boolean {
  return a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
}

/**
 * Greedy label placement: candidates in order of importance, each kept only when its box meets no
 * kept box and no reserved one (the nodes' discs). Returns the kept ids.
 */
export function pickLabels(candidates: { id: string; box: Box }[], max: number, reserved: Box[] = []): Set<string> {
  const kept: Box[] = [...reserved];
  const out = new Set<string>();
  for (const c of candidates) {
    if (out.size >= max) break;
    if (kept.some((k) => overlaps(k, c.box))) continue;
    kept.push(c.box);
    out.add(c.id);
  }
  return out;
}
