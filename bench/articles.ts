// The articles the benchmarks read: the first N records of a SaudiNewsNet-style .jsonl.gz corpus (each record
// read as `ingest` reads it), or the bundled samples when the corpus is absent. Shared by bench/run.ts and
// bench/threads.ts so that both measure the same articles.
import { createReadStream } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { readInputs, recordToRaw, DEFAULT_MAX_BYTES, type RawDoc } from '../src/ingest/read.js';

/** The first `limit` readable records of a gzipped JSON Lines corpus, named `snn#<n>`. */
export async function realArticles(corpus: string, limit: number): Promise<RawDoc[]> {
  const out: RawDoc[] = [];
  for await (const d of eachRealArticle(corpus, limit)) out.push(d);
  return out;
}

/** The same records one at a time, none held after it is handed on. */
export async function* eachRealArticle(corpus: string, limit: number): AsyncGenerator<RawDoc> {
  const lines = createInterface({ input: createReadStream(corpus).pipe(createGunzip()), crlfDelay: Infinity });
  let n = 0;
  try {
    for await (const line of lines) {
      if (!line.trim()) continue;
      const r = recordToRaw(JSON.parse(line), `snn#${n}`, DEFAULT_MAX_BYTES);
      if (r.ok) {
        n++;
        yield r.doc;
      }
      if (n >= limit) break;
    }
  } finally {
    lines.close();
  }
}

/** Every readable document of the checkout's samples/ folder. */
export async function sampleArticles(root: string): Promise<RawDoc[]> {
  const out: RawDoc[] = [];
  for await (const r of readInputs([path.join(root, 'samples')])) if (r.ok) out.push(r.doc);
  return out;
}
