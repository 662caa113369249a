// A leader named by surname alone as the head of forces or followers (data/kb/leader_forces.tsv,
// src/extract/entities/leader-forces.ts). Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractEntities } from '../src/extract/entities/index.js';
import { loadTsv } from '../src/data-files.js';

const people = (text: string) => extractEntities({ text, published: '2015-07-20' }).filter((e) => e.type === 'PERSON');

test('leader_forces.tsv loads: a matching-form word, a kind, a source', () => {
  for (const r of loadTsv('kb/leader_forces.tsv')) {
    assert.match(r.word, /^[\u0621-\u064A]+$/, r.word);
    assert.match(r.kind, /^(noun|not_surname)$/, r.word);
    assert.ok(r.source, r.word);
  }
});

test('a surname after a force noun, after an epithet, or joined to a group after one names the KB person', () => {
  for (const text of [
    'تقدمت قوات صالح نحو المدينة من جهة الشمال في اليمن.',
    'انسحبت قوات المخلوع صالح من مواقعها في عدن.',
    'اشتبكت المقاومة مع ميليشيات الحوثي وصالح في أحياء عدن.',
  ]) {
    const p = people(text);
    assert.ok(p.some((e) => e.name_en === 'Ali Abdullah Saleh'), `${text}: ${JSON.stringify(p.map((e) => e.name_en))}`);
  }
});

test('no leader when the surname starts a longer name or is the end of a compound name', () => {
  const a = people('وصلت قوات صالح محمد الجديدة إلى عدن.');
  assert.ok(!a.some((e) => e.name_en === 'Ali Abdullah Saleh'), JSON.stringify(a.map((e) => e.name_en)));
  const b = people('أعلنت جماعة أنصار الله سيطرتها على مواقع جديدة.');
  assert.ok(!b.length, JSON.stringify(b.map((e) => e.name_en)));
});
