// `rasad worker`: claims batches from the PostgreSQL queue, analyses them (in worker threads when
// concurrency > 1) and stores them with their jobs marked done, in one transaction per batch.
// Without `follow` it exits once nothing is pending or running; jobs still leased by a dead worker
// are waited for until their lease expires and then taken over.
import { analyzeResult } from '../pipeline.js';
import type { AnalysisResult } from '../doc.js';
import { PostgresStore } from '../store/postgres.js';
import { AnalysisPool } from '../workers/pool.js';
import { sleep } from '../watch/duration.js';
import { PgQueue, workerName, type Claim } from './pg-queue.js';

export interface WorkerOptions {
  /** Concurrent batches; above 1, analysis runs in that many worker threads. */
  concurrency?: number;
  leaseMs?: number;
  batchSize?: number;
  /** Keep polling for new jobs when the queue is empty. */
  follow?: boolean;
  pollMs?: number;
  maxAttempts?: number;
  name?: string;
  signal?: AbortSignal;
  log?: (line: string) => void;
}

export interface WorkerTotals {
  batches: number;
  jobs: number;
  added: number;
  skipped: number;
  errors: number;
  /** Jobs whose lease another worker took over before this one finished them. */
  lost: number;
}

export async function runWorker(url: string, opts: WorkerOptions = {}): Promise<WorkerTotals> {
  const concurrency = Math.max(1, Math.floor(opts.concurrency ?? 1));
  const leaseMs = opts.leaseMs ?? 60_000;
  const batchSize = opts.batchSize ?? 20;
  const pollMs = opts.pollMs ?? 1000;
  const name = opts.name ?? workerName();
  const log = opts.log ?? ((l: string) => process.stderr.write(l + '\n'));
  const store = await PostgresStore.open(url, { max: concurrency + 2 });
  const queue = new PgQueue(store, { maxAttempts: opts.maxAttempts });
  const pool = concurrency > 1 ? new AnalysisPool(concurrency) : null;
  const totals: WorkerTotals = { batches: 0, jobs: 0, added: 0, skipped: 0, errors: 0, lost: 0 };
  const stopped = () => !!opts.signal?.aborted;

  const analyse = async (claim: Claim): Promise<AnalysisResult[]> => {
    if (pool) return Promise.all(claim.jobs.map((j) => pool.analyzeRaw(j.raw)));
    const out: AnalysisResult[] = [];
    for (const j of claim.jobs) {
      out.push(analyzeResult({ ok: true, doc: j.raw }));
      // Let the lease heartbeat run between documents.
      await new Promise((r) => setImmediate(r));
    }
    return out;
  };

  const loop = async () => {
    let failures = 0;
    while (!stopped()) {
      let claim: Claim;
      try {
        claim = await queue.claim(batchSize, leaseMs, name);
        failures = 0;
      } catch (e) {
        // The database went away for a moment: back off and try again (for ever with --follow).
        failures++;
        log(`rasad worker ${name}: claiming failed (${failures}): ${(e as Error).message}`);
        if (!opts.follow && failures >= 8) throw e;
        await sleep(Math.min(30_000, 250 * 2 ** failures), opts.signal);
        continue;
      }
      if (!claim.jobs.length) {
        if (!opts.follow) {
          const c = await queue.counts();
          if (c.pending === 0 && c.running === 0) return;
          // Jobs leased by another (perhaps dead) worker: look again when the first lease expires.
          const next = await queue.nextExpiry();
          await sleep(Math.min(pollMs, (next ?? pollMs) + 20), opts.signal);
        } else {
          await sleep(pollMs, opts.signal);
        }
        continue;
      }
      const heartbeat = setInterval(() => void queue.renew(claim, leaseMs).catch(() => {}), Math.max(100, leaseMs / 3));
      let results: AnalysisResult[];
      try {
        results = await analyse(claim);
      } finally {
        clearInterval(heartbeat);
      }
      try {
        const r = await queue.complete(claim, results);
        totals.batches++;
        totals.jobs += claim.jobs.length - r.lost;
        totals.added += r.added;
        totals.skipped += r.skipped;
        totals.errors += r.errors;
        totals.lost += r.lost;
      } catch (e) {
        log(`rasad worker ${name}: storing a batch of ${claim.jobs.length} failed, released for retry: ${(e as Error).message}`);
        await queue.release(claim, (e as Error).message).catch(() => {});
        await sleep(Math.min(pollMs, 1000), opts.signal);
      }
    }
  };

  try {
    await Promise.all(Array.from({ length: concurrency }, loop));
  } finally {
    await pool?.close();
    await store.close();
  }
  return totals;
}
