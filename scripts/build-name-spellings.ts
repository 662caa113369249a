// Builds data/kb/name_spellings.tsv: the usual English spelling of a word of a person's name, from public
// Arabic/English name pairs, for the transliteration of names the KB does not know (src/arabic/translit.ts).
// Inputs (paths on the command line; the product never reads them):
// - steveash/NETransliteration-COLING2018 `data/wd_arabic_80`, `data/wd_arabic_20` (MIT; Wikidata labels, CC0):
//   lines 'english<TAB>a r a b i c<TAB>count' (letters spaced).
// - google/transliteration `ar2en-train.txt`, `ar2en-eval.txt` (Apache-2.0; pairs mined from Wikipedia):
//   lines 'arabic<TAB>english'. Its `ar2en-test.txt` is kept out, to measure the transliteration on.
// A word is kept when its most frequent spelling occurs MIN_COUNT times or more; that spelling is its row.
// Usage: node --import tsx scripts/build-name-spellings.ts FILE...
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { dataPath } from '../src/data-files.js';
import { normalizeArabic } from '../src/arabic/normalize.js';

const ARABIC = /^[\u0621-\u064A]+$/;
const LATIN = /^[a-z]{2,}$/; // a Latin spelling of two letters or more (not regnal numerals: الأول I)
const MIN_COUNT = 2;

/** Arabic word (matching form) -> English spelling -> count, with the sources that gave it. */
export function countSpellings(files: { name: string; text: string }[]): Map<string, { en: Map<string, number>; sources: Set<string> }> {
  const out = new Map<string, { en: Map<string, number>; sources: Set<string> }>();
  for (const { name, text } of files) {
    const source = /wd_arabic/.test(name) ? 'wikidata' : 'google_ar2en';
    for (const line of text.split(/\r?\n/)) {
      const cells = line.split('\t');
      if (cells.length < 2) continue;
      const [ar, en, count] = source === 'wikidata' ? [cells[1].replace(/ /g, ''), cells[0], Number(cells[2]) || 1] : [cells[0], cells[1], 1];
      const w = normalizeArabic(ar);
      if (!ARABIC.test(w) || w.length < 2 || !LATIN.test(en)) continue;
      const e = out.get(w) ?? { en: new Map<string, number>(), sources: new Set<string>() };
      e.en.set(en, (e.en.get(en) ?? 0) + count);
      e.sources.add(source);
      out.set(w, e);
    }
  }
  return out;
}

/**
 * A regional spelling of an Arabic word: the Egyptian hard g for ج ('Ragab', 'Naguib', 'Farag'; a g before e, i or y
 * is the soft g of a Western name, 'Gillian') or the French dj ('Djibril'). The English-language press writes the
 * Levantine and Gulf j, so such a spelling gives way to one with j seen at least a quarter as often.
 */
export function regionalSpelling(ar: string, en: string): boolean {
  return ar.includes('ج') && !/[غقك]/.test(ar) && (/dj/.test(en) || /g(?![heiy])/.test(en));
}

/** The spelling of a word for the table: the most frequent, unless regional and a standard one is frequent too. */
export function pressSpelling(ar: string, en: ReadonlyMap<string, number>, minCount = MIN_COUNT): [string, number] {
  const [top, topCount] = [...en].reduce((a, b) => (b[1] > a[1] ? b : a));
  if (!regionalSpelling(ar, top)) return [top, topCount];
  // Among standard spellings seen as often, the one with fewer e's: the Arabic a ('Rajab'), not the Turkish e ('Rejeb').
  const es = (e: string): number => e.replace(/[^e]/g, '').length;
  let alt: [string, number] | undefined;
  for (const [e, c] of en) {
    if (c < Math.max(minCount, topCount / 4) || regionalSpelling(ar, e) || !e.includes('j')) continue;
    if (!alt || c > alt[1] || (c === alt[1] && es(e) < es(alt[0]))) alt = [e, c];
  }
  return alt ?? [top, topCount];
}

/** The rows of the table: the most frequent spelling of each word, when it was seen MIN_COUNT times or more. */
export function spellingRows(counts: ReturnType<typeof countSpellings>, minCount = MIN_COUNT): string[][] {
  const rows: string[][] = [];
  for (const [ar, { en, sources }] of [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const total = [...en.values()].reduce((a, b) => a + b, 0);
    if (total < minCount) continue;
    const [best, n] = pressSpelling(ar, en, minCount);
    if (n < minCount) continue;
    rows.push([ar, best.charAt(0).toUpperCase() + best.slice(1), `${n}/${total}`, [...sources].sort().join(',')]);
  }
  return rows;
}

if (process.argv[1] && path.resolve(process.argv[1]).endsWith('build-name-spellings.ts')) {
  const files = process.argv.slice(2).map((f) => ({ name: path.basename(f), text: readFileSync(f, 'utf8') }));
  if (!files.length) throw new Error('usage: build-name-spellings.ts FILE...');
  const rows = spellingRows(countSpellings(files));
  const head = [
    '# The usual English spelling of a word of a person\'s name (matching form), for transliterating names the KB does not know.',
    '# Built by scripts/build-name-spellings.ts from name pairs: wikidata = steveash/NETransliteration-COLING2018 wd_arabic',
    '# (MIT; Wikidata labels, CC0); google_ar2en = google/transliteration ar2en train+eval (Apache-2.0; mined from Wikipedia).',
    '# count = pairs with this spelling / pairs with this word.',
    'ar\ten\tcount\tsource',
  ];
  writeFileSync(dataPath('kb', 'name_spellings.tsv'), [...head, ...rows.map((r) => r.join('\t'))].join('\n') + '\n');
  console.log(`${rows.length} words`);
}
