// What the window network (window-net.ts) reads of a sentence: for each token, the pretrained word
// vectors of the words at -2..+2 (the word's own in matching form, else its clitic-stripped stem's,
// else zeros, with flags saying which), and hashed sparse features from the tagger's own per-word
// analysis (word-info.ts: shape, clitics, list state, gazetteer and trigger types, name-word class,
// word class, the stem's first and last letters) of the words at -1..+1, and the word's and stem's
// identity (the BiLSTM, bilstm-net.ts, reads the word's own only). Pure: words, vectors and a knowledge object in, a NetInput out.
import { normalizeArabic } from '../arabic/normalize.js';
import { hashString, mix } from './hash.js';
import { wordInfo, type WordInfo } from './word-info.js';
import type { NerKnowledge } from './knowledge.js';
import type { Embeddings } from './embeddings.js';
import type { NetInput } from './window-net.js';

export interface WordVectors {
  dim: number;
  row: Map<string, number>;
  vectors: Float32Array;
}

export function wordVectors(e: Embeddings): WordVectors {
  return { dim: e.dim, row: new Map(e.words.map((w, i) => [w, i])), vectors: e.vectors };
}

/** Distances of the words whose vectors a token reads. */
export const VECTOR_WINDOW = 2;
/** Flags per window position: own vector, stem's vector, none, outside the sentence. */
const FLAGS = 4;

/** Width of a token's dense input for vectors of `dim` dimensions read at -window..+window. */
export function denseWidth(dim: number, window = VECTOR_WINDOW): number {
  return (2 * window + 1) * (dim + FLAGS);
}

export interface InputOptions {
  buckets: number;
  /** Whether the word's and stem's identity are sparse features (memorised names). */
  identity: boolean;
  /** Distances of the words whose vectors (VECTOR_WINDOW) and sparse features (1) a token reads: 0 for the BiLSTM. */
  window?: number;
  sparseWindow?: number;
}

const T = Object.fromEntries(['sh', 'pro', 'lex', 'gz', 'tr', 'nm', 'cl', 'p2', 's2', 's3', 'w', 'st'].map((t) => [t, hashString(t)]));

/** Sparse feature values of a word seen at distance d (their hashes, template and distance mixed in). */
function sparseOf(info: WordInfo, d: number, identity: boolean): number[] {
  const at = (t: string, v: number) => mix(mix(T[t], d + 8), v);
  const out = [at('sh', info.hShape), at('pro', info.hPro), at('lex', info.hLex)];
  for (const h of info.hGz) out.push(at('gz', h));
  for (const h of info.hTrig) out.push(at('tr', h));
  for (const h of info.hNm) out.push(at('nm', h));
  if (info.shape === 'ar') {
    const s = info.stem;
    if (s.length >= 3) out.push(at('p2', hashString(s.slice(0, 2))), at('s2', hashString(s.slice(-2))));
    if (s.length >= 4) out.push(at('s3', hashString(s.slice(-3))));
  }
  if (d === 0) {
    for (const h of info.hCls) out.push(at('cl', h));
    if (identity) out.push(at('w', info.hNorm), at('st', info.hStem));
  }
  return out;
}

/** The network input of one sentence. */
export function encodeSentence(words: readonly string[], vecs: WordVectors, k: NerKnowledge, opts: InputOptions): NetInput {
  const n = words.length;
  const { dim } = vecs;
  const slot = dim + FLAGS;
  const win = opts.window ?? VECTOR_WINDOW;
  const sw = opts.sparseWindow ?? 1;
  const D = denseWidth(dim, win);
  const infos = words.map((w) => wordInfo(w, k));
  // Each word's vector row and flag (0 own, 1 stem's, 2 none).
  const rows = words.map((w, i) => {
    const own = vecs.row.get(normalizeArabic(w));
    if (own !== undefined) return [own, 0];
    const stem = vecs.row.get(infos[i].stem);
    return stem !== undefined ? [stem, 1] : [-1, 2];
  });
  const dense = new Float64Array(n * D);
  const sparse: number[] = [];
  const start = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    for (let d = -win; d <= win; d++) {
      const off = i * D + (d + win) * slot;
      const j = i + d;
      if (j < 0 || j >= n) {
        dense[off + dim + 3] = 1;
        continue;
      }
      const [row, flag] = rows[j];
      dense[off + dim + flag] = 1;
      if (row >= 0) for (let c = 0; c < dim; c++) dense[off + c] = vecs.vectors[row * dim + c];
    }
    for (let d = -sw; d <= sw; d++) {
      const j = i + d;
      const vals = j < 0 || j >= n ? [mix(hashString('edge'), d + 8)] : sparseOf(infos[j], d, opts.identity);
      for (const v of vals) sparse.push((v >>> 0) % opts.buckets);
    }
    start[i + 1] = sparse.length;
  }
  return { n, dense, sparse: Int32Array.from(sparse), start };
}
