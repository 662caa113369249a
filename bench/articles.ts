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
  const lines = createInterface({ input: createReadStream(corpus).pipe(createGunzip()), crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line.trim()) continue;
    const r = recordToRaw(JSON.parse(line), `snn#${out.length}`, DEFAULT_MAX_BYTES);
    if (r.ok) out.push(r.doc);
    if (out.length >= limit) break;
  }
  lines.close();
  return out;
}

/** Every readable document of the checkout's samples/ folder. */
export async function sampleArticles(root: string): Promise<RawDoc[]> {
  const out: RawDoc[] = [];
  for await (const r of readInputs([path.join(root, 'samples')])) if (r.ok) out.push(r.doc);
  return out;
}
