// `rasad enqueue` and `rasad worker`: a work queue in PostgreSQL for many workers on many machines.
// The store, the queue and the driver are imported when one of these commands runs.
import type { Command } from 'commander';
import type { PostgresStore } from '../store/postgres.js';
import { DEFAULT_BUDGET_MS } from '../workers/pool.js';
import { withExamples } from './help.js';
import { checkPgUrl } from './store-options.js';
import { parseDurationOption, parseIntOption, parseMegabytes } from './options.js';

/** First SIGINT/SIGTERM: finish the batch in hand and stop; second: stop now. */
export function stopSignal(): AbortSignal {
  const ac = new AbortController();
  const onSignal = () => {
    if (ac.signal.aborted) process.exit(130);
    process.stderr.write('rasad: stopping after the work in hand (again to stop now)\n');
    ac.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return ac.signal;
}

type WorkerFlags = { pg: string; concurrency: string; lease: string; batch: string; follow?: boolean; poll: string; maxAttempts: string; budget: string };

export function registerQueueCommands(program: Command): void {
  const enqueue = program
    .command('enqueue')
    .description('queue documents in PostgreSQL for `rasad worker` (queuing the same document twice adds nothing)')
    .argument('<paths...>', 'files, directories, or - for standard input')
    .requiredOption('--pg <url>', 'PostgreSQL URL (postgres://user@host:5432/db[?schema=name])')
    .option('--max-mb <n>', 'largest document accepted, in MB', '10');
  withExamples(enqueue, [
    ['rasad enqueue --pg "$PG" wires/', 'queue every document under wires/'],
    ['rasad enqueue --pg "$PG?schema=gaza" feeds/*.xml', 'queue feed items in a schema of their own'],
  ]).action(async (paths: string[], o: { pg: string; maxMb: string }) => {
    const maxBytes = parseMegabytes(o.maxMb, '--max-mb');
    checkPgUrl(o.pg);
    const [{ redactPgUrl }, { openStore }, { PgQueue }, { enqueuePaths }] = await Promise.all([
      import('../store/postgres.js'), import('../store/open.js'), import('../queue/pg-queue.js'), import('../queue/enqueue.js'),
    ]);
    const store = (await openStore({ pg: o.pg })) as PostgresStore;
    try {
      const queue = new PgQueue(store);
      const r = await enqueuePaths(queue, paths, { maxBytes });
      const c = await queue.counts();
      process.stderr.write(
        `rasad: ${r.added} queued, ${r.existing} already queued, ${r.errors} unreadable -> ${redactPgUrl(o.pg)} ` +
          `(queue: ${c.pending} pending, ${c.running} running, ${c.done} done, ${c.failed} failed)\n`,
      );
      process.exitCode = r.errors ? 1 : 0;
    } finally {
      await store.close();
    }
  });

  const worker = program
    .command('worker')
    .description('analyse queued documents into PostgreSQL; exits when the queue is empty unless --follow')
    .requiredOption('--pg <url>', 'PostgreSQL URL (postgres://user@host:5432/db[?schema=name])')
    .option('--concurrency <n>', 'batches at once; above 1, analysis runs in that many worker threads', '1')
    .option('--lease <duration>', 'how long a claim holds before another worker may take it over (at least 1s)', '60s')
    .option('--batch <n>', 'documents per claim (and per transaction)', '20')
    .option('--follow', 'keep waiting for new documents when the queue is empty')
    .option('--poll <duration>', 'how often an idle worker looks for work', '1s')
    .option('--max-attempts <n>', 'claims of one document before it is failed', '5')
    .option('--budget <duration>', 'time one document may take before it fails with timeout', `${DEFAULT_BUDGET_MS / 1000}s`);
  withExamples(worker, [
    ['rasad worker --pg "$PG" --concurrency 4', 'drain the queue with 4 analysis threads, then exit'],
    ['rasad worker --pg "$PG" --follow --lease 2m', 'keep working as documents are queued'],
  ]).action(async (o: WorkerFlags) => {
    const opts = {
      concurrency: parseIntOption(o.concurrency, '--concurrency', 1, 256),
      leaseMs: parseDurationOption(o.lease, '--lease', { minMs: 1000, maxMs: 86_400_000 }),
      batchSize: parseIntOption(o.batch, '--batch', 1, 10_000),
      follow: !!o.follow,
      pollMs: parseDurationOption(o.poll, '--poll', { minMs: 10, maxMs: 3_600_000 }),
      maxAttempts: parseIntOption(o.maxAttempts, '--max-attempts', 1, 1000),
      budgetMs: parseDurationOption(o.budget, '--budget', { minMs: 1 }),
    };
    checkPgUrl(o.pg);
    const [{ openStore }, { runWorker }] = await Promise.all([import('../store/open.js'), import('../queue/worker.js')]);
    // Opened once first, so that a wrong URL or a server that does not answer is reported as such.
    await (await openStore({ pg: o.pg })).close();
    const totals = await runWorker(o.pg, { ...opts, signal: stopSignal() });
    process.stderr.write(
      `rasad worker: ${totals.jobs} documents in ${totals.batches} batches: ${totals.added} added, ${totals.skipped} already stored, ` +
        `${totals.errors} errors${totals.lost ? `, ${totals.lost} taken over by other workers` : ''}\n`,
    );
  });
}
