// Words that make test/hostile/slow-analysis-worker.ts take its slow or hungry path.
export const SLOW_MARK = 'SLOW-PATH-FOR-TESTS';
export const MEMORY_MARK = 'MEMORY-PATH-FOR-TESTS';
export const SLOW_WORKER = new URL('./slow-analysis-worker.ts', import.meta.url);
