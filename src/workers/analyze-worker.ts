// A worker thread of the analysis pool (src/workers/pool.ts): raw results in, analyses out.
// The pipeline is pure, so a thread needs nothing but the message.
import { parentPort } from 'node:worker_threads';
import { analyzeResult } from '../pipeline.js';
import type { RawResult } from '../ingest/read.js';

if (!parentPort) throw new Error('analyze-worker must run in a worker thread');
const port = parentPort;
port.on('message', (m: { id: number; raw: RawResult }) => {
  port.postMessage({ id: m.id, doc: analyzeResult(m.raw) });
});
port.postMessage({ ready: true });
