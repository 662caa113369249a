// The NER knowledge in shareable tables (src/ner/knowledge-tables.ts, int-table.ts): read back, every lookup
// gives what the maps built from the lists give; what a table cannot hold is refused, never changed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { knowledgeData, knowledgeOfData } from '../src/ner/knowledge-tables.js';
import { intTableData, intTableGet } from '../src/ner/int-table.js';
import { knowledgeFromFiles, makeKnowledge, sequenceHash } from '../src/ner/knowledge.js';
import { hashString } from '../src/ner/hash.js';

test('int table: every key gives its value, absent keys -1, negative and zero keys included', () => {
  const entries: [number, number][] = [[0, 5], [-1, 7], [2 ** 31 - 1, 0], [-(2 ** 31), 3]];
  for (let i = 1; i < 500; i++) entries.push([Math.imul(i, 0x9e3779b1), i]);
  const t = intTableData(entries, 'shared');
  assert.ok(t.keys.buffer instanceof SharedArrayBuffer);
  assert.equal(t.size, entries.length);
  for (const [k, v] of entries) assert.equal(intTableGet(t, k), v);
  assert.equal(intTableGet(t, 12345), -1);
  assert.throws(() => intTableData([[1, -2]]));
});

test('knowledge tables: a small knowledge reads back entry by entry', () => {
  const k = makeKnowledge(
    [{ name: 'نهر النيل الأزرق', type: 'LOC' }, { name: 'مجلس الأمن', type: 'ORG' }, { name: 'مصر', type: 'LOC' }, { name: 'مصر', type: 'LOC', list: 'wide' }, { name: 'سمير', type: 'PERS', list: 'given' }],
    [{ word: 'الرئيس', kind: 'PERS_TITLE' }, { word: 'قال', kind: 'SPEECH_VERB' }],
    [{ word: 'في', count: 900 }, { word: 'مصر', count: 12 }],
  );
  const back = knowledgeOfData(knowledgeData(k, 'shared'));
  for (const w of ['مصر', 'نهر النيل الازرق', 'سمير', 'نهر', 'الازرق', 'مجلس', 'غير']) {
    assert.deepEqual(back.gazetteer.get(w), k.gazetteer.get(w), w);
    assert.equal(back.gazetteer.has(w), k.gazetteer.has(w), w);
    assert.deepEqual(back.nameParts.get(w), k.nameParts.get(w), w);
    assert.equal(back.frequency.get(w), k.frequency.get(w), w);
  }
  assert.deepEqual(back.gazetteer.get('مصر'), ['LOC', 'wLOC']);
  assert.deepEqual([...back.triggers], [...k.triggers]);
  assert.equal(back.gazetteerMaxWords, 3);
  const h = ['نهر', 'النيل', 'الازرق'].map(hashString);
  assert.deepEqual(back.gazetteerSeq.get(sequenceHash(h)), ['LOC']);
  assert.ok(back.gazetteerPrefixes.has(sequenceHash(h.slice(0, 2))));
  assert.ok(!back.gazetteerPrefixes.has(sequenceHash(h.slice(1))));
  assert.equal(back.gazetteerSeq.get(sequenceHash(h.slice(1))), undefined);
  assert.equal(back.gazetteer.size, k.gazetteer.size);
});

test('knowledge tables: the shipped lists are held whole (knowledgeData checks every entry read back)', () => {
  const k = knowledgeFromFiles({ lists: ['names', 'wikifane'] });
  const data = knowledgeData(k);
  const back = knowledgeOfData(data);
  assert.equal(back.gazetteer.size, k.gazetteer.size);
  assert.equal(back.gazetteerSeq.size, k.gazetteerSeq.size);
  assert.ok(k.gazetteer.size > 10_000);
});

test('knowledge tables: what a table cannot hold is refused', () => {
  assert.throws(() => knowledgeData(makeKnowledge([{ name: '#وسم', type: 'MISC' }], [])), /cannot hold/);
  assert.throws(() => knowledgeData(makeKnowledge([{ name: 'س', type: 'A,B' }], [])), /cannot hold/);
});
