// Words that make test/hostile/slow-analysis-worker.ts take its slow or hungry path.
export const SLOW_MARK = 'SLOW-PATH-FOR-TESTS';
export const MEMORY_MARK = 'MEMORY-PATH-FOR-TESTS';
export const SLOW_WORKER = new URL('./slow-analysis-worker.ts', import.meta.url);
/** A document holding this waits WAIT_MS of wall time without using CPU, then is analysed. */
export const WAIT_MARK = 'WAIT-PATH-FOR-TESTS';
export const WAIT_MS = 1500;
