// Property tests: no input makes analyze throw, and every span stays inside the text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { readBuffer } from '../src/ingest/read.js';
import { analyzeResult } from '../src/pipeline.js';
import { isErrorDoc } from '../src/doc.js';
import { assertContract } from './contract-helpers.js';
import { HAS_SHARED, seedRecords } from './helpers.js';

const EXTS = ['.txt', '.html', '.json', '.xml', ''];

function analyzeBytes(bytes: Uint8Array, ext: string): void {
  for (const r of readBuffer(bytes, 'prop' + ext, ext)) {
    const d = analyzeResult(r);
    if (isErrorDoc(d)) {
      assert.equal(typeof d.error.code, 'string');
      continue;
    }
    assertContract(d);
  }
}

// Arabic-heavy text with the characters that stress normalisation and splitting.
const arabicChar = fc.oneof(
  fc.integer({ min: 0x0600, max: 0x06ff }).map((c) => String.fromCharCode(c)),
  fc.constantFrom(' ', '\n', '.', '..', '.,', '،', '؟', '"', '«', '»', '“', '”', '•', '\u00a0', '\u200f', '\ufef9', 'ـ', '٣', '۳', '<p>', '</p>', '&amp;'),
  fc.integer({ min: 0xfe70, max: 0xfefc }).map((c) => String.fromCharCode(c)),
);
const arabicText = fc.array(arabicChar, { maxLength: 400 }).map((a) => a.join(''));

test('random strings never break analyze', () => {
  fc.assert(
    fc.property(fc.oneof(fc.string({ maxLength: 300, unit: 'grapheme' }), arabicText, fc.string({ maxLength: 300, unit: 'binary' })), fc.constantFrom(...EXTS), (s, ext) => {
      analyzeBytes(new TextEncoder().encode(s), ext);
    }),
    { numRuns: 1500, seed: 20201006 },
  );
});

test('random bytes never break analyze', () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 600 }), fc.constantFrom(...EXTS), (bytes, ext) => {
      analyzeBytes(bytes, ext);
    }),
    { numRuns: 1500, seed: 1994 },
  );
});

test('mutated seed documents never break analyze', { skip: !HAS_SHARED && 'shared corpus absent: skipped' }, () => {
  const seeds = seedRecords().map((r) => `${r.title}\n\n${r.text}`);
  const mutation = fc.record({
    seed: fc.integer({ min: 0, max: seeds.length - 1 }),
    cuts: fc.array(fc.tuple(fc.nat(), fc.nat({ max: 50 }), arabicText), { maxLength: 6 }),
    truncateBytes: fc.option(fc.nat(), { nil: undefined }),
  });
  fc.assert(
    fc.property(mutation, fc.constantFrom(...EXTS), ({ seed, cuts, truncateBytes }, ext) => {
      let s = seeds[seed];
      for (const [at, len, insert] of cuts) {
        const i = at % (s.length + 1);
        s = s.slice(0, i) + insert + s.slice(i + len);
      }
      let bytes = new TextEncoder().encode(s);
      // Cutting UTF-8 mid-character makes invalid sequences.
      if (truncateBytes !== undefined) bytes = bytes.subarray(0, truncateBytes % (bytes.length + 1));
      analyzeBytes(bytes, ext);
    }),
    { numRuns: 400, seed: 2020 },
  );
});
