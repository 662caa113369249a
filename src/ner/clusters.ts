// Word classes from raw text for the NER tagger: the exchange algorithm (Kneser and Ney 1993;
// Martin et al. 1998) maximising the class-bigram likelihood. Pure: sentences of words in, a
// class per word out. Bigram counts live in typed arrays (CSR), so that millions of words fit.
import { normalizeArabic } from '../arabic/normalize.js';

/**
 * Splits raw text into the tokens ANERcorp has (punctuation apart from words) in matching form,
 * one array per line of text.
 */
export function clusterTokens(text: string): string[][] {
  const out: string[][] = [];
  for (const line of text.split(/\n+/)) {
    const words = line
      .split(/\s+/)
      .flatMap((t) => t.split(/([^\p{L}\p{N}\p{M}]+)/u))
      .map((t) => t.trim())
      .filter(Boolean)
      .map(normalizeArabic)
      .filter((t) => /[\p{L}\p{N}\p{P}\p{S}]/u.test(t));
    if (words.length) out.push(words);
  }
  return out;
}

export interface ClusterOptions {
  /** Classes to learn. */
  classes: number;
  /** Words seen fewer times are left out (they share one fixed extra class). */
  minCount: number;
  /** At most this many words (the most frequent) get a class. */
  maxVocab?: number;
  iterations: number;
  log?: (msg: string) => void;
}

/** Word -> count over sentences. */
export function countWords(corpus: Iterable<readonly string[]>): Map<string, number> {
  const count = new Map<string, number>();
  for (const s of corpus) for (const w of s) count.set(w, (count.get(w) ?? 0) + 1);
  return count;
}

/** The words that get a class: frequent first, ties in code-point order. */
export function clusterVocabulary(count: ReadonlyMap<string, number>, minCount: number, maxVocab = Infinity): string[] {
  return [...count]
    .filter(([, n]) => n >= minCount)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, maxVocab)
    .map(([w]) => w);
}

export interface Bigrams {
  /** Right neighbours of word a: rIdx[rPtr[a] .. rPtr[a+1]) with counts rCnt. */
  rPtr: Int32Array;
  rIdx: Int32Array;
  rCnt: Float64Array;
  lPtr: Int32Array;
  lIdx: Int32Array;
  lCnt: Float64Array;
}

/** Word-id bigrams (RARE = V for every other word and the sentence boundary) in CSR form. */
export function bigrams(corpus: readonly (readonly string[])[], id: ReadonlyMap<string, number>, V: number): Bigrams {
  let n = 0;
  for (const s of corpus) n += s.length + 1;
  const codes = new Float64Array(n);
  let k = 0;
  const W = V + 1;
  for (const s of corpus) {
    let prev = V;
    for (const w of s) {
      const cur = id.get(w) ?? V;
      codes[k++] = prev * W + cur;
      prev = cur;
    }
    codes[k++] = prev * W + V;
  }
  codes.sort();
  const pairs: number[] = [];
  const cnts: number[] = [];
  for (let i = 0; i < n; ) {
    let j = i;
    while (j < n && codes[j] === codes[i]) j++;
    pairs.push(codes[i]);
    cnts.push(j - i);
    i = j;
  }
  const csr = (first: (p: number) => number, second: (p: number) => number) => {
    const ptr = new Int32Array(W + 1);
    for (const p of pairs) ptr[first(p) + 1]++;
    for (let i = 0; i < W; i++) ptr[i + 1] += ptr[i];
    const fill = ptr.slice(0, W);
    const idx = new Int32Array(pairs.length);
    const cnt = new Float64Array(pairs.length);
    pairs.forEach((p, i) => {
      const at = fill[first(p)]++;
      idx[at] = second(p);
      cnt[at] = cnts[i];
    });
    return { ptr, idx, cnt };
  };
  const r = csr((p) => Math.floor(p / W), (p) => p % W);
  const l = csr((p) => p % W, (p) => Math.floor(p / W));
  return { rPtr: r.ptr, rIdx: r.idx, rCnt: r.cnt, lPtr: l.ptr, lIdx: l.idx, lCnt: l.cnt };
}

/** x log x, from a table for small integers. */
function xlogxTable(size: number): (x: number) => number {
  const t = new Float64Array(size);
  for (let i = 1; i < size; i++) t[i] = i * Math.log(i);
  return (x) => (x < size ? t[x] : x * Math.log(x));
}

/**
 * Flat word classes maximising the class-bigram likelihood, by exchange: each word in turn moves
 * to the class that most raises it. Deterministic.
 */
export function exchangeClusters(corpus: readonly (readonly string[])[], opts: ClusterOptions): Map<string, number> {
  const C = opts.classes;
  const words = clusterVocabulary(countWords(corpus), opts.minCount, opts.maxVocab);
  const id = new Map(words.map((w, i) => [w, i]));
  const V = words.length;
  const RARE = V;
  const cls = new Int32Array(V + 1);
  for (let i = 0; i < V; i++) cls[i] = i % C;
  cls[RARE] = C; // a fixed extra class
  const K = C + 1;
  const bg = bigrams(corpus, id, V);
  const N = new Float64Array(K * K);
  const uni = new Float64Array(K);
  const nw = new Float64Array(V + 1);
  for (let a = 0; a <= V; a++) {
    for (let j = bg.rPtr[a]; j < bg.rPtr[a + 1]; j++) {
      N[cls[a] * K + cls[bg.rIdx[j]]] += bg.rCnt[j];
      uni[cls[a]] += bg.rCnt[j];
      nw[a] += bg.rCnt[j];
    }
  }
  let total = 0;
  for (let a = 0; a <= V; a++) total += nw[a];
  const f = xlogxTable(Math.min(1 << 22, total + 2));
  const L = new Float64Array(K);
  const R = new Float64Array(K);
  const touchedL = new Int32Array(K);
  const touchedR = new Int32Array(K);
  for (let it = 0; it < opts.iterations; it++) {
    let moves = 0;
    for (let w = 0; w < V; w++) {
      const a = cls[w];
      let self = 0;
      let nL = 0;
      let nR = 0;
      for (let j = bg.lPtr[w]; j < bg.lPtr[w + 1]; j++) {
        const v = bg.lIdx[j];
        if (v === w) {
          self = bg.lCnt[j];
          continue;
        }
        const c = cls[v];
        if (L[c] === 0) touchedL[nL++] = c;
        L[c] += bg.lCnt[j];
      }
      for (let j = bg.rPtr[w]; j < bg.rPtr[w + 1]; j++) {
        const v = bg.rIdx[j];
        if (v === w) continue;
        const c = cls[v];
        if (R[c] === 0) touchedR[nR++] = c;
        R[c] += bg.rCnt[j];
      }
      // Take w out of a.
      for (let t = 0; t < nL; t++) if (touchedL[t] !== a) N[touchedL[t] * K + a] -= L[touchedL[t]];
      for (let t = 0; t < nR; t++) if (touchedR[t] !== a) N[a * K + touchedR[t]] -= R[touchedR[t]];
      N[a * K + a] -= L[a] + R[a] + self;
      uni[a] -= nw[w];
      let best = a;
      let bestGain = -Infinity;
      for (let b = 0; b < C; b++) {
        let g = 0;
        for (let t = 0; t < nL; t++) {
          const c = touchedL[t];
          if (c !== b) g += f(N[c * K + b] + L[c]) - f(N[c * K + b]);
        }
        for (let t = 0; t < nR; t++) {
          const c = touchedR[t];
          if (c !== b) g += f(N[b * K + c] + R[c]) - f(N[b * K + c]);
        }
        g += f(N[b * K + b] + L[b] + R[b] + self) - f(N[b * K + b]);
        g -= 2 * (f(uni[b] + nw[w]) - f(uni[b]));
        if (g > bestGain + 1e-9) {
          bestGain = g;
          best = b;
        }
      }
      // Put w into best.
      for (let t = 0; t < nL; t++) if (touchedL[t] !== best) N[touchedL[t] * K + best] += L[touchedL[t]];
      for (let t = 0; t < nR; t++) if (touchedR[t] !== best) N[best * K + touchedR[t]] += R[touchedR[t]];
      N[best * K + best] += L[best] + R[best] + self;
      uni[best] += nw[w];
      if (best !== a) moves++;
      cls[w] = best;
      for (let t = 0; t < nL; t++) L[touchedL[t]] = 0;
      for (let t = 0; t < nR; t++) R[touchedR[t]] = 0;
    }
    opts.log?.(`  exchange C=${C} iteration ${it + 1}: ${moves} moves of ${V} words`);
    if (moves < V / 500) break;
  }
  return new Map(words.map((w, i) => [w, cls[i]]));
}
