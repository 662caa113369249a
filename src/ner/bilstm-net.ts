// A bidirectional LSTM tagger for NER (session 31): the sentence-wide counterpart of window-net.ts.
// Token t's input is its dense row of a NetInput (neural-input.ts with window 0: its own pretrained
// vector and flags) followed by the sum of the learnt rows of E (buckets x S) of its sparse features;
// a forward and a backward LSTM (Hochreiter and Schmidhuber 1997; gates i, f, o, g) read the inputs,
// and label scores are Wo [h_fwd; h_bwd] + bo, trained with per-token softmax cross-entropy and
// Adagrad, one update per sentence. Pure; forward and backward passes written out on Float64Arrays.
import { random } from './embeddings.js';
import type { NetInput } from './window-net.js';

export interface LstmShape {
  dense: number;
  /** Width of the learnt sparse embedding. */
  sparseDim: number;
  buckets: number;
  hidden: number;
  labels: number;
}

/** The weights of a BiLSTM, all in one array (`p`), laid out by `layout`. */
export interface BiLstm {
  shape: LstmShape;
  p: Float64Array;
}

interface Layout {
  /** Input width (dense + sparseDim). */
  I: number;
  emb: number;
  /** Forward and backward LSTM: 4H x (I + H) weights, then 4H biases. */
  dir: [number, number];
  wo: number;
  bo: number;
  size: number;
}

function layout(s: LstmShape): Layout {
  const I = s.dense + s.sparseDim;
  const H = s.hidden;
  const lstm = 4 * H * (I + H) + 4 * H;
  const emb = 0;
  const f = s.buckets * s.sparseDim;
  const b = f + lstm;
  const wo = b + lstm;
  const bo = wo + s.labels * 2 * H;
  return { I, emb, dir: [f, b], wo, bo, size: bo + s.labels };
}

export function newBiLstm(shape: LstmShape, seed = 1): BiLstm {
  const L = layout(shape);
  const H = shape.hidden;
  const p = new Float64Array(L.size);
  const rnd = random(seed);
  const fill = (from: number, n: number, r: number) => {
    for (let i = 0; i < n; i++) p[from + i] = (2 * rnd() - 1) * r;
  };
  fill(L.emb, shape.buckets * shape.sparseDim, 0.1);
  for (const d of L.dir) {
    fill(d, 4 * H * (L.I + H), Math.sqrt(6 / (L.I + 2 * H)));
    // Forget-gate biases at 1 (gate order i, f, o, g).
    for (let j = 0; j < H; j++) p[d + 4 * H * (L.I + H) + H + j] = 1;
  }
  fill(L.wo, shape.labels * 2 * H, Math.sqrt(6 / (2 * H + shape.labels)));
  return { shape, p };
}

const sigm = (z: number) => 1 / (1 + Math.exp(-z));

/** Activations of one direction over a sentence: inputs [x; h_prev], gates (i, f, o, g after nonlinearity), cells, outputs. */
interface Trace {
  xh: Float64Array;
  gates: Float64Array;
  c: Float64Array;
  h: Float64Array;
}

/** Token inputs: dense row followed by the sum of the sparse rows of E (n x I). */
function inputsOf(net: BiLstm, x: NetInput, L: Layout): Float64Array {
  const { dense: D, sparseDim: S } = net.shape;
  const X = new Float64Array(x.n * L.I);
  for (let t = 0; t < x.n; t++) {
    for (let d = 0; d < D; d++) X[t * L.I + d] = x.dense[t * D + d];
    for (let s = x.start[t]; s < x.start[t + 1]; s++) {
      const row = L.emb + x.sparse[s] * S;
      for (let j = 0; j < S; j++) X[t * L.I + D + j] += net.p[row + j];
    }
  }
  return X;
}

/** Runs one direction (`dir` 0 forward, 1 backward). */
function runLstm(net: BiLstm, L: Layout, X: Float64Array, n: number, dir: 0 | 1): Trace {
  const H = net.shape.hidden;
  const W = L.I + H;
  const base = L.dir[dir];
  const bias = base + 4 * H * W;
  const tr: Trace = { xh: new Float64Array(n * W), gates: new Float64Array(n * 4 * H), c: new Float64Array(n * H), h: new Float64Array(n * H) };
  const p = net.p;
  for (let k = 0; k < n; k++) {
    const t = dir === 0 ? k : n - 1 - k;
    const prev = dir === 0 ? t - 1 : t + 1;
    const xh = tr.xh.subarray(t * W, (t + 1) * W);
    xh.set(X.subarray(t * L.I, (t + 1) * L.I));
    if (k > 0) xh.set(tr.h.subarray(prev * H, (prev + 1) * H), L.I);
    const g = tr.gates.subarray(t * 4 * H, (t + 1) * 4 * H);
    for (let r = 0; r < 4 * H; r++) {
      let z = p[bias + r];
      const row = base + r * W;
      for (let j = 0; j < W; j++) z += p[row + j] * xh[j];
      g[r] = r < 3 * H ? sigm(z) : Math.tanh(z);
    }
    for (let j = 0; j < H; j++) {
      const cPrev = k > 0 ? tr.c[prev * H + j] : 0;
      const c = g[H + j] * cPrev + g[j] * g[3 * H + j];
      tr.c[t * H + j] = c;
      tr.h[t * H + j] = g[2 * H + j] * Math.tanh(c);
    }
  }
  return tr;
}

interface Forward {
  X: Float64Array;
  fw: Trace;
  bw: Trace;
  /** n x labels log-probabilities. */
  lp: Float64Array;
}

function forward(net: BiLstm, x: NetInput, L: Layout, mask?: Float64Array): Forward {
  const { hidden: H, labels: Y } = net.shape;
  const X = inputsOf(net, x, L);
  const fw = runLstm(net, L, X, x.n, 0);
  const bw = runLstm(net, L, X, x.n, 1);
  const lp = new Float64Array(x.n * Y);
  for (let t = 0; t < x.n; t++) {
    let max = -Infinity;
    for (let y = 0; y < Y; y++) {
      let s = net.p[L.bo + y];
      const row = L.wo + y * 2 * H;
      for (let j = 0; j < H; j++) {
        s += net.p[row + j] * fw.h[t * H + j] * (mask ? mask[t * 2 * H + j] : 1);
        s += net.p[row + H + j] * bw.h[t * H + j] * (mask ? mask[t * 2 * H + H + j] : 1);
      }
      lp[t * Y + y] = s;
      if (s > max) max = s;
    }
    let z = 0;
    for (let y = 0; y < Y; y++) z += Math.exp(lp[t * Y + y] - max);
    const lz = max + Math.log(z);
    for (let y = 0; y < Y; y++) lp[t * Y + y] -= lz;
  }
  return { X, fw, bw, lp };
}

/** Per-token log-probabilities of the labels (n x labels). */
export function lstmLogProbs(net: BiLstm, x: NetInput): Float64Array {
  return forward(net, x, layout(net.shape)).lp;
}

export function lstmLoss(net: BiLstm, x: NetInput, gold: ArrayLike<number>): number {
  const lp = lstmLogProbs(net, x);
  let loss = 0;
  for (let t = 0; t < x.n; t++) loss -= lp[t * net.shape.labels + gold[t]];
  return loss;
}

/** Backpropagation through one direction: `dh` (n x H) the loss gradient on its outputs; adds into g and dX. */
function backLstm(net: BiLstm, L: Layout, tr: Trace, n: number, dir: 0 | 1, dh: Float64Array, g: Float64Array, dX: Float64Array): void {
  const H = net.shape.hidden;
  const W = L.I + H;
  const base = L.dir[dir];
  const bias = base + 4 * H * W;
  const dz = new Float64Array(4 * H);
  const dhNext = new Float64Array(H);
  const dcNext = new Float64Array(H);
  for (let k = n - 1; k >= 0; k--) {
    const t = dir === 0 ? k : n - 1 - k;
    const prev = dir === 0 ? t - 1 : t + 1;
    const gt = tr.gates.subarray(t * 4 * H, (t + 1) * 4 * H);
    for (let j = 0; j < H; j++) {
      const c = tr.c[t * H + j];
      const tc = Math.tanh(c);
      const i = gt[j], f = gt[H + j], o = gt[2 * H + j], gg = gt[3 * H + j];
      const dhj = dh[t * H + j] + dhNext[j];
      const dc = dcNext[j] + dhj * o * (1 - tc * tc);
      const cPrev = k > 0 ? tr.c[prev * H + j] : 0;
      dz[j] = dc * gg * i * (1 - i);
      dz[H + j] = dc * cPrev * f * (1 - f);
      dz[2 * H + j] = dhj * tc * o * (1 - o);
      dz[3 * H + j] = dc * i * (1 - gg * gg);
      dcNext[j] = dc * f;
    }
    dhNext.fill(0);
    const xh = tr.xh.subarray(t * W, (t + 1) * W);
    for (let r = 0; r < 4 * H; r++) {
      const d = dz[r];
      if (d === 0) continue;
      g[bias + r] += d;
      const row = base + r * W;
      for (let j = 0; j < W; j++) g[row + j] += d * xh[j];
      for (let j = net.shape.dense; j < L.I; j++) dX[t * L.I + j] += d * net.p[row + j];
      for (let j = 0; j < H; j++) dhNext[j] += d * net.p[row + L.I + j];
    }
  }
}

/**
 * The loss gradient of a sentence into `g` (the layout of net.p; added to), with hidden-output dropout
 * `mask` (n x 2H, 0 or 1/keep) if given; returns the loss. The dense inputs are fixed (no gradient).
 */
export function lstmGradients(net: BiLstm, x: NetInput, gold: ArrayLike<number>, g: Float64Array, mask?: Float64Array): number {
  const L = layout(net.shape);
  const { hidden: H, labels: Y, dense: D, sparseDim: S } = net.shape;
  const f = forward(net, x, L, mask);
  const dhF = new Float64Array(x.n * H);
  const dhB = new Float64Array(x.n * H);
  let loss = 0;
  for (let t = 0; t < x.n; t++) {
    loss -= f.lp[t * Y + gold[t]];
    for (let y = 0; y < Y; y++) {
      const d = Math.exp(f.lp[t * Y + y]) - (y === gold[t] ? 1 : 0);
      g[L.bo + y] += d;
      const row = L.wo + y * 2 * H;
      for (let j = 0; j < H; j++) {
        const mf = mask ? mask[t * 2 * H + j] : 1;
        const mb = mask ? mask[t * 2 * H + H + j] : 1;
        g[row + j] += d * f.fw.h[t * H + j] * mf;
        g[row + H + j] += d * f.bw.h[t * H + j] * mb;
        dhF[t * H + j] += d * net.p[row + j] * mf;
        dhB[t * H + j] += d * net.p[row + H + j] * mb;
      }
    }
  }
  const dX = new Float64Array(x.n * L.I);
  backLstm(net, L, f.fw, x.n, 0, dhF, g, dX);
  backLstm(net, L, f.bw, x.n, 1, dhB, g, dX);
  for (let t = 0; t < x.n; t++)
    for (let s = x.start[t]; s < x.start[t + 1]; s++) {
      const row = L.emb + x.sparse[s] * S;
      for (let j = 0; j < S; j++) g[row + j] += dX[t * L.I + D + j];
    }
  return loss;
}

export interface LstmTrainer {
  net: BiLstm;
  acc: Float64Array;
  grad: Float64Array;
  rate: number;
  dropout: number;
  rnd: () => number;
  /** Index of the first weight after E (dense updates from there on). */
  denseFrom: number;
}

export function newLstmTrainer(net: BiLstm, opts: { rate?: number; dropout?: number; seed?: number } = {}): LstmTrainer {
  return {
    net,
    acc: new Float64Array(net.p.length).fill(1e-6),
    grad: new Float64Array(net.p.length),
    rate: opts.rate ?? 0.05,
    dropout: opts.dropout ?? 0,
    rnd: random(opts.seed ?? 1),
    denseFrom: net.shape.buckets * net.shape.sparseDim,
  };
}

/** One Adagrad update on a sentence; returns its loss. */
export function lstmTrainStep(t: LstmTrainer, x: NetInput, gold: ArrayLike<number>): number {
  const { net, grad, acc, rate } = t;
  const H = net.shape.hidden;
  const S = net.shape.sparseDim;
  const keep = 1 - t.dropout;
  const mask = t.dropout > 0 ? Float64Array.from({ length: x.n * 2 * H }, () => (t.rnd() < keep ? 1 / keep : 0)) : undefined;
  const loss = lstmGradients(net, x, gold, grad, mask);
  const step = (k: number) => {
    const gk = grad[k];
    if (gk === 0) return;
    acc[k] += gk * gk;
    net.p[k] -= (rate * gk) / Math.sqrt(acc[k]);
    grad[k] = 0;
  };
  // E: only the rows of this sentence's features (each once).
  const rows = new Set(x.sparse);
  for (const r of rows) for (let j = 0; j < S; j++) step(r * S + j);
  for (let k = t.denseFrom; k < net.p.length; k++) step(k);
  return loss;
}
