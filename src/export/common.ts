// What every export format needs: stable ids, the event's day, its document (through a small cache
// so that memory stays bounded), the evidence sentence, country names and field escaping.
import type { Doc, Entity, EventActor, EventRecord, Quad } from '../doc.js';
import type { Store, StoredEvent } from '../store/store.js';
import { countryName as kbCountryName } from '../extract/events/countries.js';

export const CODER = 'Rasad 0.1.0';

/** A stable string id: the document's content id (first 16 hex digits) and the event's index. */
export function eventKey(e: Pick<StoredEvent, 'doc_id' | 'idx'>): string {
  return `${e.doc_id.slice(0, 16)}-${e.idx}`;
}

/**
 * A stable integer id (for GDELT's GLOBALEVENTID, ACLED's numeric part): 40 bits of the document id
 * times 4096 plus the event's index; below 2^53, so exact in JavaScript, pandas and R.
 */
export function numericEventId(e: Pick<StoredEvent, 'doc_id' | 'idx'>): number {
  return parseInt(e.doc_id.slice(0, 10), 16) * 4096 + (e.idx % 4096);
}

const FULL_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The event's day (YYYY-MM-DD): its own date when it is a full day, else the publication day, else null. */
export function eventDay(e: EventRecord, doc: Doc | null): { day: string | null; from: 'event' | 'published' | null } {
  if (e.date && FULL_DAY.test(e.date)) return { day: e.date, from: 'event' };
  const p = doc?.source.published;
  if (p && FULL_DAY.test(p)) return { day: p, from: 'published' };
  return { day: null, from: null };
}

export const QUAD_CLASS: Record<Quad, number> = {
  'verbal-cooperation': 1,
  'material-cooperation': 2,
  'verbal-conflict': 3,
  'material-conflict': 4,
};

/** Country name for an ISO alpha-3 code (English), or the code itself when unknown. */
export function countryName(alpha3: string | null | undefined): string {
  if (!alpha3) return '';
  try {
    return kbCountryName(alpha3);
  } catch {
    return alpha3;
  }
}

/** The text of the sentence that states the event. */
export function evidenceText(e: EventRecord, doc: Doc | null): string {
  if (!doc) return '';
  return doc.text.slice(e.evidence.start, e.evidence.end).trim();
}

/** Index of the sentence holding the evidence (0-based), or null. */
export function sentenceIndex(e: EventRecord, doc: Doc | null): number | null {
  if (!doc) return null;
  const i = doc.sentences.findIndex((s) => s.start <= e.evidence.start && e.evidence.start < s.end);
  return i < 0 ? null : i;
}

export function entityOf(doc: Doc | null, id: string | null | undefined): Entity | null {
  if (!doc || !id) return null;
  return doc.entities.find((x) => x.id === id) ?? null;
}

/** The words the text uses for an actor inside the evidence span, if a mention falls there. */
export function actorText(doc: Doc | null, a: EventActor | null, e: EventRecord): string | null {
  const ent = entityOf(doc, a?.entity);
  const m = ent?.mentions.find((m) => m.start >= e.evidence.start && m.end <= e.evidence.end);
  return m?.text ?? null;
}

/** Country of the event's place: the location entity's country when the document knows it. */
export function locationCountry(e: EventRecord, doc: Doc | null): string | null {
  return entityOf(doc, e.location?.entity)?.country ?? null;
}

export function killed(e: EventRecord): number {
  return e.numbers.filter((n) => n.kind === 'killed').reduce((s, n) => s + n.value, 0);
}

export function countOf(e: EventRecord, kind: 'killed' | 'wounded' | 'captured'): number | null {
  const ns = e.numbers.filter((n) => n.kind === kind);
  return ns.length ? ns.reduce((s, n) => s + n.value, 0) : null;
}

/** Documents by id with a bounded cache: exports read events in store order, documents repeat. */
export class DocCache {
  private cache = new Map<string, Doc | null>();
  constructor(private store: Store, private size = 64) {}

  async get(id: string): Promise<Doc | null> {
    const hit = this.cache.get(id);
    if (hit !== undefined) {
      this.cache.delete(id);
      this.cache.set(id, hit);
      return hit;
    }
    const d = await this.store.getDocument(id);
    this.cache.set(id, d);
    if (this.cache.size > this.size) this.cache.delete(this.cache.keys().next().value as string);
    return d;
  }
}

/**
 * Text from articles and feeds is untrusted: a cell that a spreadsheet would read as a formula
 * (=, +, -, @ followed by something other than a number) gets a leading apostrophe.
 */
function defuse(s: string): string {
  return /^[=+\-@]/.test(s) && !/^[+-]?\d[\d.]*$/.test(s) ? `'${s}` : s;
}

/** A TSV cell (GDELT style: no quoting, so tabs and line breaks become spaces). */
export function tsvCell(v: unknown): string {
  if (v == null) return '';
  return defuse(String(v).replace(/[\t\r\n]+/g, ' '));
}

/** A CSV cell (RFC 4180: quoted when it holds a comma, a quote or a line break). */
export function csvCell(v: unknown): string {
  if (v == null) return '';
  const s = defuse(String(v));
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Numbers in exports: at most 6 decimals, no exponent. */
export function num(v: number | null | undefined, digits = 6): string {
  if (v == null || !Number.isFinite(v)) return '';
  return String(Number(v.toFixed(digits)));
}
