// Feature extraction for the statistical NER tagger (src/ner/perceptron.ts). Pure: a sentence
// (its words, as written) and a knowledge object give, for each word, the keys of its features
// (hash.ts): the word's own (word-info.ts, cached per word type), its neighbours', gazetteer
// spans and pairs of words. No feature string is built per token.
import { hashString, key, mix, template } from './hash.js';
import { NEAR, NEAR_DISTANCES, wordInfo, type WordInfo } from './word-info.js';
import type { NerKnowledge } from './knowledge.js';
import { cueRunKeys, waznNearKeys, wideKeys } from './cue-runs.js';
import { silverKeys } from './silver.js';

export { ENTITY_TYPES, loadKnowledge, makeKnowledge, knowledgeFromFiles, type NerKnowledge, type NerList } from './knowledge.js';
export { wordInfo, wordShape, type WordInfo } from './word-info.js';
export { featureKey } from './hash.js';

/** The feature keys of the tokens of one sentence: token i has keys[start[i] .. start[i + 1]). */
export interface FeatureSeq {
  keys: Int32Array;
  start: Int32Array;
}

/** The number of tokens of a sequence. */
export function seqLength(f: FeatureSeq): number {
  return f.start.length - 1;
}

/** The keys of token i (a view, no copy). */
export function tokenKeys(f: FeatureSeq, i: number): Int32Array {
  return f.keys.subarray(f.start[i], f.start[i + 1]);
}

/**
 * Builds a FeatureSeq token by token, in typed arrays grown by doubling (a number[] of 32-bit keys holds
 * doubles and is copied again at the end); the sequence returned views them, unused tail included.
 */
export class SeqBuilder {
  private keys: Int32Array;
  private start: Int32Array;
  private n = 0;
  private tokens = 0;
  /** `keys`: a guess at how many keys the sequence will have. */
  constructor(keys = 64, tokens = 16) {
    this.keys = new Int32Array(Math.max(keys, 8));
    this.start = new Int32Array(Math.max(tokens, 4) + 1);
  }
  /** Adds a key to the current token. */
  add(k: number): void {
    if (this.n === this.keys.length) {
      const grown = new Int32Array(2 * this.n);
      grown.set(this.keys);
      this.keys = grown;
    }
    this.keys[this.n++] = k;
  }
  /** Adds a key unless the current token has it already. */
  addUnique(k: number): void {
    for (let j = this.start[this.tokens]; j < this.n; j++) if (this.keys[j] === k) return;
    this.add(k);
  }
  /** Closes the current token. */
  next(): void {
    if (this.tokens + 2 > this.start.length) {
      const grown = new Int32Array(2 * this.start.length);
      grown.set(this.start);
      this.start = grown;
    }
    this.start[++this.tokens] = this.n;
  }
  done(): FeatureSeq {
    return { keys: this.keys.subarray(0, this.n), start: this.start.subarray(0, this.tokens + 1) };
  }
}

/** Features of several sources side by side: token i gets the keys of every part's token i. */
export function concatFeatures(parts: readonly FeatureSeq[]): FeatureSeq {
  const n = seqLength(parts[0]);
  let total = 0;
  for (const p of parts) total += p.keys.length;
  const keys = new Int32Array(total);
  const start = new Int32Array(n + 1);
  let at = 0;
  for (let i = 0; i < n; i++) {
    start[i] = at;
    for (const p of parts) for (let j = p.start[i]; j < p.start[i + 1]; j++) keys[at++] = p.keys[j];
  }
  start[n] = at;
  return { keys, start };
}

/** Features given as lists of keys per token (tests, toy models). */
export function seqOf(tokens: readonly (readonly number[])[]): FeatureSeq {
  const b = new SeqBuilder();
  for (const t of tokens) {
    for (const k of t) b.add(k);
    b.next();
  }
  return b.done();
}

const C = {
  b: template('b'),
  first: template('first'),
  gB: template('gB'),
  gI: template('gI'),
  wPrevW: template('w-1w'),
  wWNext: template('ww+1'),
  stPrevSt: template('st-1st'),
  wPrev2: template('w-2w-1'),
  wNext2: template('w+1w+2'),
  trPrevShape: template('tr-1w'),
  gzTrPrev: template('gz0tr-1'),
};
const H_BOS = hashString('<s>');
const H_EOS = hashString('</s>');

/**
 * Multi-word gazetteer matches: per word, the type hashes of listed names that start here (B) or
 * run through here (I). The first word may carry clitics (والولايات المتحدة).
 */
function gazetteerSpans(infos: readonly WordInfo[], k: NerKnowledge): { tok: number[]; b: boolean[]; type: number[] } {
  const out = { tok: [] as number[], b: [] as boolean[], type: [] as number[] };
  if (!k.gazetteerSeq.size) return out;
  for (let i = 0; i < infos.length; i++) {
    const firsts = infos[i].hFirsts;
    for (let f = 0; f < firsts.length; f++) {
      let h = firsts[f];
      for (let j = i + 1; j < infos.length && j - i < k.gazetteerMaxWords; j++) {
        h = mix(h, infos[j].hNorm);
        if (!k.gazetteerPrefixes.has(h)) break;
        const types = k.gazetteerSeq.get(h);
        if (!types) continue;
        for (const t of types) {
          const ht = hashString(t);
          for (let m = i; m <= j; m++) {
            out.tok.push(m);
            out.b.push(m === i);
            out.type.push(ht);
          }
        }
      }
    }
  }
  return out;
}

/**
 * How many keys of a token, at the start of its keys in sentenceFeatures, depend on the word alone (its bias
 * and its own features): the tagger scores them once per word type.
 */
export function ownKeyCount(w: WordInfo): number {
  return 1 + w.own.length;
}

/** The feature keys of every word of one sentence (tag-dependent features are the model's transitions). */
export function sentenceFeatures(words: readonly string[], k: NerKnowledge): FeatureSeq {
  return sentenceFeaturesOf(words.map((w) => wordInfo(w, k)), k);
}

/** sentenceFeatures of words already analysed (wordInfo). */
export function sentenceFeaturesOf(infos: readonly WordInfo[], k: NerKnowledge): FeatureSeq {
  const n = infos.length;
  const spans = gazetteerSpans(infos, k);
  // About 70 keys a word (own, neighbours', pairs).
  const out = new SeqBuilder(80 * n, n);
  const normAt = (i: number) => (i < 0 ? H_BOS : i >= n ? H_EOS : infos[i].hNorm);
  const stemAt = (i: number) => (i < 0 ? H_BOS : i >= n ? H_EOS : infos[i].hStem);
  const runs = k.switches?.includes('runs') ?? false;
  const wide = k.switches?.includes('wide') ?? false;
  const waznNear = k.switches?.includes('wazn-near') ?? false;
  const silver = k.silver ? silverKeys(infos, k.silver) : null;
  for (let i = 0; i < n; i++) {
    const w = infos[i];
    out.add(key(C.b, 0));
    for (let j = 0; j < w.own.length; j++) out.add(w.own[j]);
    for (let di = 0; di < NEAR_DISTANCES.length; di++) {
      const at = i + NEAR_DISTANCES[di];
      if (at < 0 || at >= n) out.add(key(NEAR.w[di], at < 0 ? H_BOS : H_EOS));
      else {
        const near = infos[at].near;
        for (let j = near[di]; j < near[di + 1]; j++) out.add(near[j]);
      }
    }
    if (i === 0) out.add(key(C.first, 0));
    for (let s = 0; s < spans.tok.length; s++) if (spans.tok[s] === i) out.addUnique(key(spans.b[s] ? C.gB : C.gI, spans.type[s]));
    out.add(key(C.wPrevW, mix(normAt(i - 1), w.hNorm)));
    out.add(key(C.wWNext, mix(w.hNorm, normAt(i + 1))));
    out.add(key(C.stPrevSt, mix(stemAt(i - 1), w.hStem)));
    out.add(key(C.wPrev2, mix(normAt(i - 2), normAt(i - 1))));
    out.add(key(C.wNext2, mix(normAt(i + 1), normAt(i + 2))));
    // A trigger just before, with this word's shape (الرئيس الفرنسي X), and with its gazetteer types.
    const p1 = i > 0 ? infos[i - 1] : null;
    if (p1) {
      for (const t of p1.hTrig) out.add(key(C.trPrevShape, mix(t, w.hShape)));
      for (const g of w.hGz) for (const t of p1.hTrig) out.add(key(C.gzTrPrev, mix(g, t)));
    }
    if (runs) cueRunKeys(infos, i, out);
    if (wide) wideKeys(infos, i, out);
    if (waznNear) waznNearKeys(infos, i, out);
    if (silver) for (const x of silver[i]) out.add(x);
    out.next();
  }
  return out.done();
}
