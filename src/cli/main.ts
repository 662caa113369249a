#!/usr/bin/env node
// The `rasad` command line.
import { Command, CommanderError } from 'commander';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runAnalyze } from './analyze.js';
import { runExplain } from './explain.js';
import { ingestPaths } from './ingest.js';
import { SqliteStore, DEFAULT_DB } from '../store/sqlite.js';
import { printSummary } from './summary.js';
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
  .option('--max-mb <n>', 'largest document accepted, in MB', '10')
  .action(async (paths: string[], o: { db: string; maxMb: string }) => {
    const store = new SqliteStore(o.db);
    try {
      const r = await ingestPaths(store, paths, { maxBytes: Number(o.maxMb) * 1048576 });
      process.stderr.write(`rasad: ${r.added} added, ${r.skipped} already stored, ${r.errors} errors -> ${o.db}\n`);
      process.exitCode = r.errors ? 1 : 0;
    } finally {
      await store.close();
    }
  });

program
  .command('stats')
  .description('print what a store holds')
  .option('--db <file>', 'SQLite database file', DEFAULT_DB)
  .action(async (o: { db: string }) => {
    const store = new SqliteStore(o.db);
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
  .option('-n, --limit <n>', 'hits', '10')
  .action(async (q: string[], o: { db: string; limit: string }) => {
    const store = new SqliteStore(o.db);
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
  .description('the main job on the bundled sample corpus: analyse it into a database and print what was found')
  .option('--db <file>', 'SQLite database file', path.join('.rasad', 'sample.db'))
  .action(async (o: { db: string }) => {
    const store = new SqliteStore(o.db);
    try {
      const r = await ingestPaths(store, [SAMPLES_DIR], { progress: false });
      process.stdout.write(`Rasad analysed the sample corpus (${SAMPLES_DIR}) into ${o.db}: ${r.added} new, ${r.skipped} already stored, ${r.errors} errors.\n\n`);
      await printSummary(store, (l) => process.stdout.write(l + '\n'));
    } finally {
      await store.close();
    }
  });

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
