// The phrase index's one-look-up view (`first`) holds, for each stem, its exact, alef and article phrases in that order.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadLexicon } from '../src/extract/events/lexicon.js';

test("a stem's phrases in the combined index are its exact, alef and article phrases, in that order, each once", () => {
  const index = loadLexicon().phraseIndex;
  const stems = new Set([...index.exact.keys(), ...index.alef.keys(), ...index.article.keys()]);
  assert.equal(index.first.size, stems.size);
  for (const stem of stems) {
    const want = [...(index.exact.get(stem) ?? []), ...(index.alef.get(stem) ?? []), ...(index.article.get(stem) ?? [])].filter((ph, k, all) => all.indexOf(ph) === k);
    assert.deepEqual(index.first.get(stem), want, stem);
  }
});
