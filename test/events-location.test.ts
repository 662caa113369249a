// An event's place (src/extract/events/attributes.ts, site-anaphora.ts): the finer place of a locating chain, and a
// site named again by its head noun alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../src/pipeline.js';

const meta = { title: null, outlet: null, url: null, published: '2024-03-04' };
const placeOf = (text: string, type: string) => analyzeText(text, meta, 's').events.find((e) => e.type === type)?.location?.name_en;

test('a wider place that only locates the town before it is not where the event happened', () => {
  assert.equal(placeOf('وفي منطقة الزبداني بريف دمشق، قصفت الطائرات الحربية منازل المدنيين أمس.', 'ASSAULT'), 'Zabadani');
  assert.equal(placeOf('في بلدة تلبيسة شمال حمص، ألقت الطائرات براميل متفجرة أمس.', 'ASSAULT'), 'Talbiseh');
});

test('two places not joined as a chain keep the nearest one', () => {
  // 'حمص ... ثم حلب': not a locating chain (more than one word between).
  assert.equal(placeOf('بعد معارك في حمص وفي ريف حلب، قصفت الطائرات الحربية منازل المدنيين أمس.', 'ASSAULT'), 'Aleppo Governorate');
});

test('a site named again by its head noun is where a later act happened', () => {
  const text = 'حاصرت قوات الأمن مستشفى الشفاء في مدينة غزة أمس. وقال شهود إن الجنود اعتقلوا عشرات الأطباء داخل المستشفى.';
  const doc = analyzeText(text, meta, 's');
  const arrest = doc.events.find((e) => e.type === 'COERCE' && e.cameo === '173');
  assert.match(arrest?.location?.name_en ?? '', /Hospital/);
});

test('a head noun with a definite word after it names another site', () => {
  const text = 'حاصرت قوات الأمن مستشفى الشفاء في مدينة غزة أمس. وقال شهود إن الجنود اعتقلوا عشرات الأطباء داخل المستشفى الميداني.';
  const arrest = analyzeText(text, meta, 's').events.find((e) => e.type === 'COERCE' && e.cameo === '173');
  assert.equal(arrest?.location ?? null, null);
});

test('a place and the wider place the text puts it in are one location for merging', async () => {
  const { sameLocation } = await import('../src/extract/events/merge-sides.js');
  const at = (entity: string, lat: number, within?: string) => ({ location: { entity, name_en: entity, lat, lon: 45, precision: 'city' }, ...(within ? { within } : {}) }) as unknown as Parameters<typeof sameLocation>[0];
  assert.equal(sameLocation(at('Q-tawahi', 12.78, 'Q-aden'), at('Q-aden', 12.8)), true);
  assert.equal(sameLocation(at('Q-aden', 12.8), at('Q-tawahi', 12.78, 'Q-aden')), true);
  assert.equal(sameLocation(at('Q-tawahi', 12.78), at('Q-aden', 12.8)), false);
});
