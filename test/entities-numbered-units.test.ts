// Military units and regions named by a number (data/kb/numbered_units.tsv, data/kb/unit_arms.tsv,
// src/extract/entities/numbered-units.ts). Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractEntities } from '../src/extract/entities/index.js';
import { ordinalEn, unitWords } from '../src/extract/entities/numbered-units.js';
import type { Entity } from '../src/doc.js';

const run = (text: string) => extractEntities({ text, published: '2024-03-10' });
const names = (ents: Entity[]) => ents.map((e) => e.name_en);

test('ordinals in English', () => {
  assert.deepEqual([1, 2, 3, 4, 11, 12, 13, 21, 22, 35, 101].map(ordinalEn), ['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd', '35th', '101st']);
});

test('the data loads: heads with a type, arms, ordinal words', () => {
  const u = unitWords();
  assert.equal(u.heads.get('لواء')?.en, 'Brigade');
  assert.equal(u.heads.get('منطقه عسكريه')?.en, 'Military Region');
  assert.equal(u.arms.get('مشاه'), 'Infantry');
  assert.equal(u.ordinals.get('الرابعه'), 4);
  // The first word of a two-word head is looked for with the next word; a one-word head alone.
  assert.ok(u.firstOfTwo.has('منطقه'));
  assert.ok(!u.firstOfTwo.has('لواء'));
});

test('a unit head and digits, with arm words before or after and رقم', () => {
  const ents = run('أكد ضابط في لواء المشاة رقم 12 أن الهجوم صُدّ، بينما تقدم اللواء 7 مدرع نحو الجسر.');
  const u12 = ents.find((e) => e.name_en === '12th Infantry Brigade');
  assert.ok(u12, names(ents).join(', '));
  assert.equal(u12.type, 'ORG');
  assert.ok(names(ents).includes('7th Armoured Brigade'), names(ents).join(', '));
});

test('a two-word head and an ordinal word: المنطقة العسكرية الثالثة', () => {
  const ents = run('أعلنت قيادة المنطقة العسكرية الثالثة استعادة التلة، وقالت الفرقة الثانية إنها أسرت عشرة مقاتلين.');
  assert.ok(names(ents).includes('3rd Military Region'), names(ents).join(', '));
  assert.ok(names(ents).includes('2nd Division'), names(ents).join(', '));
});

test('no number, no unit: اللواء as a rank stays a title', () => {
  const ents = run('وقال اللواء الركن سامي الخطيب إن اللواء سيعود إلى مواقعه.');
  assert.ok(!ents.some((e) => /Brigade/.test(e.name_en)), names(ents).join(', '));
});
