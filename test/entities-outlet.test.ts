// The outlet named by a web address in the metadata (src/extract/entities/outlet.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { outletEntities, outletKeys } from '../src/extract/entities/outlet.js';

test('a host name is read label by label: a section or language subdomain does not hide the outlet', () => {
  assert.deepEqual(outletKeys('arabic.cnn.com'), ['arabic', 'cnn', 'cnnarabic']);
  assert.deepEqual(outletEntities('arabic.cnn.com').map((e) => e.name_en), ['CNN']);
  assert.deepEqual(outletEntities('https://news.un.org/ar/story/1').map((e) => e.name_en), ['UN News']);
  assert.deepEqual(outletEntities('bbc.com').map((e) => e.name_en), ['BBC']);
  assert.deepEqual(outletEntities('weather.example.org'), []);
});

test("the nisba in a news agency's name names no party: 'وكالة الأنباء الفرنسية' is AFP, not France", async () => {
  const { extractEntities } = await import('../src/extract/entities/index.js');
  const ents = extractEntities({ text: 'وقال مدير المرصد لوكالة الأنباء الفرنسية إن الصاروخ سقط على الحي.', published: '2015-07-22' });
  assert.ok(ents.some((e) => e.type === 'MEDIA' && e.country === 'FRA'));
  assert.ok(!ents.some((e) => e.type === 'COUNTRY' && e.country === 'FRA'));
  // Named as a party it is one.
  const named = extractEntities({ text: 'وقالت الحكومة الفرنسية لوكالة الأنباء الفرنسية إنها تدين الهجوم.', published: '2015-07-22' });
  assert.ok(named.some((e) => e.country === 'FRA' && e.type !== 'MEDIA'));
});

test('an outlet named by its web host, kept among its KB names (aawsat.com for Asharq Al-Awsat)', () => {
  assert.deepEqual(outletEntities('aawsat (via SaudiNewsNet)').map((e) => e.name_en), ['Asharq Al-Awsat']);
  assert.deepEqual(outletEntities('https://aawsat.com/home/article/1').map((e) => e.name_en), ['Asharq Al-Awsat']);
  // A host no outlet has stays unknown.
  assert.deepEqual(outletEntities('example-news.com').map((e) => e.name_en), []);
});
