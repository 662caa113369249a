// A subject told between a phrase verb's words is its doer ('أطلقت السلطات الإيرانية سراح', 'ألقى الجيش باللوم على';
// src/extract/events/sides-rules.ts findSource, data/lexicon/triggers.tsv). Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../src/pipeline.js';
import { codeEvents } from '../src/extract/events/index.js';

const meta = { title: null, outlet: null, url: null, published: '2024-06-03' };
const coded = (text: string) => codeEvents(analyzeText(text, meta, 't') as never).events;
const show = (es: ReturnType<typeof coded>) => JSON.stringify(es.map((e) => [e.type, e.trigger?.text, e.source?.name_en, e.target?.name_en]));

test('a release told with the subject between «أطلق» and «سراح» is coded, its subject the doer', () => {
  const es = coded('وأطلقت السلطات الإيرانية سراح صحفي أمريكي.').filter((e) => e.type === 'RETREAT');
  assert.equal(es[0]?.source?.country, 'IRN', show(es));
  assert.notEqual(es[0]?.source?.name_en, 'United States', show(es));
});

test('blame laid with the subject between the verb and its complement comes from that subject', () => {
  const es = coded('وألقى الجيش الإسرائيلي باللوم على حركة حماس.').filter((e) => e.type === 'ACCUSE');
  assert.equal(es[0]?.source?.country, 'ISR', show(es));
  assert.equal(es[0]?.target?.name_en, 'Hamas', show(es));
});

test('a person named past a long chain of titles right after the verb is its subject', () => {
  const es = coded('ودعا عميد شؤون أعضاء هيئة التدريس والموظفين بالجامعة الدكتور سعد الحسين، المواطنين إلى التقدم للوظائف.').filter((e) => e.type === 'DEMAND');
  assert.equal(es[0]?.source?.name_en, 'Saad al-Hussein', show(es));
  assert.notEqual(es[0]?.target?.name_en, 'Saad al-Hussein', show(es));
});

test('a person past a word that breaks the chain of titles is no subject', () => {
  const es = coded('وطلب الضيف نقل تحياته إلى أخيه الدكتور سعد الحسين.').filter((e) => e.type === 'DEMAND');
  assert.ok(!es.some((e) => e.source?.name_en === 'Saad al-Hussein'), show(es));
});
