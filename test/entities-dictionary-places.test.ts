// Gazetteer places whose one-word name is a dictionary word (data/kb/gazetteer_words.tsv,
// src/extract/entities/dictionary-places.ts). Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractEntities } from '../src/extract/entities/index.js';
import { loadTsv } from '../src/data-files.js';

const places = (text: string) => extractEntities({ text, published: '2022-09-14' }).filter((e) => e.type === 'PLACE').map((e) => e.name_en);

test('gazetteer_words.tsv loads: matching forms with a source', () => {
  const rows = loadTsv('kb/gazetteer_words.tsv');
  assert.ok(rows.length > 100);
  for (const r of rows) {
    assert.match(r.word, /^[\u0621-\u064A]+$/, r.word);
    assert.ok(r.source, r.word);
  }
  assert.ok(rows.some((r) => r.word === 'صافي'));
});

test('a dictionary word is no place where the report names no country of it', () => {
  assert.deepEqual(places('ارتفع صافي أرباح الشركة بنسبة عشرة في المائة خلال الربع الثاني.'), []);
  assert.deepEqual(places('اختارت المصممة الألوان الزرقاء والحمراء لمجموعتها الجديدة.'), []);
});

test('the same word is the place in a report on its country, or after a place cue', () => {
  assert.ok(places('نظم صيادو المغرب وقفة احتجاجية في صافي على ساحل الأطلسي.').includes('Safi'));
  assert.ok(places('وصل الوفد إلى مدينة صافي صباح الخميس.').includes('Safi'));
});

test('a city of a million people or more is read wherever it is named', () => {
  assert.ok(places('عقد الاجتماع في القاهرة أمس.').includes('Cairo'));
});

test('a dictionary-word place after a given name is still read as a surname', () => {
  const ents = extractEntities({ text: 'أكد عضو الاتحاد العربي فايز الأحمدي أن المنتخب جاهز للبطولة.', published: '2022-09-14' });
  assert.ok(ents.some((e) => e.type === 'PERSON' && e.name_ar === 'فايز الأحمدي'), JSON.stringify(ents.map((e) => e.name_ar)));
});
