// `npm run bench`: analyse + ingest over a generated corpus of a few thousand documents.
// Prints articles/s, MB/s, peak RSS, and the ratio to a bare tokenising pass over the same bytes.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { countWords } from '../src/arabic/tokens.js';
import { analyzeRaw } from '../src/pipeline.js';
import { SqliteStore } from '../src/store/sqlite.js';
import type { Doc } from '../src/doc.js';

const N = Number(process.env.RASAD_BENCH_DOCS ?? 3000);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');

// Paragraphs from the bundled samples, recombined with a counter so that every document is new.
function paragraphs(): string[] {
  const dir = path.join(root, 'samples');
  const out: string[] = [];
  for (const f of readdirSync(dir)) {
    const raw = readFileSync(path.join(dir, f), 'utf8');
    const text = f.endsWith('.jsonl') ? raw.split('\n').filter(Boolean).map((l) => JSON.parse(l).text as string).join('\n\n') : raw.replace(/<[^>]+>/g, ' ');
    for (const p of text.split(/\n\s*\n/)) if (/[\u0600-\u06FF]{3}/.test(p) && p.length > 60) out.push(p.trim());
  }
  return out;
}

function corpus(n: number): { title: string; body: string }[] {
  const ps = paragraphs();
  let seed = 42;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  return Array.from({ length: n }, (_, i) => {
    const k = 4 + Math.floor(rnd() * 6);
    const body = Array.from({ length: k }, () => ps[Math.floor(rnd() * ps.length)]).join('\n\n');
    return { title: `تقرير رقم ${i + 1}: ${ps[i % ps.length].slice(0, 60)}`, body };
  });
}

let peakRss = 0;
const sampleRss = () => (peakRss = Math.max(peakRss, process.memoryUsage().rss));
const timer = setInterval(sampleRss, 20);

const docs = corpus(N);
const bytes = docs.reduce((s, d) => s + Buffer.byteLength(d.title) + Buffer.byteLength(d.body), 0);

let t0 = performance.now();
let words = 0;
for (const d of docs) words += countWords(d.title) + countWords(d.body);
const tokenizeSec = (performance.now() - t0) / 1000;

const dir = mkdtempSync(path.join(tmpdir(), 'rasad-bench-'));
const store = new SqliteStore(path.join(dir, 'bench.db'));
t0 = performance.now();
let batch: Doc[] = [];
for (let i = 0; i < docs.length; i++) {
  batch.push(analyzeRaw({ input: `bench#${i}`, title: docs[i].title, body: docs[i].body, published: '2024-01-01', outlet: 'bench', url: null, warnings: [] }));
  if (batch.length === 200) {
    await store.putBatch(batch);
    batch = [];
  }
}
await store.putBatch(batch);
const totalSec = (performance.now() - t0) / 1000;
sampleRss();
clearInterval(timer);
const stats = await store.stats();
await store.close();
rmSync(dir, { recursive: true, force: true });

const mb = bytes / 1048576;
console.log(`rasad bench: ${N} generated documents, ${mb.toFixed(1)} MB, ${words} words`);
console.log(`  analyse + ingest (SQLite): ${totalSec.toFixed(2)} s  ${(N / totalSec).toFixed(0)} articles/s  ${(mb / totalSec).toFixed(2)} MB/s`);
console.log(`  bare tokenising pass:      ${tokenizeSec.toFixed(3)} s  ${(mb / tokenizeSec).toFixed(1)} MB/s`);
console.log(`  ratio to tokenising:       ${(totalSec / tokenizeSec).toFixed(1)}x`);
console.log(`  peak RSS:                  ${(peakRss / 1048576).toFixed(0)} MB`);
console.log(`  stored: ${stats.documents} documents, ${stats.events} events, ${stats.entities} entities`);
