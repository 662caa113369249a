// `npm run bench:threads [-- --limit N --threads T --runs R]`: what analysing in worker threads costs over
// the main thread, for the same articles. Reads the first N (default 1,000) articles of
// ../shared/corpus/unlabelled/saudinewsnet.jsonl.gz (or --corpus FILE.jsonl.gz) when present, the
// bundled samples otherwise, and analyses them in two fresh processes (from dist/ when built, so that
// no TypeScript compiling is counted):
//   main     every article analysed on the main thread (analyzeResult, with one run's caches, as `rasad analyze`
//            and `ingest` do)
//   threads  the same articles through an AnalysisPool of T threads (default 2), which share the NER
//            model and word tables the main thread loaded once (src/workers/shared-data.ts)
// and prints for each its CPU seconds (user + system of the whole process, every thread included:
// process.cpuUsage, which a loaded machine disturbs far less than wall time), start-up included,
// the overhead of the threads over the main thread in %, and peak RSS. Target: overhead <= 10%.
// `--runs R` measures R pairs and prints the median overhead too (lower median of an even count).
// `--root DIR` measures another checkout's dist/ (e.g. the main branch, for a before/after).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { realArticles, sampleArticles } from './articles.js';

const here = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const root = path.resolve(argValue('--root') ?? here);
const CORPUS = argValue('--corpus') ?? path.resolve(here, '../shared/corpus/unlabelled/saudinewsnet.jsonl.gz');

function argValue(flag: string): string | null {
  const i = process.argv.indexOf(flag);
  return i >= 0 ? process.argv[i + 1] ?? null : null;
}

function positive(flag: string, dflt: number): number {
  const n = Number(argValue(flag) ?? dflt);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${flag} takes a positive whole number`);
  return n;
}

interface Run {
  cpu: number;
  rssMb: number;
  events: number;
  errors: number;
}

/** The script of one measured process: reads the articles, analyses them, prints its figures. */
function childScript(from: string, docsFile: string, threads: number): string {
  const mod = (m: string) => JSON.stringify(path.join(root, from, `${m}.${from === 'dist' ? 'js' : 'ts'}`));
  return `
    import { existsSync, readFileSync } from 'node:fs';
    // As \`rasad\` does at start-up (src/cli/main.ts), where the checkout has it.
    if (existsSync(${mod('ingest/heap-growth')})) (await import(${mod('ingest/heap-growth')})).boundHeapGrowth();
    if (existsSync(${mod('ingest/tier-up')})) (await import(${mod('ingest/tier-up')})).delayTierUp();
    const docs = JSON.parse(readFileSync(${JSON.stringify(docsFile)}, 'utf8'));
    const raws = docs.map((doc) => ({ ok: true, doc }));
    let results;
    if (${threads} > 0) {
      const { AnalysisPool } = await import(${mod('workers/pool')});
      const pool = new AnalysisPool(${threads}, { budgetMs: 0 });
      results = await Promise.all(raws.map((r) => pool.analyze(r)));
      await pool.close();
    } else {
      const { analyzeResult, newRunCaches } = await import(${mod('pipeline')});
      const run = newRunCaches();
      results = raws.map((r) => analyzeResult(r, {}, undefined, run));
    }
    const u = process.cpuUsage();
    const events = results.reduce((n, d) => n + (d.events ? d.events.length : 0), 0);
    const errors = results.filter((d) => d.error).length;
    console.log(JSON.stringify({ cpu: (u.user + u.system) / 1e6, rssMb: process.resourceUsage().maxRSS / 1024, events, errors }));`;
}

function measure(from: string, docsFile: string, threads: number): Run {
  const args = from === 'dist' ? ['--input-type=module', '-e', childScript(from, docsFile, threads)] : ['--import', 'tsx', '--input-type=module', '-e', childScript(from, docsFile, threads)];
  const r = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', maxBuffer: 1 << 24 });
  if (r.status !== 0) throw new Error(`the ${threads ? 'threads' : 'main'} run failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop()!) as Run;
}

const threads = positive('--threads', 2);
const runs = positive('--runs', 1);
const real = existsSync(CORPUS);
const docs = real ? await realArticles(CORPUS, positive('--limit', 1000)) : await sampleArticles(here);
const dir = mkdtempSync(path.join(tmpdir(), 'rasad-threads-'));
try {
  const docsFile = path.join(dir, 'docs.json');
  writeFileSync(docsFile, JSON.stringify(docs));
  const from = existsSync(path.join(root, 'dist/workers/pool.js')) ? 'dist' : 'src';
  const line = (name: string, r: Run) =>
    `  ${name.padEnd(12)} ${r.cpu.toFixed(2).padStart(8)} CPU-s  ${(docs.length / r.cpu).toFixed(1).padStart(7)} articles/CPU-s  peak RSS ${r.rssMb.toFixed(0).padStart(5)} MB  ${r.events} events, ${r.errors} errors`;
  console.log(`rasad bench:threads: ${docs.length} ${real ? 'SaudiNewsNet articles' : 'sample documents'} (from ${path.relative(process.cwd(), path.join(root, from)) || '.'}/, start-up included)`);
  const pct = (x: number) => `${x >= 0 ? '+' : ''}${x.toFixed(1)}%`;
  const overheads: number[] = [];
  // The machine's load moves between runs: each pair runs main then threads, back to back.
  for (let i = 0; i < runs; i++) {
    const main = measure(from, docsFile, 0);
    const pooled = measure(from, docsFile, threads);
    console.log(line('main thread', main));
    console.log(line(`${threads} threads`, pooled));
    const overhead = (100 * (pooled.cpu - main.cpu)) / main.cpu;
    overheads.push(overhead);
    console.log(`  overhead    ${pct(overhead)} CPU with ${threads} threads (target <= 10%)${pooled.events !== main.events ? '  WARNING: event counts differ' : ''}`);
  }
  if (runs > 1) console.log(`  median overhead of ${runs} pairs: ${pct(overheads.sort((a, b) => a - b)[Math.floor((runs - 1) / 2)])}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
