// An act asked about reports nothing, of any type, the report check's types too; the answer told after a quoted question
// is reported. Sentences written for this test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../src/pipeline.js';

const types = (text: string) => analyzeText(text, { title: null, outlet: null, url: null, published: '2024-03-10' }, 'test').events.map((e) => e.type);

test('an attack asked about after هل or before a question mark is no event', () => {
  assert.deepEqual(types('هل قصفت الطائرات الروسية مستشفى في إدلب؟'), []);
  assert.ok(!types('وتتجه الأنظار إلى البرلمان العراقي وهل سيؤيد الاتفاق مع الأكراد.').includes('SUPPORT'));
});

test('a place whose name holds هل is no question, and an answer after a quoted question is told', () => {
  assert.ok(types('وكان مسلحو المعارضة قد هاجموا دورية للجيش المالي في منطقة سهل تمبكتو.').includes('ASSAULT'));
  assert.ok(types('وردا على سؤال عن «هل تقبلون الهدنة»، قال المتحدث: قصفت قواتنا مواقع المتمردين في الفاشر أمس.').includes('ASSAULT'));
});
