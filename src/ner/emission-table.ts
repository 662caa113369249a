// A model's emission weights laid out for decoding (the tagger's hot loop): an open-addressing table
// whose slots hold a feature key and its row side by side (one cache line read per probe), over the
// model's own weights (rows x L, not copied). Scores are those of sentenceEmissions (perceptron.ts),
// added in the same order, so they are equal to the bit.
import type { FeatureSeq } from './features.js';
import type { SequenceModel } from './perceptron.js';

export interface EmissionTable {
  L: number;
  mask: number;
  /** Per slot s: the key at 2s (0: empty slot; feature keys are never 0, hash.ts) and its row at 2s + 1. */
  slots: Int32Array;
  /** The model's weights, rows x L, row-major. */
  weights: Float32Array;
  /**
   * How many of the weights can be summed in any order to the same double: all are multiples of the
   * lowest bit set in any of them, so a sum is exact while it stays within 53 bits of that bit.
   */
  exactTerms: number;
}

/**
 * exactTerms of a model's weights, read as their bits: no float is read per weight. A finite float's magnitude
 * orders as its bits do, so the largest is the largest bits; a weight's lowest bit is worked out only when its
 * exponent could beat the lowest so far (every bit of a significand lies at or above its exponent's unit).
 */
export function exactTerms(weights: Float32Array): number {
  const bits = new Int32Array(weights.buffer, weights.byteOffset, weights.length);
  let lowest = Infinity;
  let maxBits = 0;
  for (let i = 0; i < bits.length; i++) {
    const b = bits[i] & 0x7fffffff;
    if (b === 0) continue;
    // NaN (above the bits of infinity) was never the largest magnitude (Math.abs(NaN) > max is false).
    if (b > maxBits && b <= 0x7f800000) maxBits = b;
    const exp = b >>> 23;
    // A normal's significand has its implicit bit and a unit of 2^(exp - 150); a subnormal's unit is 2^-149.
    const unit = exp === 0 ? -149 : exp - 150;
    if (unit >= lowest) continue;
    const mant = exp === 0 ? b : (b & 0x7fffff) | 0x800000;
    const low = unit + 31 - Math.clz32(mant & -mant);
    if (low < lowest) lowest = low;
  }
  if (maxBits === 0) return Infinity;
  const max = new Float32Array(new Int32Array([maxBits]).buffer)[0];
  return Math.floor(2 ** (53 + lowest) / max);
}

/** Tables built elsewhere (the prebuilt NER file, another thread) for a model object: emissionTable gives them. */
const builtTables = new WeakMap<SequenceModel, EmissionTable>();

/** What a table holds besides the model's own weights: shareable between threads and storable in a file. */
export interface EmissionSlots {
  mask: number;
  slots: Int32Array;
  /** exactTerms, null for Infinity (no weight set). */
  exactTerms: number | null;
}

/** The shareable part of a model's table (its slots in a SharedArrayBuffer). */
export function emissionSlots(model: SequenceModel): EmissionSlots {
  const t = emissionTable(model);
  if (!(t.slots.buffer instanceof SharedArrayBuffer)) {
    const slots = new Int32Array(new SharedArrayBuffer(t.slots.byteLength));
    slots.set(t.slots);
    useEmissionSlots(model, { mask: t.mask, slots, exactTerms: Number.isFinite(t.exactTerms) ? t.exactTerms : null });
    return emissionSlots(model);
  }
  return { mask: t.mask, slots: t.slots, exactTerms: Number.isFinite(t.exactTerms) ? t.exactTerms : null };
}

/**
 * Installs a table built from this very model (emissionSlots of it, read back, for a model whose weights no
 * longer change: the shipped one): emissionTable then builds none.
 */
export function useEmissionSlots(model: SequenceModel, e: EmissionSlots): void {
  if (builtTables.has(model)) return;
  builtTables.set(model, { L: model.labels.length, mask: e.mask, slots: e.slots, weights: model.weights, exactTerms: e.exactTerms ?? Infinity });
}

/** The table of a model (built once per tagger; the one installed by useEmissionSlots when there is one). */
export function emissionTable(model: SequenceModel): EmissionTable {
  const installed = builtTables.get(model);
  if (installed) return installed;
  const L = model.labels.length;
  const { size, rowKeys } = model.index;
  let cap = 16;
  while (cap < size * 1.5) cap *= 2;
  const mask = cap - 1;
  const slots = new Int32Array(2 * cap);
  for (let r = 0; r < size; r++) {
    const k = rowKeys[r];
    let s = k & mask;
    while (slots[2 * s] !== 0) s = (s + 1) & mask;
    slots[2 * s] = k;
    slots[2 * s + 1] = r;
  }
  return { L, mask, slots, weights: model.weights, exactTerms: exactTerms(model.weights) };
}

/**
 * Adds to `e` (n x L, row i for token i) the weights of the keys of each token of `f`, from its key
 * `from[i]` (an index into the token's own keys; absent: all of them). Each score gets its weights
 * in the order the keys are listed, as sentenceEmissions adds them.
 */
export function addTableEmissions(t: EmissionTable, f: FeatureSeq, e: Float64Array, from?: Int32Array): void {
  const start = f.start;
  const n = start.length - 1;
  for (let i = 0; i < n; i++) addKeySpan(t, f.keys, from ? start[i] + from[i] : start[i], start[i + 1], e, i * t.L);
}

/** Emission scores (n x L) of a sentence from an emission table (equal to sentenceEmissions of its model). */
export function tableEmissions(t: EmissionTable, f: FeatureSeq): Float64Array {
  const e = new Float64Array((f.start.length - 1) * t.L);
  addTableEmissions(t, f, e);
  return e;
}

/** Adds the weights of keys[from .. to) to e[at .. at + L), in order. */
export function addKeySpan(t: EmissionTable, keys: Int32Array, from: number, to: number, e: Float64Array, at: number): void {
  const { L, mask, slots, weights } = t;
  for (let j = from; j < to; j++) {
    const k = keys[j];
    let s = k & mask;
    let x = slots[2 * s];
    while (x !== k && x !== 0) {
      s = (s + 1) & mask;
      x = slots[2 * s];
    }
    if (x === 0) continue;
    const off = slots[2 * s + 1] * L;
    for (let y = 0; y < L; y++) e[at + y] += weights[off + y];
  }
}
