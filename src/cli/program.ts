// The `rasad` program: every command with its options, checks and examples. A command's own modules are
// imported when it runs, so that `analyze` does not load the store, the server or the queue at start-up.
import { Command } from 'commander';
import { DEFAULT_BUDGET_MS } from '../workers/pool.js';
import { registerQueueCommands } from './queue.js';
import { registerWatchCommand } from './watch.js';
import { registerStoreCommands } from './store-commands.js';
import { withExamples } from './help.js';
import { parseChoice, parseDurationOption, parseIntOption, parseMegabytes } from './options.js';
import { storeName, withStore, withStoreOptions, type StoreFlags } from './store-options.js';

const PROGRESS_HELP = 'when stderr is not a terminal, a progress line this often (a bar on a terminal)';

export function buildProgram(): Command {
  const program = new Command();
  program
    .name('rasad')
    .description('Reads Arabic news reports and turns them into coded conflict events with provenance.')
    .version('0.1.0')
    .option('--verbose', 'when a command fails, print where (the stack trace) besides the one-line error')
    // Commander's own usage errors look like ours (commands added below inherit this).
    .configureOutput({ outputError: (s, write) => write(`rasad: ${s.replace(/^error: /, '').replace(/\n\(Did you mean (.*)\)/, ' (did you mean $1)')}`) })
    .exitOverride();
  withExamples(program, [
    ['rasad analyze samples/', 'the contract JSON of every sample, one line per document'],
    ['rasad ingest wires/ && rasad serve', 'store a folder of reports and browse it in the web UI'],
  ]);

  withExamples(
    program
      .command('analyze')
      .description('analyse documents and print the contract JSON, one line per document')
      .argument('<paths...>', 'files, directories, or - for standard input')
      .option('-f, --format <format>', 'jsonl | conll', 'jsonl')
      .option('--max-mb <n>', 'largest document accepted, in MB', '10')
      .option('--progress-every <duration>', PROGRESS_HELP, '10s'),
    [
      ['rasad analyze report.txt wires.jsonl', 'one JSON line per document on stdout'],
      ['curl -s URL | rasad analyze -', 'a page from standard input (HTML, feed or text, sniffed)'],
    ],
  ).action(async (paths: string[], o: { format: string; maxMb: string; progressEvery: string }) => {
    const format = parseChoice(o.format, '--format', ['jsonl', 'conll'] as const);
    const maxBytes = parseMegabytes(o.maxMb, '--max-mb');
    const progressIntervalMs = parseDurationOption(o.progressEvery, '--progress-every', { minMs: 1 });
    const { runAnalyze } = await import('./analyze.js');
    process.exitCode = await runAnalyze(paths, { format, maxBytes, progressIntervalMs });
  });

  withExamples(
    program
      .command('explain')
      .description('analyse documents and print, per event, the trigger, the rule that fired and the sentence')
      .argument('<paths...>', 'files, directories, or - for standard input'),
    [
      ['rasad explain samples/02-sudan-omdurman.txt', 'why each event of one report was coded'],
      ['echo "قصفت الطائرات مدينة حلب" | rasad explain -', 'one sentence from standard input'],
    ],
  ).action(async (paths: string[]) => {
    const { runExplain } = await import('./explain.js');
    process.exitCode = await runExplain(paths, (l) => process.stdout.write(l + '\n'));
  });

  withExamples(
    withStoreOptions(
      program
        .command('ingest')
        .description('analyse documents and store them (idempotent by content id)')
        .argument('<paths...>', 'files, directories, or - for standard input'),
    )
      .option('--threads <n>', 'analyse in this many worker threads (0: in the main thread)', '0')
      .option('--max-mb <n>', 'largest document accepted, in MB', '10')
      .option('--budget <duration>', 'CPU time one document may take before it fails with timeout (with --threads: the thread CPU time; without: checked between stages)', `${DEFAULT_BUDGET_MS / 1000}s`)
      .option('--progress-every <duration>', PROGRESS_HELP, '10s'),
    [
      ['rasad ingest --db wires.db wires/', 'every document under wires/ into wires.db'],
      ['rasad ingest --pg "$PG" --threads 2 feeds/*.xml', 'feed items into PostgreSQL, analysed in 2 threads'],
    ],
  ).action(async (paths: string[], o: StoreFlags & { threads: string; maxMb: string; budget: string; progressEvery: string }) => {
    const threads = parseIntOption(o.threads, '--threads', 0, 256);
    const budgetMs = parseDurationOption(o.budget, '--budget', { minMs: 1 });
    const maxBytes = parseMegabytes(o.maxMb, '--max-mb');
    const intervalMs = parseDurationOption(o.progressEvery, '--progress-every', { minMs: 1 });
    const [{ ingestPaths }, { inputProgress }] = await Promise.all([import('./ingest.js'), import('./count-inputs.js')]);
    await withStore(o, 'write', async (store) => {
      const progress = await inputProgress(paths, { intervalMs });
      try {
        const r = await ingestPaths(store, paths, { maxBytes, threads, budgetMs, progress, warn: (l) => progress.log(l) });
        process.stderr.write(`rasad: ${r.added} added, ${r.skipped} already stored, ${r.errors} errors -> ${await storeName(o)}\n`);
        process.exitCode = r.errors ? 1 : 0;
      } finally {
        progress.stop();
      }
    });
  });

  registerStoreCommands(program);
  registerQueueCommands(program);
  registerWatchCommand(program);
  return program;
}
