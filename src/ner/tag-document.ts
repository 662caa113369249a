// The tagger's hot path: the features of a document's sentences scored under the first model, decoded,
// then scored under the second with the stacked features of the first pass, and decoded again. The
// scores are those of tableEmissions over the concatenated features (sentence, document, stacked) and
// are added in that order, so the tags are those of the plain computation, to the bit; what is saved
// is work: the features of a word alone (the first keys of each token, features.ts) are scored once
// per word type and model and kept, the feature sequences are not concatenated, and Viterbi's tables
// are reused.
import { ownKeyCount, sentenceFeaturesOf, type FeatureSeq, type NerKnowledge } from './features.js';
import { documentFeatures, stackedFeatures } from './document-features.js';
import { addTableEmissions, emissionTable, keySpanEmissions } from './emission-table.js';
import { bioAllowed, marginsOf, type SequenceModel } from './perceptron.js';
import { pathDecoder } from './path-decoder.js';
import { wordInfo, type WordInfo } from './word-info.js';

export interface DocumentTagOptions {
  window: number;
  doc: boolean;
  oBias?: number;
  margins?: boolean;
}

/** What a word alone scores: how many of its token's first keys that is, and their sums under each model. */
interface WordScores {
  own: number;
  first: Float64Array;
  second: Float64Array | null;
}

/** Word types whose scores are kept before the store starts again (about 0.2 KB a word). */
const WORD_SCORES_MAX = 50_000;

/** Tags the sentences of one document with a stack of models (second: null for one pass). */
export function documentTagger(first: SequenceModel, second: SequenceModel | null, opts: DocumentTagOptions, k: NerKnowledge): (sentences: string[][]) => string[][] {
  const oBias = opts.oBias ?? 0;
  const table1 = emissionTable(first);
  const table2 = second ? emissionTable(second) : null;
  const L1 = first.labels.length;
  const L2 = second ? second.labels.length : 0;
  const decode1 = pathDecoder(first.labels, first.trans, bioAllowed(first.labels));
  const decode2 = second ? pathDecoder(second.labels, second.trans, bioAllowed(second.labels)) : null;
  const m1 = { labels: first.labels };
  // Keyed by the word's analysis (one per word type while the knowledge's cache keeps it): no string compared.
  const words = new Map<WordInfo, WordScores>();
  const scoresOf = (word: WordInfo, f: FeatureSeq, i: number): WordScores => {
    let w = words.get(word);
    if (!w) {
      const own = ownKeyCount(word);
      const from = f.start[i];
      w = { own, first: keySpanEmissions(table1, f, from, from + own), second: table2 ? keySpanEmissions(table2, f, from, from + own) : null };
      if (words.size >= WORD_SCORES_MAX) words.clear();
      words.set(word, w);
    }
    return w;
  };
  const withBias = (e: Float64Array, n: number, L: number) => {
    if (oBias) for (let i = 0; i < n; i++) e[i * L] -= oBias;
    return e;
  };
  return (sentences) => {
    const infos = sentences.map((ws) => ws.map((w) => wordInfo(w, k)));
    const sent = infos.map((ws) => sentenceFeaturesOf(ws, k));
    const doc = opts.doc ? documentFeatures(sentences, k, opts.window) : null;
    const scores = infos.map((ws, s) => ws.map((w, i) => scoresOf(w, sent[s], i)));
    const from = scores.map((ws) => Int32Array.from(ws, (w) => w.own));
    const e1 = sentences.map((ws, s) => {
      const e = new Float64Array(ws.length * L1);
      scores[s].forEach((w, i) => e.set(w.first, i * L1));
      addTableEmissions(table1, sent[s], e, from[s]);
      if (doc) addTableEmissions(table1, doc[s], e);
      return e;
    });
    if (!table2 || !decode2) return e1.map((e, s) => decode1(withBias(e, sentences[s].length, L1), sentences[s].length));
    // The first model's emissions serve both its decoding and the margins the second pass reads.
    const margins = opts.margins ? e1.map((e, s) => marginsOf(m1, e, sentences[s].length)) : undefined;
    const firstPass = e1.map((e, s) => decode1(e, sentences[s].length));
    const stacked = stackedFeatures(sentences, firstPass, k, opts.window, margins);
    return sentences.map((ws, s) => {
      const e = new Float64Array(ws.length * L2);
      scores[s].forEach((w, i) => e.set(w.second!, i * L2));
      addTableEmissions(table2, sent[s], e, from[s]);
      if (doc) addTableEmissions(table2, doc[s], e);
      addTableEmissions(table2, stacked[s], e);
      return decode2(withBias(e, ws.length, L2), ws.length);
    });
  };
}
