// The NER tagger's shared data (shared-data.ts: the decoded models and the shipped word tables) written once by
// the build in the very layout the tagger reads, so that a process reads one file into one SharedArrayBuffer and
// views its arrays in place, instead of gunzipping the model file, scaling its weights, hashing its feature keys
// and scanning the word-table TSVs (about 0.3 CPU-s of the tagger's load). The models and the TSVs stay the
// source of truth: the file starts with a key, a hash of those files and of the tagger's code, and a file whose
// key is not that of the files present is ignored (the tagger then loads from the files as before). Nothing of
// src/ner/ changes: the data is handed over as a thread's shared data is (useSharedData).
import { createHash } from 'node:crypto';
import { closeSync, existsSync, openSync, readdirSync, readFileSync, readSync, fstatSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DATA_DIR } from '../data-files.js';
import type { SequenceModel } from '../ner/perceptron.js';
import type { StackModels } from '../ner/model-file.js';
import type { WordTableData } from '../ner/word-table.js';
import { sharedData, useSharedData, type SharedData } from './shared-data.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const FORMAT = 'rasad-ner-prebuilt 1';
const MAGIC = 'RASADNPB';

/** Where the build writes it: beside this module (dist/workers/ once compiled). */
export const NER_PREBUILT_FILE = path.join(here, 'ner.prebuilt.bin');

/** The data files the tagger's shared data is read from (under data/). */
const DATA_FILES = ['model/ner.bin.gz', 'lexicon/ner_clusters.tsv', 'lexicon/ner_dictionary.tsv', 'lexicon/ner_name_tokens.tsv'];

/** Hash of the data files, of the tagger's code (every module of ner/) and of this module. */
export function nerSourceKey(codeRoot = path.dirname(here), dataRoot = DATA_DIR): string {
  const h = createHash('sha256');
  h.update(`${FORMAT}\n`);
  const add = (name: string, file: string) => {
    h.update(`${name}\n`);
    h.update(existsSync(file) ? readFileSync(file) : 'absent');
    h.update('\n');
  };
  for (const f of DATA_FILES) add(`data/${f}`, path.join(dataRoot, f));
  const ner = path.join(codeRoot, 'ner');
  for (const f of readdirSync(ner).sort()) if (/\.(js|ts)$/.test(f) && !f.endsWith('.d.ts')) add(`code/ner/${f}`, path.join(ner, f));
  add('code/workers/ner-prebuilt', fileURLToPath(import.meta.url));
  return h.digest('hex');
}

type Kind = 'u8' | 'i32' | 'f32';
/** A typed array of the file: its kind, byte offset in the data part, and length in elements. */
type Block = [Kind, number, number];
type Arr = Uint8Array | Int32Array | Float32Array;

const KINDS: Record<Kind, { bytes: number; make: (b: SharedArrayBuffer, off: number, n: number) => Arr }> = {
  u8: { bytes: 1, make: (b, o, n) => new Uint8Array(b, o, n) },
  i32: { bytes: 4, make: (b, o, n) => new Int32Array(b, o, n) },
  f32: { bytes: 4, make: (b, o, n) => new Float32Array(b, o, n) },
};
const kindOf = (a: Arr): Kind => (a instanceof Uint8Array ? 'u8' : a instanceof Int32Array ? 'i32' : 'f32');

/** The header: the key and every array as a block; the rest of each object as it is. */
interface Header {
  key: string;
  size: number;
  tables: Record<string, Omit<WordTableData, 'bytes' | 'lineStart' | 'wordEnd' | 'slots' | 'next'> & Record<'bytes' | 'lineStart' | 'wordEnd' | 'slots' | 'next', Block>>;
  models: Omit<StackModels, 'first' | 'second'> & { first: ModelHead; second: ModelHead | null };
}
interface ModelHead {
  labels: string[];
  size: number;
  mask: number;
  blocks: Record<'rowKeys' | 'slotKeys' | 'slotRows' | 'weights' | 'trans', Block>;
}

/** The bytes of a prebuilt file for `data` under `key`. */
export function encodeNerPrebuilt(data: SharedData, key: string): Buffer {
  const arrays: [Block, Arr][] = [];
  let size = 0;
  const block = (a: Arr): Block => {
    size = Math.ceil(size / 8) * 8;
    const b: Block = [kindOf(a), size, a.length];
    arrays.push([b, a]);
    size += a.byteLength;
    return b;
  };
  const tables: Header['tables'] = {};
  for (const [f, t] of Object.entries(data.tables)) {
    tables[f] = { header: t.header, size: t.size, bytes: block(t.bytes), lineStart: block(t.lineStart), wordEnd: block(t.wordEnd), slots: block(t.slots), next: block(t.next) };
  }
  const model = (m: SequenceModel): ModelHead => ({
    labels: m.labels, size: m.index.size, mask: m.index.mask,
    blocks: { rowKeys: block(m.index.rowKeys), slotKeys: block(m.index.slotKeys), slotRows: block(m.index.slotRows), weights: block(m.weights), trans: block(m.trans) },
  });
  const { first, second, ...opts } = data.models;
  const header: Header = { key, size: 0, tables, models: { ...opts, first: model(first), second: second ? model(second) : null } };
  header.size = size;
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const start = Math.ceil((12 + json.length) / 8) * 8;
  const out = Buffer.alloc(start + size);
  out.write(MAGIC, 0, 'latin1');
  out.writeUInt32LE(json.length, 8);
  json.copy(out, 12);
  for (const [b, a] of arrays) out.set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), start + b[1]);
  return out;
}

/**
 * The shared data of a prebuilt file when its key is `key()`, its arrays views of one SharedArrayBuffer; null
 * when there is no such file, when it was built from other files (or by other code), or when it cannot be read.
 */
export function readNerPrebuilt(file = NER_PREBUILT_FILE, key: () => string = nerSourceKey): SharedData | null {
  if (process.env.RASAD_NO_PREBUILT || !existsSync(file)) return null;
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(12);
    if (readSync(fd, head, 0, 12, 0) !== 12 || head.toString('latin1', 0, 8) !== MAGIC) return null;
    const json = Buffer.alloc(head.readUInt32LE(8));
    readSync(fd, json, 0, json.length, 12);
    const h = JSON.parse(json.toString('utf8')) as Header;
    const start = Math.ceil((12 + json.length) / 8) * 8;
    if (h.key !== key() || fstatSync(fd).size !== start + h.size) return null;
    const buf = new SharedArrayBuffer(h.size);
    const bytes = new Uint8Array(buf);
    for (let done = 0; done < h.size; ) {
      const n = readSync(fd, bytes, done, h.size - done, start + done);
      if (n <= 0) return null;
      done += n;
    }
    const view = <T extends Arr>([kind, off, n]: Block) => KINDS[kind].make(buf, off, n) as T;
    const tables: Record<string, WordTableData> = {};
    for (const [f, t] of Object.entries(h.tables)) {
      tables[f] = { header: t.header, size: t.size, bytes: view(t.bytes), lineStart: view(t.lineStart), wordEnd: view(t.wordEnd), slots: view(t.slots), next: view(t.next) };
    }
    const model = (m: ModelHead): SequenceModel => ({
      labels: m.labels,
      index: { size: m.size, rowKeys: view(m.blocks.rowKeys), slotKeys: view(m.blocks.slotKeys), slotRows: view(m.blocks.slotRows), mask: m.mask },
      weights: view(m.blocks.weights),
      trans: view(m.blocks.trans),
    });
    const { first, second, ...opts } = h.models;
    return { tables, models: { ...opts, first: model(first), second: second ? model(second) : null } };
  } catch {
    return null;
  } finally {
    closeSync(fd);
  }
}

/** Installs the prebuilt shared data in this thread when the file is there and current (else nothing). */
export function usePrebuiltNer(file = NER_PREBUILT_FILE): void {
  useSharedData(readNerPrebuilt(file));
}

/** Writes the prebuilt file from the data files (read now by the tagger's own loaders); returns its size. */
export function writeNerPrebuilt(file = NER_PREBUILT_FILE): number {
  const bytes = encodeNerPrebuilt(sharedData(), nerSourceKey());
  writeFileSync(file, bytes);
  return bytes.length;
}
