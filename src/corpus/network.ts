// The actor network: who acts on whom, as directed edges weighted by the number of events and
// their mean intensity, split into cooperation and conflict by quad. A pure function of events,
// used by `rasad report`, the API and the UI.
import type { EventActor } from '../doc.js';
import type { StoredEvent } from '../store/store.js';

export interface NetworkNode {
  id: string;
  name_en: string;
  name_ar: string | null;
  country: string | null;
  sector: string | null;
  /** Events in which the actor is the source or the target. */
  events: number;
}

export interface EdgeSide {
  count: number;
  mean_intensity: number | null;
}

export interface NetworkEdge {
  id: string;
  source: string;
  target: string;
  count: number;
  mean_intensity: number;
  cooperation: EdgeSide;
  conflict: EdgeSide;
  types: Record<string, number>;
  /** Up to `maxRefs` events on this edge, as doc_id:idx. */
  events: string[];
}

export interface Network {
  nodes: NetworkNode[];
  edges: NetworkEdge[];
}

function key(a: EventActor | null): string | null {
  if (!a) return null;
  if (a.entity) return a.entity;
  return a.name_en ? `name:${a.name_en.toLowerCase()}` : null;
}

export interface NetworkOptions {
  namesAr?: Map<string, string>;
  maxRefs?: number;
  /** Entities that are places: a city coded as an actor ('صنعاء') is not a node of the graph. */
  places?: Set<string>;
}

export function buildNetwork(events: Iterable<StoredEvent>, opts: NetworkOptions = {}): Network {
  const maxRefs = opts.maxRefs ?? 50;
  const nodes = new Map<string, NetworkNode>();
  const acc = new Map<string, { edge: NetworkEdge; sum: number; coopSum: number; confSum: number }>();
  const node = (k: string, a: EventActor) => {
    let n = nodes.get(k);
    if (!n) {
      nodes.set(k, (n = { id: k, name_en: a.name_en ?? k, name_ar: (a.entity && opts.namesAr?.get(a.entity)) || null, country: a.country, sector: a.sector, events: 0 }));
    }
    n.events++;
    return n;
  };
  for (const e of events) {
    const s = key(e.source);
    const t = key(e.target);
    if (!s || !t || s === t || opts.places?.has(s) || opts.places?.has(t)) continue;
    node(s, e.source!);
    node(t, e.target!);
    const id = `${s}->${t}`;
    let a = acc.get(id);
    if (!a) {
      a = {
        edge: { id, source: s, target: t, count: 0, mean_intensity: 0, cooperation: { count: 0, mean_intensity: null }, conflict: { count: 0, mean_intensity: null }, types: {}, events: [] },
        sum: 0, coopSum: 0, confSum: 0,
      };
      acc.set(id, a);
    }
    const ed = a.edge;
    ed.count++;
    a.sum += e.intensity;
    if (e.quad.endsWith('cooperation')) {
      ed.cooperation.count++;
      a.coopSum += e.intensity;
    } else {
      ed.conflict.count++;
      a.confSum += e.intensity;
    }
    ed.types[e.type] = (ed.types[e.type] ?? 0) + 1;
    if (ed.events.length < maxRefs) ed.events.push(`${e.doc_id}:${e.idx}`);
  }
  const round = (x: number) => Math.round(x * 100) / 100;
  const edges = [...acc.values()].map(({ edge, sum, coopSum, confSum }) => {
    edge.mean_intensity = round(sum / edge.count);
    edge.cooperation.mean_intensity = edge.cooperation.count ? round(coopSum / edge.cooperation.count) : null;
    edge.conflict.mean_intensity = edge.conflict.count ? round(confSum / edge.conflict.count) : null;
    return edge;
  });
  edges.sort((a, b) => b.count - a.count || a.id.localeCompare(b.id));
  return { nodes: [...nodes.values()].sort((a, b) => b.events - a.events || a.id.localeCompare(b.id)), edges };
}
