// How many documents the inputs hold, counted before they are analysed, for the progress total.
// Exact for text and HTML files and JSON lines; unknown (null) for standard input, feeds, JSON
// arrays and extension-less files, whose documents are only known once they are parsed.
import { createReadStream } from 'node:fs';
import { listFiles } from '../ingest/files.js';
import { progressBar, type Progress, type ProgressOptions } from './progress.js';

const ONE_DOCUMENT = new Set(['.txt', '.text', '.html', '.htm', '.xhtml']);
const JSON_LINES = new Set(['.jsonl', '.ndjson']);
const NEWLINE = 0x0a;

/** Lines with something other than white space (readInputs skips blank lines). */
async function countNonBlankLines(file: Buffer): Promise<number> {
  let lines = 0;
  // The line in progress across chunks: whether it has a visible byte yet.
  let content = false;
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    let start = 0;
    for (let nl = chunk.indexOf(NEWLINE, start); ; nl = chunk.indexOf(NEWLINE, start)) {
      const end = nl === -1 ? chunk.length : nl;
      // Only short segments can be blank; a long one is a record (checked byte by byte otherwise).
      if (!content) content = end - start > 8 || hasVisibleByte(chunk, start, end);
      if (nl === -1) break;
      if (content) lines++;
      content = false;
      start = nl + 1;
    }
  }
  return lines + (content ? 1 : 0);
}

function hasVisibleByte(b: Buffer, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (b[i] > 0x20) return true;
  return false;
}

async function countFile(file: Buffer, ext: string): Promise<number | null> {
  if (ONE_DOCUMENT.has(ext)) return 1;
  if (JSON_LINES.has(ext)) return countNonBlankLines(file);
  return null;
}

/** The number of documents (or error lines) `readInputs(paths)` will yield; null when not knowable cheaply. */
export async function countDocuments(paths: string[]): Promise<number | null> {
  let total = 0;
  for (const p of paths) {
    if (p === '-') return null;
    for await (const f of listFiles(p)) {
      if (!f.ok) {
        total++; // one error line
        continue;
      }
      let n: number | null;
      try {
        n = await countFile(f.path, f.ext);
      } catch {
        n = 1; // unreadable: one error line
      }
      if (n === null) return null;
      total += n;
    }
  }
  return total;
}

/**
 * Progress over the documents of `paths`, with their total when it can be counted. The count comes
 * first (a pass over the bytes, far quicker than the analysis): counted alongside the analysis it
 * would only finish at the end, since reading a file's buffered lines rarely yields to other I/O.
 */
export async function inputProgress(paths: string[], opts: ProgressOptions = {}): Promise<Progress> {
  const total = await countDocuments(paths).catch(() => null);
  return progressBar(true, { ...opts, total });
}
