// The claims board: events grouped by type, target and a window of dates, each group saying who
// claims it, who denies it and who (merely) reports it, with each denial paired to the claim it
// answers. A pure function of the events, so that a corpus-level module can replace it later.
import type { EventActor, EventType, Modality } from '../doc.js';
import type { StoredEvent } from '../store/store.js';

export interface DocMeta {
  outlet: string | null;
  published: string | null;
  title?: string | null;
}

export interface BoardEvent {
  event_id: string;
  doc_id: string;
  idx: number;
  type: EventType;
  mode: string | null;
  modality: Modality;
  date: string | null;
  summary_en: string;
  source: string | null;
  target: string | null;
  claimed_by: string | null;
}

export interface Party {
  /** Entity id, or a key made from the name when there is no id. */
  key: string;
  name: string;
  /** Arabic name, when the entity index knows the party. */
  name_ar: string | null;
  events: BoardEvent[];
}

export interface ClaimPair {
  /** The claim the denial answers (or, failing a claim, the report). */
  claim: BoardEvent;
  denial: BoardEvent;
  /** Why they were paired: same document, shared actor, same type ... */
  reasons: string[];
}

export interface ClaimRow {
  id: string;
  type: EventType;
  target: { key: string; name: string; name_ar: string | null } | null;
  date_from: string | null;
  date_to: string | null;
  claims: Party[];
  denials: Party[];
  reports: Party[];
  pairs: ClaimPair[];
  /** Both claimed (or reported) and denied. */
  contested: boolean;
  events: number;
}

export interface ClaimsOptions {
  /** Documents' outlet and publication date, for reporters and undated events. */
  docs?: Map<string, DocMeta>;
  /** Display names by entity id (e.g. for claimed_by, which is an id). */
  names?: Map<string, string>;
  /** Arabic names by entity id. */
  namesAr?: Map<string, string>;
  /** Largest gap in days inside one group, and between a claim and its denial. */
  windowDays?: number;
}

type Role = 'claim' | 'deny' | 'report';

interface Item {
  ev: StoredEvent;
  ref: BoardEvent;
  role: Role;
  /** The party that claims, denies or reports. */
  party: { key: string; name: string; name_ar: string | null };
  day: number | null;
  targetKey: string | null;
  /** A REJECT event whose mode is a denial: it answers a claim of any type. */
  bareDenial: boolean;
}

const DAY = 86_400_000;

function actorKey(a: EventActor | null | undefined): string | null {
  if (!a) return null;
  if (a.entity) return a.entity;
  return a.name_en ? `name:${a.name_en.toLowerCase()}` : null;
}

function parseDay(d: string | null | undefined): number | null {
  if (!d) return null;
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(d);
  if (!m) return null;
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, m[3] ? Number(m[3]) : 15) / DAY;
}

function isoDay(n: number): string {
  return new Date(n * DAY).toISOString().slice(0, 10);
}

/** Types that answer to one another: a denial of an air strike answers a claim of an attack. */
function family(t: EventType): string {
  if (t === 'ASSAULT' || t === 'COERCE') return 'violence';
  if (t === 'MOBILIZE' || t === 'RETREAT') return 'forces';
  if (t === 'AGREE' || t === 'CONSULT' || t === 'CONCEDE') return 'talks';
  if (t === 'AID' || t === 'COOPERATE' || t === 'SUPPORT') return 'support';
  return t;
}

function roleOf(e: StoredEvent): { role: Role; bare: boolean } {
  if (e.type === 'REJECT' && (e.mode ?? '').toLowerCase() === 'denial') return { role: 'deny', bare: true };
  if (e.modality === 'denied') return { role: 'deny', bare: false };
  if (e.modality === 'claimed' || e.claimed_by) return { role: 'claim', bare: false };
  return { role: 'report', bare: false };
}

function boardEvent(e: StoredEvent, name: (id: string | null) => string | null): BoardEvent {
  return {
    event_id: `${e.doc_id}:${e.idx}`,
    doc_id: e.doc_id,
    idx: e.idx,
    type: e.type,
    mode: e.mode ?? null,
    modality: e.modality,
    date: e.date,
    summary_en: e.summary_en,
    source: e.source?.name_en ?? name(e.source?.entity ?? null),
    target: e.target?.name_en ?? name(e.target?.entity ?? null),
    claimed_by: name(e.claimed_by),
  };
}

/** Who an event involves: source, target and the party that claims, denies or reports it. */
function sideOf(it: Item): Set<string> {
  const s = new Set<string>();
  for (const k of [actorKey(it.ev.source), actorKey(it.ev.target), it.ev.claimed_by, it.party.key]) {
    if (k && !k.startsWith('outlet:')) s.add(k);
  }
  return s;
}

/**
 * How well a denial answers a claim (higher is better), or null when it cannot. It must be of the
 * same type family (a bare 'denied the claims' answers any type); the denier or the denial's
 * target must be the claim's source, target or claimant — only inside one document may they pair
 * without a shared actor, and then only when one side names none; and their dates must lie within
 * the window (undated ones pair only inside one document).
 */
function pairScore(den: Item, cl: Item, windowDays: number): { score: number; reasons: string[] } | null {
  const reasons: string[] = [];
  let score = 0;
  const sameDoc = den.ev.doc_id === cl.ev.doc_id;
  if (!den.bareDenial) {
    if (family(den.ev.type) !== family(cl.ev.type)) return null;
    score += den.ev.type === cl.ev.type ? 1 : 0.5;
    reasons.push(den.ev.type === cl.ev.type ? 'same type' : 'same type family');
  }
  const denSide = sideOf(den);
  const clSide = sideOf(cl);
  const overlap = [...denSide].some((k) => clSide.has(k));
  if (overlap) {
    score += 3;
    reasons.push('shared actor');
  } else if (!sameDoc || (denSide.size > 0 && clSide.size > 0)) return null;
  if (sameDoc) {
    score += 2;
    reasons.push('same document');
  }
  if (den.day != null && cl.day != null) {
    const gap = Math.abs(den.day - cl.day);
    if (gap > windowDays) return null;
    score += 1 - gap / (windowDays + 1);
    reasons.push(gap === 0 ? 'same day' : `${Math.round(gap)} day(s) apart`);
  } else if (!sameDoc) return null;
  // Inside a document, a denial usually follows the claim it answers.
  if (sameDoc && den.ev.evidence.start >= cl.ev.evidence.start) score += 0.5;
  return { score, reasons };
}

function addTo(parties: Party[], it: Item): void {
  let p = parties.find((x) => x.key === it.party.key);
  if (!p) parties.push((p = { key: it.party.key, name: it.party.name, name_ar: it.party.name_ar, events: [] }));
  p.events.push(it.ref);
}

/** Builds the board. Rows come contested first, then by size, then by latest date. */
export function buildClaimsBoard(events: StoredEvent[], opts: ClaimsOptions = {}): ClaimRow[] {
  const windowDays = opts.windowDays ?? 3;
  const name = (id: string | null): string | null => (id ? (opts.names?.get(id) ?? id) : null);
  const items: Item[] = events.map((ev) => {
    const { role, bare } = roleOf(ev);
    const meta = opts.docs?.get(ev.doc_id);
    const ar = (id: string | null | undefined) => (id && opts.namesAr?.get(id)) || null;
    let party: { key: string; name: string; name_ar: string | null };
    if (role === 'report') {
      party = ev.claimed_by
        ? { key: ev.claimed_by, name: name(ev.claimed_by) ?? ev.claimed_by, name_ar: ar(ev.claimed_by) }
        : { key: `outlet:${meta?.outlet ?? ''}`, name: meta?.outlet ?? 'unattributed report', name_ar: meta?.outlet ?? null };
    } else {
      // The claimant / denier: who the text says says it, else the event's source.
      const id = ev.claimed_by ?? actorKey(ev.source);
      party = id
        ? { key: id, name: ev.claimed_by ? (name(ev.claimed_by) ?? id) : (ev.source?.name_en ?? name(ev.source?.entity ?? null) ?? id), name_ar: ar(ev.claimed_by ?? ev.source?.entity) }
        : { key: `outlet:${meta?.outlet ?? ''}`, name: meta?.outlet ? `unnamed (${meta.outlet})` : 'unnamed', name_ar: null };
    }
    return {
      ev,
      ref: boardEvent(ev, name),
      role,
      party,
      day: parseDay(ev.date) ?? parseDay(meta?.published),
      targetKey: actorKey(ev.target),
      bareDenial: bare,
    };
  });

  // Pair every denial with the best claim it could answer; failing a claim, with a report (the
  // text often denies what it has just reported: 'X said the strikes hit homes; Y denied it').
  const claims = items.filter((i) => i.role === 'claim');
  const reports = items.filter((i) => i.role === 'report');
  const pairedWith = new Map<Item, { claim: Item; reasons: string[] }>();
  for (const den of items.filter((i) => i.role === 'deny')) {
    let best: { claim: Item; score: number; reasons: string[] } | null = null;
    for (const pool of [claims, reports]) {
      for (const cl of pool) {
        if (cl.ev === den.ev) continue;
        const s = pairScore(den, cl, windowDays);
        if (s && (!best || s.score > best.score)) best = { claim: cl, ...s, reasons: pool === reports ? [...s.reasons, 'answers a report'] : s.reasons };
      }
      if (best) break;
    }
    if (best) pairedWith.set(den, { claim: best.claim, reasons: best.reasons });
  }

  // Group everything else by type and target, then split by gaps in the dates.
  const groups = new Map<string, Item[]>();
  for (const it of items) {
    if (pairedWith.has(it)) continue;
    const k = `${it.ev.type}|${it.targetKey ?? ''}`;
    let g = groups.get(k);
    if (!g) groups.set(k, (g = []));
    g.push(it);
  }
  const rowOf = new Map<Item, ClaimRow>();
  const rows: ClaimRow[] = [];
  const newRow = (it: Item): ClaimRow => {
    const row: ClaimRow = {
      id: '',
      type: it.ev.type,
      target: it.targetKey ? { key: it.targetKey, name: it.ref.target ?? it.targetKey, name_ar: (it.ev.target?.entity && opts.namesAr?.get(it.ev.target.entity)) || null } : null,
      date_from: null,
      date_to: null,
      claims: [],
      denials: [],
      reports: [],
      pairs: [],
      contested: false,
      events: 0,
    };
    rows.push(row);
    return row;
  };
  for (const g of groups.values()) {
    g.sort((a, b) => (a.day ?? Infinity) - (b.day ?? Infinity));
    let row: ClaimRow | null = null;
    let last: number | null = null;
    for (const it of g) {
      const breakHere = !row || (it.day == null) !== (last == null) || (it.day != null && last != null && it.day - last > windowDays);
      if (breakHere) row = newRow(it);
      rowOf.set(it, row!);
      last = it.day;
    }
  }
  const place = (it: Item, row: ClaimRow) => {
    addTo(it.role === 'claim' ? row.claims : it.role === 'deny' ? row.denials : row.reports, it);
    row.events++;
    if (it.day != null) {
      const d = isoDay(it.day);
      if (!row.date_from || d < row.date_from) row.date_from = d;
      if (!row.date_to || d > row.date_to) row.date_to = d;
    }
  };
  for (const [it, row] of rowOf) place(it, row);
  for (const [den, { claim, reasons }] of pairedWith) {
    const row = rowOf.get(claim)!;
    place(den, row);
    row.pairs.push({ claim: claim.ref, denial: den.ref, reasons });
  }
  for (const r of rows) {
    r.contested = r.pairs.length > 0 || (r.claims.length > 0 && r.denials.length > 0);
    r.id = `${r.type}|${r.target?.key ?? '-'}|${r.date_from ?? 'undated'}`;
  }
  rows.sort(
    (a, b) =>
      Number(b.contested) - Number(a.contested) ||
      Number(b.claims.length + b.denials.length > 0) - Number(a.claims.length + a.denials.length > 0) ||
      b.events - a.events ||
      (b.date_to ?? '').localeCompare(a.date_to ?? ''),
  );
  return rows;
}
