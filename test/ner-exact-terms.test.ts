// exactTerms reads a model's weights as bits; it must give what summing them as floats would allow (the reference
// below reads every weight as a float).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { exactTerms } from '../src/ner/emission-table.js';

function reference(weights: Float32Array): number {
  const bits = new Int32Array(weights.buffer, weights.byteOffset, weights.length);
  let lowest = Infinity;
  let max = 0;
  for (let i = 0; i < bits.length; i++) {
    const b = bits[i] & 0x7fffffff;
    if (b === 0) continue;
    const exp = b >>> 23;
    const mant = exp === 0 ? b : (b & 0x7fffff) | 0x800000;
    const low = (exp === 0 ? -149 : exp - 150) + 31 - Math.clz32(mant & -mant);
    if (low < lowest) lowest = low;
    const w = Math.abs(weights[i]);
    if (w > max) max = w;
  }
  if (max === 0) return Infinity;
  return Math.floor(2 ** (53 + lowest) / max);
}

test('exactTerms: multiples of a power of two, subnormals, zeros, infinities and NaN, as the float reading gives', () => {
  let seed = 11;
  const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  const cases: number[][] = [[], [0, -0], [1], [-3.5, 2 ** -28, 100], [1e-45, 3e-42, -2e-40], [Infinity, 1], [NaN, 2], [NaN], [-Infinity, 2 ** -30]];
  for (let k = 0; k < 200; k++) {
    const unit = 2 ** -Math.floor(rnd() * 40);
    cases.push(Array.from({ length: 1 + Math.floor(rnd() * 50) }, () => Math.round((rnd() - 0.5) * 2 ** 20) * unit));
  }
  for (const c of cases) assert.equal(exactTerms(new Float32Array(c)), reference(new Float32Array(c)), JSON.stringify(c));
});

test('exactTerms: weights of 2^-28 up to 64 can be summed 2^19 at a time', () => {
  assert.equal(exactTerms(new Float32Array([2 ** -28, 64, -1.5])), 2 ** 19);
});
