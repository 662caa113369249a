// The prebuilt KB index: the build (scripts/build-kb-index.ts, run by `npm run build` and `prepare`) writes the
// index of src/kb/kb-index.ts in its compact form (index-codec.ts) beside the compiled code, so that start-up
// reads it instead of parsing the TSVs and building the tries (a third of a CPU-second). The TSVs stay the
// source of truth: the file starts with a key, a hash of every data file and every code file the index is built
// from, and a file whose key is not that of the files present is ignored (the index is then built from the TSVs
// as before). So a TSV edited or code recompiled without `npm run build` costs time, never a stale answer.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DATA_DIR } from '../data-files.js';
import { CODEC_FORMAT, type EncodedIndex } from './index-codec.js';

const here = path.dirname(fileURLToPath(import.meta.url));

/** Where the build writes the prebuilt index: beside this module (dist/kb/ once compiled). */
export const PREBUILT_FILE = path.join(here, 'index.prebuilt.json');

/** The code the index is built by, under src/ (or dist/): every .ts/.js file of these folders, and these modules. */
const CODE_DIRS = ['kb', 'arabic'];
const CODE_FILES = ['data-files', 'doc', 'once'];
/** The data it is built from, under data/: every file of these folders, and these files. */
const DATA_DIRS = ['kb', 'arabic', 'gazetteer'];
const DATA_FILES = ['lexicon/titles.tsv', 'lexicon/nisba_irregular.tsv', 'lexicon/coref.tsv'];

const isCode = (f: string) => /\.(js|ts)$/.test(f) && !f.endsWith('.d.ts');

/** The files the key covers, as [root, relative path], in a fixed order. */
export function keyedFiles(codeRoot: string, dataRoot: string): [string, string][] {
  const out: [string, string][] = [];
  const dir = (root: string, rel: string, keep: (f: string) => boolean) => {
    const full = path.join(root, rel);
    if (!existsSync(full)) return;
    for (const f of readdirSync(full).sort()) if (keep(f) && statSync(path.join(full, f)).isFile()) out.push([root, `${rel}/${f}`]);
  };
  for (const d of CODE_DIRS) dir(codeRoot, d, isCode);
  for (const f of CODE_FILES) for (const ext of ['.ts', '.js']) if (existsSync(path.join(codeRoot, f + ext))) out.push([codeRoot, f + ext]);
  for (const d of DATA_DIRS) dir(dataRoot, d, () => true);
  for (const f of DATA_FILES) if (existsSync(path.join(dataRoot, f))) out.push([dataRoot, f]);
  return out;
}

/** Hash of the code and data the index is built from (names and contents). */
export function sourceKey(codeRoot = path.dirname(here), dataRoot = DATA_DIR): string {
  const h = createHash('sha256');
  h.update(`rasad kb index ${CODEC_FORMAT}\n`);
  for (const [root, rel] of keyedFiles(codeRoot, dataRoot)) {
    h.update(`${root === dataRoot ? 'data' : 'code'}/${rel}\n`);
    h.update(readFileSync(path.join(root, rel)));
    h.update('\n');
  }
  return h.digest('hex');
}

/** The text of a prebuilt index file for `key`: the key on the first line, the encoded index after it. */
export function prebuiltText(key: string, enc: EncodedIndex): string {
  return `${key}\n${JSON.stringify(enc)}`;
}

/**
 * The encoded index of `file` when its key is `key()`; null when there is no such file, when it was built from
 * other files (or by other code), or when it cannot be read.
 */
export function readPrebuilt(file = PREBUILT_FILE, key: () => string = sourceKey): EncodedIndex | null {
  if (process.env.RASAD_NO_PREBUILT || !existsSync(file)) return null;
  try {
    const text = readFileSync(file, 'utf8');
    const nl = text.indexOf('\n');
    if (nl < 0 || text.slice(0, nl) !== key()) return null;
    const enc = JSON.parse(text.slice(nl + 1)) as EncodedIndex;
    return enc && enc.format === CODEC_FORMAT ? enc : null;
  } catch {
    return null;
  }
}
