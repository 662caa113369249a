// `rasad watch`: polls RSS/Atom feeds and stores new articles as they arrive. The watcher is imported
// when the command runs.
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import type { PollReport } from '../watch/watcher.js';
import { stopSignal } from './queue.js';
import { UsageError } from './errors.js';
import { withExamples } from './help.js';
import { parseDurationOption, parseIntOption } from './options.js';
import { storeName, withStore, withStoreOptions, type StoreFlags } from './store-options.js';

const line = (r: PollReport) =>
  `${r.feeds} feeds (${r.notModified} unchanged, ${r.feedErrors} failed), ${r.items} items: ${r.added} new, ` +
  `${r.seen} seen before, ${r.duplicates} duplicates, ${r.failed} failed`;

type WatchFlags = StoreFlags & { feeds: string; every: string; once?: boolean; timeout: string; delay: string; retries: string };

export function registerWatchCommand(program: Command): void {
  const cmd = withStoreOptions(
    program
      .command('watch')
      .description('poll RSS/Atom feeds, fetch the articles they link to, and analyse and store the new ones')
      .requiredOption('--feeds <file>', 'feed URLs, one per line (# comments)')
      .option('--every <duration>', 'time between polls (at least 1s)', '10m'),
  )
    .option('--once', 'poll once and exit')
    .option('--timeout <duration>', 'per request', '20s')
    .option('--delay <duration>', 'minimum time between two requests to one host (0 for none)', '1s')
    .option('--retries <n>', 'retries on network errors and 5xx, with exponential backoff', '3');
  withExamples(cmd, [
    ['rasad watch --feeds feeds.txt --every 10m', 'poll every 10 minutes into .rasad/rasad.db'],
    ['rasad watch --feeds feeds.txt --once --pg "$PG"', 'one pass into PostgreSQL, e.g. from cron'],
  ]).action(async (o: WatchFlags) => {
    const every = parseDurationOption(o.every, '--every', { minMs: 1000 });
    const timeoutMs = parseDurationOption(o.timeout, '--timeout', { minMs: 100, maxMs: 3_600_000 });
    const minDelayMs = parseDurationOption(o.delay, '--delay', { minMs: 0, maxMs: 3_600_000 });
    const retries = parseIntOption(o.retries, '--retries', 0, 100);
    const [{ parseFeedList, Watcher }, { watchStateFor }] = await Promise.all([import('../watch/watcher.js'), import('../watch/state.js')]);
    let feeds: string[];
    try {
      feeds = parseFeedList(readFileSync(o.feeds, 'utf8'));
    } catch (e) {
      throw new UsageError(`--feeds ${o.feeds}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}`);
    }
    if (!feeds.length) throw new UsageError(`--feeds: no feed URLs in ${o.feeds}`);
    const bad = feeds.find((f) => !/^https?:\/\/[^/\s]/i.test(f));
    if (bad) throw new UsageError(`--feeds ${o.feeds}: not an http(s) URL: ${bad}`);
    const log = (l: string) => process.stderr.write(l + '\n');
    await withStore(o, 'write', async (store) => {
      const watcher = new Watcher({ feeds, store, state: watchStateFor(store, log), http: { timeoutMs, minDelayMs, retries }, log });
      const where = await storeName(o);
      if (o.once) {
        const r = await watcher.pollOnce();
        log(`rasad watch: ${line(r)} -> ${where}`);
        process.exitCode = r.feedErrors || r.failed ? 1 : 0;
      } else {
        log(`rasad watch: ${feeds.length} feeds every ${o.every} -> ${where}, watch state in the same store (Ctrl-C to stop)`);
        await watcher.run(every, stopSignal(), (r) => log(`rasad watch: ${new Date().toISOString()} ${line(r)}`));
      }
    });
  });
}
