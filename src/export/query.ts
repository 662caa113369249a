// Event queries shared by the HTTP API and `rasad export`: parsing and checking the filters, and
// streaming the matching events out of any Store in bounded memory. The Store filters what it can
// (type, country, modality, dates); actor, place, several types and text are applied here.
import type { EventType, Modality } from '../doc.js';
import type { EventFilter, Store, StoredEvent } from '../store/store.js';
import { partialDateProblem } from '../partial-date.js';

export const EVENT_TYPES: EventType[] = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT',
  'DEMAND', 'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
];
export const MODALITIES: Modality[] = ['asserted', 'claimed', 'denied', 'threatened', 'intended', 'conditional', 'negated'];

export interface EventQuery {
  /** One or more PLOVER types (any of them). */
  types?: EventType[];
  /** Entity id (exact) or a substring of the English name of the source, target or claimant. */
  actor?: string;
  /** ISO alpha-3 of the source or target. */
  country?: string;
  /** Location entity id (exact) or a substring of the location's name. */
  place?: string;
  /** Inclusive bounds, YYYY, YYYY-MM or YYYY-MM-DD. */
  from?: string;
  to?: string;
  modalities?: Modality[];
  /** Full-text query over the documents (Store.search): only events of matching documents. */
  text?: string;
  docId?: string;
  limit?: number;
  offset?: number;
}

export class QueryError extends Error {}

function list(v: string | undefined): string[] {
  return (v ?? '').split(',').map((s) => s.trim()).filter(Boolean);
}

function int(v: string | undefined, name: string, min: number, max: number): number | undefined {
  if (v == null || v === '') return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < min || n > max) throw new QueryError(`${name} must be an integer from ${min} to ${max}`);
  return n;
}

/**
 * Reads a query from string parameters (a URL query or CLI options). Throws QueryError on a bad
 * value. `maxLimit` bounds `limit`.
 */
export function parseEventQuery(p: Record<string, string | undefined>, maxLimit = 10_000): EventQuery {
  const q: EventQuery = {};
  const types = list(p.type).map((t) => t.toUpperCase());
  for (const t of types) if (!EVENT_TYPES.includes(t as EventType)) throw new QueryError(`unknown event type: ${t}`);
  if (types.length) q.types = types as EventType[];
  const mods = list(p.modality).map((m) => m.toLowerCase());
  for (const m of mods) if (!MODALITIES.includes(m as Modality)) throw new QueryError(`unknown modality: ${m}`);
  if (mods.length) q.modalities = mods as Modality[];
  for (const k of ['from', 'to'] as const) {
    const v = p[k]?.trim();
    if (!v) continue;
    const problem = partialDateProblem(v);
    if (problem) throw new QueryError(`${k} ${v}: ${problem}`);
    q[k] = v;
  }
  const country = p.country?.trim().toUpperCase();
  if (country) {
    if (!/^[A-Z]{3}$/.test(country)) throw new QueryError('country must be an ISO 3166-1 alpha-3 code');
    q.country = country;
  }
  for (const k of ['actor', 'place', 'text'] as const) {
    const v = p[k]?.trim();
    if (v) {
      if (v.length > 200) throw new QueryError(`${k} is longer than 200 characters`);
      q[k] = v;
    }
  }
  const doc = p.doc?.trim();
  if (doc) q.docId = doc;
  q.limit = int(p.limit, 'limit', 1, maxLimit);
  q.offset = int(p.offset, 'offset', 0, 1e9);
  return q;
}

/** Upper bound made inclusive for partial dates: 2024 -> 2024-12-31, 2024-03 -> 2024-03-31. */
export function inclusiveTo(to: string): string {
  if (to.length === 4) return `${to}-12-31`;
  if (to.length === 7) return `${to}-31`;
  return to;
}

/** The part of a query that every Store understands. */
export function storeFilter(q: EventQuery): EventFilter {
  const f: EventFilter = {};
  if (q.types?.length === 1) f.type = q.types[0];
  if (q.modalities?.length === 1) f.modality = q.modalities[0];
  if (q.country) f.country = q.country;
  if (q.from) f.from = q.from;
  if (q.to) f.to = inclusiveTo(q.to);
  if (q.docId) f.docId = q.docId;
  return f;
}

/** Names an actor filter may match, besides entity ids (e.g. Arabic names from the entity index). */
export type ActorIds = Set<string> | null;

/** The checks a Store cannot make. `docIds` restricts to documents (from a text search). */
export function eventPredicate(q: EventQuery, docIds: Set<string> | null, actorIds: ActorIds = null): (e: StoredEvent) => boolean {
  const types = q.types && q.types.length > 1 ? new Set<string>(q.types) : null;
  const mods = q.modalities && q.modalities.length > 1 ? new Set<string>(q.modalities) : null;
  const actor = q.actor?.toLowerCase();
  const place = q.place?.toLowerCase();
  return (e) => {
    if (types && !types.has(e.type)) return false;
    if (mods && !mods.has(e.modality)) return false;
    if (docIds && !docIds.has(e.doc_id)) return false;
    if (actor) {
      const ids = [e.source?.entity, e.target?.entity, e.claimed_by];
      const hit =
        ids.some((id) => id != null && (id.toLowerCase() === actor || actorIds?.has(id))) ||
        [e.source?.name_en, e.target?.name_en].some((n) => n != null && n.toLowerCase().includes(actor));
      if (!hit) return false;
    }
    if (place) {
      const l = e.location;
      if (!l) return false;
      if (!((l.entity != null && l.entity.toLowerCase() === place) || (l.name_en != null && l.name_en.toLowerCase().includes(place)))) return false;
    }
    return true;
  };
}

/**
 * Every event of the store that passes `filter`, page by page (limit/offset of the filter ignored):
 * in store order through `iterateEvents` when the store has it, else (or when `ordered`) in the
 * date order of `listEvents`.
 */
export async function* storeEvents(store: Store, filter: EventFilter, ordered = false, pageSize = 500): AsyncGenerator<StoredEvent> {
  if (store.iterateEvents && !ordered) {
    yield* store.iterateEvents(filter);
    return;
  }
  for (let offset = 0; ; offset += pageSize) {
    const page = await store.listEvents({ ...filter, limit: pageSize, offset });
    yield* page;
    if (page.length < pageSize) return;
  }
}

export interface MatchOptions {
  /** Date order (listEvents paging) rather than store order: for API pages, not for bulk exports. */
  ordered?: boolean;
  /** Page size when paging through listEvents (default 500). */
  pageSize?: number;
  /** Entity ids whose names match the actor filter (e.g. Arabic names), from the caller's index. */
  actorIds?: ActorIds;
  /** Most documents a text filter considers. */
  textLimit?: number;
}

/**
 * Every event matching the whole query, streaming; `limit`/`offset` of the query are applied.
 * Without `limit`, everything is yielded.
 */
export async function* matchingEvents(store: Store, q: EventQuery, opts: MatchOptions = {}): AsyncGenerator<StoredEvent> {
  let docIds: Set<string> | null = null;
  if (q.text) {
    const hits = await store.search(q.text, opts.textLimit ?? 10_000);
    docIds = new Set(hits.map((h) => h.id));
    if (!docIds.size) return;
  }
  const keep = eventPredicate(q, docIds, opts.actorIds ?? null);
  const filter = storeFilter(q);
  let skip = q.offset ?? 0;
  let left = q.limit ?? Infinity;
  if (left <= 0) return;
  for await (const e of storeEvents(store, filter, opts.ordered ?? false, opts.pageSize)) {
    if (!keep(e)) continue;
    if (skip > 0) {
      skip--;
      continue;
    }
    yield e;
    if (--left <= 0) return;
  }
}

/** Collects a page of matching events (ordered as the store's listing when no post-filter applies). */
export async function eventPage(store: Store, q: EventQuery, opts: MatchOptions = {}): Promise<{ items: StoredEvent[]; more: boolean }> {
  const limit = q.limit ?? 100;
  const postFiltered = !!(q.text || q.actor || q.place || (q.types && q.types.length > 1) || (q.modalities && q.modalities.length > 1));
  if (!postFiltered) {
    // The store can page on its own, in its date order.
    const rows = await store.listEvents({ ...storeFilter(q), limit: limit + 1, offset: q.offset ?? 0 });
    return { items: rows.slice(0, limit), more: rows.length > limit };
  }
  const items: StoredEvent[] = [];
  for await (const e of matchingEvents(store, { ...q, limit: limit + 1 }, { ...opts, ordered: true })) items.push(e);
  return { items: items.slice(0, limit), more: items.length > limit };
}
