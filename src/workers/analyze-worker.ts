// A worker thread of the analysis pool (src/workers/pool.ts): raw results in, analyses out.
// The pipeline is pure, so a thread needs nothing but the message.
import { analyzeResult } from '../pipeline.js';
import { serveAnalysis } from './serve.js';

serveAnalysis(analyzeResult);
