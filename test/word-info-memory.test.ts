// The NER tagger's per-word cache stays bounded and cheap in native memory: a word's lists are views of one
// buffer, and the cache is a generational map (src/generational-map.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../src/ner/knowledge.js';
import { wordInfo } from '../src/ner/word-info.js';
import { GenerationalMap } from '../src/generational-map.js';
import { hashString } from '../src/ner/hash.js';

test('word info: the lists of one word share one buffer, and an empty list is shared by every word', () => {
  const k = loadKnowledge([]);
  const w = wordInfo('وبالمدينة', k);
  const lists = [w.hTrig, w.hGz, w.hCls, w.hNm, w.hFirsts, w.own, w.near];
  const full = lists.filter((l) => l.length);
  assert.ok(full.length >= 3, 'own, near and the first forms are never empty for an Arabic word');
  for (const l of full) assert.equal(l.buffer, w.own.buffer);
  // The views do not overlap: together they fill the buffer.
  assert.equal(full.reduce((n, l) => n + l.byteLength, 0), w.own.buffer.byteLength);
  assert.equal(w.hFirsts[0], hashString('وبالمدينه'));
  assert.equal(w.hStem, hashString(w.stem));
  const other = wordInfo('كتب', k);
  const empty = [w, other].flatMap((x) => [x.hTrig, x.hGz, x.hCls, x.hNm]).filter((l) => !l.length);
  for (const l of empty) assert.equal(l, empty[0]);
});

test('word info: the cache is bounded by generations, and a word met again gives the same analysis', () => {
  const k = loadKnowledge([]);
  assert.ok(k.wordCache instanceof GenerationalMap);
  const first = wordInfo('الجنود', k);
  assert.equal(wordInfo('الجنود', k), first);
  k.wordCache.clear();
  const again = wordInfo('الجنود', k);
  assert.notEqual(again, first);
  assert.deepEqual({ ...again, own: [...again.own], near: [...again.near] }, { ...first, own: [...first.own], near: [...first.near] });
});
