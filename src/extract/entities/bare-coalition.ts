// A coalition named by a bare word ('شنت طائرات التحالف غارات', 'هدنة أعلنها التحالف'): the one the report names in
// full, else the one fighting in the report's theatre on its date (data/kb/theatre_coalitions.tsv). Runs after the
// generic actors, which ask the same question for 'طائرات التحالف'. Internal to src/extract/entities/.
import { normalizeArabic } from '../../arabic/normalize.js';
import { loadTsv, type TsvRow } from '../../data-files.js';
import { cutOffset, wordReadings } from '../../kb/match-words.js';
import type { EntityInfo } from '../../kb/kb-index.js';
import { once } from '../../once.js';
import { opensOtherPhrase } from './bare.js';
import type { DocState } from './state.js';
import { placeCountry, reportCountry } from './where.js';

export interface TheatreCoalition {
  theatre: string;
  from: string | null;
  to: string | null;
  id: string;
  unlessNext: ReadonlySet<string>;
  unlessBefore: ReadonlySet<string>;
}

/** Matching-form word -> the coalitions it may name. */
export type TheatreCoalitions = ReadonlyMap<string, readonly TheatreCoalition[]>;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function parseTheatreCoalitions(rows: readonly TsvRow[]): TheatreCoalitions {
  const out = new Map<string, TheatreCoalition[]>();
  for (const r of rows) {
    const word = normalizeArabic(r.word.trim());
    if (!word.startsWith('ال') || !/^[A-Z]{3}$/.test(r.theatre) || !r.kb_id) throw new Error(`kb/theatre_coalitions.tsv: bad row '${r.word}'`);
    for (const d of [r.from, r.to]) if (d && !ISO_DATE.test(d)) throw new Error(`kb/theatre_coalitions.tsv: bad date '${d}'`);
    const words = (column: string | undefined) => new Set((column ?? '').split('|').map((w) => normalizeArabic(w.trim())).filter(Boolean));
    const row = { theatre: r.theatre, from: r.from || null, to: r.to || null, id: r.kb_id, unlessNext: words(r.unless_next), unlessBefore: words(r.unless_before) };
    out.set(word, [...(out.get(word) ?? []), row]);
  }
  return out;
}

const theatreCoalitions = once(() => parseTheatreCoalitions(loadTsv('kb/theatre_coalitions.tsv')));

const inForce = (c: TheatreCoalition, date: string | null): boolean =>
  date ? (!c.from || c.from <= date) && (!c.to || date <= c.to) : !c.to;

/**
 * The coalition a bare word means: the one of its coalitions the report names (only one), else the one in force in
 * the theatre of the sentence's place, else of the report's country; null when the word names no coalition.
 */
export function theatreCoalition(s: DocState, word: string, i: number, table: TheatreCoalitions = theatreCoalitions()): EntityInfo | null {
  const rows = table.get(normalizeArabic(word)) ?? table.get(`ال${normalizeArabic(word)}`);
  if (!rows) return null;
  const ids = new Set(rows.map((r) => r.id));
  const named = new Set(s.mentions.filter((m) => ids.has(m.id)).map((m) => m.id));
  if (named.size === 1) return s.idx.entities.get([...named][0]) ?? null;
  if (named.size > 1) return null;
  for (const where of [placeCountry(s, i), reportCountry(s)]) {
    const found = new Set(rows.filter((r) => r.theatre === where && inForce(r, s.date)).map((r) => r.id));
    if (found.size === 1) return s.idx.entities.get([...found][0]) ?? null;
  }
  return null;
}

/** Links the bare coalition words of a document no other stage covered. */
export function linkBareCoalitions(s: DocState, table: TheatreCoalitions = theatreCoalitions()): void {
  const { words } = s;
  for (let i = 0; i < words.length; i++) {
    if (words[i].kind !== 'word' || s.coveredBy(i)) continue;
    const reading = wordReadings(words[i]).find((r) => table.has(r.stem));
    if (!reading) continue;
    const rows = table.get(reading.stem)!;
    const prev = words[i - 1];
    if (prev?.kind === 'word' && reading.cut === 0 && rows.some((r) => r.unlessBefore.has(prev.norm))) continue;
    const next = words[i + 1];
    if (next?.kind === 'word' && s.sentOf[i + 1] === s.sentOf[i]) {
      // 'التحالف الوطني', 'التحالف الإسلامي': another alliance; a relative clause ('التحالف الذي تقوده') or a place
      // named after it ('قصف التحالف صنعاء') leaves it bare.
      if (opensOtherPhrase(s, i + 1) || rows.some((r) => r.unlessNext.has(next.norm))) continue;
    }
    const info = theatreCoalition(s, reading.stem, i, table);
    if (!info) continue;
    s.add(info.id, { start: words[i].start + cutOffset(words[i].text, reading.cut), end: words[i].end, first: i, last: i, form: 'name', top: true });
  }
}
