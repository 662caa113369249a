// A body named by its head alone right after the verb is its subject ('وقصفت القوات مواقع تنظيم داعش'): the side named
// after it is the object (src/extract/events/verb-agreement.ts, afterUnnamedSubject). Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../src/pipeline.js';
import { codeEvents } from '../src/extract/events/index.js';

const meta = { title: null, outlet: null, url: null, published: '2024-06-03' };
const coded = (text: string) => codeEvents(analyzeText(text, meta, 't') as never).events;
const show = (es: ReturnType<typeof coded>) => JSON.stringify(es.map((e) => [e.type, e.trigger?.text, e.source?.name_en, e.target?.name_en]));

test('the owner of the positions struck after an unnamed subject is the target, not the doer', () => {
  const es = coded('وقصفت القوات مواقع تنظيم داعش في مدينة الرقة.');
  assert.equal(es[0]?.target?.name_en, 'Islamic State', show(es));
  assert.notEqual(es[0]?.source?.name_en, 'Islamic State', show(es));
});

test('a side in the oblique right after the unnamed subject is the object, and so is the side joined to it', () => {
  const es = coded('قصفت الطائرات الحوثيين وقوات صالح في عدن.');
  assert.equal(es[0]?.target?.name_en, 'Houthis', show(es));
  assert.equal(es[0]?.source ?? null, null, show(es));
});

test('a word of the head\'s own case qualifies it: the subject stays', () => {
  const es = coded('هاجم المسلحون الحوثيون مواقع الجيش اليمني في تعز.');
  assert.equal(es[0]?.source?.name_en, 'Houthis', show(es));
});

test('a named body right after a definite body noun is the object: the accused, not the accuser', () => {
  for (const text of ['واتهمت الوزارة حكومة الاحتلال بارتكاب جرائم حرب.', 'وانتقدت الحركة الحكومة الإسرائيلية بشدة.']) {
    const es = coded(text).filter((e) => e.type === 'ACCUSE');
    assert.ok(es.length, text);
    assert.equal(es[0].source ?? null, null, show(es));
    assert.ok(es[0].target, show(es));
  }
});

test('a nisba or a person after the definite head qualifies it or names it: the subject stays', () => {
  const nisba = coded('ردت المدفعية السعودية أمس على قذائف أطلقها الحوثيون.').filter((e) => e.type === 'ASSAULT');
  assert.equal(nisba[0]?.source?.name_en, 'Saudi Arabia', show(nisba));
  const person = coded('وقال الرئيس بشار الأسد إن الجيش سيواصل القتال.');
  assert.ok(!person.some((e) => e.target?.name_en === 'Bashar al-Assad'), show(person));
});
