// The ingest part of `npm run bench:pipeline`, in a process of its own so that its peak RSS is the
// ingest's alone: articles are streamed from the corpus one at a time (as `rasad ingest` reads a file),
// never all held, analysed and stored in batches of 200 into a fresh SQLite file. The pipeline and the
// store come from dist/ when built (no TypeScript compiler loaded for them), from src/ otherwise.
// Usage (bench/run.ts spawns it): ingest-child.ts CORPUS.jsonl.gz|- LIMIT DB_FILE; prints one JSON line.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { eachRealArticle, sampleArticles } from './articles.js';

type Pipeline = typeof import('../src/pipeline.js');
type Sqlite = typeof import('../src/store/sqlite.js');

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const built = existsSync(path.join(root, 'dist/pipeline.js'));
const load = async <T>(m: string): Promise<T> => (await import(built ? pathToFileURL(path.join(root, 'dist', `${m}.js`)).href : `../src/${m}.js`)) as T;

const [corpus, limitText, dbFile] = process.argv.slice(2);
const [{ analyzeRaw }, { SqliteStore }] = await Promise.all([load<Pipeline>('pipeline'), load<Sqlite>('store/sqlite')]);
const articles = corpus === '-' ? (await sampleArticles(root))[Symbol.iterator]() : eachRealArticle(corpus, Number(limitText));
const store = new SqliteStore(dbFile);
let warm = false;
let t = process.cpuUsage();
let batch: ReturnType<typeof analyzeRaw>[] = [];
for await (const d of articles) {
  if (!warm) {
    // The knowledge is loaded before the clock starts, as in bench/run.ts.
    analyzeRaw(d);
    warm = true;
    t = process.cpuUsage();
  }
  batch.push(analyzeRaw(d));
  if (batch.length === 200) {
    await store.putBatch(batch);
    batch = [];
  }
}
await store.putBatch(batch);
const u = process.cpuUsage(t);
await store.close();
console.log(JSON.stringify({ cpu: (u.user + u.system) / 1e6, rssMb: process.resourceUsage().maxRSS / 1024, from: built ? 'dist' : 'src' }));
