// 'نصب' is a monument's name head ('نصب الجندي المجهول') and the verb of setting an ambush ('نصب مسلحون كمينا'): only a
// word with the article after it makes it a name (data/lexicon/event_words.tsv name_heads_definite,
// src/extract/events/triggers.ts insideName). Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findTriggers } from '../src/extract/events/triggers.js';
import { wordsOf } from '../src/arabic/words.js';

const triggers = (t: string) => findTriggers(wordsOf(t, [{ start: 0, end: t.length }])).map((h) => h.entry.type);

test('an ambush set, with its subject between or none, is an act', () => {
  assert.deepEqual(triggers('نصب مسلحون كمينا لدورية عسكرية.'), ['ASSAULT']);
  assert.deepEqual(triggers('نصب كمين لدورية عسكرية.'), ['ASSAULT']);
});

test("a monument's name is no act", () => {
  assert.ok(!triggers('وضع الوفد إكليلا على نصب الجندي المجهول.').includes('ASSAULT'));
});
