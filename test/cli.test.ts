import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT, HAS_SHARED, SHARED_ABSENT, sharedPath } from './helpers.js';
import { SqliteStore } from '../src/store/sqlite.js';

function rasad(args: string[], input?: string) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src', 'cli', 'main.ts'), ...args], {
    cwd: ROOT, input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const tmp = () => mkdtempSync(path.join(tmpdir(), 'rasad-cli-'));

test('analyze: exit 0 on good input, one JSON line per document, nothing else on stdout', () => {
  const r = rasad(['analyze', '--format', 'jsonl', 'samples/02-sudan-omdurman.txt', 'samples/04-wires.jsonl']);
  assert.equal(r.status, 0, r.stderr);
  const lines = r.stdout.trim().split('\n');
  assert.equal(lines.length, 3);
  assert.deepEqual(lines.map((l) => JSON.parse(l).input), ['samples/02-sudan-omdurman.txt', 'samples/04-wires.jsonl#gaza-aid-01', 'samples/04-wires.jsonl#ukraine-drones-02']);
});

test('analyze: exit 1 when a document fails, with its error line in order', () => {
  const dir = tmp();
  writeFileSync(path.join(dir, 'a.txt'), 'عنوان\n\nنص الخبر.');
  writeFileSync(path.join(dir, 'b.txt'), Uint8Array.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0, 1, 2]));
  writeFileSync(path.join(dir, 'c.txt'), 'عنوان آخر\n\nنص آخر.');
  const r = rasad(['analyze', dir]);
  assert.equal(r.status, 1);
  const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(lines.map((l) => l.error?.code ?? 'ok'), ['ok', 'binary', 'ok']);
  assert.match(r.stderr, /b\.txt: binary: not a text document: PDF/);
});

test('analyze: exit 2 on bad usage', () => {
  assert.equal(rasad(['analyze']).status, 2);
  assert.equal(rasad(['analyze', '--format', 'xml', 'samples']).status, 2);
  assert.equal(rasad(['no-such-command']).status, 2);
});

test('analyze: standard input with -', () => {
  const r = rasad(['analyze', '-'], 'عنوان الخبر\n\nأعلن الجيش النفير العام.');
  assert.equal(r.status, 0, r.stderr);
  const d = JSON.parse(r.stdout);
  assert.deepEqual([d.input, d.source.title], ['-', 'عنوان الخبر']);
});

test('ingest: the same inputs twice leave one copy of each document', { skip: !HAS_SHARED && SHARED_ABSENT }, async () => {
  const db = path.join(tmp(), 'seeds.db');
  const seeds = sharedPath('corpus', 'seeds.jsonl');
  assert.equal(rasad(['ingest', '--db', db, seeds]).status, 0);
  const second = rasad(['ingest', '--db', db, seeds]);
  assert.equal(second.status, 0);
  assert.match(second.stderr, /0 added, 5 already stored/);
  const store = new SqliteStore(db);
  assert.equal((await store.stats()).documents, 5);
  await store.close();
});

test('demo (npm start): analyses the sample corpus into a database and prints a summary', () => {
  const db = path.join(tmp(), 'sample.db');
  const r = rasad(['demo', '--no-serve', '--db', db]);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /7 new, 0 already stored, 0 errors/);
  assert.match(r.stdout, /documents 7/);
  assert.match(r.stdout, /غارات جوية على صنعاء/);
});

test('search: finds stored documents by a normalised query', () => {
  const db = path.join(tmp(), 's.db');
  rasad(['ingest', '--db', db, 'samples']);
  const r = rasad(['search', '--db', db, 'المساعدات', 'الانسانية']);
  assert.equal(r.status, 0);
  assert.match(r.stdout, /شاحنة مساعدات/);
});
