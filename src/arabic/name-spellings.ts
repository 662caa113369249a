// data/kb/name_spellings.tsv (the usual Latin spelling of 18,000 name words, translit.ts) as a word table
// (src/ner/word-table.ts) over the file's bytes: its first column is the word in matching form, one row a word
// (test/translit.test.ts checks), so no row object, string or map entry is made per word. Scanning and hashing
// the file's rows with cold code cost about 80 ms of a fresh process's start, so the build also writes the table's
// data beside this module (scripts/build-kb-index.ts, in the container of src/prebuilt-file.ts, keyed by a hash of
// the TSV and of the code that reads it) and a process reads that file in one go. A missing or stale file is
// ignored: the table is then made from the TSV, with the same rows.
import path from 'node:path';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DATA_DIR, dataPath } from '../data-files.js';
import { once } from '../once.js';
import { encodePrebuilt, readPrebuiltFile, sourceKey, sourceStamp, type KeyedSources } from '../prebuilt-file.js';
import { wordTableData, wordTableOf, type WordTableData } from '../ner/word-table.js';

const here = path.dirname(fileURLToPath(import.meta.url));

export const NAME_SPELLINGS_TSV = 'kb/name_spellings.tsv';

/** Where the build writes the table's data: beside this module (dist/arabic/ once compiled). */
export const NAME_SPELLINGS_PREBUILT = path.join(here, 'name-spellings.prebuilt.bin');

/** The files the prebuilt table is made from: the TSV and the code that reads it. */
export function nameSpellingSources(codeRoot = path.dirname(here), dataRoot = DATA_DIR): KeyedSources {
  return {
    label: 'rasad name spellings 1', codeRoot, dataRoot,
    codeDirs: [], codeFiles: ['arabic/name-spellings', 'ner/word-table', 'prebuilt-file', 'data-files'],
    dataDirs: [], dataFiles: [NAME_SPELLINGS_TSV],
  };
}

/** The table's data made from the TSV. */
export function nameSpellingData(): WordTableData {
  return wordTableData(readFileSync(dataPath(NAME_SPELLINGS_TSV)));
}

/** The bytes of a prebuilt file holding `data` under `key` (and the files' stamp). */
export function encodeNameSpellings(data: WordTableData, key: string, stamp = ''): Buffer {
  return encodePrebuilt(data, key, stamp);
}

/** The data of a prebuilt file when it was made from the files present (by this code); null otherwise. */
export function readNameSpellings(
  file = NAME_SPELLINGS_PREBUILT,
  key: () => string = () => sourceKey(nameSpellingSources()),
  stamp: () => string = () => sourceStamp(nameSpellingSources()),
): WordTableData | null {
  return readPrebuiltFile<WordTableData>(file, key, stamp);
}

/** Writes the prebuilt file from the TSV; returns its size in bytes. */
export function writeNameSpellings(file = NAME_SPELLINGS_PREBUILT): number {
  const sources = nameSpellingSources();
  const bytes = encodeNameSpellings(nameSpellingData(), sourceKey(sources), sourceStamp(sources));
  writeFileSync(file, bytes);
  return bytes.length;
}

/** The usual spelling of a name word (matching form) over a table's data; undefined when the table has none. */
export function spellingLookup(data: WordTableData): { get(word: string): string | undefined } {
  const table = wordTableOf(data);
  const en = table.header.indexOf('en');
  return {
    get(word: string): string | undefined {
      const row = table.find(word);
      return row < 0 ? undefined : table.cells(row)[en].trim();
    },
  };
}

/** The shipped spellings, read once per process (from the prebuilt file when it is current). */
export const nameSpellings = once(() => spellingLookup(readNameSpellings() ?? nameSpellingData()));
