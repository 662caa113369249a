// An act wanted or meant is not done («أرادوا خطف جندي»), and a form joined by و to an act noun is a second noun
// («جريمة اغتصاب وقتل»), not a verb telling an act. Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findTriggers } from '../src/extract/events/triggers.js';
import { wordsOf } from '../src/arabic/words.js';
import { splitSentences } from '../src/arabic/sentences.js';

const hits = (text: string) => findTriggers(wordsOf(text, splitSentences(text)));
const verbs = (text: string) => hits(text).filter((h) => h.pos === 'verb').map((h) => h.entry.lemma);

test('an act after a verb of wanting or meaning is intended, not done', () => {
  assert.deepEqual(hits('واعتقلت الشرطة شابين للاشتباه في أنهما أرادا خطف طفل.').filter((h) => h.entry.type === 'ASSAULT'), []);
  assert.deepEqual(hits('وقال المصدر إن المسلحين أرادوا خطف سائح أجنبي.').filter((h) => h.entry.type === 'ASSAULT'), []);
  assert.deepEqual(hits('ويعتزم الجيش اقتحام البلدة خلال أيام.').filter((h) => h.entry.type === 'ASSAULT'), []);
  // The act itself is told: an abduction.
  assert.ok(verbs('وخطف مسلحون سائحا أجنبيا قرب الحدود.').length > 0);
});

test('a form joined by و to an act noun is a noun, not a verb', () => {
  assert.deepEqual(verbs('وكشف التحقيق عن جرائم خطف وقتل ارتكبتها العصابة.').filter((l) => l !== 'ارتكب/يرتكب'), []);
  assert.deepEqual(verbs('وتحدث التقرير عن عمليات خطف وقتل في المدينة.'), []);
  // After a verb, a verb joined by و is one: 'اختطف المسلحون الرجل وقتلوه'.
  assert.ok(verbs('واختطف المسلحون التاجر وقتلوه قرب السوق.').length >= 2);
});

test('a verb after a phrase or a noun of another act stays a verb: «لقي مصرعه وأصيب», «الشهيدين ودعا»', () => {
  assert.ok(verbs('ولقي جندي مصرعه وأصيب ثلاثة آخرون في القصف.').includes('اصيب'));
  assert.ok(verbs('وزار المحافظ أسر الشهداء ودعا إلى الصبر.').length > 0);
});

test('an act noun joined by و to an act noun with the ل of purpose is part of the aim', () => {
  const types = (text: string) => findTriggers(wordsOf(text, splitSentences(text))).map((h) => h.entry.type);
  assert.ok(!types('وشن المسلحون هجوما في محاولة منهم للتقدم والاستيلاء على مواقع الجيش المالي.').includes('COERCE'));
  assert.ok(!types('في محاولة منها للتقدم والسيطرة على حي في مدينة الفاشر.').includes('COERCE'));
  assert.ok(types('وتقدمت القوات الأوكرانية نحو البلدة والسيطرة عليها بعد معارك.').includes('COERCE'));
});
