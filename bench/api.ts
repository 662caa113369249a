// `npm run bench:api`: latency of GET /api/events at a fixed request rate (autocannon, loopback
// only, bounded). The store holds the shared seed corpus when it is beside the project
// (../shared/corpus/seeds.jsonl), else the bundled samples.
//
//   RASAD_BENCH_RATE=200 RASAD_BENCH_SECONDS=10 npm run bench:api
import { createRequire } from 'node:module';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingestPaths } from '../src/cli/ingest.js';
import { startServer } from '../src/server/index.js';
import { SqliteStore } from '../src/store/sqlite.js';

interface Histogram {
  p50: number;
  p90: number;
  p99: number;
  max: number;
  average: number;
}
interface Result {
  latency: Histogram;
  requests: { average: number; total: number };
  non2xx: number;
  errors: number;
  timeouts: number;
  duration: number;
}
type Autocannon = (opts: Record<string, unknown>) => Promise<Result>;
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const seeds = path.resolve(root, '..', 'shared', 'corpus', 'seeds.jsonl');
const input = existsSync(seeds) ? seeds : path.join(root, 'samples');
const rate = Number(process.env.RASAD_BENCH_RATE ?? 200);
const seconds = Math.min(60, Number(process.env.RASAD_BENCH_SECONDS ?? 10));

const tmp = mkdtempSync(path.join(tmpdir(), 'rasad-bench-api-'));
const store = new SqliteStore(path.join(tmp, 'bench.db'));
try {
  const r = await ingestPaths(store, [input], { progress: false, warn: () => {} });
  const stats = await store.stats();
  const server = await startServer({ store, host: '127.0.0.1', port: 0, webRoot: null });
  try {
    // The API's plain page, and the page the web UI asks for (with each event's sentence).
    const paths = ['api/events?limit=100', 'api/events?limit=100&with=text'];
    console.log(`store: ${path.relative(root, input)} -> ${r.added} documents, ${stats.events} events`);
    console.log(`autocannon: ${rate} requests/s for ${seconds} s, 10 connections, loopback ${server.url}`);
    console.log('');
    console.log('| request | p50 ms | p90 ms | p99 ms | max ms | req/s | non-2xx |');
    console.log('| --- | --- | --- | --- | --- | --- | --- |');
    for (const p of paths) {
      const res = await autocannon({ url: server.url + p, connections: 10, overallRate: rate, duration: seconds, timeout: 10 });
      const l = res.latency;
      console.log(`| GET /${p} | ${l.p50} | ${l.p90} | ${l.p99} | ${l.max} | ${res.requests.average.toFixed(0)} | ${res.non2xx + res.errors + res.timeouts} |`);
    }
  } finally {
    await server.close();
  }
} finally {
  await store.close();
  rmSync(tmp, { recursive: true, force: true });
}
