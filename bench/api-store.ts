// The store `npm run bench:api` reads: 5,000 documents made by recombining and varying the
// paragraphs of the bundled samples (seeded, so every build is the same), analysed by the real
// pipeline. Built once and cached (RASAD_BENCH_DB, default /tmp/rasad-bench-api/store-<n>.db).
import { existsSync, promises as fs, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { readInputs } from '../src/ingest/read.js';
import { analyzeResult } from '../src/pipeline.js';
import { recordToRaw } from '../src/ingest/read.js';
import { SqliteStore } from '../src/store/sqlite.js';
import { mulberry32 } from '../src/random.js';

const OUTLETS = ['وكالة رصد للأنباء', 'الشرق اليوم', 'أخبار الخليج', 'صوت النيل', 'المرصد الإخباري'];

const rng = mulberry32;

async function samplePool(samplesDir: string): Promise<{ titles: string[]; paragraphs: string[] }> {
  const titles: string[] = [];
  const paragraphs: string[] = [];
  for await (const r of readInputs([samplesDir])) {
    if (!r.ok) continue;
    const lines = r.doc.body.split(/\n+/).map((l) => l.trim()).filter((l) => l.length > 40);
    const [first, ...rest] = r.doc.titleInBody ? lines : [r.doc.title ?? lines[0], ...lines];
    if (first) titles.push(first);
    paragraphs.push(...rest.filter((l) => /[.،]/.test(l)));
  }
  return { titles, paragraphs };
}

/** Document i: a title and 3-6 paragraphs of the pool, with its numbers varied. */
function generated(i: number, pool: { titles: string[]; paragraphs: string[] }): Record<string, string> {
  const r = rng(i * 7919 + 17);
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)];
  const vary = (s: string) => s.replace(/\d+/g, (d) => String(Math.max(2, Math.round(Number(d) * (0.5 + r())))));
  const n = 3 + Math.floor(r() * 4);
  const paras = Array.from({ length: n }, () => vary(pick(pool.paragraphs)));
  const day = new Date(Date.UTC(2023, 0, 1) + Math.floor(r() * 700) * 86_400_000).toISOString().slice(0, 10);
  return { title: vary(pick(pool.titles)), text: `${paras.join('\n\n')}\n\n(${i})`, published: day, outlet: pick(OUTLETS), url: `https://example.org/bench/${i}` };
}

/** Opens the cached bench store, building it first when absent. */
export async function benchStore(samplesDir: string, docs: number, log: (s: string) => void): Promise<{ store: SqliteStore; file: string; built: boolean }> {
  const file = process.env.RASAD_BENCH_DB ?? path.join('/tmp', 'rasad-bench-api', `store-${docs}.db`);
  if (existsSync(file)) return { store: new SqliteStore(file), file, built: false };
  await fs.mkdir(path.dirname(file), { recursive: true });
  const partial = `${file}.partial`;
  rmSync(partial, { force: true });
  const store = new SqliteStore(partial);
  const pool = await samplePool(samplesDir);
  for (let i = 0; i < docs; i += 100) {
    const batch = [];
    for (let j = i; j < Math.min(docs, i + 100); j++) batch.push(analyzeResult(recordToRaw(generated(j, pool), `bench:${j}`, 1 << 20)));
    await store.putBatch(batch);
    log(`bench store: ${Math.min(docs, i + 100)} / ${docs} documents`);
  }
  await store.close();
  for (const ext of ['-wal', '-shm']) rmSync(partial + ext, { force: true });
  renameSync(partial, file);
  return { store: new SqliteStore(file), file, built: true };
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  const docs = Number(process.argv[2] ?? 5000);
  const { store, file } = await benchStore(path.resolve('samples'), docs, (s) => process.stderr.write(s + '\n'));
  const st = await store.stats();
  console.log(`${file}: ${st.documents} documents, ${st.events} events`);
  await store.close();
}
