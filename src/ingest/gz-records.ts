// The first N readable records of a gzipped JSON Lines corpus (SaudiNewsNet's layout), one at a time and each
// read as `ingest` reads a record, none held after it is handed on: the benchmarks' articles.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { recordToRaw, DEFAULT_MAX_BYTES, type RawDoc } from './read.js';

/** Records named `snn#<n>` in file order; unreadable ones are skipped and not counted. */
export async function* eachGzRecord(file: string, limit: number): AsyncGenerator<RawDoc> {
  const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
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
