// Progress: the texts (count, total when known, rate from the first document, time left; no raw
// placeholders; no bar before the total is known, and not full from the start), the periodic
// line without a terminal (a fake clock and a tiny interval; the test waits for the line), the
// bar on a terminal, and the document count the total comes from.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { barText, formatDuration, progressBar, progressText } from '../src/cli/progress.js';
import { countDocuments } from '../src/cli/count-inputs.js';
import { ROOT } from './helpers.js';

const tmp = () => mkdtempSync(path.join(tmpdir(), 'rasad-progress-'));

/** Resolves once `cond()` holds, checking every few milliseconds (gives up after thousands of checks). */
async function until(cond: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 5000 && !cond(); i++) await new Promise((r) => setTimeout(r, 5));
  assert.ok(cond(), `never happened: ${what}`);
}

class FakeStream {
  text = '';
  constructor(readonly isTTY: boolean, readonly columns = 200) {}
  write(s: string): boolean {
    this.text += s;
    return true;
  }
}

test('progress texts: count, total, rate from the first document, time left', () => {
  assert.equal(progressText({ done: 0, total: null, elapsedMs: 5000 }), '0 documents, starting');
  assert.equal(progressText({ done: 1, total: 10, elapsedMs: 4000, from: { done: 1, elapsedMs: 4000 } }), '1 of 10 documents (10%), starting');
  // Four seconds of start-up, then 2 documents in 2 s: 1/s, 7 left.
  assert.equal(progressText({ done: 3, total: 10, elapsedMs: 6000, from: { done: 1, elapsedMs: 4000 } }), '3 of 10 documents (30%), 1.0/s, about 7s left');
  assert.equal(progressText({ done: 250, total: null, elapsedMs: 10_000 }), '250 documents, 25/s');
  assert.equal(formatDuration(125_000), '2m 05s');
  assert.equal(formatDuration(7_380_000), '2h 03m');
});

test('the bar: none while the total is unknown, empty at the start, never raw placeholders', () => {
  const fractions: number[] = [];
  const bar = (f: number) => (fractions.push(f), `[${'#'.repeat(Math.round(f * 10)).padEnd(10, '.')}]`);
  assert.equal(barText({ done: 4, total: null, elapsedMs: 1000 }, bar, 'a.txt'), 'rasad 4 documents, 4.0/s | a.txt');
  assert.deepEqual(fractions, []);
  const start = barText({ done: 0, total: 40, elapsedMs: 0 }, bar);
  assert.equal(start, 'rasad [..........] 0 of 40 documents (0%), starting');
  const later = barText({ done: 10, total: 40, elapsedMs: 3000, from: { done: 1, elapsedMs: 1000 } }, bar, 'x'.repeat(60));
  assert.match(later, /^rasad \[###.......\] 10 of 40 documents \(25%\), 4\.5\/s, about 7s left \| x{40}$/);
  assert.doesNotMatch(start + later, /\{\w+\}/);
});

test('without a terminal: a progress line every interval, from the injected clock', async () => {
  const stream = new FakeStream(false);
  let clock = 0;
  const p = progressBar(true, { stream, now: () => clock, intervalMs: 1 });
  p.setTotal(10);
  for (const t of [1000, 2000, 3000]) {
    clock = t;
    p.tick();
  }
  await until(() => stream.text.includes('3 of 10'), 'a progress line');
  p.stop();
  assert.match(stream.text, /^rasad: 3 of 10 documents \(30%\), 1\.0\/s, about 7s left\n/);
});

test('on a terminal: the bar starts empty with its total and moves with the count', async () => {
  const stream = new FakeStream(true);
  let clock = 0;
  const p = progressBar(true, { stream, now: () => clock, total: 4 });
  await until(() => stream.text.includes('0 of 4 documents'), 'the first bar');
  assert.doesNotMatch(stream.text, /█/);
  clock = 1000;
  p.tick('a.txt');
  clock = 2000;
  p.tick('b.txt');
  await until(() => stream.text.includes('2 of 4 documents (50%), 1.0/s, about 2s left | b.txt'), 'the bar at 2 of 4');
  // A warning clears the bar's line, and the bar is drawn again after it.
  const before = stream.text.length;
  p.log('rasad: c.txt: binary: not a text document');
  assert.ok(stream.text.slice(before).startsWith('\r\x1b[2Krasad: c.txt: binary: not a text document\n'));
  await until(() => stream.text.slice(before).includes('2 of 4 documents'), 'the bar after the warning');
  p.stop();
  assert.doesNotMatch(stream.text, /\{\w+\}/);
});

test('the document count: files, JSON lines (blank lines skipped), unknown for feeds and standard input', async () => {
  const dir = tmp();
  writeFileSync(path.join(dir, 'a.txt'), 'نص');
  writeFileSync(path.join(dir, 'b.html'), '<p>x</p>');
  writeFileSync(path.join(dir, 'c.jsonl'), '{"text":"1"}\n\n   \n{"text":"2"}\r\n{"text":"3"}');
  writeFileSync(path.join(dir, 'README.md'), 'not a document');
  mkdirSync(path.join(dir, 'sub'));
  writeFileSync(path.join(dir, 'sub', 'd.jsonl'), `${'{"text":"long record"}\n'.repeat(70_000)}`);
  assert.equal(await countDocuments([dir]), 70_005);
  assert.equal(await countDocuments([path.join(dir, 'a.txt'), path.join(dir, 'missing.txt')]), 2);
  assert.equal(await countDocuments(['-']), null);
  writeFileSync(path.join(dir, 'e.xml'), '<rss></rss>');
  assert.equal(await countDocuments([dir]), null);
});

test('rasad ingest without a terminal reports progress on stderr at the interval given', () => {
  const db = path.join(tmp(), 'p.db');
  const r = spawnSync(
    process.execPath,
    ['--import', 'tsx', path.join(ROOT, 'src', 'cli', 'main.ts'), 'ingest', '--db', db, '--progress-every', '1ms', 'samples/01-yemen-airstrikes.txt', 'samples/02-sudan-omdurman.txt'],
    { cwd: ROOT, encoding: 'utf8' },
  );
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stderr, /^rasad: [0-2] of 2 documents \(\d+%\)/m);
  assert.match(r.stderr, /rasad: 2 added, 0 already stored, 0 errors/);
});
