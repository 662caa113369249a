// The word layers keep one copy of what the tokens of one written form share (strings, readings), and give the same
// tokens, forms and readings as cutting each token on its own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../src/arabic/tokens.js';
import { splitSentences } from '../src/arabic/sentences.js';
import { wordsOf, readingsOf, newWordCaches } from '../src/arabic/words.js';
import { readings as matchReadings, toWords } from '../src/kb/match-words.js';
import { readings as numberReadings, tokenizeNormalized, tokenReadings } from '../src/extract/quantities/number-tokens.js';
import { unitAt } from '../src/extract/quantities/units.js';
import { normalizeArabic, normalizeWithMap } from '../src/arabic/normalize.js';

const TEXT = 'قال المتحدث إن القوات قصفت القرية، وقال المتحدث إن 12 مقاتلا قتلوا. وقال المتحدث لاحقاً: «القوات انسحبت».';

test('the word layer cuts the tokens as tokenize does, with their sentences', () => {
  const sentences = splitSentences(TEXT);
  const words = wordsOf(TEXT, sentences);
  const toks = tokenize(TEXT);
  assert.equal(words.length, toks.length);
  words.forEach((w, i) => {
    assert.deepEqual({ start: w.start, end: w.end, text: w.text, norm: w.norm, kind: w.kind }, toks[i]);
    assert.equal(w.index, i);
    assert.ok(w.start >= sentences[w.sentence].start && w.end <= sentences[w.sentence].end);
    if (w.kind === 'word') assert.deepEqual(w.readings, readingsOf(w.text));
  });
});

test('tokens of one written form share their readings in every word layer', () => {
  const words = wordsOf(TEXT, splitSentences(TEXT));
  const said = words.filter((w) => w.text === 'المتحدث');
  assert.equal(said.length, 3);
  assert.ok(said.every((w) => w.readings === said[0].readings));
  const matcher = toWords(TEXT, words).filter((w) => w.norm === 'المتحدث');
  assert.ok(matcher.every((w) => w.rd === matcher[0].rd));
  assert.deepEqual(matcher[0].rd, matchReadings('المتحدث'));
  const ntoks = tokenizeNormalized(normalizeWithMap(TEXT).text).filter((t) => t.t === 'وقال');
  assert.equal(ntoks.length, 2);
  assert.ok(tokenReadings(ntoks[0]) === tokenReadings(ntoks[1]));
  assert.deepEqual(tokenReadings(ntoks[0]), numberReadings('وقال'));
});

test('a counted noun is found with clitics, with the article and after a number', () => {
  const toks = tokenizeNormalized(normalizeArabic('قتل 12 مقاتلا والمقاتلين'));
  assert.equal(unitAt(toks, 2)?.entry.cls, 'person');
  assert.equal(unitAt(toks, 3)?.entry.cls, 'person');
  assert.equal(unitAt(toks, 1), null);
  assert.equal(unitAt(toks, 0), null);
});

test('word caches shared by a run give every document the word layer it has alone, and share forms across documents', () => {
  const run = newWordCaches();
  const other = 'وقال المتحدث إن 5 جنود أصيبوا، وقال شاهد إن القوات انسحبت.';
  for (const t of [TEXT, other, TEXT]) assert.deepEqual(wordsOf(t, splitSentences(t), run), wordsOf(t, splitSentences(t)));
  const said = (t: string) => wordsOf(t, splitSentences(t), run).find((w) => w.text === 'وقال')!;
  assert.ok(said(TEXT).readings === said(other).readings, 'one form, one reading list for the run');
});
