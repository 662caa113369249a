// Word classes from word embeddings for the NER tagger: skip-gram with negative sampling
// (Mikolov et al. 2013) trained on raw text, then spherical k-means of the vectors at several sizes
// (Turian et al. 2010 and Guo et al. 2014 found such classes add to Brown classes for NER).
// Pure and deterministic: sentences of words and a seed in, vectors or classes out.
import { clusterVocabulary, countWords } from './clusters.js';

export interface EmbeddingOptions {
  dim: number;
  /** Largest distance of a context word (each position draws its own window of 1..window). */
  window: number;
  negatives: number;
  epochs: number;
  /** Words seen fewer times are left out of training (as if absent). */
  minCount: number;
  maxVocab?: number;
  /** Frequent words are kept with probability sqrt(t / share) (Mikolov et al.'s subsampling). */
  subsample: number;
  learningRate: number;
  seed: number;
  log?: (msg: string) => void;
}

export interface Embeddings {
  words: string[];
  dim: number;
  /** words.length × dim, row-major, each row of unit length. */
  vectors: Float32Array;
}

/** A xorshift32 generator: uniform numbers in [0, 1). */
export function random(seed: number): () => number {
  let s = seed >>> 0 || 0x9e3779b9;
  return () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s / 4294967296;
  };
}

const SIGMOID_MAX = 6;
const SIGMOID_SIZE = 1000;

/** Word vectors by skip-gram with negative sampling over the vocabulary of clusterVocabulary. */
export function trainEmbeddings(corpus: readonly (readonly string[])[], opts: EmbeddingOptions): Embeddings {
  const count = countWords(corpus);
  const words = clusterVocabulary(count, opts.minCount, opts.maxVocab);
  const id = new Map(words.map((w, i) => [w, i]));
  const V = words.length;
  const D = opts.dim;
  const rand = random(opts.seed);
  const freq = new Float64Array(V);
  let total = 0;
  words.forEach((w, i) => {
    freq[i] = count.get(w)!;
    total += freq[i];
  });
  // Sentences as word ids (words out of the vocabulary dropped), one array.
  const lens: number[] = [];
  const idsList: number[] = [];
  for (const s of corpus) {
    let n = 0;
    for (const w of s) {
      const i = id.get(w);
      if (i !== undefined) {
        idsList.push(i);
        n++;
      }
    }
    if (n > 1) lens.push(n);
    else idsList.length -= n;
  }
  const ids = Int32Array.from(idsList);
  const keep = new Float64Array(V);
  for (let i = 0; i < V; i++) keep[i] = Math.min(1, Math.sqrt((opts.subsample * total) / freq[i]) + (opts.subsample * total) / freq[i]);
  // Negatives drawn from the unigram distribution to the power 3/4.
  const TABLE = 1 << 22;
  const table = new Int32Array(TABLE);
  let z = 0;
  for (let i = 0; i < V; i++) z += Math.pow(freq[i], 0.75);
  for (let i = 0, t = 0, cum = Math.pow(freq[0], 0.75) / z; t < TABLE; t++) {
    table[t] = i;
    if (t / TABLE > cum && i < V - 1) cum += Math.pow(freq[++i], 0.75) / z;
  }
  const sig = new Float32Array(SIGMOID_SIZE + 1);
  for (let i = 0; i <= SIGMOID_SIZE; i++) sig[i] = 1 / (1 + Math.exp(-((i / SIGMOID_SIZE) * 2 - 1) * SIGMOID_MAX));
  const sigmoid = (x: number) => (x >= SIGMOID_MAX ? 1 : x <= -SIGMOID_MAX ? 0 : sig[Math.floor(((x + SIGMOID_MAX) / (2 * SIGMOID_MAX)) * SIGMOID_SIZE)]);
  const inVec = new Float32Array(V * D);
  for (let i = 0; i < inVec.length; i++) inVec[i] = (rand() - 0.5) / D;
  const outVec = new Float32Array(V * D);
  const grad = new Float32Array(D);
  const sent = new Int32Array(lens.reduce((m, l) => Math.max(m, l), 1));
  const steps = opts.epochs * ids.length;
  let done = 0;
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    let at = 0;
    for (const len of lens) {
      let n = 0;
      for (let p = at; p < at + len; p++) if (keep[ids[p]] >= 1 || rand() < keep[ids[p]]) sent[n++] = ids[p];
      at += len;
      done += len;
      const alpha = opts.learningRate * Math.max(1e-4, 1 - done / steps);
      for (let i = 0; i < n; i++) {
        const w = sent[i];
        const b = 1 + Math.floor(rand() * opts.window);
        for (let j = Math.max(0, i - b); j <= Math.min(n - 1, i + b); j++) {
          if (j === i) continue;
          const l1 = sent[j] * D;
          grad.fill(0);
          for (let d = 0; d <= opts.negatives; d++) {
            const target = d === 0 ? w : table[Math.floor(rand() * TABLE)];
            if (d > 0 && target === w) continue;
            const l2 = target * D;
            let f = 0;
            for (let c = 0; c < D; c++) f += inVec[l1 + c] * outVec[l2 + c];
            const g = ((d === 0 ? 1 : 0) - sigmoid(f)) * alpha;
            for (let c = 0; c < D; c++) {
              grad[c] += g * outVec[l2 + c];
              outVec[l2 + c] += g * inVec[l1 + c];
            }
          }
          for (let c = 0; c < D; c++) inVec[l1 + c] += grad[c];
        }
      }
    }
    opts.log?.(`  skip-gram epoch ${epoch + 1}/${opts.epochs}: ${ids.length} tokens, ${V} words`);
  }
  normalizeRows(inVec, D);
  return { words, dim: D, vectors: inVec };
}

function normalizeRows(m: Float32Array, D: number): void {
  for (let r = 0; r < m.length; r += D) {
    let n = 0;
    for (let c = 0; c < D; c++) n += m[r + c] * m[r + c];
    n = Math.sqrt(n) || 1;
    for (let c = 0; c < D; c++) m[r + c] /= n;
  }
}

/**
 * Spherical k-means (cosine) of unit vectors: k classes, started from k distinct rows drawn with
 * the seed; an emptied class restarts from the row worst fitted. Returns the class of each row.
 */
export function sphericalKMeans(
  vectors: Float32Array,
  dim: number,
  k: number,
  opts: { iterations: number; seed: number; log?: (msg: string) => void },
): Int32Array {
  const n = vectors.length / dim;
  const rand = random(opts.seed);
  const cent = new Float32Array(k * dim);
  const chosen = new Set<number>();
  while (chosen.size < Math.min(k, n)) chosen.add(Math.floor(rand() * n));
  [...chosen].forEach((r, c) => cent.set(vectors.subarray(r * dim, (r + 1) * dim), c * dim));
  const cls = new Int32Array(n).fill(-1);
  const fit = new Float32Array(n);
  for (let it = 0; it < opts.iterations; it++) {
    let moves = 0;
    for (let r = 0; r < n; r++) {
      const o = r * dim;
      let best = 0;
      let bestDot = -Infinity;
      for (let c = 0; c < k; c++) {
        const q = c * dim;
        let s = 0;
        for (let d = 0; d < dim; d++) s += vectors[o + d] * cent[q + d];
        if (s > bestDot) {
          bestDot = s;
          best = c;
        }
      }
      if (cls[r] !== best) moves++;
      cls[r] = best;
      fit[r] = bestDot;
    }
    cent.fill(0);
    const size = new Int32Array(k);
    for (let r = 0; r < n; r++) {
      size[cls[r]]++;
      const o = r * dim;
      const q = cls[r] * dim;
      for (let d = 0; d < dim; d++) cent[q + d] += vectors[o + d];
    }
    for (let c = 0; c < k; c++) {
      if (size[c] > 0) continue;
      let worst = 0;
      for (let r = 1; r < n; r++) if (fit[r] < fit[worst]) worst = r;
      fit[worst] = Infinity;
      cent.set(vectors.subarray(worst * dim, (worst + 1) * dim), c * dim);
    }
    normalizeRows(cent, dim);
    opts.log?.(`  k-means k=${k} iteration ${it + 1}: ${moves} moves`);
    if (moves < n / 1000) break;
  }
  return cls;
}

/**
 * Classes for every row from classes fitted on the first rows (the most frequent words): each class
 * centre is the normalised mean of its fitted rows, and a later row goes to the nearest centre. Rare
 * words' vectors are noisy, so they are placed among classes that the frequent words define.
 */
export function extendClasses(vectors: Float32Array, dim: number, k: number, fitted: Int32Array): Int32Array {
  const n = vectors.length / dim;
  const cent = new Float32Array(k * dim);
  for (let r = 0; r < fitted.length; r++) for (let d = 0; d < dim; d++) cent[fitted[r] * dim + d] += vectors[r * dim + d];
  normalizeRows(cent, dim);
  const cls = new Int32Array(n);
  cls.set(fitted);
  for (let r = fitted.length; r < n; r++) {
    let best = 0;
    let bestDot = -Infinity;
    for (let c = 0; c < k; c++) {
      let s = 0;
      for (let d = 0; d < dim; d++) s += vectors[r * dim + d] * cent[c * dim + d];
      if (s > bestDot) {
        bestDot = s;
        best = c;
      }
    }
    cls[r] = best;
  }
  return cls;
}

/** Word vectors from the text written by build-embedding-classes.ts --vectors (a "words dim" line, then a word and its numbers a line). */
export function parseVectors(text: string): Embeddings {
  const lines = text.split('\n').filter(Boolean);
  const [n, dim] = lines[0].split(' ').map(Number);
  const words: string[] = [];
  const vectors = new Float32Array(n * dim);
  for (let i = 0; i < n; i++) {
    // The numbers are the last `dim` fields: a word may hold a space (a ligature such as ﷺ normalises to four words).
    const parts = lines[i + 1].split(' ');
    const w = parts.length - dim;
    words.push(parts.slice(0, w).join(' '));
    for (let d = 0; d < dim; d++) vectors[i * dim + d] = Number(parts[w + d]);
  }
  return { words, dim, vectors };
}
