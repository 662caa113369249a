// Forms met again in a document: the quote finder works out what it reads of a written form once per document, and
// the trigger scan reads each occurrence in its own context; a form met again gives what it gives the first time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { wordsOf } from '../src/arabic/words.js';
import { splitSentences } from '../src/arabic/sentences.js';
import { findTriggers } from '../src/extract/events/triggers.js';
import { extractQuotes } from '../src/extract/quotes/index.js';

const layer = (t: string) => wordsOf(t, splitSentences(t));

test('findTriggers: every occurrence of a trigger form is a hit of its own, as when it stands alone', () => {
  const one = 'قصفت الطائرات القرية.';
  const twice = `${one} ${one}`;
  const hits = findTriggers(layer(twice));
  const alone = findTriggers(layer(one));
  assert.equal(hits.length, 2 * alone.length);
  assert.deepEqual(hits.map((h) => h.entry.lemma), [...alone, ...alone].map((h) => h.entry.lemma));
});

test('extractQuotes: a cue verb met twice opens a quote each time', () => {
  const text = 'وقال الوزير إن القوات انسحبت من المدينة. وقال الوزير إن المفاوضات ستبدأ غدا في العاصمة.';
  const quotes = extractQuotes(text, splitSentences(text), []);
  assert.equal(quotes.length, 2);
  assert.ok(quotes.every((q) => q.cue === 'وقال'));
});
