// `rasad worker`: claims batches from the PostgreSQL queue, analyses them in worker threads (each
// document under a time budget: one that overruns is stored as a `timeout` error record, its thread
// replaced, the rest of the batch stored) and stores them with their jobs marked done, in one
// transaction per batch. Without `follow` it exits once nothing is pending or running; jobs still
// leased by a dead worker are waited for until their lease expires and then taken over.
//
// A dropped connection (a restarted server, a terminated backend) is not fatal: the pg pool drops
// the broken client and opens a new one on the next query; the worker backs off and tries again.
// A batch that cannot be stored is released if the database answers, or else its lease lapses and
// another claim (this worker's or another's) takes the jobs over.
import type { AnalysisResult } from '../doc.js';
import { PostgresStore } from '../store/postgres.js';
import { AnalysisPool } from '../workers/pool.js';
import { sleep } from '../watch/duration.js';
import { PgQueue, workerName, type Claim } from './pg-queue.js';

export interface WorkerOptions {
  /** Concurrent batches, and analysis threads. */
  concurrency?: number;
  leaseMs?: number;
  batchSize?: number;
  /** Keep polling for new jobs when the queue is empty. */
  follow?: boolean;
  pollMs?: number;
  maxAttempts?: number;
  /** Time one document may take, in ms (default the pool's DEFAULT_BUDGET_MS). */
  budgetMs?: number;
  /** The analysis thread script (tests inject a deliberately slow one). */
  analysisScript?: URL;
  /** Database errors in a row before a worker without `follow` gives up (default 8). */
  maxFailures?: number;
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
  /** Database errors met (and survived) along the way. */
  dbErrors: number;
}

export async function runWorker(url: string, opts: WorkerOptions = {}): Promise<WorkerTotals> {
  const concurrency = Math.max(1, Math.floor(opts.concurrency ?? 1));
  const leaseMs = opts.leaseMs ?? 60_000;
  const batchSize = opts.batchSize ?? 20;
  const pollMs = opts.pollMs ?? 1000;
  const maxFailures = opts.maxFailures ?? 8;
  const name = opts.name ?? workerName();
  const log = opts.log ?? ((l: string) => process.stderr.write(l + '\n'));
  const store = await PostgresStore.open(url, { max: concurrency + 2 });
  // A pooled connection that breaks emits 'error': on the pool while idle, but on the client itself
  // while checked out (a transaction in hand), where pg leaves it unhandled and it would end the
  // process. Every client gets a listener; the query in flight fails and the loop backs off.
  const guarded = new WeakSet<object>();
  const guard = (client: { on(ev: 'error', fn: (e: Error) => void): unknown }) => {
    if (guarded.has(client)) return;
    guarded.add(client);
    client.on('error', (e) => log(`rasad worker ${name}: connection lost: ${e.message}`));
  };
  store.pool.on('connect', guard);
  store.pool.on('acquire', guard);
  store.pool.on('error', (e) => log(`rasad worker ${name}: connection lost: ${e.message}`));
  const queue = new PgQueue(store, { maxAttempts: opts.maxAttempts });
  const pool = new AnalysisPool(concurrency, { budgetMs: opts.budgetMs, script: opts.analysisScript });
  const totals: WorkerTotals = { batches: 0, jobs: 0, added: 0, skipped: 0, errors: 0, lost: 0, dbErrors: 0 };
  const stopped = () => !!opts.signal?.aborted;

  const analyse = (claim: Claim): Promise<AnalysisResult[]> => Promise.all(claim.jobs.map((j) => pool.analyzeRaw(j.raw)));

  /** One step: claim, analyse and store a batch; false when there was nothing to do. */
  const step = async (): Promise<'worked' | 'idle' | 'finished'> => {
    const claim = await queue.claim(batchSize, leaseMs, name);
    if (!claim.jobs.length) {
      if (opts.follow) return 'idle';
      const c = await queue.counts();
      if (c.pending === 0 && c.running === 0) return 'finished';
      // Jobs leased by another (perhaps dead) worker: look again when the first lease expires.
      const next = await queue.nextExpiry();
      await sleep(Math.min(pollMs, (next ?? pollMs) + 20), opts.signal);
      return 'worked';
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
      // If the database is gone this fails too: the lease then lapses and the jobs are claimed again.
      await queue.release(claim, (e as Error).message).catch(() => {});
      throw e;
    }
    return 'worked';
  };

  const loop = async () => {
    let failures = 0;
    while (!stopped()) {
      let outcome: 'worked' | 'idle' | 'finished';
      try {
        outcome = await step();
        failures = 0;
      } catch (e) {
        // The database went away for a moment: back off and try again (for ever with --follow).
        failures++;
        totals.dbErrors++;
        log(`rasad worker ${name}: database error (${failures}): ${(e as Error).message}`);
        if (!opts.follow && failures >= maxFailures) throw e;
        await sleep(Math.min(30_000, 250 * 2 ** failures), opts.signal);
        continue;
      }
      if (outcome === 'finished') return;
      if (outcome === 'idle') await sleep(pollMs, opts.signal);
    }
  };

  try {
    await Promise.all(Array.from({ length: concurrency }, loop));
  } finally {
    await pool.close();
    await store.close();
  }
  return totals;
}
