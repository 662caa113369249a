// The NER model file (data/model/ner.bin.gz): a small JSON header (options, labels, training
// metadata and the list of blocks) followed by little-endian Int32 blocks (transition weights,
// feature keys, emission weights: integers, real weight = integer * scale), gzipped. Read straight
// into typed arrays: no JSON number parsing at start-up. The header is also written on its own
// (data/model/ner.header.json) to be reviewed in diffs.
//
// Layout (before gzip): 8 bytes magic `RASADNER`, uint32 LE header length H, H bytes of UTF-8 JSON,
// zero padding to a multiple of 4, then each block of `header.blocks` in order, length x 4 bytes.
import { gunzipSync, gzipSync } from 'node:zlib';
import { makeIndex } from './feature-index.js';
import type { SequenceModel } from './perceptron.js';

const MAGIC = 'RASADNER';
export const STACK_FORMAT = 'rasad-ner-stack';
export const STACK_VERSION = 3;

export interface SerializedModel {
  labels: string[];
  /** Weights are integers: real weight = integer * scale. */
  scale: number;
  /** (labels + 1)² integers. */
  trans: Int32Array;
  /** Feature keys (hash.ts), one per row. */
  features: Int32Array;
  /** features.length x labels.length integers, row-major. */
  weights: Int32Array;
}

/** Options and metadata of a stack: everything but the arrays. */
export interface StackOptions {
  /** Sentences either side read by the document and stacked features. */
  window: number;
  /** Whether the document features are on. */
  doc: boolean;
  /** Subtracted from the score of 'O' when decoding. */
  oBias: number;
  /** Whether the second pass reads the first pass's emission margins (absent: no). */
  margins?: boolean;
  /** Optional lists the features read (knowledge.ts NerList; absent: none). */
  lists?: string[];
  meta: Record<string, unknown>;
}

export interface SerializedStack extends StackOptions {
  first: SerializedModel;
  second: SerializedModel | null;
}

interface ModelHeader {
  labels: string[];
  scale: number;
  rows: number;
}

export interface StackHeader extends StackOptions {
  format: typeof STACK_FORMAT;
  version: typeof STACK_VERSION;
  first: ModelHeader;
  second: ModelHeader | null;
  /** The Int32 blocks after the header, in order. */
  blocks: { name: string; type: 'int32le'; length: number }[];
}

const PARTS = ['trans', 'features', 'weights'] as const;

export function serializeModel(model: SequenceModel, scale = 1e-3): SerializedModel {
  return {
    labels: model.labels,
    scale,
    trans: Int32Array.from(model.trans, (v) => Math.round(v / scale)),
    features: Int32Array.from(model.index.rowKeys),
    weights: Int32Array.from(model.weights, (v) => Math.round(v / scale)),
  };
}

/** Where a model's arrays are made: ordinary memory, or SharedArrayBuffers to hand to threads. */
export type Alloc = 'local' | 'shared';

function int32Of(a: Int32Array, alloc: Alloc): Int32Array {
  const out = alloc === 'shared' ? new Int32Array(new SharedArrayBuffer(4 * a.length)) : new Int32Array(a.length);
  out.set(a);
  return out;
}

function float32(n: number, alloc: Alloc): Float32Array {
  return alloc === 'shared' ? new Float32Array(new SharedArrayBuffer(4 * n)) : new Float32Array(n);
}

export function deserializeModel(s: SerializedModel, alloc: Alloc = 'local'): SequenceModel {
  const L = s.labels.length;
  if (s.weights.length !== s.features.length * L) throw new Error('NER model: weights do not match features');
  if (s.trans.length !== (L + 1) * (L + 1)) throw new Error('NER model: transitions do not match labels');
  const weights = float32(s.weights.length, alloc);
  for (let i = 0; i < weights.length; i++) weights[i] = s.weights[i] * s.scale;
  const trans = float32(s.trans.length, alloc);
  for (let i = 0; i < trans.length; i++) trans[i] = s.trans[i] * s.scale;
  const index = makeIndex(int32Of(s.features, alloc));
  if (alloc === 'shared') {
    index.slotKeys = int32Of(index.slotKeys, alloc);
    index.slotRows = int32Of(index.slotRows, alloc);
  }
  return { labels: s.labels, index, weights, trans };
}

/**
 * The models of a stack ready to tag with, and its options. With 'shared' every array lives in a
 * SharedArrayBuffer: the object can be posted to worker threads, which then tag with the same
 * memory (structured cloning shares a SharedArrayBuffer instead of copying it).
 */
export interface StackModels extends StackOptions {
  first: SequenceModel;
  second: SequenceModel | null;
}

export function stackModels(stack: SerializedStack, alloc: Alloc = 'local'): StackModels {
  const { first, second, ...opts } = stack;
  return { ...opts, first: deserializeModel(first, alloc), second: second ? deserializeModel(second, alloc) : null };
}

/** The header of a stack (also the reviewable companion file's content). */
export function stackHeader(stack: SerializedStack): StackHeader {
  const { first, second, ...opts } = stack;
  const models = second ? { first, second } : { first };
  const blocks: StackHeader['blocks'] = [];
  for (const [name, m] of Object.entries(models)) for (const p of PARTS) blocks.push({ name: `${name}.${p}`, type: 'int32le', length: m[p].length });
  const head = (m: SerializedModel): ModelHeader => ({ labels: m.labels, scale: m.scale, rows: m.features.length });
  return { format: STACK_FORMAT, version: STACK_VERSION, ...opts, first: head(first), second: second ? head(second) : null, blocks };
}

/** The companion header file of a model file: `x.bin.gz` -> `x.header.json`. */
export function headerFileOf(modelFile: string): string {
  return modelFile.replace(/(\.bin)?(\.gz)?$/, '') + '.header.json';
}

export function encodeStack(stack: SerializedStack): Buffer {
  const header = Buffer.from(JSON.stringify(stackHeader(stack)), 'utf8');
  const start = Math.ceil((12 + header.length) / 4) * 4;
  const models = stack.second ? [stack.first, stack.second] : [stack.first];
  const arrays = models.flatMap((m) => PARTS.map((p) => m[p]));
  const out = Buffer.alloc(start + 4 * arrays.reduce((n, a) => n + a.length, 0));
  out.write(MAGIC, 0, 'latin1');
  out.writeUInt32LE(header.length, 8);
  header.copy(out, 12);
  let off = start;
  for (const a of arrays) for (let i = 0; i < a.length; i++, off += 4) out.writeInt32LE(a[i], off);
  return gzipSync(out, { level: 9 });
}

/** An Int32 block: a view on the buffer when the host is little-endian and the block aligned. */
function int32Block(buf: Buffer, offset: number, length: number): Int32Array {
  const at = buf.byteOffset + offset;
  if (LITTLE_ENDIAN && at % 4 === 0) return new Int32Array(buf.buffer, at, length);
  const a = new Int32Array(length);
  for (let i = 0; i < length; i++) a[i] = buf.readInt32LE(offset + 4 * i);
  return a;
}

const LITTLE_ENDIAN = new Uint8Array(Uint32Array.of(1).buffer)[0] === 1;

export function decodeStack(file: Buffer): SerializedStack {
  // A gzip file ends with its uncompressed size (mod 2^32): one output chunk of that size.
  const gz = file.length > 18 && file[0] === 0x1f && file[1] === 0x8b;
  const buf = gz ? gunzipSync(file, { chunkSize: Math.min(1 << 28, Math.max(64 * 1024, file.readUInt32LE(file.length - 4))) }) : file;
  if (buf.length < 12 || buf.toString('latin1', 0, 8) !== MAGIC) throw new Error('not a Rasad NER model file: retrain with scripts/train-ner.ts');
  const hlen = buf.readUInt32LE(8);
  const header = JSON.parse(buf.toString('utf8', 12, 12 + hlen)) as StackHeader;
  if (header.format !== STACK_FORMAT || header.version !== STACK_VERSION) throw new Error(`not a Rasad NER model file (version ${STACK_VERSION}): retrain with scripts/train-ner.ts`);
  const blocks = new Map<string, Int32Array>();
  let off = Math.ceil((12 + hlen) / 4) * 4;
  for (const b of header.blocks) {
    if (b.type !== 'int32le' || off + 4 * b.length > buf.length) throw new Error(`NER model file: bad block ${b.name}`);
    blocks.set(b.name, int32Block(buf, off, b.length));
    off += 4 * b.length;
  }
  if (off !== buf.length) throw new Error('NER model file: trailing bytes');
  const model = (name: string, h: ModelHeader): SerializedModel => {
    const part = (p: string): Int32Array => {
      const a = blocks.get(`${name}.${p}`);
      if (!a) throw new Error(`NER model file: no block ${name}.${p}`);
      return a;
    };
    if (part('features').length !== h.rows) throw new Error(`NER model file: ${name} rows do not match`);
    return { labels: h.labels, scale: h.scale, trans: part('trans'), features: part('features'), weights: part('weights') };
  };
  const { format: _f, version: _v, blocks: _b, first, second, ...opts } = header;
  return { ...opts, first: model('first', first), second: second ? model('second', second) : null };
}
