// Lifting or breaking a siege, a ban or sanctions ('رفع الحصار', 'فك الحصار', 'كسر الحصار', 'رفع العقوبات') is
// no siege and no sanction. Sentences written for this test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../src/pipeline.js';

const types = (text: string) => analyzeText(text, { title: null, outlet: null, url: null, published: '2024-03-10' }, 'test').events.map((e) => e.type);

test('lifting a siege or sanctions is no blockade and no sanction', () => {
  assert.ok(!types('يتوقع أن يناقش المجلس رفع الحصار المفروض على غزة.').includes('COERCE'));
  assert.ok(!types('وافقت الدول الكبرى على رفع العقوبات التي تفرضها على إيران.').includes('SANCTION'));
  assert.ok(!types('أرسلت الفصائل تعزيزات إلى البلدة لفك الحصار عنها.').includes('COERCE'));
  // The easing itself is still told.
  assert.ok(types('يتوقع أن يناقش المجلس رفع الحصار المفروض على غزة.').includes('CONCEDE'));
});

test('a siege laid or sanctions imposed are acts', () => {
  assert.ok(types('فرضت قوات النظام حصارا خانقا على مدينة مضايا.').includes('COERCE'));
});
