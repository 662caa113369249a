// A connective that opens a report ('الى ذلك', 'من جهتها', 'بدوره') leaves the verb after it at the head of its clause:
// its subject follows it, and a killing verb there is active (data/lexicon/event_words.tsv verb_openers). Sentences
// written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { firstEvent } from './helpers.js';

const assault = (text: string) => firstEvent('أفادت مصادر محلية بتطورات ميدانية جديدة. ' + text, 'ASSAULT');

test('after «الى ذلك» the forces named after the killing verb killed, the counted militants were killed', () => {
  const ev = assault('الى ذلك قتلت قوات الامن الباكستانية ستة متشددين في غارة ليلية.');
  assert.equal(ev.source?.country, 'PAK');
  assert.equal(ev.target?.sector, 'UAF');
});

test('after «من جهتها» too', () => {
  const ev = assault('من جهتها قتلت القوات الأمريكية ثلاثة مسلحين في بغداد.');
  assert.equal(ev.source?.country, 'USA');
  assert.equal(ev.target?.sector, 'UAF');
});
