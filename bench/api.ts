// `npm run bench:api`: latency of every GET route of the API on a 5,000-document store, at a fixed
// request rate (autocannon, loopback only), then a mixed load of reads and writes. The store is
// built once from the bundled samples (bench/api-store.ts) and cached. The server runs in a child
// process, so that the load generator does not share its event loop.
//
//   RASAD_BENCH_RATE=200 RASAD_BENCH_SECONDS=5 RASAD_BENCH_DOCS=5000 npm run bench:api
import { createRequire } from 'node:module';
import { spawn } from 'node:child_process';
import { copyFileSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchStore } from './api-store.js';
import { startServer } from '../src/server/index.js';
import { SqliteStore } from '../src/store/sqlite.js';

interface Result {
  latency: { p50: number; p90: number; p99: number; max: number };
  requests: { average: number; total: number };
  non2xx: number;
  errors: number;
  timeouts: number;
  statusCodeStats?: Record<string, { count: number }>;
}
type Autocannon = (opts: Record<string, unknown>) => Promise<Result>;
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

if (process.argv[2] === '--serve') {
  // The child: serve the store and say where.
  const store = new SqliteStore(process.argv[3]);
  const server = await startServer({ store, host: '127.0.0.1', port: 0, webRoot: null });
  process.stdout.write(`${server.url}\n`);
  process.on('SIGTERM', () => void server.close().then(() => store.close()).then(() => process.exit(0)));
} else {
  await main();
}

async function main(): Promise<void> {
  const rate = Number(process.env.RASAD_BENCH_RATE ?? 200);
  const seconds = Math.min(60, Number(process.env.RASAD_BENCH_SECONDS ?? 5));
  const docs = Number(process.env.RASAD_BENCH_DOCS ?? 5000);
  const { store, file, built } = await benchStore(path.join(root, 'samples'), docs, (s) => process.stderr.write(`\r${s}`));
  const stats = await store.stats();
  const [first] = await store.listDocuments({ limit: 1 });
  await store.close();
  console.log(`store: ${file} (${built ? 'built now' : 'cached'}): ${stats.documents} documents, ${stats.events} events`);

  // The writes of the mixed load go to a copy: the cached store stays as built.
  const copy = `${file}.run-${process.pid}.db`;
  copyFileSync(file, copy);
  const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--serve', copy], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.once('data', (b: Buffer) => resolve(b.toString().trim()));
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  try {
    const routes = [
      'api/stats',
      'api/openapi.json',
      'api/documents?limit=50',
      `api/documents/${first.id}`,
      'api/events?limit=100',
      'api/events?limit=100&with=text',
      'api/events?limit=100&type=ASSAULT&offset=2000',
      'api/entities',
      'api/claims',
      'api/claims?modality=denied',
      'api/claims?country=SDN&type=ASSAULT,COERCE',
      'api/network',
      'api/network?type=ASSAULT&from=2024-01',
      `api/search?q=${encodeURIComponent('صنعاء')}`,
      'api/export/jsonl?type=AID&limit=200',
      'api/stories?limit=20',
    ];
    // First (cold) requests build the cached views.
    console.log('');
    console.log('| first request (cold) | ms | status |');
    console.log('| --- | --- | --- |');
    for (const p of routes) {
      const t0 = performance.now();
      const r = await fetch(url + p);
      await r.arrayBuffer();
      console.log(`| GET /${p} | ${(performance.now() - t0).toFixed(0)} | ${r.status} |`);
    }
    console.log('');
    console.log(`autocannon: ${rate} requests/s for ${seconds} s per route, 10 connections, loopback ${url}`);
    console.log('');
    console.log('| request | p50 ms | p90 ms | p99 ms | max ms | req/s | non-2xx | server CPU ms/request |');
    console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
    // The server's own CPU time per request (Linux /proc): what a loaded machine disturbs least.
    const cpuMs = (): number | null => {
      try {
        const f = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1].split(' ');
        return ((Number(f[11]) + Number(f[12])) * 1000) / 100;
      } catch {
        return null;
      }
    };
    const row = (name: string, res: Result, cpu: number | null = null) =>
      console.log(`| ${name} | ${res.latency.p50} | ${res.latency.p90} | ${res.latency.p99} | ${res.latency.max} | ${res.requests.average.toFixed(0)} | ${res.non2xx + res.errors + res.timeouts} | ${cpu == null || !res.requests.total ? '' : (cpu / res.requests.total).toFixed(1)} |`);
    for (const p of routes) {
      const before = cpuMs();
      const res = await autocannon({ url: url + p, connections: 10, overallRate: rate, duration: seconds, timeout: 30 });
      const after = cpuMs();
      row(`GET /${p}`, res, before == null || after == null ? null : after - before);
    }

    // Reads across the routes and, at the same time, writes at a tenth of the rate (each a new document).
    let n = 0;
    const reads = routes.map((p) => ({ method: 'GET', path: '/' + p }));
    const post = {
      method: 'POST',
      path: '/api/documents',
      headers: { 'content-type': 'application/json' },
      setupRequest: (req: Record<string, unknown>) => ({
        ...req,
        body: JSON.stringify({ title: `خبر ${n}`, text: `قصفت طائرات حربية مواقع في مدينة حلب يوم الأحد ما أدى إلى مقتل ${++n + 2} مدنيين، بحسب المرصد السوري لحقوق الإنسان. (${process.pid}-${n})`, published: '2024-06-02' }),
      }),
    };
    const [r, w] = await Promise.all([
      autocannon({ url, connections: 10, overallRate: Math.round(rate * 0.9), duration: seconds * 2, timeout: 30, requests: reads }),
      autocannon({ url, connections: 2, overallRate: Math.max(1, Math.round(rate * 0.1)), duration: seconds * 2, timeout: 30, requests: [post] }),
    ]);
    row(`mixed, reads: ${routes.length} GET routes in turn`, r);
    row('mixed, writes: POST /api/documents', w);
    const codes = (x: Result) => JSON.stringify(Object.fromEntries(Object.entries(x.statusCodeStats ?? {}).map(([k, v]) => [k, v.count])));
    console.log(`\nmixed load: ${r.requests.total} reads (status ${codes(r)}), ${w.requests.total} writes (status ${codes(w)}), ${n} documents posted`);
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    for (const ext of ['', '-wal', '-shm']) rmSync(copy + ext, { force: true });
  }
}
