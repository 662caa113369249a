// `npm run bench:hostile`: the hostile-input suite at scale. Generates 10,000+ inputs (seeded, as
// test/hostile.test.ts does, plus a few large ones: a 50 MB page, a 5 MB line without spaces, a
// 1.1 MB page of nested <div>s, a 1.9 MB JSON record, a 190 KB report), ingests them into a fresh
// SQLite store with the thread pool under its per-document budget, and prints documents in,
// stored, errors (by code), peak RSS and the slowest documents.
// Environment: RASAD_BENCH_PER_KIND (default 650), RASAD_BENCH_THREADS (default 2),
// RASAD_BENCH_BUDGET_S and RASAD_BENCH_THREAD_MB (default the pool's), RASAD_BENCH_SEED (default 17).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { hostileInputs, report, rng, type HostileInput } from '../test/hostile/generate.js';
import { countRead, missingGood, writeInputs, type Written } from '../test/hostile/account.js';

const PER_KIND = Number(process.env.RASAD_BENCH_PER_KIND ?? 650);
const THREADS = Number(process.env.RASAD_BENCH_THREADS ?? 2);
const BUDGET_S = process.env.RASAD_BENCH_BUDGET_S ? Number(process.env.RASAD_BENCH_BUDGET_S) : undefined;
const SEED = Number(process.env.RASAD_BENCH_SEED ?? 17);
const THREAD_MB = process.env.RASAD_BENCH_THREAD_MB ? Number(process.env.RASAD_BENCH_THREAD_MB) : undefined;

function largeInputs(): HostileInput[] {
  const r = rng(SEED + 1);
  const big = (name: string, s: string | Uint8Array): HostileInput => ({ kind: 'large', name: Buffer.from(name), bytes: typeof s === 'string' ? Buffer.from(s) : s });
  const longReport = Array.from({ length: 600 }, (_, i) => report(r, i)).join('\n\n');
  return [
    big('large-50mb-page.html', Buffer.alloc(50 * 1024 * 1024, '<p>نص</p>')),
    big('large-5mb-line.txt', `${report(r, 1)}\n${'ا'.repeat(5 * 1024 * 1024 / 2)}`),
    big('large-nested-divs.html', `<html><body>${'<div>'.repeat(110_000)}${report(r, 2)}${'</div>'.repeat(110_000)}</body></html>`),
    big('large-json-record.json', JSON.stringify({ id: 'big', text: Array.from({ length: 6000 }, (_, i) => report(r, i)).join(' ').slice(0, 1_900_000 / 2) })),
    { ...big('large-190kb-report.txt', `تقرير طويل\n\n${longReport}`.slice(0, 190_000 / 2)), good: true },
  ];
}

/**
 * The ingest, store and pool modules: from dist/ when built, as `rasad ingest` runs (the analysis
 * threads then load no TypeScript compiler), from src/ under tsx otherwise.
 */
async function engine(): Promise<{ from: string; ingestPaths: Ingest['ingestPaths']; SqliteStore: Sqlite['SqliteStore']; AnalysisPool: Pool['AnalysisPool'] }> {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const built = existsSync(path.join(root, 'dist/cli/ingest.js'));
  const load = async <T>(m: string): Promise<T> => (await import(built ? pathToFileURL(path.join(root, 'dist', `${m}.js`)).href : `../src/${m}.js`)) as T;
  const [i, s, p] = await Promise.all([load<Ingest>('cli/ingest'), load<Sqlite>('store/sqlite'), load<Pool>('workers/pool')]);
  return { from: built ? 'dist' : 'src', ingestPaths: i.ingestPaths, SqliteStore: s.SqliteStore, AnalysisPool: p.AnalysisPool };
}
type Ingest = typeof import('../src/cli/ingest.js');
type Sqlite = typeof import('../src/store/sqlite.js');
type Pool = typeof import('../src/workers/pool.js');

/** Ingests a written folder in this process (a child of the bench), so that its peak RSS is the ingest's alone. */
async function ingestChild(dir: string): Promise<void> {
  const { from, ingestPaths, SqliteStore, AnalysisPool } = await engine();
  const inDir = path.join(dir, 'in');
  const written = JSON.parse(readFileSync(path.join(dir, 'written.json'), 'utf8')) as Written;
  const read = await countRead(inDir, written);
  const timings: { input: string; ms: number; code: string | null }[] = [];
  const pool = new AnalysisPool(THREADS, { budgetMs: BUDGET_S ? BUDGET_S * 1000 : undefined, memoryMb: THREAD_MB, onDone: (input, ms, code) => timings.push({ input, ms, code }) });
  const store = new SqliteStore(path.join(dir, 'h.db'));
  const codes = new Map<string, number>();
  let peak = 0;
  // The main thread's own share (its heap, and buffers outside it), apart from the analysis threads.
  const main = { heap: 0, external: 0 };
  let last = '';
  let peakAt = '';
  let heapAt = '';
  const sampler = setInterval(() => {
    const m = process.memoryUsage();
    if (m.rss > peak) [peak, peakAt] = [m.rss, last];
    if (m.heapUsed > main.heap) heapAt = last;
    main.heap = Math.max(main.heap, m.heapUsed);
    main.external = Math.max(main.external, m.external);
  }, 200);
  const t0 = performance.now();
  let r;
  try {
    r = await ingestPaths(store, [inDir], {
      pool, progress: { tick: (input?: string) => void (last = input ?? last), setTotal: () => {}, log: () => {}, stop: () => {} }, batchSize: 200,
      warn: (l) => {
        const code = /^rasad: .*?: ([a-z_]+): /s.exec(l)?.[1] ?? '?';
        codes.set(code, (codes.get(code) ?? 0) + 1);
      },
    });
  } finally {
    clearInterval(sampler);
    await pool.close();
  }
  const wall = (performance.now() - t0) / 1000;
  const missing = await missingGood(store, written);
  const stats = await store.stats();
  await store.close();
  const maxRss = Math.max(peak, process.resourceUsage().maxRSS * 1024);
  const accounted = r.added + r.skipped + r.errors === read.documents + read.errors;
  const files = written.entries.length;
  const lines = [
    `inputs: ${files} entries (files, links, a loop and a FIFO), ${read.documents + read.errors} documents in (${read.documents} read, ${read.errors} refused at reading)`,
    `stored: ${r.added} new, ${r.skipped} duplicates; errors: ${r.errors} (${[...codes].sort((a, b) => b[1] - a[1]).map(([c, n]) => `${c} ${n}`).join(', ')})`,
    `accounted for: ${accounted ? 'yes' : 'NO'} (stored + duplicates + errors = documents in); entries without a result: ${read.unaccounted.length}; good reports missing: ${missing.length} of ${written.good.length}`,
    `store: ${stats.documents} documents, ${stats.events} events, ${stats.errors} error records`,
    `wall ${wall.toFixed(1)} s with ${THREADS} threads from ${from}/ (budget ${pool.budgetMs / 1000} s of CPU time, thread heap ${THREAD_MB ?? 'default'} MB); peak RSS of the ingest process ${(maxRss / 1048576).toFixed(0)} MB`,
    `main thread: peak heap used ${(main.heap / 1048576).toFixed(0)} MB, peak external ${(main.external / 1048576).toFixed(0)} MB; RSS peaked after ${JSON.stringify(path.relative(inDir, peakAt))}, heap after ${JSON.stringify(path.relative(inDir, heapAt))}`,
    'slowest documents (CPU time of their thread):',
    ...timings.sort((a, b) => b.ms - a.ms).slice(0, 10).map((t) => `  ${(t.ms / 1000).toFixed(2)} s  ${t.code ?? 'ok'}  ${JSON.stringify(path.relative(inDir, t.input))}`),
  ];
  process.stdout.write(lines.join('\n') + '\n');
  if (!accounted || read.unaccounted.length || missing.length) process.exitCode = 1;
}

async function main(): Promise<void> {
  if (process.argv[2] === '--ingest') return ingestChild(process.argv[3]);
  const dir = mkdtempSync(path.join(tmpdir(), 'rasad-bench-hostile-'));
  try {
    const inputs = [...hostileInputs(SEED, PER_KIND, Math.round(PER_KIND * 0.6)), ...largeInputs()];
    const written = writeInputs(path.join(dir, 'in'), inputs);
    writeFileSync(path.join(dir, 'written.json'), JSON.stringify(written));
    process.stderr.write(`bench:hostile: ${inputs.length} inputs written to ${dir}; ingesting in a child process\n`);
    const child = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--ingest', dir], { stdio: 'inherit' });
    process.exitCode = child.status ?? 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
