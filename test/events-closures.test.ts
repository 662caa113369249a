// The closing of roads, crossings and supply lines named by a noun is a blockade; cutting off in a figurative sense is not.
// Sentences written for this test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../src/pipeline.js';

const types = (text: string) => analyzeText(text, { title: null, outlet: null, url: null, published: '2024-03-10' }, 'test').events.map((e) => e.type);

test('closing roads, a crossing or supply lines is a blockade', () => {
  assert.ok(types('وأعلنت السلطات المصرية إغلاق معبر رفح أمام المسافرين.').includes('COERCE'));
  assert.ok(types('وواصلت قوات الدعم السريع غلق الطرق المؤدية إلى مدينة الفاشر.').includes('COERCE'));
  assert.ok(types('وأعلن الجيش الأوكراني أمس قطع طرق الإمداد الروسية قرب مدينة خيرسون.').includes('COERCE'));
});

test('cutting the way off in a figurative sense, or closing shops, is no blockade', () => {
  assert.ok(!types('ودعا الرئيس الصومالي إلى قطع الطريق على المتربصين بأمن البلاد.').includes('COERCE'));
  assert.ok(!types('وقررت البلدية إغلاق المحلات التجارية في الساعة العاشرة مساء.').includes('COERCE'));
});
