// Viterbi decoding for tagging (no loss-augmenting cost): the same best path as viterbi() in
// perceptron.ts, with the sums and comparisons it makes in the same order (so ties go the same way),
// but each label's allowed predecessors listed once instead of tested at every word, and the score
// tables reused from sentence to sentence instead of allocated for each.
import { bestLastLabel } from './perceptron.js';

/** Decodes one sentence's emissions (n x L, not changed) into its labels. */
export type PathDecoder = (e: Float64Array, n: number) => string[];

/** A decoder for a model's labels, transitions ((L + 1) x (L + 1)) and allowed moves (bioAllowed). */
export function pathDecoder(labels: readonly string[], trans: Float32Array, allowed: Uint8Array): PathDecoder {
  const L = labels.length;
  const B = L;
  const W = L + 1;
  // Predecessors of each label in ascending order (the order viterbi() tries them), with their transition.
  const predStart = new Int32Array(L + 1);
  const preds: number[] = [];
  for (let y = 0; y < L; y++) {
    predStart[y] = preds.length;
    for (let p = 0; p < L; p++) if (allowed[p * W + y]) preds.push(p);
  }
  predStart[L] = preds.length;
  const predLabel = Int32Array.from(preds);
  const predTrans = new Float64Array(preds.length);
  for (let y = 0; y < L; y++) for (let k = predStart[y]; k < predStart[y + 1]; k++) predTrans[k] = trans[predLabel[k] * W + y];
  let score = new Float64Array(64 * L);
  let back = new Int32Array(64 * L);
  return (e, n) => {
    const out: string[] = new Array(n);
    if (n === 0) return out;
    if (score.length < n * L) {
      score = new Float64Array(2 * n * L);
      back = new Int32Array(2 * n * L);
    }
    for (let y = 0; y < L; y++) score[y] = allowed[B * W + y] ? trans[B * W + y] + e[y] : -Infinity;
    for (let i = 1; i < n; i++) {
      const prev = (i - 1) * L;
      const cur = i * L;
      for (let y = 0; y < L; y++) {
        let best = -Infinity;
        let arg = 0;
        for (let k = predStart[y]; k < predStart[y + 1]; k++) {
          const s = score[prev + predLabel[k]] + predTrans[k];
          if (s > best) {
            best = s;
            arg = predLabel[k];
          }
        }
        score[cur + y] = best + e[cur + y];
        back[cur + y] = arg;
      }
    }
    let arg = bestLastLabel(score, n, L, trans);
    for (let i = n - 1; ; i--) {
      out[i] = labels[arg];
      if (i === 0) break;
      arg = back[i * L + arg];
    }
    return out;
  };
}
