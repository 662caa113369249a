// The name spellings' word table (src/arabic/name-spellings.ts): the prebuilt file reads back as the table made
// from the TSV and gives the same spellings; a file built under another key, or cut short, is ignored.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadTsv } from '../src/data-files.js';
import { sourceKey } from '../src/prebuilt-file.js';
import { encodeNameSpellings, nameSpellingData, nameSpellingSources, readNameSpellings, spellingLookup } from '../src/arabic/name-spellings.js';

test('the prebuilt file reads back as the table made from the TSV, with every spelling of it', () => {
  const data = nameSpellingData();
  const dir = mkdtempSync(path.join(tmpdir(), 'rasad-spellings-'));
  try {
    const file = path.join(dir, 'name-spellings.prebuilt.bin');
    writeFileSync(file, encodeNameSpellings(data, 'k1'));
    const read = readNameSpellings(file, () => 'k1', () => 'no stamp');
    assert.ok(read);
    assert.ok(read.bytes.buffer instanceof SharedArrayBuffer);
    assert.deepEqual(read.header, data.header);
    assert.equal(read.size, data.size);
    assert.deepEqual(Buffer.from(read.bytes), Buffer.from(data.bytes));
    for (const k of ['lineStart', 'wordEnd', 'slots', 'next'] as const) assert.deepEqual(Array.from(read[k]), Array.from(data[k]), k);
    const spell = spellingLookup(read);
    const rows = loadTsv('kb/name_spellings.tsv');
    for (const r of rows) assert.equal(spell.get(r.ar), r.en, r.ar);
    // A made-up word in no table.
    assert.equal(spell.get('زقزقوطيل'), undefined);
    // Another key (another TSV or code): ignored.
    assert.equal(readNameSpellings(file, () => 'k2', () => 'no stamp'), null);
    // Cut short: ignored.
    const bytes = encodeNameSpellings(data, 'k1');
    writeFileSync(file, bytes.subarray(0, bytes.length - 8));
    assert.equal(readNameSpellings(file, () => 'k1', () => 'no stamp'), null);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the key covers the TSV and the code that reads it', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'rasad-spellings-key-'));
  try {
    const code = path.join(dir, 'code');
    const data = path.join(dir, 'data');
    for (const d of ['code/arabic', 'data/kb']) mkdirSync(path.join(dir, d), { recursive: true });
    const mk = (f: string, text: string) => writeFileSync(path.join(dir, f), text);
    const key = () => sourceKey(nameSpellingSources(code, data));
    mk('code/arabic/name-spellings.js', 'a');
    mk('data/kb/name_spellings.tsv', 'ar\ten\n');
    const k0 = key();
    mk('data/kb/name_spellings.tsv', 'ar\ten\nسميث\tSmith\n');
    const k1 = key();
    mk('code/arabic/name-spellings.js', 'b');
    const k2 = key();
    assert.equal(new Set([k0, k1, k2]).size, 3);
    assert.equal(key(), k2);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
