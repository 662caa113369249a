// `npm run bench:pipeline [-- --limit N]`: CPU cost of the pipeline on real text. Reads the first N
// (default 10,000) articles of ../shared/corpus/unlabelled/saudinewsnet.jsonl.gz (or --corpus FILE.jsonl.gz)
// when present, the bundled samples otherwise, and measures over the same articles, one after the other:
//   bare     one Arabic-word regex over title and text (the floor any reader pays)
//   analyze  the whole pipeline, results dropped
//   ingest   the pipeline and SQLite writes in batches of 200 (and the store's size per article), in a
//            process of its own that streams the articles (bench/ingest-child.mjs), so that its peak RSS is the ingest's
// CPU seconds are user + system (process.cpuUsage), which a loaded machine disturbs far less than
// wall time; peak RSS is the process's maximum so far. Start-up is measured in a fresh process that
// analyses one article, a sentence and a real report that loads the NER tagger (bench/startup.ts).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { countWords } from '../src/arabic/tokens.js';
import { analyzeRaw, newRunCaches } from '../src/pipeline.js';
import { boundHeapGrowth } from '../src/ingest/heap-growth.js';
import { delayTierUp } from '../src/ingest/tier-up.js';
import { realArticles, sampleArticles } from './articles.js';
import { measureStartup } from './startup.js';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const CORPUS = argValue('--corpus') ?? path.resolve(root, '../shared/corpus/unlabelled/saudinewsnet.jsonl.gz');

function argValue(flag: string): string | null {
  const i = process.argv.indexOf(flag);
  return i >= 0 ? process.argv[i + 1] ?? null : null;
}

function limitArg(): number {
  const n = Number(argValue('--limit') ?? 10_000);
  if (!Number.isInteger(n) || n < 1) throw new Error('--limit takes a positive whole number');
  return n;
}

const cpuSeconds = (since: NodeJS.CpuUsage) => {
  const d = process.cpuUsage(since);
  return (d.user + d.system) / 1e6;
};
const peakMb = () => process.resourceUsage().maxRSS / 1024;

// As `rasad` does at start-up (src/cli/main.ts).
boundHeapGrowth();
delayTierUp();

const real = existsSync(CORPUS);
const docs = real ? await realArticles(CORPUS, limitArg()) : await sampleArticles(root);
const bytes = docs.reduce((s, d) => s + Buffer.byteLength(d.title ?? '') + Buffer.byteLength(d.body), 0);
const n = docs.length;

// The knowledge is loaded before the clock starts: start-up is measured on its own below. One run's word caches
// serve every article, as in `rasad analyze`.
const run = newRunCaches();
analyzeRaw(docs[0], {}, undefined, run);

let t = process.cpuUsage();
let words = 0;
for (const d of docs) words += countWords(d.title ?? '') + countWords(d.body);
const bare = cpuSeconds(t);

t = process.cpuUsage();
let events = 0;
for (const d of docs) events += analyzeRaw(d, {}, undefined, run).events.length;
const analyze = cpuSeconds(t);
const analyzeRss = peakMb();

// Ingest runs in a process of its own that streams the articles (bench/ingest-child.mjs), as `rasad ingest`
// reads a file: its peak RSS is the ingest's, not this process's, which holds every article for the timings above.
const dir = mkdtempSync(path.join(tmpdir(), 'rasad-bench-'));
const dbFile = path.join(dir, 'bench.db');
// With dist/ built it runs in plain node, as `rasad ingest` does (no TypeScript loader thread in its RSS).
// Peak RSS when the ingest has read 2,000, 5,000, 10,000 and 20,000 articles (those within the run): it should not grow.
const checkpoints = [2000, 5000, 10_000, 20_000].filter((c) => c <= n);
const childArgs = [path.join(root, 'bench/ingest-child.mjs'), real ? CORPUS : '-', String(n), dbFile, checkpoints.join(',')];
const child = spawnSync(process.execPath, existsSync(path.join(root, 'dist/pipeline.js')) ? childArgs : ['--import', 'tsx', ...childArgs], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
if (child.status !== 0) throw new Error(`the ingest process failed (status ${child.status})`);
const ingested = JSON.parse(child.stdout.trim().split('\n').pop()!) as { cpu: number; rssMb: number; rssAt: Record<string, number>; from: string };
const ingest = ingested.cpu;
const ingestRss = ingested.rssMb;
const storeKb = statSync(dbFile).size / 1024;
rmSync(dir, { recursive: true, force: true });

const line = (name: string, cpu: number) =>
  `  ${name.padEnd(8)} ${cpu.toFixed(2).padStart(8)} CPU-s  ${(n / cpu).toFixed(1).padStart(9)} articles/CPU-s  ${(cpu / bare).toFixed(0).padStart(5)}x bare`;
console.log(`rasad bench: ${n} ${real ? 'SaudiNewsNet articles' : 'sample documents'}, ${(bytes / 1048576).toFixed(1)} MB, ${words} words, ${events} events`);
console.log(line('bare', bare));
console.log(line('analyze', analyze));
console.log(line('ingest', ingest));
console.log(`  store     ${(storeKb / n).toFixed(1)} KB per article (SQLite file after ingest)`);
console.log(`  peak RSS  ${analyzeRss.toFixed(0)} MB after analyze (holding all ${n} articles), ${ingestRss.toFixed(0)} MB ingest (own process, articles streamed, from ${ingested.from}/)`);
const curve = Object.entries(ingested.rssAt).map(([at, mb]) => `${Number(at).toLocaleString('en')}: ${mb} MB`);
if (curve.length) console.log(`  ingest peak RSS after ${curve.join(', ')} articles`);
// Start-up: a fresh process analysing one article, without and with the NER tagger (bench/startup.ts).
for (const l of measureStartup(root, docs, 1)) console.log(l);
