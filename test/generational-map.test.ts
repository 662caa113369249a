// The generational cache Map (src/generational-map.ts): bounded at two generations, entries in use kept across a turnover.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { GenerationalMap } from '../src/generational-map.js';

test('generational map: never more than two generations, the older dropped at a turnover', () => {
  const m = new GenerationalMap<string, number>(3);
  for (let i = 0; i < 10; i++) m.set(`k${i}`, i);
  // k0..k2, k3..k5, k6..k8 filled generations; k9 started the fourth: k6..k8 are the old generation.
  assert.equal(m.size, 1);
  for (const k of ['k0', 'k5']) assert.equal(m.get(k), undefined, k);
  for (const k of ['k6', 'k7', 'k8', 'k9']) assert.ok(m.has(k), k);
});

test('generational map: an entry read from the old generation survives the next turnover', () => {
  const m = new GenerationalMap<string, number>(2);
  m.set('hot', 1);
  m.set('a', 2);
  m.set('b', 3); // turnover: hot, a are old
  assert.equal(m.get('hot'), 1); // moves into the current generation (b, hot)
  m.set('c', 4); // turnover: b, hot are old; a is dropped
  assert.equal(m.get('a'), undefined);
  assert.equal(m.get('hot'), 1);
  assert.equal(m.get('b'), 3);
});

test('generational map: set of a present key replaces its value without a turnover; clear empties both', () => {
  const m = new GenerationalMap<string, number>(2);
  m.set('a', 1);
  m.set('b', 2);
  m.set('b', 3);
  assert.equal(m.get('a'), 1);
  assert.equal(m.get('b'), 3);
  m.set('c', 4);
  m.clear();
  assert.equal(m.has('a') || m.has('c'), false);
  assert.throws(() => new GenerationalMap(0), RangeError);
});

test('generational map: a run of lookups answers as an unbounded Map does', () => {
  const m = new GenerationalMap<number, number>(7);
  const plain = new Map<number, number>();
  let seed = 1;
  for (let i = 0; i < 5000; i++) {
    seed = (seed * 48271) % 2147483647;
    const k = seed % 40;
    const want = k * k;
    const got = m.get(k) ?? (m.set(k, want), want);
    plain.set(k, want);
    assert.equal(got, plain.get(k));
  }
});

test('generational map: size, iteration and delete see the current generation; it is a Map', () => {
  const m = new GenerationalMap<string, number>(2);
  m.set('a', 1);
  m.set('b', 2);
  m.set('c', 3); // turnover: a, b are old
  m.set('d', 4);
  assert.ok(m instanceof Map);
  assert.equal(m.size, 2);
  assert.deepEqual([...m], [['c', 3], ['d', 4]]);
  assert.deepEqual([...m.entries()], [['c', 3], ['d', 4]]);
  assert.deepEqual([...m.keys()], ['c', 'd']);
  assert.deepEqual([...m.values()], [3, 4]);
  const seen: [string, number][] = [];
  m.forEach((v, k, map) => {
    assert.equal(map, m);
    seen.push([k, v]);
  });
  assert.deepEqual(seen, [['c', 3], ['d', 4]]);
  assert.equal(m.delete('a'), false); // old: delete does not reach it
  assert.equal(m.get('a'), 1); // and get does (moving it into the current generation, which turns over)
  assert.equal(m.delete('a'), true);
  assert.equal(m.has('a'), false);
});

test('run caches: the word caches a run shares are bounded generational maps', async () => {
  const { newRunCaches } = await import('../src/pipeline.js');
  const run = newRunCaches();
  assert.ok(run.forms instanceof GenerationalMap && run.readings instanceof GenerationalMap);
});
