// A trigger word inside a quoted name of a few words after a noun a name follows (a series, a campaign) is that name, not
// an act; a quoted act after 'عملية' is told. Sentences written for this test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../src/pipeline.js';

const types = (text: string) => analyzeText(text, { title: null, outlet: null, url: null, published: '2024-03-10' }, 'test').events.map((e) => e.type);

test('a quoted name of a few words after a title noun is no act', () => {
  assert.ok(!types('وعرضت القناة مسلسل "غدا نلتقي" في شهر رمضان.').includes('CONSULT'));
  assert.ok(!types('وأطلقت وزارة الصحة الكينية حملة «معا ندعم الأمهات» في نيروبي.').includes('SUPPORT'));
});

test('a quoted act after عملية is told', () => {
  assert.ok(types('وأعلن الجيش النيجيري بدء عملية "تحرير" مدينة مايدوغوري من بوكو حرام.').includes('COERCE'));
});
