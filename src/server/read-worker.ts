// A worker thread that reads one posted HTML body (or JSON record with html) into a raw document:
// HTML parsing and article extraction may be slow on hostile markup, and must not hold the
// server's event loop.
import { parentPort, workerData } from 'node:worker_threads';
import { readBuffer, recordToRaw, type RawResult } from '../ingest/read.js';

export interface ReadTask {
  input: string;
  maxBody: number;
  record?: Record<string, unknown>;
  bytes?: Uint8Array;
}

if (!parentPort) throw new Error('read-worker must run in a worker thread');
const t = workerData as ReadTask;
let out: RawResult | null;
try {
  out = t.record ? recordToRaw(t.record, t.input, t.maxBody) : (readBuffer(t.bytes!, t.input, '.html', t.maxBody)[0] ?? null);
} catch (e) {
  out = { ok: false, input: t.input, error: { code: 'bad_html', message: (e as Error).message } };
}
parentPort.postMessage(out);
