import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalizeArabic } from '../src/arabic/normalize.js';
import { readFileSync } from 'node:fs';
import { dataPath, loadTsv } from '../src/data-files.js';
import { CLUSTERS_FILE, DICTIONARY_FILE, NAME_TOKENS_FILE, clusterRows, knowledgeFromFiles, makeKnowledge } from '../src/ner/knowledge.js';
import { wordTable } from '../src/ner/word-table.js';

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
  const names = loadTsv(NAME_TOKENS_FILE).map((r) => ({ word: r.word, count: Number(r.wd_count) }));
  const eagerNames = makeKnowledge([], [], [], [], [], names).nameTokens;
  const lazyNames = knowledgeFromFiles({ lists: ['names'] }).nameTokens;
  assert.equal(lazyNames.size, eagerNames.size);
  for (const [i, { word }] of names.entries()) if (i % 41 === 0) assert.equal(lazyNames.get(normalizeArabic(word)), eagerNames.get(normalizeArabic(word)), word);
  assert.equal(lazyNames.get('كلمة-غير-موجودة'), undefined);
});

test('NER knowledge: the lists read as word tables have their words in matching form, cells unpadded', () => {
  for (const file of [CLUSTERS_FILE, DICTIONARY_FILE, NAME_TOKENS_FILE]) {
    const lines = readFileSync(dataPath(file), 'utf8').split('\n').filter((l) => l.trim() && !l.startsWith('#'));
    for (const line of lines.slice(1)) {
      const cells = line.split('\t');
      assert.equal(normalizeArabic(cells[0]), cells[0], `${file}: ${cells[0]} is not in matching form`);
      for (const c of cells) assert.equal(c, c.trim(), `${file}: padded cell in ${line}`);
    }
  }
});

test('word table: rows of a word in file order, words compared whole', () => {
  const t = wordTable('\uFEFF# comment\nword\tclass\n\nab\t1\nabc\t2\n# more\nab\t3\r\n   \nb\t4');
  assert.deepEqual(t.header, ['word', 'class']);
  assert.equal(t.size, 3);
  assert.deepEqual(t.rows('ab'), [['ab', '1'], ['ab', '3']]);
  assert.deepEqual(t.rows('abc'), [['abc', '2']]);
  assert.deepEqual(t.rows('b'), [['b', '4']]);
  assert.deepEqual(t.rows('a'), []);
  assert.deepEqual(t.rows(''), []);
  // Many words: every one is found, none is confused with another.
  const words = Array.from({ length: 5000 }, (_, i) => `w${i.toString(36)}`);
  const big = wordTable(`word\tn\n${words.map((w, i) => `${w}\t${i}`).join('\n')}\n`);
  assert.equal(big.size, words.length);
  words.forEach((w, i) => assert.deepEqual(big.rows(w), [[w, String(i)]]));
  assert.deepEqual(big.rows('x'), []);
});
