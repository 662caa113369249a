// A one-word gazetteer place that is also a given name opens a person's name before an unknown name word
// (src/extract/entities/given-places.ts). Sentences and names written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractEntities } from '../src/extract/entities/index.js';
import { loadTsv } from '../src/data-files.js';
import { placePrepositions } from '../src/extract/entities/given-places.js';

const run = (text: string) => extractEntities({ text, published: '2024-03-10' });
const names = (text: string, type: string) => run(text).filter((e) => e.type === type).map((e) => e.name_ar);

test('place_prepositions.tsv loads: Arabic words with a source', () => {
  const rows = loadTsv('kb/place_prepositions.tsv');
  assert.ok(rows.length >= 3);
  for (const r of rows) {
    assert.match(r.word, /^[\u0621-\u064A]+$/, r.word);
    assert.ok(r.source, r.word);
  }
  assert.ok(placePrepositions().has('في'));
});

test('a given name that is also a town, before an unknown name word, is a person (حمد, not Madinat Hamad)', () => {
  const text = 'وحضر اللقاء مدير الإدارة العقيد حمد الزفيتري وعدد من الضباط.';
  assert.deepEqual(names(text, 'PLACE'), []);
  assert.ok(names(text, 'PERSON').some((n) => n.includes('حمد الزفيتري')));
});

test('the same word after a settlement noun, a preposition of place or before a list stays the place', () => {
  assert.ok(names('وسيطرت الفصائل على مدينة جاسم الواقعة في ريف درعا.', 'PLACE').includes('جاسم'));
  assert.ok(names('وقصفت الطائرات مواقع في عكار القديمة.', 'PLACE').includes('عكار'));
  assert.ok(names('وقصفت الطائرات جاسم وانخل.', 'PLACE').includes('جاسم'));
});
