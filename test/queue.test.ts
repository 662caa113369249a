// The PostgreSQL work queue with real worker processes: three `rasad worker`s share 500 queued
// documents, one is killed with SIGKILL mid-run, its leased jobs expire and are taken over, and
// every document ends analysed and stored exactly once. Skipped when no PostgreSQL server answers.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { PostgresStore, probePg } from '../src/store/postgres.js';
import { PgQueue } from '../src/queue/pg-queue.js';
import { enqueuePaths } from '../src/queue/enqueue.js';
import { runWorker } from '../src/queue/worker.js';
import { ROOT } from './helpers.js';

const PG_URL = process.env.RASAD_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/test';
const why = await probePg(PG_URL, 2000);
const skip = why ? `no PostgreSQL server at ${PG_URL} (${why})` : false;

const schemas: string[] = [];
const dirs: string[] = [];
const children: ChildProcess[] = [];
const freshSchema = () => {
  const s = `rasad_q_${process.pid}_${Date.now().toString(36)}_${schemas.length}`;
  schemas.push(s);
  return s;
};
const withSchema = (schema: string) => `${PG_URL}${PG_URL.includes('?') ? '&' : '?'}schema=${schema}`;

after(async () => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  if (skip || !schemas.length) return;
  const c = new pg.Client({ connectionString: PG_URL });
  await c.connect();
  for (const s of schemas) await c.query(`DROP SCHEMA IF EXISTS "${s}" CASCADE`);
  await c.end();
});

const PLACES = ['حلب', 'إدلب', 'صنعاء', 'مأرب', 'الخرطوم', 'أم درمان', 'غزة', 'بنغازي'];

/** A JSONL file of `n` small, distinct reports. */
function corpusFile(n: number): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'rasad-queue-'));
  dirs.push(dir);
  const lines = Array.from({ length: n }, (_, i) => {
    const place = PLACES[i % PLACES.length];
    return JSON.stringify({
      id: `r${i}`,
      title: `تقرير رقم ${i} من ${place}`,
      text:
        `قصفت القوات الحكومية مواقع في ${place} صباح الإثنين، وقالت مصادر محلية إن ${(i % 17) + 2} مدنيين قتلوا في الهجوم رقم ${i}. ` +
        `ودعت الأمم المتحدة إلى وقف إطلاق النار، فيما نفت وزارة الدفاع استهداف المدنيين.`,
      published: `2024-03-${String((i % 28) + 1).padStart(2, '0')}`,
      outlet: 'وكالة الاختبار',
    });
  });
  const file = path.join(dir, 'wire.jsonl');
  writeFileSync(file, lines.join('\n') + '\n');
  return file;
}

function spawnWorker(url: string, args: string[] = []): { child: ChildProcess; done: Promise<{ code: number | null; signal: string | null; stderr: string }> } {
  const env = { ...process.env };
  delete env.NODE_TEST_CONTEXT;
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'worker', '--pg', url, ...args], { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'pipe'] });
  children.push(child);
  let stderr = '';
  child.stderr!.on('data', (b: Buffer) => (stderr += b.toString()));
  const done = new Promise<{ code: number | null; signal: string | null; stderr: string }>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal, stderr })),
  );
  return { child, done };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

if (skip) {
  test('postgres queue', { skip }, () => {});
} else {
  test('queue: enqueuing twice adds nothing; one in-process worker drains the queue', async () => {
    const url = withSchema(freshSchema());
    const file = corpusFile(30);
    const store = await PostgresStore.open(url);
    try {
      const queue = new PgQueue(store);
      const quiet = { warn: () => {} };
      assert.deepEqual(await enqueuePaths(queue, [file, path.join(ROOT, 'no-such-file.txt')], quiet), { added: 30, existing: 0, errors: 1 });
      assert.deepEqual(await enqueuePaths(queue, [file], quiet), { added: 0, existing: 30, errors: 0 });
      const totals = await runWorker(url, { batchSize: 7, leaseMs: 5000, log: () => {} });
      assert.deepEqual([totals.jobs, totals.added, totals.skipped, totals.lost], [30, 30, 0, 0]);
      assert.deepEqual(await queue.counts(), { pending: 0, running: 0, done: 30, failed: 0 });
      const s = await store.stats();
      assert.deepEqual([s.documents, s.errors], [30, 1]);
      // The queue keeps which document each job became.
      const r = await store.pool.query('SELECT count(DISTINCT doc_id)::int AS n FROM queue WHERE state = $1', ['done']);
      assert.equal(r.rows[0].n, 30);
    } finally {
      await store.close();
    }
  });

  test('queue: a lease taken over leaves the late worker with nothing to store', async () => {
    const url = withSchema(freshSchema());
    const store = await PostgresStore.open(url);
    try {
      const queue = new PgQueue(store);
      await enqueuePaths(queue, [corpusFile(3)], { warn: () => {} });
      const a = await queue.claim(10, 50, 'a');
      assert.equal(a.jobs.length, 3);
      assert.equal((await queue.claim(10, 50, 'b')).jobs.length, 0, 'leased jobs are not claimed twice');
      await sleep(120);
      const b = await queue.claim(10, 60_000, 'b');
      assert.deepEqual(b.jobs.map((j) => j.attempts), [2, 2, 2]);
      const { analyzeRaw } = await import('../src/pipeline.js');
      const late = await queue.complete(a, a.jobs.map((j) => analyzeRaw(j.raw)));
      assert.deepEqual([late.added, late.lost], [0, 3]);
      const won = await queue.complete(b, b.jobs.map((j) => analyzeRaw(j.raw)));
      assert.deepEqual([won.added, won.lost], [3, 0]);
      assert.equal((await store.stats()).documents, 3);
    } finally {
      await store.close();
    }
  });

  test('queue: a document over its budget is stored as a timeout error, the rest of its batch is stored', async () => {
    const { SLOW_MARK, SLOW_WORKER } = await import('./hostile/marks.js');
    const url = withSchema(freshSchema());
    const store = await PostgresStore.open(url);
    try {
      const queue = new PgQueue(store);
      const raws = Array.from({ length: 6 }, (_, i) => ({
        input: `b${i}`, title: null, published: '2024-03-01', outlet: null, url: null, warnings: [],
        body: `قصفت القوات مواقع في حلب وقتل ${i + 2} مدنيين.${i === 2 ? ` ${SLOW_MARK}` : ''}`,
      }));
      await queue.enqueue(raws);
      const totals = await runWorker(url, { batchSize: 6, budgetMs: 3000, analysisScript: SLOW_WORKER, log: () => {} });
      assert.deepEqual([totals.batches, totals.jobs, totals.added, totals.errors], [1, 6, 5, 1]);
      assert.deepEqual(await queue.counts(), { pending: 0, running: 0, done: 6, failed: 0 });
      const r = await store.pool.query(`SELECT input, error FROM queue WHERE error IS NOT NULL`);
      assert.equal(r.rows.length, 1);
      assert.equal(r.rows[0].input, 'b2');
      assert.match(r.rows[0].error, /^timeout: /);
    } finally {
      await store.close();
    }
  });

  test('queue: a worker whose connections are terminated reconnects and finishes the queue', { timeout: 120_000 }, async () => {
    const N = 60;
    const app = `rasad_drop_${process.pid}`;
    const url = `${withSchema(freshSchema())}&application_name=${app}`;
    const store = await PostgresStore.open(url.replace(app, `${app}_observer`));
    try {
      const queue = new PgQueue(store);
      await enqueuePaths(queue, [corpusFile(N)], { warn: () => {} });
      const lines: string[] = [];
      const run = runWorker(url, { batchSize: 4, leaseMs: 1500, pollMs: 100, log: (l) => lines.push(l) });
      let finished = false;
      void run.finally(() => (finished = true)).catch(() => {});
      // Terminate every backend of the worker each time another batch is done, while it works.
      let terminated = 0;
      for (let seen = 0; !finished; ) {
        const done = (await queue.counts()).done;
        if (done > seen && done < N) {
          seen = done;
          const r = await store.pool.query(`SELECT count(*) FILTER (WHERE pg_terminate_backend(pid))::int AS n FROM pg_stat_activity WHERE application_name = $1`, [app]);
          terminated += r.rows[0].n;
        }
        await sleep(5);
      }
      await run;
      assert.ok(terminated >= 3, `terminated ${terminated} backends`);
      assert.deepEqual(await queue.counts(), { pending: 0, running: 0, done: N, failed: 0 });
      const s = await store.stats();
      assert.deepEqual([s.documents, s.errors], [N, 0]);
      // Every document was stored once, whatever was retried.
      const q = await store.pool.query(`SELECT count(DISTINCT doc_id)::int AS docs FROM queue WHERE state = 'done'`);
      assert.equal(q.rows[0].docs, N);
    } finally {
      await store.close();
    }
  });

  test('queue: three worker processes, one killed mid-run, 500 documents analysed exactly once', { timeout: 900_000 }, async (t) => {
    const N = 500;
    const url = withSchema(freshSchema());
    const store = await PostgresStore.open(url);
    try {
      const queue = new PgQueue(store);
      assert.equal((await enqueuePaths(queue, [corpusFile(N)], { warn: () => {} })).added, N);
      const args = ['--lease', '3s', '--batch', '8', '--poll', '200ms'];
      const mine = (w: { child: ChildProcess }) => `%:${w.child.pid}:%`;
      const holding = async (w: { child: ChildProcess }) =>
        (await store.pool.query(`SELECT count(*)::int AS n FROM queue WHERE state = 'running' AND worker LIKE $1`, [mine(w)])).rows[0].n as number;
      // The victim starts first so that it surely holds a claim before the run can end; the other
      // two start once it does.
      const victim = spawnWorker(url, args);
      const started = Date.now();
      // No deadline of its own: on a loaded machine a worker may take long to start; the test's
      // timeout is the only bound.
      while ((await holding(victim)) === 0) await sleep(20);
      const workers = [victim, spawnWorker(url, args), spawnWorker(url, args)];
      // Kill the victim while it holds a claim, once the others are at work too (or, should they be
      // slow to start, before the victim could finish alone).
      let held = 0;
      for (;;) {
        const c = await queue.counts();
        held = await holding(victim);
        const others = (await store.pool.query(`SELECT count(*)::int AS n FROM queue WHERE worker IS NOT NULL AND worker NOT LIKE $1`, [mine(victim)])).rows[0].n;
        if (held > 0 && ((c.done >= 40 && others > 0) || c.done >= N / 2)) break;
        assert.ok(c.done < N, 'the run ended before the victim could be killed');
        await sleep(10);
      }
      const killedAt = (await queue.counts()).done;
      victim.child.kill('SIGKILL');
      const killed = await victim.done;
      assert.equal(killed.signal, 'SIGKILL');
      // What the victim held when it died (its transaction, if any, rolled back).
      const orphans = (
        await store.pool.query<{ id: string }>(`SELECT id FROM queue WHERE state = 'running' AND worker LIKE $1`, [`%:${victim.child.pid}:%`])
      ).rows.map((r) => Number(r.id));
      const survivors = await Promise.all(workers.slice(1).map((w) => w.done));
      for (const s of survivors) {
        assert.equal(s.code, 0, s.stderr);
        assert.match(s.stderr, / 0 already stored, 0 errors/, s.stderr);
      }
      assert.deepEqual(await queue.counts(), { pending: 0, running: 0, done: N, failed: 0 });
      const s = await store.stats();
      assert.equal(s.documents, N);
      assert.equal(s.errors, 0);
      const q = await store.pool.query(`SELECT count(DISTINCT doc_id)::int AS docs, count(*)::int AS jobs FROM queue WHERE state = 'done'`);
      assert.deepEqual(q.rows[0], { docs: N, jobs: N });
      // Every document's layers were written once: one analysis per document.
      const dup = await store.pool.query(`SELECT count(*)::int AS n FROM (SELECT doc_id, idx FROM events GROUP BY doc_id, idx HAVING count(*) > 1) x`);
      assert.equal(dup.rows[0].n, 0);
      if (orphans.length) {
        const r = await store.pool.query(`SELECT count(*)::int AS n FROM queue WHERE id = ANY($1::bigint[]) AND state = 'done' AND attempts >= 2 AND worker NOT LIKE $2`, [
          orphans,
          `%:${victim.child.pid}:%`,
        ]);
        assert.equal(r.rows[0].n, orphans.length, 'the dead worker\'s jobs were taken over after their lease expired');
      }
      assert.ok(held > 0);
      t.diagnostic(`killed a worker holding ${orphans.length} jobs after ${killedAt} were done; all ${N} done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    } finally {
      await store.close();
    }
  });
}
