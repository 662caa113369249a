// The container of the prebuilt files (src/prebuilt-file.ts): typed arrays anywhere in plain JSON data read back
// as views of one SharedArrayBuffer, at the places the header lists, and the rest as it was written.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { encodePrebuilt, readPrebuiltFile } from '../src/prebuilt-file.js';

function roundTrip<T>(data: T): T | null {
  const dir = mkdtempSync(path.join(tmpdir(), 'rasad-prebuilt-file-'));
  try {
    const file = path.join(dir, 'x.bin');
    writeFileSync(file, encodePrebuilt(data, 'k', 's'));
    return readPrebuiltFile<T>(file, () => 'k', () => 's');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('typed arrays in objects and arrays read back in place, the plain values as written', () => {
  const data = {
    name: 'table',
    counts: [1, 2, 3],
    words: new Uint8Array([1, 2, 3, 250]),
    nested: { rows: [new Int32Array([-1, 7]), { weights: new Float32Array([0.5, -2.25]) }], size: 2 },
    records: [{ id: 'a', places: ['x', 'y'] }, { id: 'b', places: [] }],
    wide: new Float64Array([Math.PI]),
    // An ordinary object with the key a block is written with: it is no block.
    odd: { $block: ['u8', 0, 1] },
  };
  const read = roundTrip(data);
  assert.ok(read);
  assert.ok(read.words instanceof Uint8Array && read.words.buffer instanceof SharedArrayBuffer);
  assert.deepEqual(Array.from(read.words), [1, 2, 3, 250]);
  assert.ok(read.nested.rows[0] instanceof Int32Array);
  assert.deepEqual(Array.from(read.nested.rows[0] as Int32Array), [-1, 7]);
  const inner = read.nested.rows[1] as { weights: Float32Array };
  assert.ok(inner.weights instanceof Float32Array);
  assert.deepEqual(Array.from(inner.weights), [0.5, -2.25]);
  assert.deepEqual(Array.from(read.wide), [Math.PI]);
  assert.equal(read.words.buffer, read.wide.buffer);
  assert.equal(read.name, 'table');
  assert.deepEqual(read.counts, [1, 2, 3]);
  assert.deepEqual(read.records, data.records);
  assert.equal(read.nested.size, 2);
  assert.deepEqual(read.odd, { $block: ['u8', 0, 1] });
});

test('a typed array as the whole data reads back', () => {
  const read = roundTrip(new Int32Array([5, 6, 7]));
  assert.ok(read instanceof Int32Array);
  assert.deepEqual(Array.from(read), [5, 6, 7]);
});
