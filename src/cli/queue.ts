// `rasad enqueue` and `rasad worker`: a work queue in PostgreSQL for many workers on many machines.
import { Command, CommanderError } from 'commander';
import { PostgresStore, redactPgUrl } from '../store/postgres.js';
import { PgQueue } from '../queue/pg-queue.js';
import { enqueuePaths } from '../queue/enqueue.js';
import { runWorker } from '../queue/worker.js';
import { DEFAULT_BUDGET_MS } from '../workers/pool.js';
import { parseDuration } from '../watch/duration.js';

const usage = (message: string) => new CommanderError(2, 'rasad.usage', message);

function positiveInt(v: string, what: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw usage(`${what} must be a positive whole number: ${v}`);
  return n;
}

function duration(v: string, what: string): number {
  try {
    return parseDuration(v);
  } catch (e) {
    throw usage(`${what}: ${(e as Error).message}`);
  }
}

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

export function registerQueueCommands(program: Command): void {
  program
    .command('enqueue')
    .description('queue documents in PostgreSQL for `rasad worker` (queuing the same document twice adds nothing)')
    .argument('<paths...>', 'files, directories, or - for standard input')
    .requiredOption('--pg <url>', 'PostgreSQL URL (postgres://user@host:5432/db[?schema=name])')
    .option('--max-mb <n>', 'largest document accepted, in MB', '10')
    .action(async (paths: string[], o: { pg: string; maxMb: string }) => {
      const store = await PostgresStore.open(o.pg);
      try {
        const r = await enqueuePaths(new PgQueue(store), paths, { maxBytes: Number(o.maxMb) * 1048576 });
        const c = await new PgQueue(store).counts();
        process.stderr.write(
          `rasad: ${r.added} queued, ${r.existing} already queued, ${r.errors} unreadable -> ${redactPgUrl(o.pg)} ` +
            `(queue: ${c.pending} pending, ${c.running} running, ${c.done} done, ${c.failed} failed)\n`,
        );
        process.exitCode = r.errors ? 1 : 0;
      } finally {
        await store.close();
      }
    });

  program
    .command('worker')
    .description('analyse queued documents into PostgreSQL; exits when the queue is empty unless --follow')
    .requiredOption('--pg <url>', 'PostgreSQL URL (postgres://user@host:5432/db[?schema=name])')
    .option('--concurrency <n>', 'batches at once; above 1, analysis runs in that many worker threads', '1')
    .option('--lease <duration>', 'how long a claim holds before another worker may take it over', '60s')
    .option('--batch <n>', 'documents per claim (and per transaction)', '20')
    .option('--follow', 'keep waiting for new documents when the queue is empty')
    .option('--poll <duration>', 'how often an idle worker looks for work', '1s')
    .option('--max-attempts <n>', 'claims of one document before it is failed', '5')
    .option('--budget <duration>', 'time one document may take before it fails with timeout', `${DEFAULT_BUDGET_MS / 1000}s`)
    .action(async (o: { pg: string; concurrency: string; lease: string; batch: string; follow?: boolean; poll: string; maxAttempts: string; budget: string }) => {
      const totals = await runWorker(o.pg, {
        concurrency: positiveInt(o.concurrency, '--concurrency'),
        leaseMs: duration(o.lease, '--lease'),
        batchSize: positiveInt(o.batch, '--batch'),
        follow: !!o.follow,
        pollMs: duration(o.poll, '--poll'),
        maxAttempts: positiveInt(o.maxAttempts, '--max-attempts'),
        budgetMs: duration(o.budget, '--budget'),
        signal: stopSignal(),
      });
      process.stderr.write(
        `rasad worker: ${totals.jobs} documents in ${totals.batches} batches: ${totals.added} added, ${totals.skipped} already stored, ` +
          `${totals.errors} errors${totals.lost ? `, ${totals.lost} taken over by other workers` : ''}\n`,
      );
    });
}
