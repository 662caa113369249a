// `npm run bench:scale`: articles/s when scaling out.
//   - PostgreSQL work queue: 1, 2 and 4 `rasad worker` processes draining the same queue;
//   - worker-thread pool: `ingest --threads N` into SQLite, against the single-threaded ingest.
// Environment: RASAD_BENCH_DOCS (default 600), RASAD_BENCH_PG (else RASAD_TEST_PG, else the local
// test database), RASAD_BENCH_WORKERS (default "1,2,4"), RASAD_BENCH_THREADS (default "0,1,2,4").
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import type { RawDoc } from '../src/ingest/read.js';
import { PostgresStore, probePg, redactPgUrl } from '../src/store/postgres.js';
import { PgQueue } from '../src/queue/pg-queue.js';
import { SqliteStore } from '../src/store/sqlite.js';
import { ingestPaths } from '../src/cli/ingest.js';
import { AnalysisPool } from '../src/workers/pool.js';
import { analyzeRaw } from '../src/pipeline.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const N = Number(process.env.RASAD_BENCH_DOCS ?? 600);
const PG_URL = process.env.RASAD_BENCH_PG ?? process.env.RASAD_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/test';
const WORKERS = (process.env.RASAD_BENCH_WORKERS ?? '1,2,4').split(',').map(Number);
const THREADS = (process.env.RASAD_BENCH_THREADS ?? '0,1,2,4').split(',').map(Number);

// Paragraphs of the bundled samples, recombined with a counter so that every document is new
// (as bench/run.ts does).
function paragraphs(): string[] {
  const dir = path.join(root, 'samples');
  const out: string[] = [];
  for (const f of readdirSync(dir)) {
    if (f === 'README.md') continue;
    const raw = readFileSync(path.join(dir, f), 'utf8');
    const text = f.endsWith('.jsonl') ? raw.split('\n').filter(Boolean).map((l) => JSON.parse(l).text as string).join('\n\n') : raw.replace(/<[^>]+>/g, ' ');
    for (const p of text.split(/\n\s*\n/)) if (/[\u0600-\u06FF]{3}/.test(p) && p.length > 60) out.push(p.trim());
  }
  return out;
}

function corpus(n: number): RawDoc[] {
  const ps = paragraphs();
  let seed = 42;
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  return Array.from({ length: n }, (_, i) => {
    const k = 4 + Math.floor(rnd() * 6);
    const body = Array.from({ length: k }, () => ps[Math.floor(rnd() * ps.length)]).join('\n\n') + `\n\nتقرير رقم ${i + 1}.`;
    return { input: `bench#${i + 1}`, title: `تقرير رقم ${i + 1}: ${ps[i % ps.length].slice(0, 60)}`, body, published: '2024-01-01', outlet: 'bench', url: null, warnings: [] };
  });
}

const docs = corpus(N);
const mb = docs.reduce((s, d) => s + Buffer.byteLength(d.title ?? '') + Buffer.byteLength(d.body), 0) / 1048576;
const rate = (n: number, sec: number) => (n / sec).toFixed(1).padStart(7);

console.log(`rasad bench:scale — ${N} documents (${mb.toFixed(1)} MB), ${availableParallelism()} cores, node ${process.version}`);

function runWorker(url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'worker', '--pg', url, '--batch', '20'], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (b: Buffer) => (err += b.toString()));
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`worker exited with ${code}: ${err}`))));
  });
}

async function dropSchema(schema: string): Promise<void> {
  const c = new pg.Client({ connectionString: PG_URL });
  await c.connect();
  await c.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  await c.end();
}

// --- PostgreSQL: k worker processes on one queue -------------------------------------------
const why = await probePg(PG_URL, 2000);
if (why) {
  console.log(`\nPostgreSQL queue: skipped, no server at ${redactPgUrl(PG_URL)} (${why})`);
} else {
  console.log(`\nPostgreSQL queue (${redactPgUrl(PG_URL)}): rasad worker processes, batch 20`);
  // What a worker costs before it does any work: start node + tsx, load the lexicons, connect.
  const idleSchema = `rasad_bench_idle_${process.pid}`;
  const idleUrl = `${PG_URL}${PG_URL.includes('?') ? '&' : '?'}schema=${idleSchema}`;
  await (await PostgresStore.open(idleUrl)).close();
  let t0 = performance.now();
  await runWorker(idleUrl);
  const startup = (performance.now() - t0) / 1000;
  await dropSchema(idleSchema);
  console.log(`  worker start-up and exit on an empty queue: ${startup.toFixed(2)} s`);
  console.log('  workers   wall s   articles/s   steady articles/s (first to last commit)');
  for (const k of WORKERS) {
    const schema = `rasad_bench_${process.pid}_${k}`;
    const url = `${PG_URL}${PG_URL.includes('?') ? '&' : '?'}schema=${schema}`;
    const store = await PostgresStore.open(url);
    try {
      const queue = new PgQueue(store);
      for (let i = 0; i < docs.length; i += 500) await queue.enqueue(docs.slice(i, i + 500));
      t0 = performance.now();
      await Promise.all(Array.from({ length: k }, () => runWorker(url)));
      const sec = (performance.now() - t0) / 1000;
      const s = await store.stats();
      if (s.documents !== N) throw new Error(`expected ${N} documents, found ${s.documents}`);
      // Steady rate: documents committed after the first commit, over the time to the last one.
      const w = await store.pool.query<{ first: number; span: number }>(
        `SELECT count(*) FILTER (WHERE done_at = (SELECT min(done_at) FROM queue))::int AS first,
                extract(epoch FROM max(done_at) - min(done_at))::float8 AS span FROM queue`,
      );
      const { first, span } = w.rows[0];
      console.log(`  ${String(k).padStart(7)}   ${sec.toFixed(2).padStart(6)}   ${rate(N, sec)}      ${rate(N - first, Math.max(0.001, span))}`);
    } finally {
      await store.close();
      await dropSchema(schema);
    }
  }
}

// --- SQLite: the worker-thread pool ----------------------------------------------------------
const dir = mkdtempSync(path.join(tmpdir(), 'rasad-scale-'));
try {
  const file = path.join(dir, 'bench.jsonl');
  writeFileSync(file, docs.map((d, i) => JSON.stringify({ id: String(i + 1), title: d.title, text: d.body, published: d.published, outlet: d.outlet })).join('\n') + '\n');
  console.log('\nSQLite, rasad ingest --threads N (analysis in worker threads, storing in the main thread)');
  console.log('  threads   start-up s   wall s   articles/s   articles/s excl. start-up');
  for (const threads of THREADS) {
    const store = new SqliteStore(path.join(dir, `t${threads}.db`));
    const t0 = performance.now();
    // Start-up: the threads load the pipeline (lexicons, gazetteer, model) before any work.
    const pool = threads > 0 ? new AnalysisPool(threads) : null;
    if (pool) await pool.warm();
    else analyzeRaw({ input: 'warm-up', title: null, body: 'قصفت القوات مواقع في المدينة.', published: null, outlet: null, url: null, warnings: [] });
    const t1 = performance.now();
    try {
      const r = await ingestPaths(store, [file], { threads, pool: pool ?? undefined, progress: false, warn: () => {} });
      const t2 = performance.now();
      if (r.added !== N) throw new Error(`expected ${N} added, got ${r.added}`);
      const all = (t2 - t0) / 1000;
      const work = (t2 - t1) / 1000;
      console.log(
        `  ${(threads === 0 ? 'main' : String(threads)).padStart(7)}   ${((t1 - t0) / 1000).toFixed(2).padStart(10)}   ${all.toFixed(2).padStart(6)}   ${rate(N, all)}      ${rate(N, work)}`,
      );
    } finally {
      await pool?.close();
      await store.close();
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
