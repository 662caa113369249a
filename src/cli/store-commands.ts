// The commands that read or fill a store: stats, search, report, export, serve and demo. Each
// opens its store with --db or --pg; the read commands refuse a store that does not exist. What a
// command runs is imported when it runs (start-up of the other commands does not load it).
import type { Command } from 'commander';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { runExport } from './export.js';
import { withExamples } from './help.js';
import { parseChoice, parseDurationOption, parseIntOption } from './options.js';
import { DEFAULT_BUDGET_MS } from '../workers/pool.js';
import { openStoreFor, storeName, withStore, withStoreOptions, type StoreFlags } from './store-options.js';

const here = path.dirname(fileURLToPath(import.meta.url));
export const SAMPLES_DIR = path.resolve(here, '..', '..', 'samples');

const out = (l: string) => process.stdout.write(l + '\n');

function port(v: string): number {
  return parseIntOption(v, '--port', 0, 65535);
}

export function registerStoreCommands(program: Command): void {
  const stats = withStoreOptions(program.command('stats').description('print what a store holds'));
  withExamples(stats, [
    ['rasad stats', 'the default store, .rasad/rasad.db'],
    ['rasad stats --pg postgres://postgres@127.0.0.1:5432/rasad', 'a PostgreSQL store'],
  ]).action(async (o: StoreFlags) => {
    const { printSummary } = await import('./summary.js');
    await withStore(o, 'read', (store) => printSummary(store, out));
  });

  const search = withStoreOptions(
    program.command('search').description('full-text search over stored documents (Arabic normalised and stemmed)').argument('<query...>'),
  ).option('-n, --limit <n>', 'hits', '10');
  withExamples(search, [
    ['rasad search المساعدات الإنسانية', 'documents that mention both words, in any form'],
    ['rasad search --db wires.db -n 50 غارة', 'the first 50 hits in wires.db'],
  ]).action(async (q: string[], o: StoreFlags & { limit: string }) => {
    const limit = parseIntOption(o.limit, '--limit', 1, 10_000);
    await withStore(o, 'read', async (store) => {
      for (const h of await store.search(q.join(' '), limit)) out(`${h.id.slice(0, 12)}  ${h.title ?? ''}\n    ${h.snippet}`);
    });
  });

  const report = withStoreOptions(
    program.command('report').description('stories, their timelines, the claims board and the top actor pairs of a store'),
  ).option('-f, --format <format>', 'text | json | html', 'text');
  withExamples(report, [
    ['rasad report', 'a text report of .rasad/rasad.db'],
    ['rasad report --pg "$PG" --format html > report.html', 'one HTML file from a PostgreSQL store'],
  ]).action(async (o: StoreFlags & { format: string }) => {
    const format = parseChoice(o.format, '--format', ['text', 'json', 'html'] as const);
    const [{ allDocuments }, { buildCorpus }, { reportHtml, reportJson, reportText }] = await Promise.all([
      import('../store/all-documents.js'), import('../corpus/index.js'), import('../corpus/report.js'),
    ]);
    await withStore(o, 'read', async (store) => {
      const docs = [];
      for await (const d of allDocuments(store)) docs.push(d);
      const view = buildCorpus(docs);
      out(format === 'json' ? reportJson(view) : format === 'html' ? reportHtml(view) : reportText(view));
    });
  });

  const exp = withStoreOptions(
    program
      .command('export')
      .description('write the stored events as jsonl, gdelt (TSV), acled (CSV), plover (JSONL) or geojson')
      .requiredOption('-f, --format <format>', 'jsonl | gdelt | acled | plover | geojson'),
  )
    .option('-o, --output <file>', 'output file (default: standard output)')
    .option('--type <types>', 'PLOVER types, comma separated')
    .option('--actor <actor>', 'entity id or part of an actor name')
    .option('--country <iso3>', 'source or target country (ISO alpha-3)')
    .option('--place <place>', 'location entity id or part of its name')
    .option('--from <date>', 'first date (YYYY[-MM[-DD]])')
    .option('--to <date>', 'last date, inclusive')
    .option('--modality <m>', 'asserted, claimed, denied, ... (comma separated)')
    .option('--text <query>', 'only events of documents matching this full-text query')
    .option('--limit <n>', 'most events');
  withExamples(exp, [
    ['rasad export -f acled -o events.csv', 'every stored event as ACLED CSV'],
    ['rasad export --pg "$PG" -f gdelt --country YEM --from 2024-03', 'Yemen events from March 2024 on, as GDELT TSV'],
  ]).action(async (o: StoreFlags & { format: string; output?: string } & Record<string, string | undefined>) => {
    const { checkExportOptions, runExport } = await import('./export.js');
    checkExportOptions(o as Parameters<typeof runExport>[1]);
    await withStore(o, 'read', async (store) => {
      const s = await runExport(store, o as Parameters<typeof runExport>[1]);
      process.stderr.write(`rasad: ${s.written} records written from ${s.events} events${o.output ? ` -> ${o.output}` : ''}\n`);
    });
  });

  const serve = withStoreOptions(program.command('serve').description('serve the HTTP API and the web UI over a store'))
    .option('--host <host>', 'address to bind (writes need --token off loopback)', '127.0.0.1')
    .option('--port <n>', 'port', '8080')
    .option('--token <token>', 'token required for writes (default: $RASAD_TOKEN)')
    .option('--budget <duration>', 'CPU time one posted document may take in the analysis thread before it fails with timeout', `${DEFAULT_BUDGET_MS / 1000}s`);
  withExamples(serve, [
    ['rasad serve --db wires.db', 'the web UI on http://127.0.0.1:8080/'],
    ['rasad serve --pg "$PG" --host 0.0.0.0 --token s3cret', 'a store the workers fill, on every interface'],
  ]).action(async (o: StoreFlags & { host: string; port: string; token?: string; budget: string }) => {
    const p = port(o.port);
    const { runServe } = await import('./serve.js');
    const budgetMs = parseDurationOption(o.budget, '--budget', { minMs: 1 });
    const store = await openStoreFor(o, 'read');
    try {
      await runServe(store, { host: o.host, port: p, token: o.token, budgetMs });
    } catch (e) {
      await store.close();
      throw e;
    }
  });

  const demo = withStoreOptions(
    program
      .command('demo')
      .description('the main job on the bundled sample corpus: analyse it into a database, print what was found, then serve the web UI on it'),
    path.join('.rasad', 'sample.db'),
  )
    .option('--no-serve', 'print the summary and exit without serving the web UI')
    .option('--host <host>', 'address to bind', '127.0.0.1')
    .option('--port <n>', 'port (the next free one up to +10 when busy)', '8080');
  withExamples(demo, [
    ['rasad demo', 'analyse the samples into .rasad/sample.db and serve the web UI'],
    ['rasad demo --no-serve --db /tmp/sample.db', 'print the summary only'],
  ]).action(async (o: StoreFlags & { serve: boolean; host: string; port: string }) => {
    const p = port(o.port);
    const [{ ingestPaths }, { printSummary }, { runServe }] = await Promise.all([import('./ingest.js'), import('./summary.js'), import('./serve.js')]);
    const store = await openStoreFor(o, 'write');
    let serving = false;
    try {
      const r = await ingestPaths(store, [SAMPLES_DIR], { progress: false });
      out(`Rasad analysed the sample corpus (${SAMPLES_DIR}) into ${await storeName(o)}: ${r.added} new, ${r.skipped} already stored, ${r.errors} errors.\n`);
      await printSummary(store, out);
      if (o.serve) {
        out('');
        await runServe(store, { host: o.host, port: p }, 11);
        serving = true;
      }
    } finally {
      if (!serving) await store.close();
    }
  });
}
