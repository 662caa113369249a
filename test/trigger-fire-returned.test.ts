// Fire returned at its source («ردت المدفعية على مصادر النيران»): a row of data/lexicon/triggers.tsv. A reply in
// words is no act, and a return of fire told with its own act noun («رد الجيش بقصف») is that noun's act.
// Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findTriggers } from '../src/extract/events/triggers.js';
import { wordsOf } from '../src/arabic/words.js';
import { splitSentences } from '../src/arabic/sentences.js';

const hitsIn = (text: string) => findTriggers(wordsOf(text, splitSentences(text))).map((h) => `${h.entry.type}:${h.entry.lemma}`);

test('«رد على» with the source of fire or the shells fired is an attack', () => {
  assert.ok(hitsIn('وردت القوات الأردنية على مصادر النيران داخل الأراضي السورية.').includes('ASSAULT:رد/يرد'));
  assert.ok(hitsIn('ردت المدفعية المصرية على قذائف أطلقها مسلحون من الجانب الآخر.').includes('ASSAULT:رد/يرد'));
});

test('a reply in words, or fire returned with an act noun of its own, is no attack of «رد»', () => {
  assert.ok(!hitsIn('ورد المتحدث باسم الحكومة على أسئلة الصحفيين في المؤتمر.').some((h) => h.startsWith('ASSAULT')));
  const noun = hitsIn('وردت الفصائل بقصف مدفعي على مواقع الجيش قرب البلدة.');
  assert.ok(!noun.includes('ASSAULT:رد/يرد') && noun.some((h) => h.startsWith('ASSAULT')), noun.join(' '));
});
