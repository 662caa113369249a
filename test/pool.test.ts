// The worker-thread pool gives the same analyses as the single-threaded path, in input order.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readInputs, type RawResult } from '../src/ingest/read.js';
import type { AnalysisResult } from '../src/doc.js';
import { analyzeResult } from '../src/pipeline.js';
import { AnalysisPool, workerScript } from '../src/workers/pool.js';
import { ingestPaths } from '../src/cli/ingest.js';
import { SqliteStore } from '../src/store/sqlite.js';
import { ROOT } from './helpers.js';

const SAMPLES = path.join(ROOT, 'samples');

async function sampleResults(): Promise<RawResult[]> {
  const out: RawResult[] = [];
  for await (const r of readInputs([SAMPLES])) out.push(r);
  // Variations so that there are more documents than threads, plus a read error.
  const base = out.filter((r) => r.ok);
  for (let i = 0; i < 24; i++) {
    const r = base[i % base.length];
    if (r.ok) out.push({ ok: true, doc: { ...r.doc, input: `${r.doc.input}~${i}`, body: `${r.doc.body}\n\nتحديث رقم ${i}.` } });
  }
  out.push({ ok: false, input: 'broken.bin', error: { code: 'binary', message: 'not a text document' } });
  return out;
}

test('pool: the worker script resolves beside the module, as .ts under tsx', () => {
  const { url, ts } = workerScript();
  assert.match(url.pathname, /src\/workers\/analyze-worker\.ts$/);
  assert.equal(ts, true);
});

test('pool: analyses equal the single-threaded ones, in order', async () => {
  const raws = await sampleResults();
  const expected = raws.map((r) => analyzeResult(r));
  const pool = new AnalysisPool(2);
  try {
    const got = await Promise.all(raws.map((r) => pool.analyze(r)));
    assert.equal(got.length, expected.length);
    got.forEach((d, i) => assert.deepEqual(d, expected[i], raws[i].ok ? raws[i].doc.input : 'error'));
    assert.equal(pool.pending, 0);
  } finally {
    await pool.close();
  }
  assert.equal((await pool.analyze(raws[0])).id, null, 'a closed pool answers with an error record');
});

test('pool: ingest --threads stores what the single-threaded ingest stores, in input order', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'rasad-pool-'));
  try {
    const lines = Array.from({ length: 40 }, (_, i) =>
      JSON.stringify({ id: `n${i}`, title: `خبر ${i}`, text: `قصفت القوات مواقع في المدينة يوم ${i}، وقالت وزارة الدفاع إن ${i + 2} مسلحين قتلوا.`, published: '2020-10-05' }),
    );
    lines.splice(7, 0, '{not json');
    writeFileSync(path.join(dir, 'wire.jsonl'), lines.join('\n') + '\n');
    const inputs = [SAMPLES, path.join(dir, 'wire.jsonl')];
    const one = new SqliteStore(path.join(dir, 'one.db'));
    const many = new SqliteStore(path.join(dir, 'many.db'));
    const quiet = { progress: false, warn: () => {}, batchSize: 16 };
    try {
      const a = await ingestPaths(one, inputs, quiet);
      const b = await ingestPaths(many, inputs, { ...quiet, threads: 2 });
      assert.deepEqual(b, a);
      assert.equal(a.errors, 1);
      assert.deepEqual(await many.stats(), await one.stats());
      const order = (s: SqliteStore) => (s.db.prepare('SELECT input FROM documents ORDER BY rowid').all() as { input: string }[]).map((r) => r.input);
      assert.deepEqual(order(many), order(one));
      const ev = (s: SqliteStore) => s.db.prepare('SELECT d.id, e.idx, e.record FROM events e JOIN documents d ON d.rid = e.doc ORDER BY e.rowid').all();
      assert.deepEqual(ev(many), ev(one));
    } finally {
      await one.close();
      await many.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('pool: a document over its budget is failed with timeout, its thread replaced, the others analysed', async () => {
  const { SLOW_MARK, MEMORY_MARK, SLOW_WORKER } = await import('./hostile/marks.js');
  const doc = (input: string, body: string): RawResult => ({ ok: true, doc: { input, title: null, body, published: null, outlet: null, url: null, warnings: [] } });
  const good = 'قصفت القوات مواقع في المدينة وقتل شخصان.';
  const raws = [doc('a', good), doc('slow', `${good} ${SLOW_MARK}`), doc('b', `${good} ب`), doc('c', `${good} ج`), doc('d', `${good} د`)];
  // One thread holding three tasks: the ones queued behind the slow document must not be lost.
  const pool = new AnalysisPool(1, { perThread: 3, budgetMs: 3000, script: SLOW_WORKER });
  try {
    const got = await Promise.all(raws.map((r) => pool.analyze(r)));
    assert.deepEqual(got.map((d) => ('error' in d ? d.error.code : 'ok')), ['ok', 'timeout', 'ok', 'ok', 'ok']);
    assert.deepEqual(got.map((d) => d.input), ['a', 'slow', 'b', 'c', 'd']);
    assert.equal(pool.pending, 0);
  } finally {
    await pool.close();
  }
  // Out of memory: no time budget here, the heap limit ends it.
  const hungry = new AnalysisPool(1, { perThread: 2, budgetMs: 0, memoryMb: 512, script: SLOW_WORKER });
  try {
    const got = await Promise.all([doc('hungry', MEMORY_MARK), doc('e', good)].map((r) => hungry.analyze(r)));
    assert.deepEqual(got.map((d) => ('error' in d ? d.error.code : 'ok')), ['too_complex', 'ok']);
  } finally {
    await hungry.close();
  }
});

test('ingest: a resumed run analyses only what is not stored yet', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'rasad-resume-'));
  const store = new SqliteStore(path.join(dir, 'r.db'));
  const pool = new AnalysisPool(1);
  try {
    const line = (i: number) => JSON.stringify({ id: `n${i}`, text: `قصفت القوات مواقع في المدينة يوم ${i}، وقتل ${i + 2} مسلحين.` });
    const file = path.join(dir, 'wire.jsonl');
    writeFileSync(file, Array.from({ length: 8 }, (_, i) => line(i)).join('\n'));
    const quiet = { progress: false, warn: () => {}, batchSize: 3, pool };
    assert.deepEqual(await ingestPaths(store, [file], quiet), { added: 8, skipped: 0, errors: 0 });
    assert.equal(pool.analysed, 8);
    assert.deepEqual(await ingestPaths(store, [file], quiet), { added: 0, skipped: 8, errors: 0 });
    assert.equal(pool.analysed, 8, 'nothing analysed again');
    writeFileSync(file, Array.from({ length: 10 }, (_, i) => line(i)).join('\n'));
    assert.deepEqual(await ingestPaths(store, [file], quiet), { added: 2, skipped: 8, errors: 0 });
    assert.equal(pool.analysed, 10);
  } finally {
    await pool.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('pool: the budget is the thread CPU time; wall time only bounds it at WALL_FACTOR times the budget', async (t) => {
  const { WAIT_MARK, WAIT_MS, SLOW_WORKER } = await import('./hostile/marks.js');
  const { currentThreadId, threadCpuMs } = await import('../src/workers/thread-cpu.js');
  const { WALL_FACTOR } = await import('../src/workers/pool.js');
  const tid = currentThreadId();
  if (tid == null || threadCpuMs(tid) == null) return t.skip('no /proc: the pool falls back to wall time');
  const before = threadCpuMs(tid)!;
  let n = 0;
  while (threadCpuMs(tid)! < before + 50) n++;
  assert.ok(n > 0 && threadCpuMs(999_999_999) === null, 'a busy loop moves this thread\'s CPU clock; an unknown thread has none');
  const doc = (input: string, body: string): RawResult => ({ ok: true, doc: { input, title: null, body, published: null, outlet: null, url: null, warnings: [] } });
  const good = 'قصفت القوات مواقع في المدينة وقتل شخصان.';
  const codes = (got: AnalysisResult[]) => got.map((d) => ('error' in d ? d.error.code : 'ok'));
  // A document that waits longer than its budget, using no CPU meanwhile (a loaded machine): analysed.
  const budgetMs = 400;
  assert.ok(WAIT_MS > budgetMs && WAIT_MS < budgetMs * WALL_FACTOR);
  const pool = new AnalysisPool(1, { perThread: 2, budgetMs, script: SLOW_WORKER });
  try {
    assert.deepEqual(codes(await Promise.all([doc('waits', `${good} ${WAIT_MARK}`), doc('a', good)].map((r) => pool.analyze(r)))), ['ok', 'ok']);
  } finally {
    await pool.close();
  }
  // Past WALL_FACTOR times the budget it fails, and the next document is analysed.
  const tight = new AnalysisPool(1, { perThread: 2, budgetMs: Math.floor((WAIT_MS * 0.8) / WALL_FACTOR), script: SLOW_WORKER });
  try {
    assert.deepEqual(codes(await Promise.all([doc('waits', `${good} ${WAIT_MARK}`), doc('b', good)].map((r) => tight.analyze(r)))), ['timeout', 'ok']);
  } finally {
    await tight.close();
  }
});

test('ingest --threads: a document over its budget is a timeout error record, the others of its batch are stored', async () => {
  const { SLOW_MARK, SLOW_WORKER } = await import('./hostile/marks.js');
  const dir = mkdtempSync(path.join(tmpdir(), 'rasad-pool-budget-'));
  const store = new SqliteStore(path.join(dir, 'b.db'));
  const pool = new AnalysisPool(1, { perThread: 3, budgetMs: 1000, script: SLOW_WORKER });
  try {
    const file = path.join(dir, 'wire.jsonl');
    const body = (i: number) => `قصفت القوات مواقع في حلب يوم ${i} وقتل ${i + 2} مدنيين.${i === 2 ? ` ${SLOW_MARK}` : ''}`;
    writeFileSync(file, Array.from({ length: 6 }, (_, i) => JSON.stringify({ id: `n${i}`, text: body(i) })).join('\n'));
    const warnings: string[] = [];
    const r = await ingestPaths(store, [file], { progress: false, warn: (l) => warnings.push(l), batchSize: 6, pool });
    assert.deepEqual(r, { added: 5, skipped: 0, errors: 1 });
    assert.equal(warnings.filter((w) => /: timeout: /.test(w)).length, 1, warnings.join('\n'));
    assert.equal((await store.stats()).documents, 5);
  } finally {
    await pool.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
