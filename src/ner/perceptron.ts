// A first-order linear-chain model over BIO tags, trained as an averaged structured perceptron
// (Collins 2002) and decoded with Viterbi under the BIO constraint (I-X only after B-X or I-X).
// Emission features are hashed keys (src/ner/hash.ts, features.ts); each known feature has one
// weight per tag; transitions have one weight per tag pair, plus sentence start and end.
import { isLexical } from './hash.js';
import { makeIndex, rowOf, type FeatureIndex } from './feature-index.js';
import type { FeatureSeq } from './features.js';
import { mulberry32 } from '../random.js';

export { addTableEmissions, emissionTable, tableEmissions, type EmissionTable } from './emission-table.js';

export interface SequenceModel {
  labels: string[];
  /** Feature key -> row. */
  index: FeatureIndex;
  /** rows x labels, row-major. */
  weights: Float32Array;
  /** (labels + 1) x (labels + 1): [from][to], index `labels.length` is the sentence boundary. */
  trans: Float32Array;
}

/** allowed[from * (L + 1) + to], from/to = L for the boundary. */
export function bioAllowed(labels: readonly string[]): Uint8Array {
  const L = labels.length;
  const ok = new Uint8Array((L + 1) * (L + 1));
  for (let a = 0; a <= L; a++) {
    for (let b = 0; b <= L; b++) {
      if (b === L) {
        ok[a * (L + 1) + b] = 1;
        continue;
      }
      const to = labels[b];
      if (to.startsWith('I-')) {
        const from = a === L ? 'O' : labels[a];
        ok[a * (L + 1) + b] = from !== 'O' && from.slice(2) === to.slice(2) ? 1 : 0;
      } else ok[a * (L + 1) + b] = 1;
    }
  }
  return ok;
}

/** Rows of a sentence's features (-1 for a key the model does not know), in the layout of `f.keys`. */
export function featureRows(model: SequenceModel, f: FeatureSeq): Int32Array {
  const rows = new Int32Array(f.keys.length);
  for (let j = 0; j < rows.length; j++) rows[j] = rowOf(model.index, f.keys[j]);
  return rows;
}

/** Emission scores (n x L) of a sentence from its feature rows (-1 rows skipped). */
function emissions(rows: Int32Array, start: Int32Array, weights: Float32Array, L: number): Float64Array {
  const n = start.length - 1;
  const e = new Float64Array(n * L);
  for (let i = 0; i < n; i++) {
    const base = i * L;
    for (let k = start[i]; k < start[i + 1]; k++) {
      const r = rows[k];
      if (r < 0) continue;
      const off = r * L;
      for (let y = 0; y < L; y++) e[base + y] += weights[off + y];
    }
  }
  return e;
}

/** The label the best path ends in: the best score at the last token with the transition to the end state (B). */
export function bestLastLabel(score: Float64Array, n: number, L: number, trans: Float32Array): number {
  const B = L;
  const W = L + 1;
  let best = -Infinity;
  let arg = 0;
  for (let y = 0; y < L; y++) {
    const s = score[(n - 1) * L + y] + trans[y * W + B];
    if (s > best) {
      best = s;
      arg = y;
    }
  }
  return arg;
}

/**
 * Best label sequence. `cost` (optional, n x L) is added to the emissions: training uses it for
 * loss-augmented decoding.
 */
export function viterbi(e: Float64Array, n: number, L: number, trans: Float32Array, allowed: Uint8Array, cost?: Float64Array): Int32Array {
  const out = new Int32Array(n);
  if (n === 0) return out;
  const B = L;
  const W = L + 1;
  const score = new Float64Array(n * L);
  const back = new Int32Array(n * L);
  for (let y = 0; y < L; y++) {
    score[y] = allowed[B * W + y] ? trans[B * W + y] + e[y] + (cost ? cost[y] : 0) : -Infinity;
  }
  for (let i = 1; i < n; i++) {
    for (let y = 0; y < L; y++) {
      let best = -Infinity;
      let arg = 0;
      for (let p = 0; p < L; p++) {
        if (!allowed[p * W + y]) continue;
        const s = score[(i - 1) * L + p] + trans[p * W + y];
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[i * L + y] = best + e[i * L + y] + (cost ? cost[i * L + y] : 0);
      back[i * L + y] = arg;
    }
  }
  out[n - 1] = bestLastLabel(score, n, L, trans);
  for (let i = n - 1; i > 0; i--) out[i - 1] = back[i * L + out[i]];
  return out;
}

/** Emission scores (n x L) of a sentence under a model. */
export function sentenceEmissions(model: SequenceModel, f: FeatureSeq): Float64Array {
  return emissions(featureRows(model, f), f.start, model.weights, model.labels.length);
}

/**
 * For each word, the best label other than 'O' by the emission scores alone, and how far its score
 * is above that of 'O' (negative: 'O' wins). The second pass reads it as a confidence.
 */
export function entityMargins(model: SequenceModel, f: FeatureSeq): { label: string; margin: number }[] {
  return marginsOf(model, sentenceEmissions(model, f), f.start.length - 1);
}

/** entityMargins from emission scores already computed (`e` is not changed). */
export function marginsOf(model: Pick<SequenceModel, 'labels'>, e: Float64Array, n: number): { label: string; margin: number }[] {
  const L = model.labels.length;
  const out: { label: string; margin: number }[] = [];
  for (let i = 0; i < n; i++) {
    let best = 1;
    for (let y = 2; y < L; y++) if (e[i * L + y] > e[i * L + best]) best = y;
    out.push({ label: model.labels[best] ?? 'O', margin: L > 1 ? e[i * L + best] - e[i * L] : 0 });
  }
  return out;
}

/** Tags one sentence given its features; `oBias` is subtracted from the score of label 0 ('O'). */
export function decode(model: SequenceModel, f: FeatureSeq, allowed = bioAllowed(model.labels), oBias = 0): string[] {
  return decodeEmissions(model, sentenceEmissions(model, f), f.start.length - 1, allowed, oBias);
}

/** decode from emission scores already computed; with `oBias` they are changed in place. */
export function decodeEmissions(model: Pick<SequenceModel, 'labels' | 'trans'>, e: Float64Array, n: number, allowed: Uint8Array, oBias = 0): string[] {
  const L = model.labels.length;
  if (oBias) for (let i = 0; i < n; i++) e[i * L] -= oBias;
  const path = viterbi(e, n, L, model.trans, allowed);
  return Array.from(path, (y) => model.labels[y]);
}

export interface TrainingSentence {
  /** Feature keys per word. */
  feats: FeatureSeq;
  /** Gold labels per word. */
  tags: string[];
}

export interface TrainOptions {
  epochs?: number;
  /** Features seen fewer times than this in training are dropped. */
  minCount?: number;
  /** Seed of the per-epoch shuffle (deterministic). */
  seed?: number;
  /** Loss-augmented decoding: cost added to every wrong label during training (0 = plain perceptron). */
  margin?: number;
  /** With `margin`: the cost of 'O' where the gold label is a name's is margin × missCost (default 1: recall and precision alike). */
  missCost?: number;
  /**
   * Word dropout: for each word and epoch, with probability `p`, the lexical features (the word's
   * own identity, hash.ts) are hidden, so that context and shape features learn to stand in for
   * words never seen in training.
   */
  dropout?: { p: number };
  /** Called after each epoch with the averaged model (for dev scores). */
  onEpoch?: (epoch: number, model: SequenceModel) => void;
  log?: (msg: string) => void;
}


/** Trains an averaged structured perceptron. Labels are taken from the data, 'O' first. */
export function trainPerceptron(data: readonly TrainingSentence[], opts: TrainOptions = {}): SequenceModel {
  const epochs = opts.epochs ?? 10;
  const minCount = opts.minCount ?? 1;
  const margin = opts.margin ?? 0;
  const missCost = opts.missCost ?? 1;
  const labelSet = new Set<string>();
  for (const s of data) for (const t of s.tags) labelSet.add(t);
  const labels = ['O', ...[...labelSet].filter((l) => l !== 'O').sort((a, b) => a.slice(2).localeCompare(b.slice(2)) || a.localeCompare(b))];
  const L = labels.length;
  const labelId = new Map(labels.map((l, i) => [l, i]));
  const counts = new Map<number, number>();
  for (const s of data) for (const f of s.feats.keys) counts.set(f, (counts.get(f) ?? 0) + 1);
  const kept: number[] = [];
  for (const [f, c] of counts) if (c >= minCount) kept.push(f);
  counts.clear();
  const index = makeIndex(Int32Array.from(kept));
  const nF = index.size;
  const model: SequenceModel = { labels, index, weights: new Float32Array(nF * L), trans: new Float32Array((L + 1) * (L + 1)) };
  const sents = data.map((s) => ({ rows: featureRows(model, s.feats), start: s.feats.start, gold: Int32Array.from(s.tags, (t) => labelId.get(t)!) }));
  const dropP = opts.dropout?.p ?? 0;
  const droppable = new Uint8Array(nF);
  for (let r = 0; r < nF; r++) droppable[r] = isLexical(index.rowKeys[r]) ? 1 : 0;
  const allowed = bioAllowed(labels);
  const W = new Float64Array(nF * L);
  const Wacc = new Float64Array(nF * L);
  const T = new Float64Array((L + 1) * (L + 1));
  const Tacc = new Float64Array((L + 1) * (L + 1));
  let c = 1;
  const rand = mulberry32(opts.seed ?? 1);
  const order = sents.map((_, i) => i);
  const trans32 = new Float32Array((L + 1) * (L + 1));
  const averaged = (): SequenceModel => {
    const w = new Float32Array(nF * L);
    for (let i = 0; i < w.length; i++) w[i] = W[i] - Wacc[i] / c;
    const t = new Float32Array(T.length);
    for (let i = 0; i < t.length; i++) t[i] = T[i] - Tacc[i] / c;
    return { labels, index, weights: w, trans: t };
  };
  const upd = (arr: Float64Array, acc: Float64Array, idx: number, d: number) => {
    arr[idx] += d;
    acc[idx] += c * d;
  };
  let dropped = new Uint8Array(256);
  for (let ep = 1; ep <= epochs; ep++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    let wrong = 0;
    let tokens = 0;
    for (const si of order) {
      const { gold, rows, start } = sents[si];
      const n = start.length - 1;
      if (dropped.length < n) dropped = new Uint8Array(2 * n);
      for (let i = 0; i < n; i++) dropped[i] = dropP > 0 && rand() < dropP ? 1 : 0;
      if (!n) continue;
      // Emissions from the current (not averaged) weights.
      const e = new Float64Array(n * L);
      for (let i = 0; i < n; i++) {
        for (let k = start[i]; k < start[i + 1]; k++) {
          const r = rows[k];
          if (dropped[i] && droppable[r]) continue;
          const off = r * L;
          for (let y = 0; y < L; y++) e[i * L + y] += W[off + y];
        }
      }
      for (let i = 0; i < T.length; i++) trans32[i] = T[i];
      let cost: Float64Array | undefined;
      if (margin > 0) {
        cost = new Float64Array(n * L).fill(margin);
        for (let i = 0; i < n; i++) {
          if (gold[i] !== 0) cost[i * L] = margin * missCost;
          cost[i * L + gold[i]] = 0;
        }
      }
      const pred = viterbi(e, n, L, trans32, allowed, cost);
      tokens += n;
      let differs = false;
      for (let i = 0; i < n; i++) if (pred[i] !== gold[i]) { differs = true; wrong++; }
      if (differs) {
        for (let i = 0; i < n; i++) {
          if (pred[i] === gold[i]) continue;
          for (let k = start[i]; k < start[i + 1]; k++) {
            const r = rows[k];
            if (dropped[i] && droppable[r]) continue;
            upd(W, Wacc, r * L + gold[i], 1);
            upd(W, Wacc, r * L + pred[i], -1);
          }
        }
        const Wd = L + 1;
        for (let i = 0; i <= n; i++) {
          const gp = i === 0 ? L : gold[i - 1];
          const gc = i === n ? L : gold[i];
          const pp = i === 0 ? L : pred[i - 1];
          const pc = i === n ? L : pred[i];
          if (gp === pp && gc === pc) continue;
          upd(T, Tacc, gp * Wd + gc, 1);
          upd(T, Tacc, pp * Wd + pc, -1);
        }
      }
      c++;
    }
    opts.log?.(`epoch ${ep}: ${wrong} / ${tokens} tokens wrong`);
    if (opts.onEpoch) opts.onEpoch(ep, averaged());
  }
  return averaged();
}

/** Drops features whose weights are all below `threshold` in absolute value. */
export function pruneModel(model: SequenceModel, threshold: number): SequenceModel {
  const L = model.labels.length;
  const keep: number[] = [];
  for (let r = 0; r < model.index.size; r++) {
    let max = 0;
    for (let y = 0; y < L; y++) max = Math.max(max, Math.abs(model.weights[r * L + y]));
    if (max >= threshold) keep.push(r);
  }
  const weights = new Float32Array(keep.length * L);
  keep.forEach((r, i) => {
    for (let y = 0; y < L; y++) {
      const w = model.weights[r * L + y];
      weights[i * L + y] = Math.abs(w) >= threshold ? w : 0;
    }
  });
  const index = makeIndex(Int32Array.from(keep, (r) => model.index.rowKeys[r]));
  return { labels: model.labels, index, weights, trans: model.trans };
}
