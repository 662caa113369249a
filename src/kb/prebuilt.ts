// The prebuilt KB index: the build (scripts/build-kb-index.ts, run by `npm run build` and `prepare`) writes the
// index of src/kb/kb-index.ts in its compact form (index-codec.ts) beside the compiled code, in the container of
// src/prebuilt-file.ts, so that start-up reads it into one buffer instead of parsing the TSVs and building the
// tries (half a CPU-second), and threads share that buffer. The TSVs stay the source of truth: the file carries a
// key, a hash of every data file and every code file the index is built from, and a file whose key is not that of
// the files present is ignored (the index is then built from the TSVs as before). So a TSV edited or code
// recompiled without `npm run build` costs time, never a stale answer.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DATA_DIR } from '../data-files.js';
import { encodePrebuilt, keyedFiles as filesOf, readPrebuiltFile, sourceKey as keyOf, sourceStamp, type KeyedSources } from '../prebuilt-file.js';
import { CODEC_FORMAT, type EncodedIndex } from './index-codec.js';

const here = path.dirname(fileURLToPath(import.meta.url));

/** Where the build writes the prebuilt index: beside this module (dist/kb/ once compiled). */
export const PREBUILT_FILE = path.join(here, 'index.prebuilt.bin');

/**
 * The files the index is built from: the code under src/ (or dist/), every .ts/.js file of kb/ and arabic/ and
 * the modules named; the data under data/, every file of kb/, arabic/ and gazetteer/ and the lexicons named.
 */
export function kbSources(codeRoot = path.dirname(here), dataRoot = DATA_DIR): KeyedSources {
  return {
    label: `rasad kb index ${CODEC_FORMAT}`, codeRoot, dataRoot,
    codeDirs: ['kb', 'arabic'], codeFiles: ['data-files', 'doc', 'once', 'prebuilt-file', 'ner/word-table'],
    dataDirs: ['kb', 'arabic', 'gazetteer'], dataFiles: ['lexicon/titles.tsv', 'lexicon/nisba_irregular.tsv', 'lexicon/coref.tsv'],
  };
}

/** The files the key covers, as [root, relative path], in a fixed order. */
export function keyedFiles(codeRoot?: string, dataRoot?: string): [string, string][] {
  return filesOf(kbSources(codeRoot, dataRoot));
}

/** Hash of the code and data the index is built from (names and contents). */
export function sourceKey(codeRoot?: string, dataRoot?: string): string {
  return keyOf(kbSources(codeRoot, dataRoot));
}

/** The bytes of a prebuilt index file for `key` (and the files' stamp). */
export function prebuiltBytes(key: string, enc: EncodedIndex, stamp = ''): Buffer {
  return encodePrebuilt(enc, key, stamp);
}

/**
 * The encoded index of `file` when its key is `key()` (or the files' stamps are those it was built with); null when
 * there is no such file, when it was built from other files (or by other code), or when it cannot be read.
 */
export function readPrebuilt(file = PREBUILT_FILE, key: () => string = sourceKey, stamp: () => string = () => sourceStamp(kbSources())): EncodedIndex | null {
  const enc = readPrebuiltFile<EncodedIndex>(file, key, stamp);
  return enc && enc.format === CODEC_FORMAT ? enc : null;
}
