// A form that is both a verb and an act noun, after a carrying verb with only its subject between ('وكثفت قوات النظام
// قصفها', 'يواصل الجيش قصف مواقع المتشددين'), is the noun the verb carries (src/extract/events/noun-readings.ts
// carriedNoun): the carrying verb's subject did the act, the noun's object suffered it. Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../src/pipeline.js';
import { codeEvents } from '../src/extract/events/index.js';
import { wordsOf } from '../src/arabic/words.js';
import { carriedNoun } from '../src/extract/events/noun-readings.js';

const meta = { title: null, outlet: null, url: null, published: '2024-06-03' };
const coded = (text: string) => codeEvents(analyzeText(text, meta, 't') as never).events;
const show = (es: ReturnType<typeof coded>) => JSON.stringify(es.map((e) => [e.type, e.trigger?.text, e.hit.pos, e.source?.name_en, e.target?.name_en]));
const words = (text: string) => wordsOf(text, [{ start: 0, end: text.length }] as never);

test('after a carrying verb and its subject the form is the carried noun; joined by و it is a verb of its own', () => {
  const w = words('وكثفت قوات الجيش قصفها للمدينة وقصفت القرى');
  assert.equal(carriedNoun(w, 3), true);
  assert.equal(carriedNoun(w, 5), false);
  const after = words('وصل الوزير، قصف الطيران المدينة');
  assert.equal(carriedNoun(after, 3), false);
});

test('the shelling an army keeps up is its act on the positions it shells', () => {
  const es = coded('وقال المتحدث إن الجيش المصري يواصل قصف مواقع المتشددين في شمال سيناء.');
  const shelling = es.find((e) => e.type === 'ASSAULT');
  assert.equal(shelling?.hit.pos, 'noun', show(es));
  assert.equal(shelling?.source?.country, 'EGY', show(es));
  assert.match(shelling?.target?.name_en ?? '', /militants/, show(es));
});

test('a carried form the lexicon has only as a verb stays a verb, and its act is kept', () => {
  const es = coded('وواصلت المدفعية السعودية دك مواقع الميليشيات في محافظة حجة اليمنية.');
  assert.ok(es.some((e) => e.type === 'ASSAULT' && e.source?.country === 'SAU'), show(es));
});
