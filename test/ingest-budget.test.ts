// The per-document budget of the main-thread analysis (ingest without --threads): checked between the
// pipeline's stages, an overrun is the document's `timeout` error record and the run goes on.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { RawResult } from '../src/ingest/read.js';
import { analyzeResult, STAGES } from '../src/pipeline.js';
import { cpuBudgets, ingestPaths } from '../src/cli/ingest.js';
import { SqliteStore } from '../src/store/sqlite.js';

const raw = (input: string, body: string): RawResult => ({ ok: true, doc: { input, title: null, body, published: '2021-03-02', outlet: null, url: null, warnings: [] } });
const REPORT = 'قصفت القوات مواقع في المدينة يوم الاثنين، وقتل ثلاثة مسلحين في الغارة.';

test('analysis: a budget used up between stages fails the document with timeout; one never used up changes nothing', () => {
  let asked = 0;
  const overAfterTwo = { overBudget: () => ++asked > 2 };
  const failed = analyzeResult(raw('slow', REPORT), overAfterTwo);
  assert.ok('error' in failed && failed.error.code === 'timeout', JSON.stringify(failed));
  assert.equal(asked, 3, 'asked before each stage until the budget ran out');
  let checks = 0;
  const plenty = analyzeResult(raw('fine', REPORT), { overBudget: () => (checks++, false) });
  assert.deepEqual(plenty, analyzeResult(raw('fine', REPORT)));
  assert.equal(checks, STAGES.length);
});

test('ingest without threads: a document over its CPU budget is a timeout error record and the run goes on', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'rasad-budget-'));
  const store = new SqliteStore(path.join(dir, 'b.db'));
  try {
    // A long report (hundreds of sentences) needs far more than a millisecond of CPU before its first stage.
    const long = Array.from({ length: 400 }, (_, i) => `${REPORT.replace('ثلاثة', String(i + 4))} وأصيب ${i + 1} آخرون.`).join(' ');
    const file = path.join(dir, 'wire.jsonl');
    writeFileSync(file, [JSON.stringify({ id: 'long', text: long }), JSON.stringify({ id: 'short', text: REPORT })].join('\n'));
    const warnings: string[] = [];
    const tight = await ingestPaths(store, [file], { progress: false, warn: (l) => warnings.push(l), budgetMs: 1 });
    assert.equal(tight.added + tight.errors, 2, 'every input is a document or an error record');
    assert.ok(warnings.some((w) => /long.*: timeout: /.test(w)), warnings.join('\n'));
    // Without a budget the same inputs are stored: an error record does not mark an input as done.
    const free = await ingestPaths(store, [file], { progress: false, warn: () => {}, budgetMs: 0 });
    assert.equal(tight.added + free.added, 2);
    assert.equal(free.errors, 0);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('ingest budgets: one CPU reading serves the documents after it until it is older than a share of the budget', () => {
  let cpu = 0;
  let wall = 0;
  let reads = 0;
  const clock = { cpu: () => (reads++, cpu), wall: () => wall };
  const budgets = cpuBudgets(1000, 2, clock);
  const first = budgets();
  assert.equal(reads, 1);
  // 10 ms of wall later (20 ms on two cores, under 5% of the budget): the same reading.
  wall = 10;
  cpu = 20;
  const second = budgets();
  assert.equal(reads, 1);
  // Not over while the wall time since the document's start cannot hold the budget.
  wall = 400;
  assert.equal(second.overBudget!(), false);
  assert.equal(reads, 1);
  // 1,010 ms of CPU since the reading, of which up to 20 ms may predate the second document: 990, within its budget.
  wall = 600;
  cpu = 1010;
  assert.equal(second.overBudget!(), false);
  cpu = 1030;
  assert.equal(second.overBudget!(), true);
  assert.equal(first.overBudget!(), true);
  // A reading older than 5% of the budget is taken anew.
  const readsBefore = reads;
  budgets();
  assert.equal(reads, readsBefore + 1);
  assert.deepEqual(cpuBudgets(0, 2, clock)(), {});
});
