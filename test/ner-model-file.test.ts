import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { makeIndex } from '../src/ner/feature-index.js';
import { decodeStack, deserializeModel, encodeStack, headerFileOf, serializeModel, stackHeader, type SerializedStack } from '../src/ner/model-file.js';
import type { SequenceModel } from '../src/ner/perceptron.js';
import { NER_MODEL_FILE } from '../src/ner/tagger.js';
import { dataPath } from '../src/data-files.js';

function toyModel(rows: number, seed: number): SequenceModel {
  const labels = ['O', 'B-LOC', 'I-LOC'];
  const L = labels.length;
  let x = seed;
  const next = () => (x = (Math.imul(x, 1103515245) + 12345) | 0);
  const keys = new Set<number>();
  while (keys.size < rows) keys.add(next() | 1);
  const weights = Float32Array.from({ length: rows * L }, () => (next() % 100000) * 1e-3);
  const trans = Float32Array.from({ length: (L + 1) * (L + 1) }, (_, i) => i * -0.25);
  return { labels, index: makeIndex(Int32Array.from(keys)), weights, trans };
}

test('NER model file: writer -> reader gives the same integers and the same weights', () => {
  const first = toyModel(50, 7);
  const second = toyModel(33, 11);
  const stack: SerializedStack = { window: 3, doc: true, oBias: 0.5, margins: true, lists: ['names'], meta: { note: 'toy' }, first: serializeModel(first), second: serializeModel(second) };
  const buf = encodeStack(stack);
  assert.deepEqual(encodeStack(stack), buf, 'the writer is deterministic');
  const back = decodeStack(buf);
  assert.deepEqual(stackHeader(back), stackHeader(stack));
  for (const [orig, s] of [[first, back.first], [second, back.second!]] as const) {
    const m = deserializeModel(s);
    assert.deepEqual(m.labels, orig.labels);
    assert.deepEqual(Array.from(m.index.rowKeys), Array.from(orig.index.rowKeys));
    // Weights go through integers (scale 1e-3): the reader gives the writer's quantised weights exactly.
    const q = deserializeModel(serializeModel(orig));
    assert.deepEqual(Array.from(m.weights), Array.from(q.weights));
    assert.deepEqual(Array.from(m.trans), Array.from(q.trans));
    for (let i = 0; i < m.weights.length; i++) assert.ok(Math.abs(m.weights[i] - orig.weights[i]) < 1e-3);
  }
  // An uncompressed file reads alike; a file without the magic is refused.
  assert.deepEqual(stackHeader(decodeStack(gunzipSync(buf))), stackHeader(stack));
  assert.throws(() => decodeStack(Buffer.from('{"format":"rasad-ner-stack"}')), /not a Rasad NER model file/);
  const noSecond = decodeStack(encodeStack({ ...stack, second: null }));
  assert.equal(noSecond.second, null);
});

test('NER model file: the shipped header file is the header of the shipped model', () => {
  const file = dataPath(NER_MODEL_FILE);
  const shipped = JSON.parse(readFileSync(headerFileOf(file), 'utf8'));
  assert.deepEqual(shipped, stackHeader(decodeStack(readFileSync(file))));
  assert.equal(headerFileOf('/x/ner.bin.gz'), '/x/ner.header.json');
});
