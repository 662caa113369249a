#!/usr/bin/env node
// The `rasad` command line.
import { Command, CommanderError } from 'commander';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runAnalyze } from './analyze.js';
import { runExplain } from './explain.js';
import { ingestPaths } from './ingest.js';
import { DEFAULT_BUDGET_MS } from '../workers/pool.js';
import { describeStore, openStore } from '../store/open.js';
import { registerQueueCommands } from './queue.js';
import { registerWatchCommand } from './watch.js';
import { SqliteStore, DEFAULT_DB } from '../store/sqlite.js';
import { printSummary } from './summary.js';
import { runServe } from './serve.js';
import { runExport, UsageError } from './export.js';
import { allDocuments } from '../store/all-documents.js';
import { buildCorpus } from '../corpus/index.js';
import { reportHtml, reportJson, reportText } from '../corpus/report.js';

const here = path.dirname(fileURLToPath(import.meta.url));
export const SAMPLES_DIR = path.resolve(here, '..', '..', 'samples');

const program = new Command();
program
  .name('rasad')
  .description('Reads Arabic news reports and turns them into coded conflict events with provenance.')
  .version('0.1.0')
  .exitOverride();

program
  .command('analyze')
  .description('analyse documents and print the contract JSON, one line per document')
  .argument('<paths...>', 'files, directories, or - for standard input')
  .option('-f, --format <format>', 'jsonl | conll', 'jsonl')
  .option('--max-mb <n>', 'largest document accepted, in MB', '10')
  .action(async (paths: string[], o: { format: string; maxMb: string }) => {
    if (o.format !== 'jsonl' && o.format !== 'conll') throw new CommanderError(2, 'rasad.usage', `unknown format: ${o.format}`);
    process.exitCode = await runAnalyze(paths, { format: o.format, maxBytes: Number(o.maxMb) * 1048576 });
  });

program
  .command('explain')
  .description('analyse documents and print, per event, the trigger, the rule that fired and the sentence')
  .argument('<paths...>', 'files, directories, or - for standard input')
  .action(async (paths: string[]) => {
    process.exitCode = await runExplain(paths, (l) => process.stdout.write(l + '\n'));
  });

program
  .command('ingest')
  .description('analyse documents and store them (idempotent by content id)')
  .argument('<paths...>', 'files, directories, or - for standard input')
  .option('--db <file>', 'SQLite database file', DEFAULT_DB)
  .option('--pg <url>', 'PostgreSQL URL instead of SQLite (postgres://user@host:5432/db[?schema=name])')
  .option('--threads <n>', 'analyse in this many worker threads (0: in the main thread)', '0')
  .option('--max-mb <n>', 'largest document accepted, in MB', '10')
  .option('--budget <seconds>', 'with --threads: time one document may take before it fails with timeout', String(DEFAULT_BUDGET_MS / 1000))
  .action(async (paths: string[], o: { db: string; pg?: string; threads: string; maxMb: string; budget: string }) => {
    const threads = Number(o.threads);
    if (!Number.isInteger(threads) || threads < 0) throw new CommanderError(2, 'rasad.usage', `--threads must be a whole number: ${o.threads}`);
    const budget = Number(o.budget);
    if (!(budget > 0)) throw new CommanderError(2, 'rasad.usage', `--budget must be a positive number of seconds: ${o.budget}`);
    const store = await openStore({ db: o.db, pg: o.pg });
    try {
      const r = await ingestPaths(store, paths, { maxBytes: Number(o.maxMb) * 1048576, threads, budgetMs: budget * 1000 });
      process.stderr.write(`rasad: ${r.added} added, ${r.skipped} already stored, ${r.errors} errors -> ${describeStore({ db: o.db, pg: o.pg })}\n`);
      process.exitCode = r.errors ? 1 : 0;
    } finally {
      await store.close();
    }
  });

program
  .command('stats')
  .description('print what a store holds')
  .option('--db <file>', 'SQLite database file', DEFAULT_DB)
  .option('--pg <url>', 'PostgreSQL URL instead of SQLite')
  .action(async (o: { db: string; pg?: string }) => {
    const store = await openStore({ db: o.db, pg: o.pg });
    try {
      await printSummary(store, (l) => process.stdout.write(l + '\n'));
    } finally {
      await store.close();
    }
  });

program
  .command('search')
  .description('full-text search over stored documents (Arabic normalised and stemmed)')
  .argument('<query...>')
  .option('--db <file>', 'SQLite database file', DEFAULT_DB)
  .option('--pg <url>', 'PostgreSQL URL instead of SQLite')
  .option('-n, --limit <n>', 'hits', '10')
  .action(async (q: string[], o: { db: string; pg?: string; limit: string }) => {
    const store = await openStore({ db: o.db, pg: o.pg });
    try {
      for (const h of await store.search(q.join(' '), Number(o.limit))) {
        process.stdout.write(`${h.id.slice(0, 12)}  ${h.title ?? ''}\n    ${h.snippet}\n`);
      }
    } finally {
      await store.close();
    }
  });

program
  .command('report')
  .description('stories, their timelines, the claims board and the top actor pairs of a store')
  .option('--db <file>', 'SQLite database file', DEFAULT_DB)
  .option('-f, --format <format>', 'text | json | html', 'text')
  .action(async (o: { db: string; format: string }) => {
    if (!['text', 'json', 'html'].includes(o.format)) throw new CommanderError(2, 'rasad.usage', `unknown format: ${o.format}`);
    const store = new SqliteStore(o.db);
    try {
      const docs = [];
      for await (const d of allDocuments(store)) docs.push(d);
      const view = buildCorpus(docs);
      process.stdout.write((o.format === 'json' ? reportJson(view) : o.format === 'html' ? reportHtml(view) : reportText(view)) + '\n');
    } finally {
      await store.close();
    }
  });

program
  .command('demo')
  .description('the main job on the bundled sample corpus: analyse it into a database, print what was found, then serve the web UI on it')
  .option('--db <file>', 'SQLite database file', path.join('.rasad', 'sample.db'))
  .option('--no-serve', 'print the summary and exit without serving the web UI')
  .option('--host <host>', 'address to bind', '127.0.0.1')
  .option('--port <n>', 'port (the next free one up to +10 when busy)', '8080')
  .action(async (o: { db: string; serve: boolean; host: string; port: string }) => {
    const store = new SqliteStore(o.db);
    const serve = o.serve;
    let serving = false;
    try {
      const r = await ingestPaths(store, [SAMPLES_DIR], { progress: false });
      process.stdout.write(`Rasad analysed the sample corpus (${SAMPLES_DIR}) into ${o.db}: ${r.added} new, ${r.skipped} already stored, ${r.errors} errors.\n\n`);
      await printSummary(store, (l) => process.stdout.write(l + '\n'));
      if (serve) {
        process.stdout.write('\n');
        await runServe(store, { host: o.host, port: Number(o.port) }, 11);
        serving = true;
      }
    } finally {
      if (!serving) await store.close();
    }
  });

program
  .command('serve')
  .description('serve the HTTP API and the web UI over a store')
  .option('--db <file>', 'SQLite database file', DEFAULT_DB)
  .option('--host <host>', 'address to bind (writes need --token off loopback)', '127.0.0.1')
  .option('--port <n>', 'port', '8080')
  .option('--token <token>', 'token required for writes (default: $RASAD_TOKEN)')
  .action(async (o: { db: string; host: string; port: string; token?: string }) => {
    const port = Number(o.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new CommanderError(2, 'rasad.usage', `bad port: ${o.port}`);
    const store = new SqliteStore(o.db);
    try {
      await runServe(store, { host: o.host, port, token: o.token });
    } catch (e) {
      await store.close();
      throw e;
    }
  });

program
  .command('export')
  .description('write the stored events as jsonl, gdelt (TSV), acled (CSV), plover (JSONL) or geojson')
  .requiredOption('-f, --format <format>', 'jsonl | gdelt | acled | plover | geojson')
  .option('--db <file>', 'SQLite database file', DEFAULT_DB)
  .option('-o, --output <file>', 'output file (default: standard output)')
  .option('--type <types>', 'PLOVER types, comma separated')
  .option('--actor <actor>', 'entity id or part of an actor name')
  .option('--country <iso3>', 'source or target country (ISO alpha-3)')
  .option('--place <place>', 'location entity id or part of its name')
  .option('--from <date>', 'first date (YYYY[-MM[-DD]])')
  .option('--to <date>', 'last date, inclusive')
  .option('--modality <m>', 'asserted, claimed, denied, ... (comma separated)')
  .option('--text <query>', 'only events of documents matching this full-text query')
  .option('--limit <n>', 'most events')
  .action(async (o: { db: string; format: string; output?: string } & Record<string, string | undefined>) => {
    const store = new SqliteStore(o.db);
    try {
      const s = await runExport(store, o as Parameters<typeof runExport>[1]);
      process.stderr.write(`rasad: ${s.written} records written from ${s.events} events${o.output ? ` -> ${o.output}` : ''}\n`);
    } catch (e) {
      if (e instanceof UsageError) throw new CommanderError(2, 'rasad.usage', e.message);
      throw e;
    } finally {
      await store.close();
    }
  });

registerQueueCommands(program);
registerWatchCommand(program);

async function main(): Promise<void> {
  // A closed pipe (rasad ... | head) ends the run quietly.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  try {
    await program.parseAsync(process.argv);
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.exitCode !== 0 && e.code === 'rasad.usage') process.stderr.write(`rasad: ${e.message}\n`);
      process.exitCode = e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help' ? 0 : 2;
      return;
    }
    process.stderr.write(`rasad: ${(e as Error).stack ?? e}\n`);
    process.exitCode = 2;
  }
}

await main();
