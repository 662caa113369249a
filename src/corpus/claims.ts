// The claims board — the one used by `rasad report`, the API and the UI: events grouped by type,
// target and a window of dates, each group saying who claims it, who denies it and who (merely)
// reports it, with each denial placed beside the claim it answers. A pure function of the events
// (in any order: they are put in a canonical order first).
import type { EventType, Modality } from '../doc.js';
import type { StoredEvent } from '../store/store.js';
import { pairDenials, type BoardItem, type PairChoice } from './claim-pairs.js';
import { actorKey, partyOf, roleOf, type DocMeta, type NameBook } from './claim-roles.js';

export type { DocMeta } from './claim-roles.js';
export { boardModality, roleOf } from './claim-roles.js';

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
  /** Entity id, a key made from the name when there is no id, or `outlet:...`. */
  key: string;
  name: string;
  /** Arabic name, when the entity index knows the party. */
  name_ar: string | null;
  /** ISO alpha-3, when known. */
  country: string | null;
  /** The party's events in this row, up to `ClaimsOptions.maxEventsPerParty` (5) of them. */
  events: BoardEvent[];
  /** How many events the party has in this row (events may list fewer). */
  event_count: number;
}

export interface ClaimPair {
  /** The claim the denial answers (or, failing a claim, the report). */
  claim: BoardEvent;
  denial: BoardEvent;
  /** Why they were paired: same document, shared actor, same place ... */
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
  /** Up to 10 pairs (`pair_count` says how many there are). */
  pairs: ClaimPair[];
  pair_count: number;
  /** Both claimed (or reported) and denied. */
  contested: boolean;
  events: number;
}

export interface ClaimsOptions extends NameBook {
  /** Documents' outlet and publication date, for reporters and undated events. */
  docs?: Map<string, DocMeta>;
  /** Days one row spans at most, and the largest gap between a claim and its denial. */
  windowDays?: number;
  /** Events listed per party and row (default 5; the count says how many there are). */
  maxEventsPerParty?: number;
  /** Filled, when given, with every event of each row (listed or not). */
  members?: Map<ClaimRow, StoredEvent[]>;
}

const DAY = 86_400_000;

function parseDay(d: string | null | undefined): number | null {
  if (!d) return null;
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(d);
  if (!m) return null;
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, m[3] ? Number(m[3]) : 15) / DAY;
}

function isoDay(n: number): string {
  return new Date(n * DAY).toISOString().slice(0, 10);
}

export function eventId(e: Pick<StoredEvent, 'doc_id' | 'idx'>): string {
  return `${e.doc_id}:${e.idx}`;
}

function boardEvent(e: StoredEvent, book: NameBook): BoardEvent {
  const name = (id: string | null | undefined) => (id ? (book.names?.get(id) ?? id) : null);
  return {
    event_id: eventId(e),
    doc_id: e.doc_id,
    idx: e.idx,
    type: e.type,
    mode: e.mode ?? null,
    modality: e.modality,
    date: e.date,
    summary_en: e.summary_en,
    source: e.source?.name_en ?? name(e.source?.entity),
    target: e.target?.name_en ?? name(e.target?.entity),
    claimed_by: name(e.claimed_by),
  };
}

function addTo(parties: Party[], it: BoardItem, ref: BoardEvent, max: number): void {
  let p = parties.find((x) => x.key === it.party.key);
  if (!p) parties.push((p = { ...it.party, events: [], event_count: 0 }));
  p.event_count++;
  if (p.events.length < max) p.events.push(ref);
}

/** Builds the board. Rows come contested first, then by size, then by latest date. */
export function buildClaimsBoard(events: Iterable<StoredEvent>, opts: ClaimsOptions = {}): ClaimRow[] {
  const out: ClaimRow[] = [];
  for (const _ of boardSteps(events, opts, out));
  return out;
}

/** The same board, built in steps with `pause()` between them (the server's event loop turns). */
export async function buildClaimsBoardInSteps(events: Iterable<StoredEvent>, opts: ClaimsOptions, pause: () => Promise<void>): Promise<ClaimRow[]> {
  const out: ClaimRow[] = [];
  for (const _ of boardSteps(events, opts, out)) await pause();
  return out;
}

function* boardSteps(events: Iterable<StoredEvent>, opts: ClaimsOptions, rows: ClaimRow[]): Generator<void> {
  const windowDays = opts.windowDays ?? 3;
  const maxEvents = opts.maxEventsPerParty ?? 5;
  const sorted = [...events].sort((a, b) => (a.doc_id < b.doc_id ? -1 : a.doc_id > b.doc_id ? 1 : a.idx - b.idx));
  const items: BoardItem[] = sorted.map((ev) => {
    const role = roleOf(ev);
    const meta = opts.docs?.get(ev.doc_id);
    return { ev, role, party: partyOf(ev, role, meta, opts), day: parseDay(ev.date) ?? parseDay(meta?.published) };
  });
  const refs = new Map<BoardItem, BoardEvent>(items.map((it) => [it, boardEvent(it.ev, opts)]));
  yield;
  const pairedWith = new Map<BoardItem, PairChoice>();
  yield* pairDenials(items, windowDays, pairedWith);

  // Group everything else by type and target, then split by gaps in the dates.
  const groups = new Map<string, BoardItem[]>();
  for (const it of items) {
    if (pairedWith.has(it)) continue;
    const k = `${it.ev.type}|${actorKey(it.ev.target) ?? ''}`;
    let g = groups.get(k);
    if (!g) groups.set(k, (g = []));
    g.push(it);
  }
  const rowOf = new Map<BoardItem, ClaimRow>();
  const newRow = (it: BoardItem): ClaimRow => {
    const tk = actorKey(it.ev.target);
    const row: ClaimRow = {
      id: '',
      type: it.ev.type,
      target: tk ? { key: tk, name: refs.get(it)!.target ?? tk, name_ar: (it.ev.target?.entity && opts.namesAr?.get(it.ev.target.entity)) || null } : null,
      date_from: null,
      date_to: null,
      claims: [],
      denials: [],
      reports: [],
      pairs: [],
      pair_count: 0,
      contested: false,
      events: 0,
    };
    rows.push(row);
    return row;
  };
  for (const g of groups.values()) {
    g.sort((a, b) => (a.day ?? Infinity) - (b.day ?? Infinity));
    // A row spans `windowDays` from its first day: dense reporting does not chain into one row.
    let row: ClaimRow | null = null;
    let first: number | null = null;
    for (const it of g) {
      const breakHere = !row || (it.day == null) !== (first == null) || (it.day != null && first != null && it.day - first > windowDays);
      if (breakHere) {
        row = newRow(it);
        first = it.day;
      }
      rowOf.set(it, row!);
    }
  }
  yield;
  const place = (it: BoardItem, row: ClaimRow) => {
    addTo(it.role === 'claim' ? row.claims : it.role === 'deny' ? row.denials : row.reports, it, refs.get(it)!, maxEvents);
    row.events++;
    if (opts.members) {
      const m = opts.members.get(row);
      if (m) m.push(it.ev);
      else opts.members.set(row, [it.ev]);
    }
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
    row.pair_count++;
    if (row.pairs.length < 2 * maxEvents) row.pairs.push({ claim: refs.get(claim)!, denial: refs.get(den)!, reasons });
  }
  for (const r of rows) {
    r.contested = r.pair_count > 0 || (r.claims.length > 0 && r.denials.length > 0);
    r.id = `${r.type}|${r.target?.key ?? '-'}|${r.date_from ?? 'undated'}`;
  }
  rows.sort(
    (a, b) =>
      Number(b.contested) - Number(a.contested) ||
      Number(b.claims.length + b.denials.length > 0) - Number(a.claims.length + a.denials.length > 0) ||
      b.events - a.events ||
      (b.date_to ?? '').localeCompare(a.date_to ?? '') ||
      a.id.localeCompare(b.id),
  );
}
