// The NER models and word tables are loaded once and shared with analysis threads through
// SharedArrayBuffers (src/workers/shared-data.ts): a thread that installs them tags as this thread does.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { wordTable, wordTableData, wordTableOf } from '../src/ner/word-table.js';
import { stackModels, serializeModel, type SerializedStack } from '../src/ner/model-file.js';
import { makeIndex } from '../src/ner/feature-index.js';
import { loadKnowledge } from '../src/ner/knowledge.js';
import { loadTagger } from '../src/ner/tagger.js';
import { sharedData, withIndex } from '../src/workers/shared-data.js';
import { shippedModels } from '../src/ner/tagger.js';
import { rowOf } from '../src/ner/feature-index.js';
import { startWorker } from '../src/workers/pool.js';
import { getIndex } from '../src/kb/kb-index.js';
import { encodeIndex } from '../src/kb/index-codec.js';
import { prebuiltBytes, readPrebuilt } from '../src/kb/prebuilt.js';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

test('word table: data in SharedArrayBuffers reads as the local one; lone surrogates and inner BOMs', () => {
  const text = 'word\tclass\nقصف\t1\nقصف\t2\nحلب\t3\n\uFEFFx\t4\n😀\t5\n';
  const local = wordTable(text);
  const data = wordTableData(new TextEncoder().encode(text), 'shared');
  assert.ok(data.bytes.buffer instanceof SharedArrayBuffer && data.slots.buffer instanceof SharedArrayBuffer);
  const shared = wordTableOf(structuredClone(data));
  for (const w of ['قصف', 'حلب', '\uFEFFx', 'x', '😀', 'غير']) assert.deepEqual(shared.rows(w), local.rows(w), w);
  assert.deepEqual(local.rows('قصف'), [['قصف', '1'], ['قصف', '2']]);
  assert.deepEqual(local.rows('\uFEFFx'), [['\uFEFFx', '4']], 'a BOM inside the file is part of its word');
  assert.deepEqual(local.rows('😀'), [['😀', '5']]);
  assert.deepEqual(local.rows('\uD83D'), [], 'a lone surrogate matches no word');
});

test('NER models: shared arrays hold the same numbers as local ones', () => {
  const labels = ['O', 'B-LOC'];
  const model = { labels, index: makeIndex(Int32Array.of(5, 9, 13)), weights: Float32Array.of(0.5, -1, 2, 0.25, 0, 1), trans: new Float32Array(9).fill(0.125) };
  const stack: SerializedStack = { window: 2, doc: false, oBias: 0, meta: {}, first: serializeModel(model), second: null };
  const local = stackModels(stack);
  const shared = stackModels(stack, 'shared');
  assert.ok(shared.first.weights.buffer instanceof SharedArrayBuffer && shared.first.index.slotKeys.buffer instanceof SharedArrayBuffer);
  assert.ok(!(local.first.weights.buffer instanceof SharedArrayBuffer));
  assert.deepEqual([...shared.first.weights], [...local.first.weights]);
  assert.deepEqual([...shared.first.index.slotRows], [...local.first.index.slotRows]);
});

test('analysis thread: with the shared models and tables it tags and classes words as this thread', async () => {
  const words = ['قال', 'الرئيس', 'الأمريكي', 'جو', 'بايدن', 'في', 'واشنطن', 'إن', 'القوات', 'الروسية', 'قصفت', 'حلب'];
  const k = loadKnowledge(['names', 'wikifane']);
  const expected = {
    tags: loadTagger().tag(words),
    classes: words.map((w) => k.clusters.get(w) ?? null),
    dictionary: words.map((w) => k.dictionary.get(w) ?? null),
    names: words.map((w) => k.nameTokens.get(w) ?? null),
    gazetteer: words.map((w) => k.gazetteer.get(w) ?? null),
    entities: words.map((w) => getIndex().trie.get(w)?.entries?.map((e) => getIndex().entities.get(e.id)?.name_en) ?? null),
    sameIndex: true,
    sameModels: true,
  };
  assert.ok(expected.tags.some((t) => t !== 'O'), 'the sentence has entities');
  // The KB index as a prebuilt file gives it (tests run from src/, where the build writes none), in a SharedArrayBuffer.
  const dir = mkdtempSync(path.join(tmpdir(), 'rasad-shared-kb-'));
  const file = path.join(dir, 'index.prebuilt.bin');
  writeFileSync(file, prebuiltBytes('k', encodeIndex(getIndex())));
  const kb = readPrebuilt(file, () => 'k', () => '');
  rmSync(dir, { recursive: true, force: true });
  assert.ok(kb && kb.trie.bytes.buffer instanceof SharedArrayBuffer);
  const worker = startWorker(new URL('./hostile/shared-data-worker.ts', import.meta.url), undefined, { ...sharedData(), kb });
  try {
    const got = await new Promise((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
      worker.postMessage(words);
    });
    assert.deepEqual(got, expected);
  } finally {
    await worker.terminate();
  }
});

test('a shared model without its feature index rebuilds it from its emission table, row for row', () => {
  const data = sharedData();
  const whole = shippedModels().first;
  const rebuilt = withIndex(data.models.first, data.emission.first);
  assert.equal(rebuilt.weights, whole.weights);
  assert.equal(rebuilt.index.size, whole.index.size);
  for (let r = 0; r < whole.index.size; r += 97) assert.equal(rowOf(rebuilt.index, whole.index.rowKeys[r]), r);
  assert.equal(rowOf(rebuilt.index, 12345), rowOf(whole.index, 12345));
});
