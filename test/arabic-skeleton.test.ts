import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadSkeletonRules, skeletonSimilarity, latinSkeleton, arabicSkeleton } from '../src/arabic/skeleton.js';

const rules = loadSkeletonRules();

test('a transliterated name shares its consonants with the English name', () => {
  for (const [en, ar] of [['Baghdad', 'بغداد'], ['Hit', 'هيت'], ["Ha'il", 'حائل'], ['Kharkiv', 'خاركيف'], ['Al-Mosul', 'الموصل'], ['Wuzhou', 'ووتشو'], ['Nineveh', 'نينوى']]) {
    assert.ok(skeletonSimilarity(en, ar, rules) >= 0.5, `${en} / ${ar}: ${latinSkeleton(en, rules)} ${arabicSkeleton(ar, rules)}`);
  }
});

test('a translated label shares few: Tank / صهريج, Hit / يضرب, Bay / خليج', () => {
  for (const [en, ar] of [['Tank', 'صهريج'], ['Hit', 'يضرب'], ['Bay', 'خليج'], ['Oral', 'شفوي']]) {
    assert.ok(skeletonSimilarity(en, ar, rules) < 0.34, `${en} / ${ar}`);
  }
});

test('articles, accents and doubled letters are read as spelling, not consonants', () => {
  assert.equal(latinSkeleton('Al-Qā‘im', rules), latinSkeleton('Qaim', rules));
  assert.equal(latinSkeleton('Aleppo', rules), 'lb');
  assert.equal(arabicSkeleton('الرقّة', rules), arabicSkeleton('رقة', rules));
});
