import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalizeArabic } from '../src/arabic/normalize.js';
import { loadTsv } from '../src/data-files.js';
import { clusterRows, knowledgeFromFiles, makeKnowledge } from '../src/ner/knowledge.js';

test('NER knowledge: the shipped word classes and dictionary read lazily give what the row tables give', () => {
  const clusters = clusterRows(loadTsv('lexicon/ner_clusters.tsv'));
  const dictionary = loadTsv('lexicon/ner_dictionary.tsv').map((r) => ({
    word: r.word,
    classes: r.classes === 't' ? ['t'] : r.classes.split(',').map((c) => `h${c}`),
  }));
  const eager = makeKnowledge([], [], [], clusters, dictionary);
  const lazy = knowledgeFromFiles();
  const words = new Set<string>(['كلمة-غير-موجودة', 'الرياض']);
  clusters.forEach((r, i) => i % 53 === 0 && words.add(normalizeArabic(r.word)));
  dictionary.forEach((r, i) => i % 97 === 0 && words.add(normalizeArabic(r.word)));
  // Words listed more than once (their classes add up).
  const seen = new Set<string>();
  for (const r of dictionary) {
    const w = normalizeArabic(r.word);
    if (seen.has(w)) words.add(w);
    seen.add(w);
  }
  let found = 0;
  for (const w of words) {
    assert.deepEqual(lazy.clusters.get(w), eager.clusters.get(w), w);
    assert.deepEqual(lazy.dictionary.get(w), eager.dictionary.get(w), w);
    if (lazy.dictionary.get(w)) found++;
  }
  assert.ok(found > 1000);
});
