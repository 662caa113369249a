// Places named by a prefix that only names places ('البوفراج', 'البو شهاب'): src/extract/entities/prefixed-places.ts
// and data/kb/glued_name_prefixes.tsv.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractEntities } from '../src/extract/entities/index.js';
import { gluedPrefixes } from '../src/arabic/translit.js';

const run = (text: string) => extractEntities({ text, published: '2015-07-22' });
const places = (text: string) => run(text).filter((e) => e.type === 'PLACE').map((e) => e.name_en);

test('glued_name_prefixes.tsv loads: البو names places glued and apart, in Iraqi and Syrian reports', () => {
  const albu = gluedPrefixes().find((p) => p.en === 'Albu')!;
  assert.ok(albu.placeGlued && albu.placeApart);
  assert.ok(albu.countries.has('IRQ'));
  const kafr = gluedPrefixes().find((p) => p.en === 'Kafr')!;
  assert.ok(!kafr.placeGlued && !kafr.placeApart && kafr.countries.size === 0);
});

test('an Iraqi village named after a tribe is a place glued or apart, with no settlement noun before it', () => {
  const found = places('تقدمت القوات العراقية نحو الفلوجة من البوعلوان، وسيطرت على البو ذياب شمال المدينة بعد معارك عنيفة.');
  assert.ok(found.includes('Albu Alwan'), found.join(', '));
  assert.ok(found.some((n) => n.startsWith('Albu Dh')), found.join(', '));
});

test('a glued word in a report on no such country is a loanword, and after a given name a family name', () => {
  assert.deepEqual(places('افتتح المطعم صالة البولينج وركن البوفيه في جدة الأسبوع الماضي.').filter((n) => n.startsWith('Albu')), []);
  const ents = run('قال الشيخ محمد البوعلوان في بغداد إن الطرق إلى الموصل مفتوحة.');
  assert.ok(!ents.some((e) => e.type === 'PLACE' && e.name_en.startsWith('Albu')));
});

test('the town the KB knows keeps its name: البوكمال is Abu Kamal', () => {
  assert.ok(places('قصفت الطائرات مواقع في البوكمال قرب الحدود مع العراق.').includes('Abu Kamal'));
});
