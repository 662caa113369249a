// Clashes between two sides and a strike of one side told by a verb in the same sentence are two acts; a noun of
// attack beside the clashes (their start, their part) is not. Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../src/pipeline.js';

const coded = (text: string) =>
  analyzeText(text, { title: null, outlet: null, url: null, published: '2024-03-10' }, 'test').events.map((e) => `${e.type} ${e.trigger?.text}`);

test('clashes and a strike told by a verb in one sentence are two acts', () => {
  const evs = coded('وفي ريف درعا، قصفت المروحيات الحكومية بلدة نوى بالبراميل المتفجرة مع استمرار الاشتباكات العنيفة بين الجيش ومسلحي المعارضة في محيط البلدة.');
  assert.equal(evs.filter((e) => e.startsWith('ASSAULT')).length, 2);
});

test('clashes that broke out after an attack told by a noun are one act', () => {
  const evs = coded('أعلنت وزارة الدفاع عن اندلاع اشتباكات عنيفة على الحدود الشمالية بعد هجوم شنته قوات الجيش المجاور فجر اليوم.');
  assert.equal(evs.filter((e) => e.startsWith('ASSAULT')).length, 1);
});

test('a verb of fighting beside a noun of fighting is the same fighting, not a strike beside it', () => {
  const evs = coded('وتقاتل قوات الجيش الصومالي حركة الشباب وحدها هذا العام في أول موسم قتال منذ انسحاب القوات الأفريقية من البلاد.');
  assert.equal(evs.filter((e) => e.startsWith('ASSAULT')).length, 1);
});

test('a verb of fighting that describes a party is no clashes beside the strike', () => {
  const evs = coded('وقال التنظيم في بيان إن الانفجار استهدف عناصر في ميليشيات مسلحة تقاتل إلى جانب الجيش في المحافظة.');
  assert.equal(evs.filter((e) => e.startsWith('ASSAULT')).length, 1);
});

test('a verb joined by ف after the battle, with no subject of its own, is what the fighters did in it', () => {
  const one = coded('وفي الصباح أعلنت جماعة الحوثي معركة "النصر الموعود" ضد السعودية، فاقتحمت مواقع للجيش السعودي في نجران.');
  assert.equal(one.filter((e) => e.startsWith('ASSAULT')).length, 1, one.join(', '));
  // With a subject of its own it is another act.
  const two = coded('وتستمر الاشتباكات بين الجيش الصومالي وحركة الشباب في محيط البلدة، فقصفت الطائرات الكينية مواقع الحركة في بلدة عيل برف.');
  assert.equal(two.filter((e) => e.startsWith('ASSAULT')).length, 2, two.join(', '));
});
