// A work, a study or a seminar that discusses its matter holds no talks (forbids of the «بحث/ناقش» row of
// data/lexicon/triggers.tsv). Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findTriggers } from '../src/extract/events/triggers.js';
import { wordsOf } from '../src/arabic/words.js';
import { splitSentences } from '../src/arabic/sentences.js';

const consults = (text: string) => findTriggers(wordsOf(text, splitSentences(text))).filter((h) => h.entry.type === 'CONSULT').map((h) => h.entry.lemma);

test('a play, a novel, programmes or a study discussing a matter hold no talks', () => {
  assert.deepEqual(consults('ناقش العرض المسرحي قضايا النازحين في مخيمات دارفور.'), []);
  assert.deepEqual(consults('والرواية تناقش الحرب الأهلية في الصومال.'), []);
  assert.deepEqual(consults('وتبحث الدراسة أسباب النزوح في شمال مالي.'), []);
});

test('officials discussing with each other hold talks', () => {
  assert.ok(consults('وبحث وزير الخارجية الصومالي مع نظيره الكيني الأوضاع الأمنية.').length);
  assert.ok(consults('وناقش المجلس العسكري في مالي مع وفد إيكواس الانتقال السياسي.').length);
});
