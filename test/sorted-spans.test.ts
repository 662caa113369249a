import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { firstFrom, longestSpan, spanAt, spansWithin } from '../src/extract/sorted-spans.js';

const spanList = fc.array(fc.tuple(fc.nat(200), fc.nat(30)), { maxLength: 40 })
  .map((xs) => xs.map(([start, len], id) => ({ start, end: start + len, id })).sort((a, b) => a.start - b.start));

test('sorted spans: the searches answer as the linear scans they replace, in the same order', () => {
  fc.assert(fc.property(spanList, fc.nat(240), fc.nat(240), (list, a, b) => {
    const [from, to] = a <= b ? [a, b] : [b, a];
    assert.deepEqual(spansWithin(list, from, to), list.filter((m) => m.start >= from && m.end <= to));
    const found = list.findIndex((m) => m.start >= a);
    assert.equal(firstFrom(list, a), found < 0 ? list.length : found);
    assert.equal(longestSpan(list), Math.max(0, ...list.map((m) => m.end - m.start)));
  }));
});

test('sorted spans: the span containing an offset among sentences (sorted, non-overlapping)', () => {
  const sentences = [{ start: 0, end: 10 }, { start: 11, end: 25 }, { start: 25, end: 40 }];
  for (let at = 0; at < 45; at++) assert.equal(spanAt(sentences, at), sentences.find((s) => s.start <= at && at < s.end) ?? null, `offset ${at}`);
  assert.equal(spanAt([], 3), null);
});
