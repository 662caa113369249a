// How far V8 lets the JavaScript heap grow over what a full collection left live. V8 picks the factor from the
// collector's speed against the program's allocation rate, measured in wall time, up to 4×: an ingest keeps about
// 100 MB live (knowledge, bounded word caches), and its heap grew with the run and with the machine's load (the
// first 20,000 SaudiNewsNet reports: peak RSS 574 MB at 2,000, 735 MB at 20,000, 841 MB at 4,000 on a loaded
// machine), while the live heap after a full collection stayed flat. A fixed factor makes the peak a function of
// what is live alone: with it (and the NER word cache bounded, src/ner/word-info.ts) 417 MB at 2,000 and 454 MB at
// 20,000, where main peaked at 649 and 754 MB; it costs some CPU in collections (about 10% in a
// 4,000-article run). Process-wide (worker threads share it); set once at start-up, before the work.
import v8 from 'node:v8';

/** The heap may grow to (1 + HEAP_GROWING_PERCENT / 100) × the live heap before the next full collection. */
export const HEAP_GROWING_PERCENT = 50;

/** Fixes V8's heap growing factor for this process (idempotent). */
export function boundHeapGrowth(percent = HEAP_GROWING_PERCENT): void {
  if (percent > 0) v8.setFlagsFromString(`--heap-growing-percent=${Math.round(percent)}`);
}
