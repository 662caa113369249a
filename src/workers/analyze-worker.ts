// A worker thread of the analysis pool (src/workers/pool.ts): raw results in, analyses out.
// The pipeline is pure, so a thread needs nothing but the message; the thread keeps one run's word caches
// (bounded, see pipeline.ts) for the documents it analyses, as `rasad analyze` does for its run.
import { analyzeResult, newRunCaches } from '../pipeline.js';
import { serveAnalysis } from './serve.js';

const run = newRunCaches();
serveAnalysis((r) => analyzeResult(r, {}, undefined, run));
