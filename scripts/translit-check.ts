// Measures the spelling of name words no table holds against the spelling tables: the letter rules
// (src/arabic/translit.ts spellOut) and the learned speller (src/arabic/translit-model.ts, built by
// scripts/build-translit-model.ts). Prints the share spelt exactly as the table (case, hyphens, apostrophes and
// spaces ignored).
// - Letter rules on data/arabic/name_parts.tsv (press spellings of Arabic name parts) and on the unanimous rows of
//   data/kb/name_spellings.tsv (2/2, 3/3, ...): no training, so in-sample is honest.
// - The speller by K-fold cross-validation over name_spellings.tsv's words without the article (what it is
//   trained on): trained on K-1 folds, it spells the held-out fold; the letter rules beside it on the same words.
//   Split: Arabic-origin = a word of name_parts.tsv or of the npm arabic-name-to-en name database (source `an` in
//   data/lexicon/ner_name_tokens.tsv), foreign = the rest (mostly non-Arabic Wikidata persons, some Arabic words).
//   The origin classifier (translit-model.ts looksArabic) is trained on the Arabic-origin words less the held-out
//   fold. And name_parts.tsv's words, spelt by a speller trained on every pair but theirs, against the press spellings.
// A rule for unknown words should raise these, not fit one name.
// Usage: node --import tsx scripts/translit-check.ts [--show N] [--folds K] [--order N] [--no-cv]
import { readFileSync } from 'node:fs';
import { dataPath, loadTsv, type TsvRow } from '../src/data-files.js';
import { spellOut } from '../src/arabic/translit.js';
import { looksArabic, spellWith, type JointModel } from '../src/arabic/translit-model.js';
import { normalizeArabic } from '../src/arabic/normalize.js';
import { arabicNameWords, ORDER, tablePairs, trainModel, type Pair } from './build-translit-model.js';

const arg = (name: string, dflt: number): number => (process.argv.includes(name) ? Number(process.argv[process.argv.indexOf(name) + 1]) : dflt);
const show = arg('--show', 0);
const folds = arg('--folds', 5);
const order = arg('--order', ORDER);
const flat = (s: string) => s.toLowerCase().replace(/['\-\s]/g, '');
const pct = (a: number, n: number): string => `${a}/${n} = ${((100 * a) / n).toFixed(1)}%`;
const letters = (ar: string): string => spellOut(ar, ar.endsWith('ه'));

function measure(name: string, rows: readonly TsvRow[]): void {
  let right = 0;
  const wrong: string[] = [];
  for (const r of rows) {
    const got = letters(r.ar);
    if (flat(got) === flat(r.en)) right++;
    else wrong.push(`${r.ar}\t${r.en}\t${got}`);
  }
  console.log(`${name}: ${pct(right, rows.length)}`);
  if (show) console.log(wrong.slice(0, show).join('\n'));
}

const parts = loadTsv('arabic/name_parts.tsv').filter((r) => !r.ar.includes(' ') && !r.en.includes(' '));
measure('letter rules, name_parts (press spellings)', parts);
const unanimous = loadTsv('kb/name_spellings.tsv').filter((r) => {
  const [a, b] = r.count.split('/');
  return a === b && !r.ar.startsWith('ال');
});
measure('letter rules, name_spellings (unanimous, no article)', unanimous);

if (!process.argv.includes('--no-cv')) {
  const pairs = tablePairs(readFileSync(dataPath('kb', 'name_spellings.tsv'), 'utf8'));
  const unanimousWords = new Set(unanimous.map((r) => r.ar));
  const partWords = new Set(parts.map((r) => normalizeArabic(r.ar)));
  const arabic = arabicNameWords();
  // As translit.ts spells a word no table holds: the speller for a foreign-looking word, else the letter rules.
  const shipped = (m: JointModel, ar: string): string => (looksArabic(m, ar) ? undefined : spellWith(m, ar)) ?? letters(ar);
  const tally = new Map<string, { n: number; shipped: number; model: number; rules: number }>();
  const count = (group: string, p: Pair, got: string[]): void => {
    const t = tally.get(group) ?? { n: 0, shipped: 0, model: 0, rules: 0 };
    t.n++;
    if (flat(got[0]) === p.en) t.shipped++;
    if (flat(got[1]) === p.en) t.model++;
    if (flat(got[2]) === p.en) t.rules++;
    tally.set(group, t);
  };
  const wrong: string[] = [];
  for (let f = 0; f < folds; f++) {
    const test = pairs.filter((_, i) => i % folds === f);
    const { model } = trainModel(pairs.filter((_, i) => i % folds !== f), order, arabic, new Set(test.map((p) => p.ar)));
    for (const p of test) {
      const rules = letters(p.ar);
      const got = [shipped(model, p.ar), spellWith(model, p.ar) ?? rules, rules];
      count('all', p, got);
      count(arabic.has(p.ar) ? 'Arabic-origin' : 'foreign', p, got);
      if (unanimousWords.has(p.ar)) count('unanimous', p, got);
      if (flat(got[0]) !== p.en && wrong.length < show) wrong.push(`${p.ar}\t${p.en}\t${got[0]}`);
    }
  }
  console.log(`name_spellings, ${folds}-fold CV (order ${order}): as shipped (speller for foreign-looking words) / speller alone / letter rules`);
  for (const [g, t] of tally) console.log(`  ${g}: ${pct(t.shipped, t.n)} / ${pct(t.model, t.n)} / ${pct(t.rules, t.n)}`);
  if (show) console.log(wrong.join('\n'));
  // name_parts' words, none of them trained on, against the press spellings.
  const { model } = trainModel(pairs.filter((p) => !partWords.has(p.ar)), order, arabic, partWords);
  const right = [0, 0, 0];
  for (const r of parts) {
    const ar = normalizeArabic(r.ar);
    [shipped(model, ar), spellWith(model, ar) ?? letters(ar), letters(ar)].forEach((g, i) => { if (flat(g) === flat(r.en)) right[i]++; });
  }
  console.log(`name_parts (press spellings), trained without these words: ${right.map((x) => pct(x, parts.length)).join(' / ')}`);
}
