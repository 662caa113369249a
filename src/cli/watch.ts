// `rasad watch`: polls RSS/Atom feeds and stores new articles as they arrive.
import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { DEFAULT_DB } from '../store/sqlite.js';
import { describeStore, openStore } from '../store/open.js';
import { parseDuration } from '../watch/duration.js';
import { parseFeedList, Watcher, type PollReport } from '../watch/watcher.js';
import { watchStateFor } from '../watch/state.js';
import { stopSignal } from './queue.js';

const usage = (message: string) => new CommanderError(2, 'rasad.usage', message);

function duration(v: string, what: string): number {
  try {
    return parseDuration(v);
  } catch (e) {
    throw usage(`${what}: ${(e as Error).message}`);
  }
}

const line = (r: PollReport) =>
  `${r.feeds} feeds (${r.notModified} unchanged, ${r.feedErrors} failed), ${r.items} items: ${r.added} new, ` +
  `${r.seen} seen before, ${r.duplicates} duplicates, ${r.failed} failed`;

export function registerWatchCommand(program: Command): void {
  program
    .command('watch')
    .description('poll RSS/Atom feeds, fetch the articles they link to, and analyse and store the new ones')
    .requiredOption('--feeds <file>', 'feed URLs, one per line (# comments)')
    .option('--every <duration>', 'time between polls', '10m')
    .option('--db <file>', 'SQLite database file', DEFAULT_DB)
    .option('--pg <url>', 'PostgreSQL URL instead of SQLite')
    .option('--once', 'poll once and exit')
    .option('--timeout <duration>', 'per request', '20s')
    .option('--delay <duration>', 'minimum time between two requests to one host', '1s')
    .option('--retries <n>', 'retries on network errors and 5xx, with exponential backoff', '3')
    .action(async (o: { feeds: string; every: string; db: string; pg?: string; once?: boolean; timeout: string; delay: string; retries: string }) => {
      let feeds: string[];
      try {
        feeds = parseFeedList(readFileSync(o.feeds, 'utf8'));
      } catch (e) {
        throw usage(`--feeds: ${(e as Error).message}`);
      }
      if (!feeds.length) throw usage(`--feeds: no feed URLs in ${o.feeds}`);
      const every = duration(o.every, '--every');
      const retries = Number(o.retries);
      if (!Number.isInteger(retries) || retries < 0) throw usage(`--retries must be a whole number: ${o.retries}`);
      const store = await openStore({ db: o.db, pg: o.pg });
      const log = (l: string) => process.stderr.write(l + '\n');
      try {
        const watcher = new Watcher({
          feeds,
          store,
          state: watchStateFor(store),
          http: { timeoutMs: duration(o.timeout, '--timeout'), minDelayMs: duration(o.delay, '--delay'), retries },
          log,
        });
        const where = describeStore({ db: o.db, pg: o.pg });
        if (o.once) {
          const r = await watcher.pollOnce();
          log(`rasad watch: ${line(r)} -> ${where}`);
          process.exitCode = r.feedErrors || r.failed ? 1 : 0;
        } else {
          log(`rasad watch: ${feeds.length} feeds every ${o.every} -> ${where} (Ctrl-C to stop)`);
          await watcher.run(every, stopSignal(), (r) => log(`rasad watch: ${new Date().toISOString()} ${line(r)}`));
        }
      } finally {
        await store.close();
      }
    });
}
