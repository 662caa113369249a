// People counted by a word of what they are, then «من» and their body ('150 متمردا من طالبان'): the body is theirs, in
// their place in the sentence, not who acted through «من» (src/extract/events/actors.ts partitivePreposition).
// Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { firstEvent } from './helpers.js';

test('rebels of a movement killed, counted: the movement suffered it, it did not do it', () => {
  const ev = firstEvent('أفادت مصادر محلية بتطورات ميدانية جديدة. وأكد الحلف أنه قتل نحو 80 متمردا من طالبان في ولاية هلمند.', 'ASSAULT');
  assert.notEqual(ev.source?.entity, 'rasad:org:taliban');
  assert.equal(ev.target?.entity, 'rasad:org:taliban');
});
