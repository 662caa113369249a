// People named by what they are, of a group named after a partitive من, are that group, its name in quote marks or not
// (src/extract/events/code-hit.ts, groupOf). Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../src/pipeline.js';

const SOURCE = { title: null, outlet: null, url: null, published: '2021-03-01' };

test('gunmen of a group whose name stands in quote marks are the group', () => {
  const ev = analyzeText('وقتل الجيش خمسة مسلحين من «طالبان» في هلمند.', SOURCE, 't').events.find((e) => e.type === 'ASSAULT');
  assert.ok(ev);
  assert.equal(ev.target?.entity, 'rasad:org:taliban');
});

test('without quote marks they are the group too', () => {
  const ev = analyzeText('وقتل الجيش خمسة مسلحين من طالبان في هلمند.', SOURCE, 't').events.find((e) => e.type === 'ASSAULT');
  assert.ok(ev);
  assert.equal(ev.target?.entity, 'rasad:org:taliban');
});
