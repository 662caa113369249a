// The shipped speller (translit-model.ts): data/arabic/translit_model.tsv, 84,000 rows, is the reviewable source;
// parsing it into the model's tables cost about 0.2 CPU-s of a process's start, so the build also writes the tables
// beside this module (scripts/build-kb-index.ts, in the container of src/prebuilt-file.ts, keyed by a hash of the
// TSV and of the code that reads it) and a process reads that file in one go. A missing or stale file is ignored:
// the tables are then made from the TSV, the same tables (test/translit-model.test.ts).
import path from 'node:path';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DATA_DIR, dataPath } from '../data-files.js';
import { once } from '../once.js';
import { encodePrebuilt, readPrebuiltFile, sourceKey, sourceStamp, type KeyedSources } from '../prebuilt-file.js';
import { modelOf, parseJointTables, TRANSLIT_MODEL_FILE, type JointModel, type JointTables } from './translit-model.js';

const here = path.dirname(fileURLToPath(import.meta.url));

/** Where the build writes the model's tables: beside this module (dist/arabic/ once compiled). */
export const TRANSLIT_MODEL_PREBUILT = path.join(here, 'translit-model.prebuilt.bin');

/** The files the prebuilt tables are made from: the TSV and the code that reads it. */
export function translitModelSources(codeRoot = path.dirname(here), dataRoot = DATA_DIR): KeyedSources {
  return {
    label: 'rasad translit model 1', codeRoot, dataRoot,
    codeDirs: [], codeFiles: ['arabic/translit-model', 'arabic/translit-model-file', 'prebuilt-file', 'data-files'],
    dataDirs: [], dataFiles: [TRANSLIT_MODEL_FILE],
  };
}

/** The model's tables made from the TSV. */
export function translitTablesFromTsv(): JointTables {
  return parseJointTables(readFileSync(dataPath(TRANSLIT_MODEL_FILE), 'utf8'));
}

/** The tables of a prebuilt file when it was made from the files present (by this code); null otherwise. */
export function readTranslitTables(
  file = TRANSLIT_MODEL_PREBUILT,
  key: () => string = () => sourceKey(translitModelSources()),
  stamp: () => string = () => sourceStamp(translitModelSources()),
): JointTables | null {
  return readPrebuiltFile<JointTables>(file, key, stamp);
}

/** The bytes of a prebuilt file holding `tables` under `key` (and the files' stamp). */
export function encodeTranslitTables(tables: JointTables, key: string, stamp = ''): Buffer {
  return encodePrebuilt(tables, key, stamp);
}

/** Writes the prebuilt file from the TSV; returns its size in bytes. */
export function writeTranslitTables(file = TRANSLIT_MODEL_PREBUILT): number {
  const sources = translitModelSources();
  const bytes = encodeTranslitTables(translitTablesFromTsv(), sourceKey(sources), sourceStamp(sources));
  writeFileSync(file, bytes);
  return bytes.length;
}

/** The model from a prebuilt file when it is current, else from the TSV. */
export function loadTranslitModel(...prebuilt: Parameters<typeof readTranslitTables>): JointModel {
  return modelOf(readTranslitTables(...prebuilt) ?? translitTablesFromTsv());
}

/** The shipped model, read once per process on first use (from the prebuilt file when it is current). */
export const translitModel = once(() => loadTranslitModel());
