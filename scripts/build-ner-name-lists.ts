// Builds two lists for the NER tagger from ../shared/data (the product never reads ../shared):
// - data/lexicon/ner_name_tokens.tsv: words that occur in people's names, with how often the
//   Wikidata name pairs have them (names/person_name_tokens.tsv: steveash/NETransliteration-COLING2018
//   (MIT, Wikidata labels CC0), google/transliteration ar2en (Apache-2.0), npm arabic-name-to-en (ISC)).
// - data/lexicon/ner_wikifane.tsv: the typed entity names of WikiFANE Gold 2014 (Alotaibi and Lee,
//   COLING 2014; Arabic Wikipedia; CC BY-SA 3.0), read as a gazetteer list of its own ('wf').
// Usage: node --import tsx scripts/build-ner-name-lists.ts [SHARED_DATA_DIR]
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { dataPath, parseTsv } from '../src/data-files.js';
import { normalizeArabic } from '../src/arabic/normalize.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = path.resolve(process.argv[2] ?? path.join(root, '..', 'shared', 'data'));
const ARABIC = /^[\u0621-\u064A]+$/;

const SOURCE: Record<string, string> = { wd_translit: 'wd', google_ar2en: 'gg', arabic_name_to_en: 'an' };
const tokens = new Map<string, { count: number; sources: Set<string> }>();
for (const r of parseTsv(readFileSync(path.join(shared, 'names', 'person_name_tokens.tsv'), 'utf8'))) {
  const w = normalizeArabic(r.token);
  if (!ARABIC.test(w) || w.length < 2) continue;
  const e = tokens.get(w) ?? { count: 0, sources: new Set<string>() };
  e.count += Number(r.wd_count) || 0;
  for (const s of r.sources.split(',')) e.sources.add(SOURCE[s] ?? s);
  tokens.set(w, e);
}
const sorted = [...tokens].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
writeFileSync(
  dataPath('lexicon', 'ner_name_tokens.tsv'),
  [
    "# Words that occur in people's names (matching form), for the NER tagger (feature nm: a count class of",
    '# wd_count, how often the Wikidata name pairs have the word). A feature, not a rule: common words occur in',
    '# names too. Built by scripts/build-ner-name-lists.ts from shared/data/names/person_name_tokens.tsv, itself from',
    '# source: wd = steveash/NETransliteration-COLING2018 (MIT; Wikidata labels, CC0), gg =',
    '# google/transliteration ar2en.txt (Apache-2.0), an = npm arabic-name-to-en 1.0.6 (ISC).',
    'word\twd_count\tsource',
    ...sorted.map(([w, e]) => `${w}\t${e.count}\t${[...e.sources].sort().join(',')}`),
  ].join('\n') + '\n',
);

const names = new Map<string, Set<string>>();
for (const r of parseTsv(readFileSync(path.join(shared, 'wikifane', 'gazetteer.tsv'), 'utf8'))) {
  const type = r.coarse.startsWith('GROUP') ? 'GROUP' : r.coarse;
  if (!['PERS', 'LOC', 'ORG', 'MISC', 'GROUP'].includes(type)) continue;
  const name = r.name.replace(/[\u200e\u200f\ufeff]/g, '').split(/\s+/).filter(Boolean).map(normalizeArabic).join(' ');
  if (name.length < 2) continue;
  (names.get(name) ?? names.set(name, new Set()).get(name)!).add(type);
}
const rows = [...names].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).flatMap(([n, ts]) => [...ts].sort().map((t) => `${n}\t${t}\twikifane`));
writeFileSync(
  dataPath('lexicon', 'ner_wikifane.tsv'),
  [
    '# Typed entity names of WikiFANE Gold 2014 (Alotaibi and Lee, COLING 2014; text of Arabic Wikipedia),',
    '# licence CC BY-SA 3.0, for the NER tagger (gazetteer list wf: features gz0=wfLOC, gB=wfORG ...). Types mapped',
    '# to ANERcorp classes (GPE/LOC/FAC -> LOC; nationality and ethnic groups -> GROUP). Built by',
    '# scripts/build-ner-name-lists.ts from shared/data/wikifane/gazetteer.tsv.',
    'name\ttype\tsource',
    ...rows,
  ].join('\n') + '\n',
);
process.stderr.write(`ner_name_tokens.tsv: ${sorted.length} words; ner_wikifane.tsv: ${rows.length} names\n`);
