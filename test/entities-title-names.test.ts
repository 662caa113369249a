// Names after titles (data/lexicon/titles.tsv, src/extract/entities/people.ts): feminine posts, a post with its
// complement (no licence), a closing quotation mark, ranks with ركن. Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractEntities } from '../src/extract/entities/index.js';

const people = (text: string) => extractEntities({ text, published: '2021-02-11' }).filter((e) => e.type === 'PERSON')
  .map((e) => [e.name_ar, e.sector]);

test('a feminine envoy title introduces her name', () => {
  assert.deepEqual(people('أعلنت الممثلة الخاصة كارولين ستيفنسون استئناف المفاوضات.'), [['كارولين ستيفنسون', 'IGO']]);
  assert.deepEqual(people('وصلت المبعوثة الأممية هيلينا تورفالد إلى الخرطوم.'), [['هيلينا تورفالد', 'IGO']]);
});

test('a post with its complement opens no name on its own: a noun phrase after it is none', () => {
  const ps = people('وأطلق قائد الجماعة تهديدات ووعيدا للحكومة.').map((p) => p[0]);
  assert.deepEqual(ps, []);
});

test('a closing quotation mark ends the name after an honorific', () => {
  const ps = people('«الدكتورة سلمى» تناقش قضايا التعليم').map((p) => p[0]);
  assert.ok(!ps.some((p) => p!.includes('تناقش')), JSON.stringify(ps));
});

test('a rank with ركن is one title', () => {
  const ps = people('وحضر الفريق أول ركن سعيد المطيري الحفل.').map((p) => p[0]);
  assert.deepEqual(ps, ['سعيد المطيري']);
});
