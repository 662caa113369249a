// The command line as a user meets it: read commands refuse a store that does not exist (and
// create nothing), errors are one line with the cause (the stack only with --verbose), dates and
// durations are checked, and every --help ends with two examples.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Command } from 'commander';
import { ROOT } from './helpers.js';
import { buildProgram } from '../src/cli/program.js';
import { parseDateOption, parseDateRange, parseDurationOption, parseIntOption } from '../src/cli/options.js';
import { reportFailure, UsageError } from '../src/cli/errors.js';
import { causeOf } from '../src/store/errors.js';
import Database from 'better-sqlite3';
import { SqliteStore } from '../src/store/sqlite.js';
import { MemoryWatchState, SqliteWatchState, watchStateFor } from '../src/watch/state.js';

function rasad(args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src', 'cli', 'main.ts'), ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const tmp = () => mkdtempSync(path.join(tmpdir(), 'rasad-usage-'));
const STACK = /\n\s+at .+:\d+:\d+/;

/** One line on stderr, starting "rasad: ", with no stack frame. */
function assertOneLine(stderr: string, pattern: RegExp): void {
  const lines = stderr.trimEnd().split('\n');
  assert.equal(lines.length, 1, `expected one line, got:\n${stderr}`);
  assert.match(lines[0], /^rasad: /);
  assert.match(lines[0], pattern);
}

test('read commands given a store that does not exist say so, exit 2 and create nothing', () => {
  const dir = tmp();
  const db = path.join(dir, 'mistyped', 'sub', 'store.db');
  for (const args of [['stats'], ['report'], ['search', 'غزة'], ['export', '-f', 'jsonl'], ['serve', '--port', '0']]) {
    const r = rasad([...args, '--db', db]);
    assert.equal(r.status, 2, `${args[0]}: ${r.stderr}`);
    assertOneLine(r.stderr, /no store at .*store\.db: the file does not exist/);
    assert.equal(r.stdout, '');
    assert.equal(existsSync(path.join(dir, 'mistyped')), false, `${args[0]} created a directory`);
  }
});

test('a bad store path, a file that is not a database and an unreachable PostgreSQL: one line with the cause', () => {
  const dir = tmp();
  const notDb = path.join(dir, 'notes.db');
  writeFileSync(notDb, 'these are notes, not a database\n'.repeat(100));
  assertOneLine(rasad(['stats', '--db', notDb]).stderr, /cannot open the SQLite store .*notes\.db: not a SQLite database/);
  assertOneLine(rasad(['stats', '--db', dir]).stderr, /it is a directory/);
  // Another program's SQLite database is not taken over by a read command.
  const other = path.join(dir, 'other.db');
  const o = new Database(other);
  o.exec('CREATE TABLE notes (body TEXT)');
  o.close();
  assertOneLine(rasad(['report', '--db', other]).stderr, /no store at .*other\.db: the file is not a Rasad store/);
  const check = new Database(other, { readonly: true });
  assert.deepEqual(check.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).all(), [{ name: 'notes' }]);
  check.close();
  // ingest creates a store, but not under a path whose parent is a file.
  const r = rasad(['ingest', '--db', path.join(notDb, 'x.db'), 'samples/01-yemen-sanaa.txt']);
  assert.equal(r.status, 2);
  assertOneLine(r.stderr, /cannot open the SQLite store .*x\.db: a part of the path is a file, not a directory/);
  assertOneLine(rasad(['search', '--pg', 'localhost/db', 'x']).stderr, /--pg localhost\/db: not a PostgreSQL URL/);
  const db = path.join(dir, 'empty.db');
  new SqliteStore(db).db.close();
  const out = rasad(['export', '--db', db, '-f', 'acled', '-o', path.join(dir, 'no', 'such', 'dir', 'x.csv')]);
  assert.equal(out.status, 2);
  assertOneLine(out.stderr, /--output .*x\.csv: no such file or directory/);
  const pg = rasad(['stats', '--pg', 'postgres://nobody:secret@127.0.0.1:1/none']);
  assert.equal(pg.status, 2);
  assertOneLine(pg.stderr, /cannot open the PostgreSQL store postgres:\/\/nobody:\*\*\*@127\.0\.0\.1:1\/none: connection refused/);
});

test('--verbose adds the stack trace to the one-line error', () => {
  const r = rasad(['stats', '--verbose', '--pg', 'postgres://nobody@127.0.0.1:1/none']);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /^rasad: cannot open the PostgreSQL store .*: connection refused/);
  assert.match(r.stderr, STACK);
});

test('impossible dates and bad durations are refused with exit 2 before anything runs', () => {
  const missing = path.join(tmp(), 'none.db');
  assertOneLine(rasad(['export', '-f', 'jsonl', '--db', missing, '--from', '2024-13-45']).stderr, /--from 2024-13-45: there is no month 13/);
  assert.equal(rasad(['export', '-f', 'jsonl', '--db', missing, '--to', '2023-02-29']).status, 2);
  assertOneLine(rasad(['watch', '--feeds', 'feeds.txt', '--every', '0s']).stderr, /--every 0s: must be at least 1s/);
  assertOneLine(rasad(['worker', '--pg', 'postgres://x@127.0.0.1:1/x', '--lease', 'soon']).stderr, /--lease: not a duration: soon/);
  assertOneLine(rasad(['serve', '--db', missing, '--budget', 'soon']).stderr, /--budget: not a duration: soon/);
  const unknown = rasad(['stats', '--dbb', missing]);
  assert.equal(unknown.status, 2);
  assertOneLine(unknown.stderr, /^rasad: unknown option '--dbb' \(did you mean --db\?\)$/);
});

test('dates: real calendar days only, and --from not after --to', () => {
  assert.equal(parseDateOption('2024-02-29', '--from'), '2024-02-29');
  assert.equal(parseDateOption(' 2024-03 ', '--from'), '2024-03');
  assert.equal(parseDateOption(undefined, '--from'), undefined);
  for (const bad of ['2024-13-45', '2024-13', '2023-02-29', '2024-04-31', '2024-00-10', 'yesterday', '24-03-01', '2024/03/01']) {
    assert.throws(() => parseDateOption(bad, '--from'), UsageError, bad);
  }
  assert.deepEqual(parseDateRange('2024-03', '2024'), { from: '2024-03', to: '2024' });
  assert.throws(() => parseDateRange('2024-05-01', '2024-04-30'), /--from 2024-05-01 is after --to 2024-04-30/);
});

test('durations and counts: units, bounds, and a message naming the option', () => {
  assert.equal(parseDurationOption('1.5s', '--every'), 1500);
  assert.equal(parseDurationOption('10m', '--every'), 600_000);
  assert.equal(parseDurationOption('0', '--delay', { minMs: 0 }), 0);
  assert.throws(() => parseDurationOption('0s', '--timeout'), /--timeout 0s: must be at least 1ms/);
  assert.throws(() => parseDurationOption('-1s', '--delay', { minMs: 0 }), /--delay: not a duration/);
  assert.throws(() => parseDurationOption('400d', '--every'), /must be at most 30d/);
  assert.equal(parseIntOption('0', '--threads', 0), 0);
  for (const bad of ['1.5', '-1', 'two', '']) assert.throws(() => parseIntOption(bad, '--batch'), /--batch must be a whole number/);
});

test('causes: the code behind an error, in words (node reports localhost as an AggregateError with no message)', () => {
  const refused = Object.assign(new Error('connect ECONNREFUSED ::1:1'), { code: 'ECONNREFUSED' });
  assert.match(causeOf(new AggregateError([refused], '')), /connection refused/);
  assert.equal(causeOf(Object.assign(new Error('x'), { code: 'EACCES' })), 'permission denied');
  assert.match(causeOf(Object.assign(new Error('database "nope" does not exist'), { code: '3D000' })), /the database does not exist/);
  let written = '';
  const err = Object.assign(new Error('EACCES: permission denied, open \'/x/y\''), { code: 'EACCES', path: '/x/y' });
  assert.equal(reportFailure(err, false, (s) => (written += s)), 2);
  assert.equal(written, 'rasad: /x/y: permission denied (--verbose for the stack trace)\n');
  written = '';
  reportFailure(err, true, (s) => (written += s));
  assert.match(written, STACK);
});

/** Every command of the program (and the program itself), with its help text as printed. */
function helpTexts(): [string, string][] {
  const out: [string, string][] = [];
  const visit = (cmd: Command, name: string) => {
    let text = '';
    cmd.configureOutput({ writeOut: (s) => (text += s), writeErr: (s) => (text += s) });
    cmd.outputHelp();
    out.push([name, text]);
    for (const sub of cmd.commands) visit(sub, `${name} ${sub.name()}`);
  };
  visit(buildProgram(), 'rasad');
  return out;
}

test('every --help ends with two examples, each a rasad command', () => {
  const texts = helpTexts();
  assert.ok(texts.length >= 13, `only ${texts.length} commands`);
  for (const [name, text] of texts) {
    const tail = text.trimEnd().split('\n');
    const at = tail.lastIndexOf('Examples:');
    assert.ok(at >= 0, `${name} --help has no examples`);
    const examples = tail.slice(at + 1);
    assert.equal(examples.length, 2, `${name}: ${examples.join(' | ')}`);
    for (const e of examples) assert.match(e, /^ {2}\$ (.*\| )?rasad \S+.*# \S/, name);
  }
});

test('watch state: a store that cannot hold it is named, and the state falls back to memory', async () => {
  const lite = new SqliteStore(':memory:');
  const said: string[] = [];
  try {
    assert.ok(watchStateFor(lite, (l) => said.push(l)) instanceof SqliteWatchState);
    assert.equal(said.length, 0);
    class OtherStore {}
    const other = Object.setPrototypeOf({}, OtherStore.prototype) as Parameters<typeof watchStateFor>[0];
    assert.ok(watchStateFor(other, (l) => said.push(l)) instanceof MemoryWatchState);
    assert.match(said.join('\n'), /this store \(OtherStore\) cannot keep the watch state; it is kept in memory/);
  } finally {
    await lite.close();
  }
});
