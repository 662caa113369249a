// Reading the window network's output (window-net.ts): its labels, the BIO Viterbi over its
// per-token log-probabilities, and its output as perceptron features (stacking, train-ner.ts
// --neural): the network's decoded tag of the word and of the words ±1, and each entity type's
// probability in bins. Pure.
import { ENTITY_TYPES } from './knowledge.js';
import { bioAllowed, decodeEmissions, sentenceEmissions, type SequenceModel } from './perceptron.js';
import { loadKnowledge, type NerList } from './knowledge.js';
import { concatFeatures } from './features.js';
import { baseFeatures, secondPassFeatures } from './tagger.js';
import { documentTagger } from './tag-document.js';
import { decodeStack, stackModels } from './model-file.js';
import { pathDecoder, type PathDecoder } from './path-decoder.js';
import { hashString, key, mix, template } from './hash.js';
import { SeqBuilder, type FeatureSeq } from './features.js';

/** The network's labels, in output order. */
export const NEURAL_LABELS: readonly string[] = ['O', ...ENTITY_TYPES.flatMap((t) => [`B-${t}`, `I-${t}`])];

/** Gold tags as label numbers ('O' for a tag outside NEURAL_LABELS). */
export function labelIds(tags: readonly string[]): Int32Array {
  return Int32Array.from(tags, (t) => Math.max(0, NEURAL_LABELS.indexOf(t)));
}

/** A decoder of log-probabilities (n x labels) into tags under BIO, without transition weights. */
export function neuralDecoder(): PathDecoder {
  const L = NEURAL_LABELS.length;
  return pathDecoder(NEURAL_LABELS, new Float32Array((L + 1) * (L + 1)), bioAllowed(NEURAL_LABELS));
}

const TPL = { tag: template('nn'), prev: template('nn-1'), next: template('nn+1'), bin: template('nnp'), pair: template('nn-1nn') };
const BINS = [0.05, 0.2, 0.5, 0.8, 0.95];

function bin(p: number): number {
  let b = 0;
  while (b < BINS.length && p >= BINS[b]) b++;
  return b;
}

/**
 * Stacking features of one sentence from the network's log-probabilities `lp` (n x labels) and its
 * decoded tags: 'nn' the tag, 'nn-1' / 'nn+1' the neighbours' tags, 'nn-1nn' the pair, and 'nnp' each
 * entity type whose probability (B + I) is 5% or more, with its bin.
 */
export function neuralFeatures(lp: Float64Array, tags: readonly string[]): FeatureSeq {
  const n = tags.length;
  const L = NEURAL_LABELS.length;
  const h = tags.map(hashString);
  const edge = hashString('<s>');
  const b = new SeqBuilder(8 * n, n);
  for (let i = 0; i < n; i++) {
    const prev = i > 0 ? h[i - 1] : edge;
    b.add(key(TPL.tag, h[i]));
    b.add(key(TPL.prev, prev));
    b.add(key(TPL.next, i + 1 < n ? h[i + 1] : edge));
    b.add(key(TPL.pair, mix(prev, h[i])));
    ENTITY_TYPES.forEach((t, j) => {
      const p = Math.exp(lp[i * L + 1 + 2 * j]) + Math.exp(lp[i * L + 2 + 2 * j]);
      if (p >= BINS[0]) b.add(key(TPL.bin, mix(hashString(t), bin(p))));
    });
    b.next();
  }
  return b.done();
}

/**
 * An ensemble on emission scores: adds `a` times the network's log-probabilities (`lp`, n x NEURAL_LABELS)
 * to a perceptron's emissions (`e`, n x labels, in place) label by label, for the perceptron's Viterbi.
 */
export function mixEmissions(e: Float64Array, labels: readonly string[], lp: ArrayLike<number>, a: number): Float64Array {
  const L = labels.length;
  const NL = NEURAL_LABELS.length;
  const col = labels.map((l) => NEURAL_LABELS.indexOf(l));
  const n = e.length / L;
  for (let i = 0; i < n; i++) for (let y = 0; y < L; y++) if (col[y] >= 0) e[i * L + y] += a * lp[i * NL + col[y]];
  return e;
}

/**
 * A tagger of a model file (its two passes) whose last pass's emissions are mixed with the window network's
 * log-probabilities (`a` x; one array per sentence, from scripts/train-neural-ner.ts --tag): for measuring
 * the ensemble on a test file (scripts/eval-ner.ts --mix). The sentences are one document, as tagSentences reads them.
 */
export function mixedStackTagger(file: Buffer, a: number): (sentences: string[][], lp: readonly ArrayLike<number>[]) => string[][] {
  const m = stackModels(decodeStack(file));
  const opts = { window: m.window, doc: m.doc, oBias: m.oBias, margins: m.margins ?? false };
  const k = loadKnowledge((m.lists ?? []) as NerList[]);
  const mixed = (model: SequenceModel, f: FeatureSeq, lp: ArrayLike<number>, n: number) =>
    decodeEmissions(model, mixEmissions(sentenceEmissions(model, f), model.labels, lp, a), n, bioAllowed(model.labels), opts.oBias);
  return (sentences, lp) => {
    const base = baseFeatures(sentences, k, opts);
    if (!m.second) return sentences.map((w, s) => mixed(m.first, base[s], lp[s], w.length));
    const first = documentTagger(m.first, null, opts, k)(sentences);
    const st = secondPassFeatures(m.first, sentences, base, first, k, opts);
    return sentences.map((w, s) => mixed(m.second!, concatFeatures([base[s], st[s]]), lp[s], w.length));
  };
}
