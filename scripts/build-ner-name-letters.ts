// Builds data/lexicon/ner_name_letters.tsv: per letter gram, how much more likely it is in a person's name than
// in a dictionary word (src/ner/name-letters.ts), from two lists already in data/lexicon: the name tokens
// (ner_name_tokens.tsv) and the dictionary words no name token is (ner_dictionary.tsv).
// Usage: node --import tsx scripts/build-ner-name-letters.ts [--min-count N]
import { readFileSync, writeFileSync } from 'node:fs';
import { dataPath, parseTsv } from '../src/data-files.js';
import { letterRatios } from '../src/ner/name-letters.js';

const args = process.argv.slice(2);
const minCount = args.includes('--min-count') ? Number(args[args.indexOf('--min-count') + 1]) : 3;
const ARABIC = /^[\u0621-\u064A]+$/;
const read = (f: string) => parseTsv(readFileSync(dataPath('lexicon', f), 'utf8'), f);
const names = new Set(read('ner_name_tokens.tsv').map((r) => r.word).filter((w) => ARABIC.test(w)));
const words = new Set(read('ner_dictionary.tsv').map((r) => r.word).filter((w) => ARABIC.test(w) && !names.has(w)));
const pers = letterRatios(names, words, minCount);
const rows = [...pers].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
writeFileSync(
  dataPath('lexicon', 'ner_name_letters.tsv'),
  [
    "# Letter grams for the NER tagger's name-letter feature (src/ner/name-letters.ts): pers = 100 x the log of the",
    "# gram's last letter's probability (given the letters before it; ^ word start, $ word end) in people's name",
    '# tokens over its probability in dictionary words. Built by scripts/build-ner-name-letters.ts from',
    `# ner_name_tokens.tsv (${names.size} words) and ner_dictionary.tsv (${words.size} words no name token is);`,
    "# their sources and licences are those lists' (source column: lists).",
    'gram\tpers\tsource',
    ...rows.map(([g, r]) => `${g}\t${Math.round(r * 100)}\tlists`),
  ].join('\n') + '\n',
);
process.stderr.write(`${rows.length} grams from ${names.size} names and ${words.size} words\n`);
