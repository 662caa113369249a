// A doer who 'went ahead with' an act («أقدم مسلحون على قتل», «أقدم محتجون على إغلاق الطريق»): rows of
// data/lexicon/triggers.tsv. Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findTriggers } from '../src/extract/events/triggers.js';
import { wordsOf } from '../src/arabic/words.js';
import { splitSentences } from '../src/arabic/sentences.js';

const hitsIn = (text: string) => findTriggers(wordsOf(text, splitSentences(text))).map((h) => `${h.entry.type}:${h.entry.cameo}`);

test('«أقدم» with an act after it: violence, or protesters going ahead with an act of protest', () => {
  assert.ok(hitsIn('أقدم مسلحون على قتل سائق شاحنة في ريف المدينة.').includes('ASSAULT:190'));
  assert.ok(hitsIn('وأقدم محتجون غاضبون على إغلاق الطريق الرئيسي بالإطارات المشتعلة.').includes('PROTEST:141'));
  // The superlative 'oldest' and an act that is no violence are not events.
  assert.deepEqual(hitsIn('ويعد هذا أقدم جسر في المدينة.'), []);
  assert.deepEqual(hitsIn('أقدم الرجل على بيع منزله لسداد ديونه.'), []);
});
