// How far V8 lets the JavaScript heap grow over what a full collection left live. V8 picks the factor from the
// collector's speed against the program's allocation rate, measured in wall time, up to 4×: an ingest keeps about
// 100 MB live (knowledge, bounded word caches), and its heap grew with the run and with the machine's load (the
// first 20,000 SaudiNewsNet reports: peak RSS 574 MB at 2,000, 735 MB at 20,000, 841 MB at 4,000 on a loaded
// machine), while the live heap after a full collection stayed flat. A fixed factor makes the peak a function of
// what is live alone: 1.5× gave 437 MB at 2,000 and 509 MB at 20,000 beside 649 and 754 MB (the same run, side by
// side), for about 10% more CPU in collections (2× gave 519 MB at 6,000). Process-wide (worker threads share it);
// set once at start-up, before the work.
import v8 from 'node:v8';

/** The heap may grow to (1 + HEAP_GROWING_PERCENT / 100) × the live heap before the next full collection. */
export const HEAP_GROWING_PERCENT = 50;

/** Fixes V8's heap growing factor for this process (idempotent). */
export function boundHeapGrowth(percent = HEAP_GROWING_PERCENT): void {
  if (percent > 0) v8.setFlagsFromString(`--heap-growing-percent=${Math.round(percent)}`);
}
