// A state of a country named like a country: 'ولاية جورجيا' is the U.S. state, bare 'جورجيا' the country
// (data/kb/places.tsv). Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../src/pipeline.js';

const places = (text: string) => analyzeText(text, { title: null, outlet: null, url: null, published: '2015-07-20' }, 'g')
  .entities.filter((e) => e.type === 'PLACE' || e.type === 'COUNTRY').map((e) => `${e.name_en}/${e.country}`);

test('the state of Georgia is in the United States; Georgia alone is the country', () => {
  assert.ok(places('قالت الشرطة في ولاية جورجيا إن مسلحا قتل ثلاثة أشخاص.').includes('Georgia (U.S. state)/USA'));
  assert.ok(places('وزار الوزير جورجيا وأرمينيا الأسبوع الماضي.').some((p) => p.endsWith('/GEO')));
});
