// Receiving the wounded, patients, visitors or applications is no meeting; a leader receiving an envoy is.
// Sentences written for this test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../src/pipeline.js';

const types = (text: string) => analyzeText(text, { title: null, outlet: null, url: null, published: '2024-03-10' }, 'test').events.map((e) => e.type);

test('a hospital, a museum or an office receiving people is no meeting', () => {
  assert.ok(!types('استقبلت مستشفيات المدينة أمس مئة جريح.').includes('CONSULT'));
  assert.ok(!types('وتستقبل العيادة الميدانية يوميا عشرات المرضى من المخيم.').includes('CONSULT'));
  assert.ok(!types('يستقبل المتحف آلاف الزوار في عطلة الصيف.').includes('CONSULT'));
  assert.ok(!types('تستقبل الوزارة طلبات المتقدمين حتى نهاية الشهر.').includes('CONSULT'));
  assert.ok(!types('استقبل المركز الطبي 300 شخصا خلال أسبوع.').includes('CONSULT'));
});

test('a leader receiving an envoy is a meeting', () => {
  assert.deepEqual(types('استقبل الرئيس المصري وزير الخارجية الأمريكي في القاهرة أمس.'), ['CONSULT']);
});
