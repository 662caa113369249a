// The partner 'مع' names is found past a subject's long titles (src/extract/events/sides/partner.ts), but not past another
// act named after the trigger, nor after a noun that takes its own 'مع'. Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../src/pipeline.js';
import { codeEvents } from '../src/extract/events/index.js';

const meta = { title: null, outlet: null, url: null, published: '2024-06-03' };
const coded = (text: string) => codeEvents(analyzeText(text, meta, 't') as never).events;
const show = (es: ReturnType<typeof coded>) => JSON.stringify(es.map((e) => [e.type, e.trigger?.text, e.source?.name_en, e.target?.name_en]));

test('the partner after a subject with a long chain of titles is the target of the talks', () => {
  const es = coded('ناقش الأمير محمد بن سلمان بن عبدالعزيز ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع، مع وزير الدفاع الأمريكي أشتون كارتر العلاقات الثنائية.').filter((e) => e.type === 'CONSULT');
  assert.equal(es[0]?.source?.name_en, 'Mohammed bin Salman', show(es));
  assert.equal(es[0]?.target?.name_en, 'Ash Carter', show(es));
});

test('a far partner after another act belongs to that act', () => {
  const es = coded('والتقى السفير الإسرائيلي رون ديرمر عددا كبيرا من أعضاء مجلس الشيوخ في مقر إقامته خلال الأسبوع الماضي لدعم رفض الاتفاق مع إيران.').filter((e) => e.type === 'CONSULT');
  assert.ok(es.length, 'the meeting is coded');
  assert.notEqual(es[0].target?.name_en, 'Iran', show(es));
});

test('a country after a border noun is no partner', () => {
  const es = coded('واجتمع وزير الدفاع التركي بقادة الجيش في مدينة غازي عنتاب القريبة جدا من الشريط الحدودي مع سوريا.').filter((e) => e.type === 'CONSULT');
  assert.ok(!es.some((e) => e.target?.name_en === 'Syria'), show(es));
});
