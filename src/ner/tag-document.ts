// The tagger's hot path: the features of a document's sentences scored under the first model, decoded,
// then scored under the second with the stacked features of the first pass, and decoded again. The tags
// are those of tableEmissions over the concatenated features (sentence, document, stacked) to the bit;
// what is saved is work. The features a word gives (its own, and those it gives each neighbour: word-info.ts)
// are scored once per word type and model and kept. Summed in another order than the features are listed,
// they give the same doubles only while the sums are exact: with the shipped weights (multiples of 2^-28,
// below 2^7) any token's sum is, and the per-sentence check below says so; otherwise (weights of a model
// just trained) only the word's own features, listed first, are taken from the store and the rest are
// added in order. The feature sequences are not concatenated, and Viterbi's tables are reused.
import { ownKeyCount, sentenceFeaturesOf, type FeatureSeq, type NerKnowledge } from './features.js';
import { documentFeatures, stackedFeatures } from './document-features.js';
import { addKeySpan, addTableEmissions, emissionTable, type EmissionTable } from './emission-table.js';
import { bioAllowed, marginsOf, type SequenceModel } from './perceptron.js';
import { pathDecoder } from './path-decoder.js';
import { NEAR_DISTANCES, wordInfo, type WordInfo } from './word-info.js';

export interface DocumentTagOptions {
  window: number;
  doc: boolean;
  oBias?: number;
  margins?: boolean;
}

/** Blocks of a word's scores: its own features (0), then what it gives a word at each of NEAR_DISTANCES. */
const BLOCKS = 1 + NEAR_DISTANCES.length;

/** Adds a word's scores under one model (BLOCKS x L) to e[at ..]. */
function addWordScores(t: EmissionTable, w: WordInfo, f: FeatureSeq, i: number, e: Float64Array, at: number): void {
  addKeySpan(t, f.keys, f.start[i], f.start[i] + ownKeyCount(w), e, at);
  for (let b = 0; b < NEAR_DISTANCES.length; b++) addKeySpan(t, w.near, w.near[b], w.near[b + 1], e, at + (b + 1) * t.L);
}

/** The largest number of keys of one token over parallel feature sequences. */
function mostKeys(parts: readonly (FeatureSeq | null)[]): number {
  const n = parts[0]!.start.length - 1;
  let most = 0;
  for (let i = 0; i < n; i++) {
    let c = 0;
    for (const p of parts) if (p) c += p.start[i + 1] - p.start[i];
    most = Math.max(most, c);
  }
  return most;
}

/**
 * Emissions (n x L) of a sentence's words (`infos`; their scores under `t` in `ws`, from `base` on) under
 * table `t`: the sentence features `f` (starting with each word's own keys), then the other parts' keys.
 */
function emissions(t: EmissionTable, infos: readonly WordInfo[], ws: readonly Float64Array[], base: number, f: FeatureSeq, parts: readonly (FeatureSeq | null)[]): Float64Array {
  const { L } = t;
  const n = infos.length;
  const e = new Float64Array(n * L);
  const exact = mostKeys([f, ...parts]) <= t.exactTerms;
  for (let i = 0; i < n; i++) {
    const at = i * L;
    const own = ws[i];
    for (let y = 0; y < L; y++) e[at + y] = own[base + y];
    let j = f.start[i] + ownKeyCount(infos[i]);
    if (exact) {
      // The neighbours' blocks, listed next, from the store; a sentence boundary's key looked up.
      for (let b = 0; b < NEAR_DISTANCES.length; b++) {
        const nb = i + NEAR_DISTANCES[b];
        if (nb < 0 || nb >= n) {
          addKeySpan(t, f.keys, j, j + 1, e, at);
          j++;
          continue;
        }
        const near = infos[nb].near;
        j += near[b + 1] - near[b];
        const s = ws[nb];
        const off = base + (b + 1) * L;
        for (let y = 0; y < L; y++) e[at + y] += s[off + y];
      }
    }
    addKeySpan(t, f.keys, j, f.start[i + 1], e, at);
  }
  for (const p of parts) if (p) addTableEmissions(t, p, e);
  return e;
}

/** Word types whose scores are kept before the store starts again (about 0.9 KB a word with two models). */
const WORD_SCORES_MAX = 40_000;

/**
 * Tags the sentences of one document with a stack of models (second: null for one pass). `extra`: features of
 * each sentence from outside the tagger, read by both passes (the window network's, train-ner.ts --neural; measuring only).
 */
export function documentTagger(
  first: SequenceModel,
  second: SequenceModel | null,
  opts: DocumentTagOptions,
  k: NerKnowledge,
): (sentences: string[][], extra?: readonly (FeatureSeq | null)[]) => string[][] {
  const oBias = opts.oBias ?? 0;
  const table1 = emissionTable(first);
  const table2 = second ? emissionTable(second) : null;
  const decode1 = pathDecoder(first.labels, first.trans, bioAllowed(first.labels));
  const decode2 = second ? pathDecoder(second.labels, second.trans, bioAllowed(second.labels)) : null;
  const m1 = { labels: first.labels };
  // Keyed by the word's analysis (one per word type while the knowledge's cache keeps it): no string compared.
  // One array a word: its scores under the first model (BLOCKS x L1), then under the second.
  const base2 = BLOCKS * table1.L;
  const store = new Map<WordInfo, Float64Array>();
  const scoresOf = (w: WordInfo, f: FeatureSeq, i: number) => {
    let x = store.get(w);
    if (!x) {
      x = new Float64Array(base2 + (table2 ? BLOCKS * table2.L : 0));
      addWordScores(table1, w, f, i, x, 0);
      if (table2) addWordScores(table2, w, f, i, x, base2);
      if (store.size >= WORD_SCORES_MAX) store.clear();
      store.set(w, x);
    }
    return x;
  };
  const withBias = (e: Float64Array, n: number, L: number) => {
    if (oBias) for (let i = 0; i < n; i++) e[i * L] -= oBias;
    return e;
  };
  return (sentences, extra) => {
    const infos = sentences.map((ws) => ws.map((w) => wordInfo(w, k)));
    const sent = infos.map((ws) => sentenceFeaturesOf(ws, k));
    const doc = opts.doc ? documentFeatures(sentences, k, opts.window, infos) : null;
    const scores = infos.map((ws, s) => ws.map((w, i) => scoresOf(w, sent[s], i)));
    const e1 = infos.map((ws, s) => emissions(table1, ws, scores[s], 0, sent[s], [doc && doc[s], extra?.[s] ?? null]));
    const L1 = first.labels.length;
    if (!table2 || !decode2) return e1.map((e, s) => decode1(withBias(e, sentences[s].length, L1), sentences[s].length));
    // The first model's emissions serve both its decoding and the margins the second pass reads.
    const margins = opts.margins ? e1.map((e, s) => marginsOf(m1, e, sentences[s].length)) : undefined;
    const firstPass = e1.map((e, s) => decode1(e, sentences[s].length));
    const stacked = stackedFeatures(sentences, firstPass, k, opts.window, margins, infos);
    return infos.map((ws, s) => {
      const e = emissions(table2, ws, scores[s], base2, sent[s], [doc && doc[s], extra?.[s] ?? null, stacked[s]]);
      return decode2(withBias(e, ws.length, table2.L), ws.length);
    });
  };
}
