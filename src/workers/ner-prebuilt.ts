// The NER tagger's shared data (shared-data.ts: the decoded models, the shipped word tables and the tables of
// the knowledge its lists give) written once by the build in the very layout the tagger reads, so that a process
// reads one file into one SharedArrayBuffer and views its arrays in place, instead of gunzipping the model file,
// scaling its weights, hashing its feature keys, scanning the word-table TSVs and parsing, normalising and hashing
// the gazetteer lists (about 0.7 CPU-s of the tagger's load). The models and the TSVs stay the source of truth:
// the file carries a key, a hash of those files and of the code that reads them (src/prebuilt-file.ts), and a file
// whose key is not that of the files present is ignored (the tagger then loads from the files as before). The data
// is handed over as a thread's shared data is (useSharedData).
import path from 'node:path';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DATA_DIR } from '../data-files.js';
import { encodePrebuilt, readPrebuiltFile, sourceKey, sourceStamp, type KeyedSources } from '../prebuilt-file.js';
import { sharedData, useSharedData, type SharedData } from './shared-data.js';

const here = path.dirname(fileURLToPath(import.meta.url));

/** Where the build writes it: beside this module (dist/workers/ once compiled). */
export const NER_PREBUILT_FILE = path.join(here, 'ner.prebuilt.bin');

/**
 * The files the data is read from: the model, the tagger's lists (every data/lexicon/ner_* file, which is
 * simpler than naming the lists a model reads), the normalisation tables and the code that reads them (ner/,
 * arabic/, this module and the shared-data layout).
 */
export function nerSources(codeRoot = path.dirname(here), dataRoot = DATA_DIR): KeyedSources {
  const lexicon = path.join(dataRoot, 'lexicon');
  const lists = existsSync(lexicon) ? readdirSync(lexicon).filter((f) => f.startsWith('ner_')).sort().map((f) => `lexicon/${f}`) : [];
  return {
    label: 'rasad-ner-prebuilt 2', codeRoot, dataRoot,
    codeDirs: ['ner', 'arabic'], codeFiles: ['data-files', 'once', 'prebuilt-file', 'workers/ner-prebuilt', 'workers/shared-data'],
    dataDirs: ['arabic'], dataFiles: ['model/ner.bin.gz', ...lists],
  };
}

/** Hash of the data files and of the code that reads them. */
export function nerSourceKey(codeRoot?: string, dataRoot?: string): string {
  return sourceKey(nerSources(codeRoot, dataRoot));
}

/** The bytes of a prebuilt file for `data` under `key` (and the files' stamp). */
export function encodeNerPrebuilt(data: SharedData, key: string, stamp = ''): Buffer {
  return encodePrebuilt(data, key, stamp);
}

/**
 * The shared data of a prebuilt file when its key is `key()`, its arrays views of one SharedArrayBuffer; null
 * when there is no such file, when it was built from other files (or by other code), or when it cannot be read.
 */
export function readNerPrebuilt(file = NER_PREBUILT_FILE, key: () => string = nerSourceKey, stamp: () => string = () => sourceStamp(nerSources())): SharedData | null {
  return readPrebuiltFile<SharedData>(file, key, stamp);
}

/** Installs the prebuilt shared data in this thread when the file is there and current (else nothing). */
export function usePrebuiltNer(file = NER_PREBUILT_FILE): void {
  useSharedData(readNerPrebuilt(file));
}

/** Writes the prebuilt file from the data files (read now by the tagger's own loaders); returns its size. */
export function writeNerPrebuilt(file = NER_PREBUILT_FILE): number {
  // The KB index has a prebuilt file of its own (src/kb/prebuilt.ts).
  const bytes = encodeNerPrebuilt({ ...sharedData(), kb: null }, nerSourceKey(), sourceStamp(nerSources()));
  writeFileSync(file, bytes);
  return bytes.length;
}
