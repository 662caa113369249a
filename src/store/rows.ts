// A document as rows, each fact once (schema v3 of SQLite, v4 of PostgreSQL): the text and the
// metadata in their columns of `documents`; each layer in its own table, a field with a column
// there and nowhere else; what has no column (a quantity's range, a quote's cue offset, an event's
// numbers and trigger) in the row's small JSON `extra` (events: `record`); of the rest of the
// analysis, only the sentences and warnings in documents.analysis. The reverse rebuilds the Doc
// byte for byte as the pipeline made it: the same fields, in the pipeline's order. A span's `text`
// column is NULL when it is the document's text at the span's offsets (almost always).
import type { Doc, Entity, EventRecord, Mention, Quantity, Quote, TimeExpr } from '../doc.js';
import type { StoredEvent } from './store.js';

type Cell = string | number | boolean | null;
// Rows as read back: objects keyed by column name.
type R = Record<string, unknown>;
export type Row = Cell[];

export const DOCUMENT_COLUMNS = ['id', 'input', 'title', 'outlet', 'url', 'published', 'published_inferred', 'language', 'text', 'analysis'] as const;
export const ENTITY_COLUMNS = ['doc_id', 'idx', 'entity_id', 'type', 'name_en', 'name_ar', 'country', 'role', 'lat', 'lon', 'precision', 'extra'] as const;
export const MENTION_COLUMNS = ['doc_id', 'idx', 'entity_id', 'start', 'end', 'text', 'form'] as const;
export const TIME_COLUMNS = ['doc_id', 'idx', 'start', 'end', 'text', 'value', 'granularity', 'kind', 'extra'] as const;
export const QUANTITY_COLUMNS = ['doc_id', 'idx', 'start', 'end', 'text', 'value', 'unit', 'kind', 'extra'] as const;
export const QUOTE_COLUMNS = ['doc_id', 'idx', 'start', 'end', 'speaker', 'cue', 'extra'] as const;
export const EVENT_COLUMNS = [
  'doc_id', 'idx', 'type', 'mode', 'cameo', 'quad', 'intensity',
  'source_entity', 'source_name', 'source_country', 'source_sector',
  'target_entity', 'target_name', 'target_country', 'target_sector',
  'location_entity', 'location_name', 'lat', 'lon', 'location_precision',
  'date', 'modality', 'claimed_by', 'summary_en', 'evidence_start', 'evidence_end', 'confidence', 'record',
] as const;

// Field order of each object as the pipeline writes it (src/doc.ts); a field not listed follows.
const DOC_KEYS = ['id', 'input', 'source', 'language', 'text', 'sentences', 'entities', 'times', 'quantities', 'quotes', 'events', 'warnings'];
const SOURCE_KEYS = ['title', 'outlet', 'url', 'published', 'published_inferred'];
const ENTITY_KEYS = ['id', 'type', 'name_en', 'name_ar', 'country', 'role', 'geo', 'mentions', 'sector'];
const TIME_KEYS = ['start', 'end', 'text', 'value', 'granularity', 'kind', 'modifier', 'flag'];
const QUANTITY_KEYS = ['start', 'end', 'text', 'value', 'unit', 'kind', 'min', 'max', 'approximate'];
const QUOTE_KEYS = ['start', 'end', 'speaker', 'cue', 'cueStart', 'direct'];
const EVENT_KEYS = [
  'type', 'mode', 'cameo', 'quad', 'intensity', 'source', 'target', 'location', 'date', 'modality', 'claimed_by',
  'numbers', 'summary_en', 'evidence', 'confidence', 'trigger', 'guessed',
];
/** Event fields whose column is their one home (required fields: a NULL column reads back as null). */
const EVENT_SCALARS = ['type', 'cameo', 'quad', 'intensity', 'date', 'modality', 'claimed_by', 'summary_en', 'confidence'] as const;

/** The fields of `o` in the order `keys` gives, the others after them; undefined fields are left out. */
function ordered<T>(keys: readonly string[], o: Record<string, unknown>): T {
  const out: Record<string, unknown> = {};
  for (const k of keys) if (o[k] !== undefined) out[k] = o[k];
  for (const k of Object.keys(o)) if (o[k] !== undefined && !(k in out)) out[k] = o[k];
  return out as T;
}

/** JSON of the fields of `o` other than `omit`, or null when none is left. */
function extraOf(o: object, omit: readonly string[]): string | null {
  const rest: Record<string, unknown> = {};
  let any = false;
  for (const [k, v] of Object.entries(o)) {
    if (v === undefined || omit.includes(k)) continue;
    rest[k] = v;
    any = true;
  }
  return any ? JSON.stringify(rest) : null;
}

const parseExtra = (s: string | null | undefined): Record<string, unknown> => (s ? (JSON.parse(s) as Record<string, unknown>) : {});

/** A span's text when it is not simply the document's text at its offsets (stored NULL then). */
const ownText = (text: string, s: { start: number; end: number; text: string }): string | null => (text.slice(s.start, s.end) === s.text ? null : s.text);
/** A span's text as read back. */
const spanText = (text: string, r: R): string => (r.text as string | null) ?? text.slice(r.start as number, r.end as number);

export interface DocRows {
  document: Row;
  entities: Row[];
  mentions: Row[];
  times: Row[];
  quantities: Row[];
  quotes: Row[];
  events: Row[];
}

/** What documents.analysis keeps: the sentences (as flat start, end pairs), warnings and any field with no home. */
function analysisRest(d: Doc): string {
  const rest: Record<string, unknown> = { sentences: d.sentences.flatMap((s) => [s.start, s.end]) };
  const source = extraOf(d.source, ['title', 'outlet', 'url', 'published']);
  if (source) rest.source = JSON.parse(source);
  for (const [k, v] of Object.entries(d)) if (v !== undefined && !DOC_KEYS.includes(k)) rest[k] = v;
  if (d.warnings !== undefined) rest.warnings = d.warnings;
  return JSON.stringify(rest);
}

/** The record of an event as schemas before SQLite v4 and PostgreSQL v5 kept it: every field without a column of its own. */
export const fullRecord = (e: EventRecord): string => extraOf(e, EVENT_SCALARS) ?? '{}';

export function eventRow(docId: string, idx: number, e: EventRecord): Row {
  const row: Row = [
    docId, idx, e.type, e.mode ?? null, e.cameo, e.quad, e.intensity,
    e.source?.entity ?? null, e.source?.name_en ?? null, e.source?.country ?? null, e.source?.sector ?? null,
    e.target?.entity ?? null, e.target?.name_en ?? null, e.target?.country ?? null, e.target?.sector ?? null,
    e.location?.entity ?? null, e.location?.name_en ?? null, e.location?.lat ?? null, e.location?.lon ?? null, e.location?.precision ?? null,
    e.date, e.modality, e.claimed_by, e.summary_en, e.evidence.start, e.evidence.end, e.confidence,
    null,
  ];
  // The record leaves out the fields its columns rebuild as they were; if the event does not read back
  // byte for byte so, it keeps them all.
  const cols: R = Object.fromEntries(EVENT_COLUMNS.map((c, i) => [c, row[i]]));
  const rebuilt = eventFromColumns(cols);
  const rest: R = {};
  for (const [k, v] of Object.entries(e)) {
    if (v === undefined || (EVENT_SCALARS as readonly string[]).includes(k)) continue;
    if (k in rebuilt && JSON.stringify(rebuilt[k]) === JSON.stringify(v)) continue;
    rest[k] = v;
  }
  const slim = JSON.stringify(rest);
  row[row.length - 1] = JSON.stringify(eventFromRow({ ...cols, record: slim })) === JSON.stringify(e) ? slim : fullRecord(e);
  return row;
}

/** The rows of one document, in the column orders above. */
export function docRows(d: Doc): DocRows {
  const id = d.id;
  const entities: Row[] = [];
  const mentions: Row[] = [];
  for (const e of d.entities) {
    entities.push([id, entities.length, e.id, e.type, e.name_en, e.name_ar, e.country, e.role, e.geo?.lat ?? null, e.geo?.lon ?? null, e.geo?.precision ?? null,
      extraOf(e, ['id', 'type', 'name_en', 'name_ar', 'country', 'role', 'geo', 'mentions'])]);
    for (const m of e.mentions) mentions.push([id, mentions.length, e.id, m.start, m.end, ownText(d.text, m), m.form]);
  }
  return {
    document: [id, d.input, d.source.title, d.source.outlet, d.source.url, d.source.published, d.source.published_inferred ? 1 : 0, d.language, d.text, analysisRest(d)],
    entities,
    mentions,
    times: d.times.map((t, i) => [id, i, t.start, t.end, ownText(d.text, t), t.value, t.granularity, t.kind ?? null, extraOf(t, ['start', 'end', 'text', 'value', 'granularity', 'kind'])]),
    quantities: d.quantities.map((q, i) => [id, i, q.start, q.end, ownText(d.text, q), q.value, q.unit, q.kind, extraOf(q, ['start', 'end', 'text', 'value', 'unit', 'kind'])]),
    quotes: d.quotes.map((q, i) => [id, i, q.start, q.end, q.speaker, q.cue, extraOf(q, ['start', 'end', 'speaker', 'cue'])]),
    events: d.events.map((e, i) => eventRow(id, i, e)),
  };
}


export interface StoredRows {
  document: R;
  entities: R[];
  mentions: R[];
  times: R[];
  quantities: R[];
  quotes: R[];
  events: R[];
}

/** Event fields as their columns give them, when the row has those columns (a record's fields win over them). */
function eventFromColumns(r: R): R {
  const out: R = {};
  if (!('source_entity' in r)) return out;
  const part = (fields: [string, string][]) => {
    const o: R = {};
    for (const [k, c] of fields) o[k] = r[c] ?? null;
    return Object.values(o).every((v) => v === null) ? null : o;
  };
  const actor = (p: string) => part([['entity', `${p}_entity`], ['name_en', `${p}_name`], ['country', `${p}_country`], ['sector', `${p}_sector`]]);
  if (r.mode != null) out.mode = r.mode;
  out.source = actor('source');
  out.target = actor('target');
  out.location = part([['entity', 'location_entity'], ['name_en', 'location_name'], ['lat', 'lat'], ['lon', 'lon'], ['precision', 'location_precision']]);
  if (r.evidence_start != null && r.evidence_end != null) out.evidence = { start: r.evidence_start, end: r.evidence_end };
  return out;
}

/** An event from its row. */
export function eventFromRow(r: R): EventRecord {
  const scalars: R = {};
  for (const k of EVENT_SCALARS) scalars[k] = r[k] ?? null;
  return ordered<EventRecord>(EVENT_KEYS, { ...scalars, ...eventFromColumns(r), ...parseExtra(r.record as string) });
}

/** The Doc the rows were made of (each layer's rows in idx order). */
export function docFromRows(s: StoredRows): Doc {
  const d = s.document;
  const text = d.text as string;
  const rest = parseExtra(d.analysis as string);
  const flat = (rest.sentences as number[] | undefined) ?? [];
  const sentences = [];
  for (let i = 0; i + 1 < flat.length; i += 2) sentences.push({ start: flat[i], end: flat[i + 1] });
  const mentionsOf = new Map<string, Mention[]>();
  for (const m of s.mentions) {
    const list = mentionsOf.get(m.entity_id as string) ?? [];
    list.push({ start: m.start, end: m.end, text: spanText(text, m), form: m.form } as Mention);
    mentionsOf.set(m.entity_id as string, list);
  }
  const entities = s.entities.map((e) =>
    ordered<Entity>(ENTITY_KEYS, {
      id: e.entity_id, type: e.type, name_en: e.name_en, name_ar: e.name_ar, country: e.country, role: e.role,
      geo: e.lat != null && e.lon != null ? { lat: e.lat, lon: e.lon, precision: e.precision } : null,
      mentions: mentionsOf.get(e.entity_id as string) ?? [],
      ...parseExtra(e.extra as string),
    }),
  );
  const times = s.times.map((t) =>
    ordered<TimeExpr>(TIME_KEYS, { start: t.start, end: t.end, text: spanText(text, t), value: t.value, granularity: t.granularity, kind: t.kind ?? undefined, ...parseExtra(t.extra as string) }),
  );
  const quantities = s.quantities.map((q) =>
    ordered<Quantity>(QUANTITY_KEYS, { start: q.start, end: q.end, text: spanText(text, q), value: q.value, unit: q.unit, kind: q.kind, ...parseExtra(q.extra as string) }),
  );
  const quotes = s.quotes.map((q) => ordered<Quote>(QUOTE_KEYS, { start: q.start, end: q.end, speaker: q.speaker, cue: q.cue, ...parseExtra(q.extra as string) }));
  const { sentences: _s, source: sourceRest, ...others } = rest;
  const source = ordered(SOURCE_KEYS, { title: d.title, outlet: d.outlet, url: d.url, published: d.published, ...(sourceRest as R | undefined) });
  return ordered<Doc>(DOC_KEYS, {
    id: d.id, input: d.input, source, language: d.language, text: d.text, sentences,
    entities, times, quantities, quotes, events: s.events.map(eventFromRow), ...others,
  });
}

/** The event columns an event is read back from (SQL select list). */
export const EVENT_READ = EVENT_COLUMNS.map((c) => `"${c}"`).join(', ');

/** A stored event from its row (the columns of EVENT_READ). */
export function storedEventFromRow(r: R): StoredEvent {
  return { ...eventFromRow(r), doc_id: r.doc_id as string, idx: r.idx as number };
}
