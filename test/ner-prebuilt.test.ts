// The prebuilt NER data (src/workers/ner-prebuilt.ts): reading the file gives the very arrays and options the
// tagger's own loaders read from the model file and the word tables, in SharedArrayBuffers; a file built under
// another key, or cut short, is ignored.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sharedData } from '../src/workers/shared-data.js';
import { encodeNerPrebuilt, nerSourceKey, readNerPrebuilt } from '../src/workers/ner-prebuilt.js';

/** The arrays as plain number lists and the rest as it is, for a deep comparison that ignores the buffers. */
function plain(x: unknown): unknown {
  if (ArrayBuffer.isView(x)) return { kind: x.constructor.name, values: Array.from(x as Int32Array) };
  if (Array.isArray(x)) return x.map(plain);
  if (x && typeof x === 'object') return Object.fromEntries(Object.entries(x).map(([k, v]) => [k, plain(v)]));
  return x;
}

test('the prebuilt file reads back as the data the tagger loads from its files', () => {
  const data = sharedData();
  const dir = mkdtempSync(path.join(tmpdir(), 'rasad-ner-prebuilt-'));
  try {
    const file = path.join(dir, 'ner.prebuilt.bin');
    writeFileSync(file, encodeNerPrebuilt(data, 'k1'));
    const read = readNerPrebuilt(file, () => 'k1');
    assert.ok(read);
    assert.deepEqual(Object.keys(read.tables), Object.keys(data.tables));
    assert.deepEqual(plain(read), plain(data));
    assert.ok(read.models.first.weights.buffer instanceof SharedArrayBuffer);
    assert.ok(Object.values(read.tables)[0].bytes.buffer instanceof SharedArrayBuffer);
    // Another key (other model or tables, other code): ignored.
    assert.equal(readNerPrebuilt(file, () => 'k2'), null);
    // Cut short: ignored.
    const bytes = encodeNerPrebuilt(data, 'k1');
    writeFileSync(file, bytes.subarray(0, bytes.length - 8));
    assert.equal(readNerPrebuilt(file, () => 'k1'), null);
    assert.equal(readNerPrebuilt(path.join(dir, 'absent.bin'), () => 'k1'), null);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the key covers the model, the word tables and the tagger code', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'rasad-ner-key-'));
  try {
    const code = path.join(dir, 'code');
    const data = path.join(dir, 'data');
    const mk = (f: string, text: string) => writeFileSync(path.join(dir, f), text);
    for (const d of ['code/ner', 'data/model', 'data/lexicon']) mkdirSync(path.join(dir, d), { recursive: true });
    mk('code/ner/tagger.js', 'a');
    mk('data/model/ner.bin.gz', 'm');
    const k0 = nerSourceKey(code, data);
    mk('data/model/ner.bin.gz', 'm2');
    const k1 = nerSourceKey(code, data);
    mk('code/ner/tagger.js', 'b');
    const k2 = nerSourceKey(code, data);
    mk('data/lexicon/ner_dictionary.tsv', 'word\n');
    const k3 = nerSourceKey(code, data);
    assert.equal(new Set([k0, k1, k2, k3]).size, 4);
    assert.equal(nerSourceKey(code, data), k3);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
