// People imported from other sources (data/kb/people_upetrarch.tsv, written by scripts/import-upetrarch-people.ts): their
// rows, one per term, become PersonRecords marked `imported`, and join the hand-written people of people.tsv only where
// they cannot take a hand-written person's place: an imported person whose name is, holds or is held in the full name
// of a hand-written one is left out, so the name matcher never prefers it (src/kb/kb-index.ts also lets an imported
// name take no key another KB name has). An imported term has no office: it gives a country and a sector on its dates.
import type { TsvRow } from '../data-files.js';
import { KbError, SECTORS, type PersonRecord, type PersonTerm } from './records.js';
import { parseKbDate, splitList } from './parse.js';
import { nameKey } from './match-words.js';

/** Words `inner` stand in a row inside `outer` (both in matching form). */
export function containsWords(outer: readonly string[], inner: readonly string[]): boolean {
  if (!inner.length || inner.length > outer.length) return false;
  for (let i = 0; i + inner.length <= outer.length; i++) if (inner.every((w, k) => outer[i + k] === w)) return true;
  return false;
}

const ID = /^rasad:person:[a-z0-9][a-z0-9._-]*$/;

/** Rows of an imported people file (id, name_en, names_ar, country, sector, start, end, source) -> people marked imported. */
export function parseImportedPeople(rows: TsvRow[], iso: Set<string>, file: string): PersonRecord[] {
  const byId = new Map<string, PersonRecord>();
  rows.forEach((r, i) => {
    const line = (r as TsvRow & { __line?: number }).__line ?? i + 2;
    if (!ID.test(r.id ?? '')) throw new KbError(file, line, `bad id '${r.id}'`);
    if (!r.name_en) throw new KbError(file, line, 'empty name_en');
    if (!r.source) throw new KbError(file, line, 'empty source');
    if (r.country && !iso.has(r.country)) throw new KbError(file, line, `unknown country code '${r.country}'`);
    if (r.sector && !SECTORS.has(r.sector)) throw new KbError(file, line, `unknown sector '${r.sector}'`);
    if (!r.country && !r.sector) throw new KbError(file, line, 'neither country nor sector');
    const start = parseKbDate(r.start, false, file, line);
    const end = parseKbDate(r.end, true, file, line);
    if (start && end && end < start) throw new KbError(file, line, `term ends (${end}) before it starts (${start})`);
    const term: PersonTerm = { office: '', role: '', country: r.country || null, org: null, start, end, sector: r.sector };
    const names = splitList(r.names_ar);
    if (!names.length) throw new KbError(file, line, 'no Arabic name');
    const prev = byId.get(r.id);
    if (prev) {
      if (prev.name_en !== r.name_en) throw new KbError(file, line, `id '${r.id}' has two English names`);
      for (const n of names) if (!prev.names_ar.includes(n)) prev.names_ar.push(n);
      prev.terms.push(term);
      return;
    }
    byId.set(r.id, { id: r.id, name_en: r.name_en, names_ar: names, short_ar: [], terms: [term], source: r.source, imported: true });
  });
  return [...byId.values()];
}

/** The hand-written people, then the imported ones that take no hand-written person's id or name (see above). */
export function mergeImportedPeople(hand: readonly PersonRecord[], imported: readonly PersonRecord[]): PersonRecord[] {
  const ids = new Set(hand.map((p) => p.id));
  const names = hand.flatMap((p) => p.names_ar.map((n) => nameKey(n)));
  const keep = imported.filter((p) => !ids.has(p.id) && !p.names_ar.some((n) => {
    const k = nameKey(n);
    return names.some((h) => containsWords(h, k) || containsWords(k, h));
  }));
  return [...hand, ...keep];
}

/**
 * The term of a person on a date: the first whose dates hold it, else the last one that ended before it, else the
 * first. Null with no date or no terms.
 */
export function termOn(p: PersonRecord, date: string | null): PersonTerm | null {
  if (!date || !p.terms.length) return null;
  const on = p.terms.find((t) => (!t.start || t.start <= date) && (!t.end || date <= t.end));
  if (on) return on;
  const before = p.terms.filter((t) => t.end && t.end < date).sort((a, b) => (a.end! < b.end! ? 1 : -1));
  return before[0] ?? p.terms[0];
}
