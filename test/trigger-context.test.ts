// The context a trigger entry requires or forbids (src/extract/events/trigger-context.ts), read by index over the word
// layer: the window before and after the trigger, within its sentence, marks skipped. Entries made for the test from a
// lexicon entry with its own context forms (matching form); sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contextOk } from '../src/extract/events/trigger-context.js';
import { loadLexicon, type TriggerEntry } from '../src/extract/events/lexicon.js';
import { wordsOf } from '../src/arabic/words.js';
import { splitSentences } from '../src/arabic/sentences.js';
import { normalizeArabic } from '../src/arabic/normalize.js';

const base = loadLexicon().entries[0];
const entry = (requires: string[], forbids: string[] = []): TriggerEntry => ({ ...base, requires: requires.map(normalizeArabic), forbids: forbids.map(normalizeArabic) });
const layer = (text: string) => wordsOf(text, splitSentences(text));
const at = (words: ReturnType<typeof layer>, text: string) => words.findIndex((w) => w.text === text);

test('an entry with no context form fires anywhere', () => {
  const words = layer('وصل الوفد إلى المدينة صباح اليوم.');
  assert.ok(contextOk(entry([]), words, at(words, 'وصل'), at(words, 'وصل')));
});

test('a plain form counts within four words before or six after, in the sentence', () => {
  const words = layer('وقال المتحدث إن الجيش بدأ أمس في الشمال عملية واسعة ضد المسلحين.');
  const i = at(words, 'بدأ');
  assert.ok(contextOk(entry(['عملية']), words, i, i));
  assert.ok(contextOk(entry(['الجيش']), words, i, i));
  assert.ok(!contextOk(entry(['المسلحين']), words, i, i), 'seven words after: out of the window');
  const next = layer('وصلت التعزيزات صباحا. وبدأ الهجوم بعد ساعة.');
  const j = at(next, 'وبدأ');
  assert.ok(!contextOk(entry(['التعزيزات']), next, j, j), 'another sentence');
});

test("'<' forms stand before the trigger, '>' forms after it", () => {
  const words = layer('أعلن الجيش أنه شن غارات على مواقع المسلحين.');
  const i = at(words, 'شن');
  assert.ok(contextOk(entry(['<الجيش']), words, i, i));
  assert.ok(!contextOk(entry(['>الجيش']), words, i, i));
  assert.ok(contextOk(entry(['>غارات']), words, i, i));
  assert.ok(!contextOk(entry(['<غارات']), words, i, i));
});

test("a forbidden '!<' form counts only in the two words before; a forbidden form after blocks the trigger", () => {
  const words = layer('قالت الوزارة إن الطرفين اتفقا على وقف إطلاق النار في المدينة.');
  const i = at(words, 'إطلاق');
  assert.ok(!contextOk(entry([], ['<وقف']), words, i, i));
  assert.ok(contextOk(entry([], ['<الطرفين']), words, i, i), 'four words before: not just before');
  assert.ok(!contextOk(entry([], ['المدينة']), words, i, i));
  assert.ok(contextOk(entry([], ['الوزارة']), words, i, i), 'a forbidden form before the trigger does not block it');
});
