// A KB person's name spelt another way ('أنطونيو جوتيريس' for 'أنطونيو غوتيريش'): src/extract/entities/name-variants.ts
// and data/arabic/name_variant_letters.tsv. Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractEntities } from '../src/extract/entities/index.js';
import { parseVariantLetters, variantKey, variantSkeleton } from '../src/extract/entities/name-variants.js';
import { loadTsv } from '../src/data-files.js';
import type { Entity } from '../src/doc.js';

const run = (text: string) => extractEntities({ text, published: '2015-07-22' });
const owner = (ents: Entity[], text: string) => ents.find((e) => e.mentions.some((m) => m.text === text));
const letters = parseVariantLetters(loadTsv('arabic/name_variant_letters.tsv'));

test('name_variant_letters.tsv loads: one letter a row, vowels dropped, G spellings one class', () => {
  assert.equal(variantSkeleton('غوتيريش', letters), variantSkeleton('جوتيريس', letters));
  assert.equal(variantSkeleton('شويغو', letters), variantSkeleton('شويجو', letters));
  assert.notEqual(variantSkeleton('بوتين', letters), variantSkeleton('ماكرون', letters));
  assert.equal(variantSkeleton('Putin', letters), null, 'not Arabic');
  assert.equal(variantKey(['بوتين'], letters), null, 'one word is no name to match');
  assert.equal(variantKey(['أحمد', 'السياري'], letters), null, 'a word with the article is an Arabic name');
  assert.throws(() => parseVariantLetters([{ letter: 'تش', class: 's', source: 'x' }]), /bad row/);
});

test('a foreign KB person spelt another way is that person', () => {
  const ents = run('وقال أنطونيو جوتيريس إن الوضع في غزة خطير. وقال سيرجي شويجو إن القوات الروسية تتقدم.');
  assert.equal(owner(ents, 'أنطونيو جوتيريس')?.name_en, 'António Guterres');
  assert.equal(owner(ents, 'سيرجي شويجو')?.name_en, 'Sergei Shoigu');
});

test('an Arab name spelt otherwise is another person, and so is another given name', () => {
  const ents = run('وقال أحمد السياري إن الوضع خطير. وقال محمد عباس إن الحوار مستمر. وقال أحمد شاعر إن الحوار مستمر.');
  assert.notEqual(owner(ents, 'أحمد شاعر')?.name_en, 'Ahmed Asiri', 'a Saudi name: no variant spelling');
  assert.notEqual(owner(ents, 'أحمد السياري')?.name_en, 'Ahmed al-Sharaa');
  assert.notEqual(owner(ents, 'محمد عباس')?.name_en, 'Mahmoud Abbas');
});

test('his surname alone later, as the report spells it, is him too', () => {
  const ents = run('وقال وزير الخارجية التركي مولود جاوش اوغلو إن بلاده ستواصل العمليات. وأضاف جاوش اوغلو أن تركيا لن تسمح بذلك.');
  const full = owner(ents, 'مولود جاوش اوغلو');
  assert.equal(full?.name_en, 'Mevlut Cavusoglu');
  assert.equal(owner(ents, 'جاوش اوغلو')?.id, full!.id);
});
