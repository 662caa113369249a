// A small neural tagger for NER (issue #15, session 31): a window network in the manner of Collobert
// et al. (2011), "window approach". Each token is a dense vector (pretrained word vectors of the
// words around it, neural-input.ts) and a bag of hashed sparse features; one hidden layer
//   h = tanh(W1 x + b1 + sum of E[f] over the token's sparse features f),
// label scores o = W2 h + b2, trained token by token with softmax cross-entropy and Adagrad. The
// per-token log-probabilities are decoded by the BIO Viterbi (path-decoder.ts) or read as features
// by the perceptron. Pure: the forward and backward passes are written out, on Float64Arrays (so
// that a gradient check is exact to ~1e-7); a network is data, trained in place by `trainStep`.
import { random } from './embeddings.js';

export interface NetShape {
  /** Width of a token's dense input. */
  dense: number;
  hidden: number;
  labels: number;
  /** Rows of the sparse feature table E (a sparse feature is a bucket number below this). */
  buckets: number;
}

export interface WindowNet {
  shape: NetShape;
  /** hidden x dense, row-major. */
  w1: Float64Array;
  b1: Float64Array;
  /** buckets x hidden. */
  emb: Float64Array;
  /** labels x hidden. */
  w2: Float64Array;
  b2: Float64Array;
}

/** One sentence as the network reads it: token i has dense[i*dense .. (i+1)*dense) and buckets sparse[start[i] .. start[i+1]). */
export interface NetInput {
  n: number;
  dense: Float64Array;
  sparse: Int32Array;
  start: Int32Array;
}

/** A network with small random weights (uniform, scaled by fan-in); E starts at zero. */
export function newNet(shape: NetShape, seed = 1): WindowNet {
  const rnd = random(seed);
  const uni = (n: number, r: number) => Float64Array.from({ length: n }, () => (2 * rnd() - 1) * r);
  return {
    shape,
    w1: uni(shape.hidden * shape.dense, Math.sqrt(6 / (shape.dense + shape.hidden))),
    b1: new Float64Array(shape.hidden),
    emb: new Float64Array(shape.buckets * shape.hidden),
    w2: uni(shape.labels * shape.hidden, Math.sqrt(6 / (shape.hidden + shape.labels))),
    b2: new Float64Array(shape.labels),
  };
}

/** The hidden layer of token i (into `h`, length hidden). */
function hiddenOf(net: WindowNet, x: NetInput, i: number, h: Float64Array): void {
  const { dense: D, hidden: H } = net.shape;
  const off = i * D;
  for (let j = 0; j < H; j++) {
    let a = net.b1[j];
    const row = j * D;
    for (let d = 0; d < D; d++) a += net.w1[row + d] * x.dense[off + d];
    h[j] = a;
  }
  for (let s = x.start[i]; s < x.start[i + 1]; s++) {
    const row = x.sparse[s] * H;
    for (let j = 0; j < H; j++) h[j] += net.emb[row + j];
  }
  for (let j = 0; j < H; j++) h[j] = Math.tanh(h[j]);
}

/** Label scores from a hidden layer, into `o`. */
function scoresOf(net: WindowNet, h: Float64Array, o: Float64Array): void {
  const { hidden: H, labels: L } = net.shape;
  for (let y = 0; y < L; y++) {
    let s = net.b2[y];
    for (let j = 0; j < H; j++) s += net.w2[y * H + j] * h[j];
    o[y] = s;
  }
}

/** log-softmax of `o`, in place. */
function logSoftmax(o: Float64Array): void {
  let max = -Infinity;
  for (const v of o) if (v > max) max = v;
  let z = 0;
  for (const v of o) z += Math.exp(v - max);
  const lz = max + Math.log(z);
  for (let y = 0; y < o.length; y++) o[y] -= lz;
}

/** Per-token log-probabilities of the labels (n x labels, row-major). */
export function logProbs(net: WindowNet, x: NetInput): Float64Array {
  const { hidden: H, labels: L } = net.shape;
  const out = new Float64Array(x.n * L);
  const h = new Float64Array(H);
  const o = new Float64Array(L);
  for (let i = 0; i < x.n; i++) {
    hiddenOf(net, x, i, h);
    scoresOf(net, h, o);
    logSoftmax(o);
    out.set(o, i * L);
  }
  return out;
}

/** The summed cross-entropy of a sentence's gold labels (for the gradient check and progress logs). */
export function sentenceLoss(net: WindowNet, x: NetInput, gold: ArrayLike<number>): number {
  const lp = logProbs(net, x);
  let loss = 0;
  for (let i = 0; i < x.n; i++) loss -= lp[i * net.shape.labels + gold[i]];
  return loss;
}

/** Gradients of a sentence's loss, the layout of the network's (E dense: for tests on tiny networks). */
export function gradients(net: WindowNet, x: NetInput, gold: ArrayLike<number>): Omit<WindowNet, 'shape'> {
  const g = { w1: new Float64Array(net.w1.length), b1: new Float64Array(net.b1.length), emb: new Float64Array(net.emb.length), w2: new Float64Array(net.w2.length), b2: new Float64Array(net.b2.length) };
  const { dense: D, hidden: H, labels: L } = net.shape;
  const h = new Float64Array(H);
  const o = new Float64Array(L);
  const da = new Float64Array(H);
  for (let i = 0; i < x.n; i++) {
    hiddenOf(net, x, i, h);
    scoresOf(net, h, o);
    logSoftmax(o);
    backward(net, x, i, h, o, gold[i], da);
    for (let y = 0; y < L; y++) {
      g.b2[y] += o[y];
      for (let j = 0; j < H; j++) g.w2[y * H + j] += o[y] * h[j];
    }
    for (let j = 0; j < H; j++) {
      g.b1[j] += da[j];
      for (let d = 0; d < D; d++) g.w1[j * D + d] += da[j] * x.dense[i * D + d];
    }
    for (let s = x.start[i]; s < x.start[i + 1]; s++) for (let j = 0; j < H; j++) g.emb[x.sparse[s] * H + j] += da[j];
  }
  return g;
}

/**
 * Backward pass of token i: `o` holds the log-probabilities and becomes d loss / d scores
 * (p - onehot); `da` receives d loss / d hidden pre-activation.
 */
function backward(net: WindowNet, x: NetInput, i: number, h: Float64Array, o: Float64Array, y: number, da: Float64Array): void {
  const { hidden: H, labels: L } = net.shape;
  for (let c = 0; c < L; c++) o[c] = Math.exp(o[c]) - (c === y ? 1 : 0);
  for (let j = 0; j < H; j++) {
    let s = 0;
    for (let c = 0; c < L; c++) s += net.w2[c * H + j] * o[c];
    da[j] = s * (1 - h[j] * h[j]);
  }
}

export interface Trainer {
  net: WindowNet;
  /** Adagrad's sums of squared gradients, one per weight. */
  acc: Omit<WindowNet, 'shape'>;
  rate: number;
  /** Dropout rate of the hidden units in training (0: none). */
  dropout: number;
  rnd: () => number;
}

export function newTrainer(net: WindowNet, opts: { rate?: number; dropout?: number; seed?: number } = {}): Trainer {
  const z = (a: Float64Array) => new Float64Array(a.length).fill(1e-6);
  return { net, acc: { w1: z(net.w1), b1: z(net.b1), emb: z(net.emb), w2: z(net.w2), b2: z(net.b2) }, rate: opts.rate ?? 0.05, dropout: opts.dropout ?? 0, rnd: random(opts.seed ?? 1) };
}

/** One Adagrad update per token of a sentence (`weight`: a factor on its loss); returns the sentence's loss. */
export function trainStep(t: Trainer, x: NetInput, gold: ArrayLike<number>, weight = 1): number {
  const { net, acc, rate } = t;
  const { dense: D, hidden: H, labels: L } = net.shape;
  const h = new Float64Array(H);
  const o = new Float64Array(L);
  const da = new Float64Array(H);
  const keep = 1 - t.dropout;
  let loss = 0;
  const upd = (w: Float64Array, a: Float64Array, k: number, g: number) => {
    a[k] += g * g;
    w[k] -= (rate * g) / Math.sqrt(a[k]);
  };
  for (let i = 0; i < x.n; i++) {
    hiddenOf(net, x, i, h);
    // Inverted dropout: a dropped unit is 0 (its gradient too, as its tanh' is then multiplied by 0 below).
    const mask = t.dropout > 0 ? Float64Array.from(h, () => (t.rnd() < keep ? 1 / keep : 0)) : null;
    const hd = mask ? Float64Array.from(h, (v, j) => v * mask[j]) : h;
    scoresOf(net, hd, o);
    logSoftmax(o);
    loss -= o[gold[i]];
    for (let c = 0; c < L; c++) o[c] = weight * (Math.exp(o[c]) - (c === gold[i] ? 1 : 0));
    for (let j = 0; j < H; j++) {
      let s = 0;
      for (let c = 0; c < L; c++) s += net.w2[c * H + j] * o[c];
      da[j] = s * (mask ? mask[j] : 1) * (1 - h[j] * h[j]);
    }
    for (let c = 0; c < L; c++) {
      upd(net.b2, acc.b2, c, o[c]);
      if (o[c] !== 0) for (let j = 0; j < H; j++) upd(net.w2, acc.w2, c * H + j, o[c] * hd[j]);
    }
    const off = i * D;
    for (let j = 0; j < H; j++) {
      const g = da[j];
      if (g === 0) continue;
      upd(net.b1, acc.b1, j, g);
      const row = j * D;
      for (let d = 0; d < D; d++) {
        const xv = x.dense[off + d];
        if (xv !== 0) upd(net.w1, acc.w1, row + d, g * xv);
      }
    }
    for (let s = x.start[i]; s < x.start[i + 1]; s++) {
      const row = x.sparse[s] * H;
      for (let j = 0; j < H; j++) if (da[j] !== 0) upd(net.emb, acc.emb, row + j, da[j]);
    }
  }
  return loss;
}
