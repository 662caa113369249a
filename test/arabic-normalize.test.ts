import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  normalizeAlef, normalizeHamzaSeat, normalizeTehMarbuta, normalizeAlefMaqsura, normalizePersianLetters,
  normalizeDigits, removeDiacritics, removeTatweel, removeBidiMarks, normalizeSpaces,
  normalizeArabic, normalizeWithMap, toOriginalSpan, ruleTable, RULES,
} from '../src/arabic/normalize.js';
import { parseTsv } from '../src/data-files.js';

test('alef forms fold to bare alef', () => {
  assert.equal(normalizeAlef('أعلنت إيران آليات ٱلحرب'), 'اعلنت ايران اليات الحرب');
});

test('hamza seats fold (مسؤول / مسئول)', () => {
  assert.equal(normalizeHamzaSeat('مسؤول'), 'مسوول');
  assert.equal(normalizeHamzaSeat('مسئول'), 'مسيول');
});

test('ta marbuta folds to heh', () => {
  assert.equal(normalizeTehMarbuta('الحكومة التركية'), 'الحكومه التركيه');
});

test('alef maqsura folds to yeh', () => {
  assert.equal(normalizeAlefMaqsura('إلى مستشفى'), 'إلي مستشفي');
});

test('Persian letters fold to Arabic ones', () => {
  assert.equal(normalizePersianLetters('ایران کرمانشاه'), 'ايران كرمانشاه');
  assert.equal(normalizePersianLetters('پارس آباد'), 'بارس آباد');
  assert.equal(normalizePersianLetters('گنجه'), 'كنجه');
});

test('Arabic-Indic and Persian digits become ASCII', () => {
  assert.equal(normalizeDigits('٢٠٢٠'), '2020');
  assert.equal(normalizeDigits('۱۳۹۹'), '1399');
  assert.equal(normalizeDigits('٣٠٬٠٠٠ و٢٫٥٪'), '30,000 و2.5%');
});

test('diacritics, tatweel, bidi marks and NBSP', () => {
  assert.equal(removeDiacritics('مشتعلاً تكبّدها أيّ'), 'مشتعلا تكبدها أي');
  assert.equal(removeTatweel('كـــاراباخ'), 'كاراباخ');
  assert.equal(removeBidiMarks('\u200fإيران\u200e'), 'إيران');
  assert.equal(normalizeSpaces('كاراباخ\u00a0بين'), 'كاراباخ بين');
});

test('presentation forms decompose (NFKC) and then fold', () => {
  // ﻹ (lam-alef with hamza below ligature) -> لإ -> لا
  assert.equal(normalizeArabic('\uFEF9'), 'لا');
  // isolated/final forms of ب ي ر و ت
  assert.equal(normalizeArabic('\uFE8F\uFEF1\uFEAD\uFEED\uFE95'), 'بيروت');
});

test('the combined normaliser applies every rule', () => {
  assert.equal(normalizeArabic('أعلنتْ وزارةُ الدفاع\u00a0الإيرانيّة ٣ مسيّرات إلى کرمانشاه'), 'اعلنت وزاره الدفاع الايرانيه 3 مسيرات الي كرمانشاه');
  assert.equal(normalizeArabic('IRGC'), 'irgc');
});

test('offset map sends normalised spans back to the original text', () => {
  const original = 'قال: إنّ الحرسَ الثوريّ\u200f نشر ﻻ';
  const n = normalizeWithMap(original);
  const at = n.text.indexOf('الحرس الثوري');
  const span = toOriginalSpan(n, at, at + 'الحرس الثوري'.length);
  assert.equal(original.slice(span.start, span.end), 'الحرسَ الثوريّ');
  // A ligature that expands maps both halves to the one original character.
  const lig = n.text.lastIndexOf('لا');
  const s2 = toOriginalSpan(n, lig, lig + 2);
  assert.equal(original.slice(s2.start, s2.end), 'ﻻ');
});

test('offset map: one entry per output unit, unchanged runs mapped one to one', () => {
  const original = 'abﻻcdّe';
  const n = normalizeWithMap(original);
  assert.equal(n.text, 'abلاcde');
  assert.deepEqual([...n.startMap], [0, 1, 2, 2, 3, 4, 6]);
  assert.deepEqual([...n.endMap], [1, 2, 3, 3, 4, 5, 7]);
  // Nothing to change: the text comes back as given.
  assert.equal(normalizeWithMap('abc').text, 'abc');
  assert.deepEqual([...normalizeWithMap('abc').startMap], [0, 1, 2]);
});

test('every rule named in the code has rows in the data table', () => {
  for (const r of RULES) assert.ok(ruleTable(r).size > 0, r);
});

test('the TSV loader rejects rows with more cells than columns', () => {
  assert.throws(() => parseTsv('a\tb\n1\t2\t3\n', 'x.tsv'), /x\.tsv:2/);
  assert.deepEqual(parseTsv('# c\na\tb\n1\t2\n\n'), [{ a: '1', b: '2' }]);
});
