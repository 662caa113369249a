// A martyr or a victim named after a family, a soul or a memory is mourned, no act told (forbids of the casualty-noun row
// of data/lexicon/triggers.tsv). Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findTriggers } from '../src/extract/events/triggers.js';
import { wordsOf } from '../src/arabic/words.js';
import { splitSentences } from '../src/arabic/sentences.js';

const assaults = (text: string) => findTriggers(wordsOf(text, splitSentences(text))).filter((h) => h.entry.type === 'ASSAULT').map((h) => h.entry.lemma);

test('condolences to a martyr’s family and greetings to the souls of the fallen are no act', () => {
  assert.deepEqual(assaults('ونقل المحافظ تعازي الحكومة الصومالية لأسرة الشهيد في مقديشو.'), []);
  assert.deepEqual(assaults('ووجه الرئيس التحية لأرواح شهداء الجيش المالي.'), []);
  assert.deepEqual(assaults('وتحدثت أم الشهيد عن ابنها الذي كان يدرس في جامعة الخرطوم.'), []);
});

test('the fallen counted in a report stay acts', () => {
  assert.ok(assaults('وسقط ثلاثة شهداء في قصف على مدينة رفح.').length);
  assert.ok(assaults('وارتفع عدد الضحايا إلى 40 قتيلا في الفاشر.').length);
});
