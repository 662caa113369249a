// An analysis thread for tests: the real pipeline, except that a document whose body holds
// SLOW_MARK never finishes (a deliberately slow path), one holding MEMORY_MARK keeps allocating and
// one holding WAIT_MARK sleeps WAIT_MS (wall time without CPU time) before it is analysed.
import { analyzeResult } from '../../src/pipeline.js';
import { serveAnalysis } from '../../src/workers/serve.js';
import { MEMORY_MARK, SLOW_MARK, WAIT_MARK, WAIT_MS } from './marks.js';

serveAnalysis((raw) => {
  if (raw.ok && raw.doc.body.includes(SLOW_MARK)) {
    let n = 0;
    for (;;) n = (n + 1) % 1_000_003;
  }
  if (raw.ok && raw.doc.body.includes(MEMORY_MARK)) {
    const hoard: number[][] = [];
    for (;;) hoard.push(new Array(1_000_000).fill(hoard.length));
  }
  if (raw.ok && raw.doc.body.includes(WAIT_MARK)) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, WAIT_MS);
  return analyzeResult(raw);
});
