// The letters of a trigger verb that the sentence shows to be a noun: a ministry with its pronoun, a participle after the
// س of the future, a name, a noun counted or paired with its feminine (src/extract/events/noun-readings.ts, triggers.ts).
// Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findTriggers } from '../src/extract/events/triggers.js';
import { wordsOf } from '../src/arabic/words.js';
import { splitSentences } from '../src/arabic/sentences.js';

const hitsIn = (text: string) => findTriggers(wordsOf(text, splitSentences(text))).map((h) => `${h.entry.type}:${h.entry.lemma}`);

test('a ministry with its pronoun is no visit', () => {
  assert.deepEqual(hitsIn('وقال وزير النقل إن وزارته تعد خطة جديدة للطرق.'), []);
  assert.deepEqual(hitsIn('وأعلنت الوزيرة أن وزارتها ستفتح مكاتب في المحافظات.'), []);
});

test('a participle after سـ is no future of a perfect verb', () => {
  assert.deepEqual(hitsIn('ولا يزال هذا العرف سائدا في بعض القرى الجبلية.'), []);
});

test('a student counted, paired or named is no demand', () => {
  assert.deepEqual(hitsIn('وسجلت الجامعة 12500 طالبا في الفصل الأول.'), []);
  assert.deepEqual(hitsIn('وقبلت الكلية نحو 20 ألف طالب هذا العام.'), []);
  assert.deepEqual(hitsIn('ويدرس في المعهد 300 طالب وطالبة من المحافظة.'), []);
  assert.deepEqual(hitsIn('وكتب الصحفي حمود أبو طالب مقالا عن التعليم.'), []);
});

test('the verbs themselves stay acts', () => {
  assert.ok(hitsIn('وطالب الوزير الحكومة بوقف القتال فورا.').includes('DEMAND:دعا/يدعو'));
  assert.ok(hitsIn('وزار الرئيس المصري الرياض أمس.').includes('CONSULT:زار/يزور'));
  assert.ok(hitsIn('وسيزور وزير الخارجية بغداد الأسبوع المقبل.').includes('CONSULT:زار/يزور'));
  assert.ok(hitsIn('وطالبت الوزارة الدول كافة بالتحرك.').includes('DEMAND:دعا/يدعو'));
});

test('a coach and his assistant are no aid; help to residents stays aid', () => {
  assert.deepEqual(hitsIn('ويشرف على تدريب المنتخب المدرب الإسباني خوان لوبيز ومساعده كارلوس.').filter((h) => h.startsWith('AID')), []);
  assert.ok(hitsIn('وأعلنت المنظمة استعدادها لتقديم الغذاء ومساعدة الأهالي في المدينة.').some((h) => h.startsWith('AID')));
});
