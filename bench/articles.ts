// The articles the benchmarks read: the first N records of a SaudiNewsNet-style .jsonl.gz corpus (each record
// read as `ingest` reads it), or the bundled samples when the corpus is absent. Shared by bench/run.ts and
// bench/threads.ts so that both measure the same articles.
import path from 'node:path';
import { readInputs, type RawDoc } from '../src/ingest/read.js';
import { eachGzRecord } from '../src/ingest/gz-records.js';

/** The first `limit` readable records of a gzipped JSON Lines corpus, named `snn#<n>`. */
export async function realArticles(corpus: string, limit: number): Promise<RawDoc[]> {
  const out: RawDoc[] = [];
  for await (const d of eachRealArticle(corpus, limit)) out.push(d);
  return out;
}

/** The same records one at a time, none held after it is handed on. */
export const eachRealArticle = eachGzRecord;

/** Every readable document of the checkout's samples/ folder. */
export async function sampleArticles(root: string): Promise<RawDoc[]> {
  const out: RawDoc[] = [];
  for await (const r of readInputs([path.join(root, 'samples')])) if (r.ok) out.push(r.doc);
  return out;
}
