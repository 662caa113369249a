// The events table's rows: one flat record per event with the names already chosen, a sort order
// per column, and the CSV of a view (RFC 4180, CRLF, UTF-8 with a BOM so that Excel reads Arabic).
// No DOM here.
import type { ApiEvent, EventActor } from './api.js';

/** Names by entity id, from the loaded events and the entity index. */
export type NameBook = Map<string, { en: string; ar: string | null }>;

export interface ActorCell {
  name: string;
  name_en: string;
  name_ar: string;
  country: string;
  sector: string;
}

export interface EventRow {
  e: ApiEvent;
  /** The event's date, or its document's publication day (then `dated` is false). */
  date: string;
  dated: boolean;
  type: string;
  mode: string;
  source: ActorCell;
  target: ActorCell;
  place: string;
  place_en: string;
  place_ar: string;
  fatalities: number | null;
  modality: string;
  claimed_by: string;
  claimed_by_en: string;
  summary: string;
  sentence: string;
  outlet: string;
}

function actorCell(a: EventActor | null, ar: string | null | undefined, arabic: boolean): ActorCell {
  const en = a?.name_en ?? '';
  const nameAr = ar ?? '';
  return { name: (arabic && nameAr) || en, name_en: en, name_ar: nameAr, country: a?.country ?? '', sector: a?.sector ?? '' };
}

/** A calendar date (2024, 2024-03, 2024-03-07); the coder also writes forms like XXXX-WXX-4. */
const CALENDAR = /^\d{4}(-\d{2}(-\d{2})?)?$/;

export function toRow(e: ApiEvent, names: NameBook, arabic: boolean): EventRow {
  const own = e.date && CALENDAR.test(e.date.slice(0, 10)) ? e.date.slice(0, 10) : null;
  const date = own ?? e.doc_published?.slice(0, 10) ?? '';
  const killed = e.numbers.filter((n) => n.kind === 'killed');
  const claimer = e.claimed_by ? names.get(e.claimed_by) : undefined;
  const placeEn = e.location?.name_en ?? '';
  const placeAr = e.names_ar?.location ?? '';
  return {
    e,
    date,
    dated: own != null,
    type: e.type,
    mode: e.mode ?? '',
    source: actorCell(e.source, e.names_ar?.source, arabic),
    target: actorCell(e.target, e.names_ar?.target, arabic),
    place: (arabic && placeAr) || placeEn,
    place_en: placeEn,
    place_ar: placeAr,
    fatalities: killed.length ? killed.reduce((s, n) => s + n.value, 0) : null,
    modality: e.modality,
    claimed_by: e.claimed_by ? (arabic && claimer?.ar) || claimer?.en || e.claimed_by : '',
    claimed_by_en: e.claimed_by ? claimer?.en || e.claimed_by : '',
    summary: e.summary_en,
    sentence: e.evidence_text ?? '',
    outlet: e.doc_outlet ?? '',
  };
}

export const SORT_KEYS = ['date', 'type', 'source', 'target', 'place', 'fatalities', 'modality', 'claimed_by', 'outlet'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export function parseSort(s: string): { key: SortKey; desc: boolean } {
  const desc = s.startsWith('-');
  const k = (desc ? s.slice(1) : s) as SortKey;
  return SORT_KEYS.includes(k) ? { key: k, desc } : { key: 'date', desc: true };
}

function sortValue(r: EventRow, k: SortKey): string | number | null {
  switch (k) {
    case 'source':
    case 'target':
      return r[k].name || null;
    case 'fatalities':
      return r.fatalities;
    default:
      return r[k] || null;
  }
}

/** Sorted copy; empty values last whichever the direction; ties by event id for a stable order. */
export function sortRows(rows: EventRow[], sort: { key: SortKey; desc: boolean }, locale: string): EventRow[] {
  const coll = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' });
  const dir = sort.desc ? -1 : 1;
  const keyed = rows.map((r) => ({ r, v: sortValue(r, sort.key) }));
  // Text keys ranked once, so that the sort compares numbers (a collator compare per pair is slow).
  const texts = [...new Set(keyed.map((k) => k.v).filter((v): v is string => typeof v === 'string'))].sort(coll.compare);
  const rank = new Map(texts.map((t, i) => [t, i]));
  const num = (v: string | number | null) => (v == null ? null : typeof v === 'number' ? v : rank.get(v)!);
  return keyed
    .map((k) => ({ r: k.r, n: num(k.v) }))
    .sort((a, b) => {
      if (a.n == null || b.n == null) {
        if (a.n != null) return -1;
        if (b.n != null) return 1;
      } else if (a.n !== b.n) return (a.n - b.n) * dir;
      return a.r.e.event_id < b.r.e.event_id ? -1 : a.r.e.event_id > b.r.e.event_id ? 1 : 0;
    })
    .map((k) => k.r);
}

const CSV_COLUMNS: [string, (r: EventRow) => string | number | null][] = [
  ['event_id', (r) => r.e.event_id],
  ['date', (r) => r.e.date],
  ['published', (r) => r.e.doc_published ?? null],
  ['type', (r) => r.type],
  ['mode', (r) => r.mode],
  ['cameo', (r) => r.e.cameo],
  ['quad', (r) => r.e.quad],
  ['source', (r) => r.source.name_en],
  ['source_ar', (r) => r.source.name_ar],
  ['source_country', (r) => r.source.country],
  ['source_sector', (r) => r.source.sector],
  ['target', (r) => r.target.name_en],
  ['target_ar', (r) => r.target.name_ar],
  ['target_country', (r) => r.target.country],
  ['target_sector', (r) => r.target.sector],
  ['place', (r) => r.place_en],
  ['place_ar', (r) => r.place_ar],
  ['lat', (r) => r.e.location?.lat ?? null],
  ['lon', (r) => r.e.location?.lon ?? null],
  ['fatalities', (r) => r.fatalities],
  ['modality', (r) => r.modality],
  ['claimed_by', (r) => r.claimed_by_en],
  ['summary', (r) => r.summary],
  ['sentence', (r) => r.sentence],
  ['outlet', (r) => r.outlet],
  ['document_title', (r) => r.e.doc_title ?? null],
];

/**
 * One CSV field. Text that a spreadsheet would run as a formula (=, +, -, @, tab, CR first) gets a
 * leading apostrophe: article text is untrusted. Numbers are written as they are.
 */
export function csvField(v: string | number | null | undefined): string {
  if (v == null) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  const s = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function rowsToCsv(rows: EventRow[]): string {
  const lines = [CSV_COLUMNS.map(([name]) => name).join(',')];
  for (const r of rows) lines.push(CSV_COLUMNS.map(([, get]) => csvField(get(r))).join(','));
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}
