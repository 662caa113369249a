// Guard 'held' of data/lexicon/triggers.tsv: an imperfect of control with 'على' and a pronoun right after it describes who holds
// a place ('قرية يسيطر عليها داعش'), no seizure. Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findTriggers } from '../src/extract/events/triggers.js';
import { wordsOf } from '../src/arabic/words.js';
import { splitSentences } from '../src/arabic/sentences.js';

const coerce = (text: string) => findTriggers(wordsOf(text, splitSentences(text))).filter((h) => h.entry.type === 'COERCE').map((h) => h.entry.lemma);

test('a place described by who holds it is no seizure', () => {
  assert.deepEqual(coerce('قتل 12 مدنيا في قصف على قرية يسيطر عليها تنظيم داعش قرب الرقة.'), []);
  assert.deepEqual(coerce('وشنت طائرات حربية غارتين على معسكر تسيطر عليه قوات الدعم السريع في دارفور.'), []);
  assert.deepEqual(coerce('وتقع البلدة في منطقة يسيطر عليها مقاتلو حركة الشباب في جنوب الصومال.'), []);
});

test('a seizure told keeps its act', () => {
  assert.ok(coerce('مقاتلو حركة الشباب يسيطرون على بلدة في جنوب الصومال.').length);
  assert.ok(coerce('وسيطر المتمردون الطوارق عليها بعد معارك عنيفة مع الجيش المالي.').length);
});
