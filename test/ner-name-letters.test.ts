import { test } from 'node:test';
import assert from 'node:assert/strict';
import { letterRatios, nameLetterBin, nameLetterScore } from '../src/ner/name-letters.js';
import { knowledgeFromFiles, loadKnowledge } from '../src/ner/knowledge.js';
import { wordInfo } from '../src/ner/word-info.js';
import { featureKey } from '../src/ner/hash.js';

test('name letters: grams frequent in the names and rare in the words score above zero, and the other way round', () => {
  const names = ['ايفانوف', 'بتروف', 'سميرنوف', 'كوزلوف', 'بوبوف'];
  const words = ['مدرسة', 'مكتبة', 'مدينة', 'مزرعة', 'محكمة'];
  const r = letterRatios(names, words, 1);
  assert.ok(nameLetterScore('سوكولوف', r) > 0, 'a new word ending in «وف»');
  assert.ok(nameLetterScore('مطبعة', r) < 0, 'a new word of the pattern مفعلة');
  assert.ok(nameLetterScore('سوكولوف', r) > nameLetterScore('مطبعة', r));
  assert.equal(nameLetterScore('', r), 0);
});

test('name letters: a score falls in one of ten bins, open at both ends', () => {
  assert.equal(nameLetterBin(-9), '-5');
  assert.equal(nameLetterBin(-0.1), '-1');
  assert.equal(nameLetterBin(0), '0');
  assert.equal(nameLetterBin(0.7), '1');
  assert.equal(nameLetterBin(30), '4');
});

test('name letters: the shipped table tells a transliterated surname from a common word', () => {
  const k = knowledgeFromFiles({ lists: ['letters'] });
  assert.ok((k.nameLetters?.size ?? 0) > 5000);
  const score = (w: string) => nameLetterScore(w, k.nameLetters!);
  for (const name of ['كوفالسكي', 'ماركوفيتش', 'غونزاليس']) for (const word of ['المستشفى', 'اجتماعات', 'تصريحات']) {
    assert.ok(score(name) > score(word), `${name} over ${word}`);
  }
});

test('name letters: the feature is there only when the model reads the list', () => {
  const key = (k: ReturnType<typeof loadKnowledge>, w: string) => [...wordInfo(w, k).own];
  const withList = loadKnowledge(['letters']);
  const without = loadKnowledge([]);
  const word = 'غونزاليس';
  const bin = nameLetterBin(nameLetterScore(word, withList.nameLetters!));
  assert.ok(key(withList, word).includes(featureKey('nl', bin)));
  assert.ok(!key(without, word).includes(featureKey('nl', bin)));
  assert.equal(without.nameLetters, undefined);
});
