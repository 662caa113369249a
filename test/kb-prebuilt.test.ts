// The prebuilt KB index (src/kb/prebuilt.ts, index-codec.ts): decoding the encoded index gives the index
// built from the TSVs, key orders and shared records included; a file built from other TSVs or other code
// is ignored.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildIndex, entitiesOfType, type DictEntry, type Index, type TrieLevel, type TrieNode } from '../src/kb/kb-index.js';
import { readKb } from '../src/kb/load.js';
import { decodeIndex, encodeIndex, type EncodedIndex } from '../src/kb/index-codec.js';
import { keyedFiles, prebuiltBytes, readPrebuilt, sourceKey } from '../src/kb/prebuilt.js';
import { parseGazetteer } from '../src/kb/parse.js';
import { ROOT } from './helpers.js';

/** Every value of `x` in order: Map and Set entries, object keys as they are ordered, arrays. */
function dump(x: unknown, out: string[] = []): string[] {
  if (x instanceof Map) {
    out.push(`Map(${x.size})`);
    for (const [k, v] of x) { out.push(`k:${String(k)}`); dump(v, out); }
  } else if (x instanceof Set) {
    out.push(`Set(${x.size})`, ...[...x].map(String));
  } else if (Array.isArray(x)) {
    out.push(`[${x.length}`);
    for (const v of x) dump(v, out);
    out.push(']');
  } else if (x !== null && typeof x === 'object') {
    out.push('{');
    for (const [k, v] of Object.entries(x)) { out.push(`${k}:`); dump(v, out); }
    out.push('}');
  } else {
    out.push(`${typeof x}:${String(x)}`);
  }
  return out;
}

const built = buildIndex(readKb());
const gazetteerOf = (idx: Index) => () => idx.kb.gazetteer;

/** The encoded index through the file container and back (typed arrays as views of one SharedArrayBuffer). */
function throughFile(idx: Index): EncodedIndex {
  const dir = mkdtempSync(path.join(tmpdir(), 'rasad-prebuilt-'));
  try {
    const file = path.join(dir, 'index.prebuilt.bin');
    writeFileSync(file, prebuiltBytes('k', encodeIndex(idx)));
    return readPrebuilt(file, () => 'k', () => 'no stamp')!;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const decodedIndex = decodeIndex(throughFile(built), gazetteerOf(built));

/** Every node of a trie built from the TSVs, with the path of words that reaches it. */
function* trieNodes(map: Map<string, { next: Map<string, unknown> | null; entries: DictEntry[] | null }>, path: string[] = []): Generator<[string[], DictEntry[] | null, boolean]> {
  for (const [w, node] of map) {
    yield [[...path, w], node.entries, node.next !== null];
    if (node.next) yield* trieNodes(node.next as typeof map, [...path, w]);
  }
}

test('the decoded index is the index built from the TSVs', () => {
  const { trie: _t1, entities: _e1, ...restBuilt } = built;
  const { trie: _t2, entities: _e2, ...restDecoded } = decodedIndex;
  const a = dump(restBuilt);
  const b = dump(restDecoded);
  assert.equal(b.length, a.length);
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) assert.fail(`first difference at ${i}: ${a.slice(Math.max(0, i - 5), i + 3).join(' ')} / ${b.slice(Math.max(0, i - 5), i + 3).join(' ')}`);
  // The entities, in order, with their key orders.
  assert.equal(decodedIndex.entities.size, built.entities.size);
  assert.deepEqual(dump([...decodedIndex.entities]), dump([...built.entities]));
  for (const type of ['PERSON', 'MEDIA', 'PLACE'] as const) {
    assert.deepEqual(entitiesOfType(decodedIndex, type), [...built.entities.values()].filter((e) => e.type === type));
  }
  assert.equal(decodedIndex.entities.get('no such id'), undefined);
  assert.equal(decodedIndex.entities.has('no such id'), false);
  // Every trie node, reached word by word, with its entries and whether words may follow.
  let nodes = 0;
  for (const [words, entries, hasNext] of trieNodes(built.trie as never)) {
    let level: TrieLevel | null = decodedIndex.trie;
    let node: TrieNode | undefined;
    for (const w of words) node = level?.get(w), level = node?.next ?? null;
    assert.ok(node, words.join(' '));
    assert.deepEqual(dump(node.entries), dump(entries), words.join(' '));
    assert.equal(node.next !== null, hasNext, words.join(' '));
    nodes++;
  }
  assert.ok(nodes > 1000);
  assert.equal(decodedIndex.trie.get('كلمة-ليست-في-الفهرس'), undefined);
});

test('shared records stay shared: a person, a title, a country; a node or an entity is made once', () => {
  const d = decodeIndex(throughFile(built), gazetteerOf(built));
  const p = d.kb.people[0];
  assert.equal(d.entities.get(p.id)!.person, p);
  assert.equal(d.entities.get(p.id), d.entities.get(p.id));
  for (const list of d.holders.values()) for (const h of list) assert.ok(d.kb.people.includes(h.person));
  assert.equal(d.kb.byIso3.get('IRN'), d.kb.countries.find((c) => c.iso3 === 'IRN'));
  for (const c of d.coref.values()) assert.ok(d.kb.coref.includes(c));
  const [word] = (built.trie as Map<string, unknown>).keys();
  assert.equal(d.trie.get(word), d.trie.get(word));
});

test('the gazetteer records are read only when asked for', () => {
  let reads = 0;
  const d = decodeIndex(throughFile(built), (iso) => {
    reads++;
    return parseGazetteer([{ id: 'Q1', name_en: 'X', name_ar: 'س', keys: 'س', country: 'IRN', kind: 'city', lat: '1', lon: '2', population: '', match: 'free' }], iso);
  });
  assert.equal(reads, 0);
  assert.equal(d.kb.gazetteer.length, 1);
  assert.equal(d.kb.gazetteer.length, 1);
  assert.equal(reads, 1);
});

test('a prebuilt file is read only under the key of the files it was built from', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'rasad-prebuilt-'));
  try {
    const code = path.join(dir, 'code');
    const data = path.join(dir, 'data');
    for (const d of [path.join(code, 'kb'), path.join(code, 'arabic'), path.join(data, 'kb'), path.join(data, 'lexicon')]) mkdirSync(d, { recursive: true });
    writeFileSync(path.join(code, 'kb', 'kb-index.js'), 'export const a = 1;\n');
    writeFileSync(path.join(code, 'data-files.js'), 'export const b = 2;\n');
    writeFileSync(path.join(data, 'kb', 'countries.tsv'), 'id\tname\nQ1\tx\n');
    writeFileSync(path.join(data, 'lexicon', 'titles.tsv'), 'forms\nرئيس\n');
    writeFileSync(path.join(data, 'lexicon', 'ner_clusters.tsv'), 'word\tcluster\n');
    const key0 = sourceKey(code, data);
    assert.deepEqual(keyedFiles(code, data).map(([, rel]) => rel), ['kb/kb-index.js', 'data-files.js', 'kb/countries.tsv', 'lexicon/titles.tsv']);
    const file = path.join(dir, 'index.prebuilt.bin');
    writeFileSync(file, prebuiltBytes(key0, encodeIndex(built), 'stamp0'));
    assert.ok(readPrebuilt(file, () => sourceKey(code, data), () => 'stamp1'));
    // The same stamps: read without computing the key.
    assert.ok(readPrebuilt(file, () => assert.fail('the key is computed'), () => 'stamp0'));
    // A file the index is not built from changes nothing.
    writeFileSync(path.join(data, 'lexicon', 'ner_clusters.tsv'), 'word\tcluster\nس\t1\n');
    assert.equal(sourceKey(code, data), key0);
    // An edited TSV, a recompiled module: the file is ignored.
    writeFileSync(path.join(data, 'kb', 'countries.tsv'), 'id\tname\nQ1\ty\n');
    const key1 = sourceKey(code, data);
    assert.notEqual(key1, key0);
    assert.equal(readPrebuilt(file, () => key1, () => 'stamp1'), null);
    writeFileSync(path.join(code, 'arabic', 'normalize.js'), 'export const c = 3;\n');
    assert.notEqual(sourceKey(code, data), key1);
    // A damaged file is ignored too.
    const bytes = prebuiltBytes(key0, encodeIndex(built));
    writeFileSync(file, bytes.subarray(0, bytes.length - 8));
    assert.equal(readPrebuilt(file, () => key0, () => 'stamp1'), null);
    writeFileSync(file, `${key0}\n{"format":2,`);
    assert.equal(readPrebuilt(file, () => key0, () => 'stamp1'), null);
    assert.equal(readPrebuilt(path.join(dir, 'absent.bin'), () => key0, () => 'stamp1'), null);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the key covers every module the index is built by', () => {
  // Walk the relative imports from kb-index.ts and load.ts: each must be a file the key hashes.
  const src = path.join(ROOT, 'src');
  const keyed = new Set(keyedFiles(src, path.join(ROOT, 'data')).filter(([root]) => root === src).map(([, rel]) => rel));
  const seen = new Set<string>();
  const visit = (rel: string) => {
    if (seen.has(rel)) return;
    seen.add(rel);
    assert.ok(keyed.has(rel), `src/${rel} is imported by the index builder but not covered by the prebuilt index's key`);
    const text = readFileSync(path.join(src, rel), 'utf8');
    for (const m of text.matchAll(/^import\s+(?!type\b)[^'"]*from\s+'(\.[^']+)'/gm)) {
      visit(path.relative(src, path.resolve(path.dirname(path.join(src, rel)), m[1].replace(/\.js$/, '.ts'))).split(path.sep).join('/'));
    }
  };
  visit('kb/kb-index.ts');
  visit('kb/prebuilt-write.ts');
  assert.ok(seen.size >= 8, [...seen].join(' '));
});
