// The ingest part of `npm run bench:pipeline`, in a process of its own so that its peak RSS is the
// ingest's alone: articles are streamed from the corpus one at a time (as `rasad ingest` reads a file),
// never all held, analysed and stored in batches of 200 into a fresh SQLite file. The pipeline, the
// reader and the store come from dist/ when built, from src/ otherwise. Plain JavaScript, so that with
// dist/ built it runs in plain node as `rasad ingest` does: no TypeScript loader in the process (tsx's
// loader thread alone adds about 50 MB of RSS); bench/run.ts loads tsx only when dist/ is not built.
// Usage (bench/run.ts spawns it): ingest-child.mjs CORPUS.jsonl.gz|- LIMIT DB_FILE [CHECKPOINTS]; prints one JSON line,
// with the peak RSS so far after each article count of CHECKPOINTS (comma-separated) reached: whether memory grows with the run.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const built = existsSync(path.join(root, 'dist/pipeline.js'));
const load = (m) => import(built ? pathToFileURL(path.join(root, 'dist', `${m}.js`)).href : `../src/${m}.js`);

const [corpus, limitText, dbFile, checkpointText = ''] = process.argv.slice(2);
const checkpoints = new Set(checkpointText.split(',').filter(Boolean).map(Number));
const peakMb = () => process.resourceUsage().maxRSS / 1024;
/** Article count -> peak RSS (MB) when it was reached. */
const rssAt = {};
const [{ analyzeRaw, newRunCaches }, { SqliteStore }, { readInputs }, { eachGzRecord: eachRealArticle }, { boundHeapGrowth }, { delayTierUp }] = await Promise.all([load('pipeline'), load('store/sqlite'), load('ingest/read'), load('ingest/gz-records'), load('ingest/heap-growth'), load('ingest/tier-up')]);
// As `rasad` does at start-up (src/cli/main.ts).
boundHeapGrowth();
delayTierUp();


/** Every readable document of the checkout's samples/ folder (as bench/articles.ts reads them). */
async function* sampleArticles() {
  for await (const r of readInputs([path.join(root, 'samples')])) if (r.ok) yield r.doc;
}

const articles = corpus === '-' ? sampleArticles() : eachRealArticle(corpus, Number(limitText));
const store = new SqliteStore(dbFile);
// One run's word caches for every article, as `rasad ingest` keeps them.
const run = newRunCaches();
let warm = false;
let t = process.cpuUsage();
let batch = [];
let docs = 0;
for await (const d of articles) {
  docs++;
  if (!warm) {
    // The knowledge is loaded before the clock starts, as in bench/run.ts.
    analyzeRaw(d, {}, undefined, run);
    warm = true;
    t = process.cpuUsage();
  }
  batch.push(analyzeRaw(d, {}, undefined, run));
  if (batch.length === 200) {
    await store.putBatch(batch);
    batch = [];
  }
  if (checkpoints.has(docs)) rssAt[docs] = Math.round(peakMb());
}
await store.putBatch(batch);
const u = process.cpuUsage(t);
await store.close();
console.log(JSON.stringify({ docs, cpu: (u.user + u.system) / 1e6, rssMb: peakMb(), rssAt, from: built ? 'dist' : 'src' }));
