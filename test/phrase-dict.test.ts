// A phrase dictionary's match: the longest phrase at a token, clitics read off its first word only; of phrases of one
// length, the first reading's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PhraseDict, prepare } from '../src/extract/quantities/number-tokens.js';

const toks = (text: string) => prepare(text).toks;

test('PhraseDict.match: the longest phrase wins, whichever reading of the first word it starts from', () => {
  const d = new PhraseDict<string>();
  d.add('منذ', 'since');
  d.add('منذ ايام', 'days');
  d.add('ايام قليله', 'few');
  d.add('منذ ايام قليله', 'few days ago');
  const t = toks('ومنذ ايام قليله قال');
  assert.deepEqual(d.match(t, 0), { value: 'few days ago', end: 3, s: 1 });
  assert.deepEqual(d.match(toks('منذ ايام كثيره'), 0), { value: 'days', end: 2, s: 0 });
  assert.equal(d.match(t, 0, false), null, 'without clitics, ومنذ is no phrase word');
  assert.deepEqual(d.match(toks('منذ، ايام'), 0), { value: 'since', end: 1, s: 0 }, 'a mark ends the phrase');
  assert.equal(d.match(toks('قال'), 0), null);
});

test('PhraseDict.match: at one length, the unsplit reading comes before a split one', () => {
  const d = new PhraseDict<string>();
  d.add('وعد', 'promise');
  d.add('عد', 'count');
  assert.deepEqual(d.match(toks('وعد'), 0), { value: 'promise', end: 1, s: 0 });
  d.add('عد اخر', 'count again');
  assert.deepEqual(d.match(toks('وعد اخر'), 0), { value: 'count again', end: 2, s: 1 }, 'a longer phrase of a split reading wins');
  d.add('وعد', 'pledge', true);
  assert.equal(d.match(toks('وعد'), 0)!.value, 'promise', 'keep: the first entry of a phrase stays');
  d.add('وعد', 'pledge');
  assert.equal(d.match(toks('وعد'), 0)!.value, 'pledge');
});
