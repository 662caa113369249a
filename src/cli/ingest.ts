// `rasad ingest`: analyse inputs and store them, one transaction per batch. With `threads`, the
// analysis runs in a pool of worker threads while this thread reads and stores, in input order,
// each document under the pool's time budget; without, this thread checks a CPU-time budget between
// the pipeline's stages. A document whose content is stored already is not analysed again, so a
// resumed run only does what is left.
import { availableParallelism } from 'node:os';
import type { AnalysisResult } from '../doc.js';
import { isErrorDoc } from '../doc.js';
import { readInputs, type RawResult } from '../ingest/read.js';
import { analyzeResult, assembleDoc, newRunCaches, type AnalysisBudget, type AssembledDoc } from '../pipeline.js';
import type { PutResult, Store } from '../store/store.js';
import { AnalysisPool, DEFAULT_BUDGET_MS } from '../workers/pool.js';
import { progressBar, type Progress } from './progress.js';

/** Text held in analyses waiting to be stored: past it, the batch is stored whatever its count, so
 * that a few long documents (and their layers) are not held beside a full batch of others. */
export const BATCH_CHARS = 2_000_000;

export interface IngestOptions {
  batchSize?: number;
  maxBytes?: number;
  warn?: (line: string) => void;
  /** A progress reporter to tick (stopped at the end), or whether to show one without a total. */
  progress?: boolean | Progress;
  /** Worker threads for analysis (0 or absent: analyse in this thread). */
  threads?: number;
  /** An analysis pool to use (and leave open) instead of starting one for `threads`. */
  pool?: AnalysisPool;
  /** Time budget of one document, in ms (default DEFAULT_BUDGET_MS; 0: none): the thread's CPU time in the pool,
   * CPU time checked between stages in this thread. An overrun is the document's `timeout` error record. */
  budgetMs?: number;
}

/** The process's CPU time (user + system) and the wall time, in ms. */
export interface BudgetClock {
  cpu: () => number;
  wall: () => number;
}

const PROCESS_CLOCK: BudgetClock = {
  cpu: () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  },
  wall: () => performance.now(),
};

/** The share of the budget by which the CPU reading a document's budget starts from may predate the document. */
export const BUDGET_READING_SLACK = 0.05;

/** A CPU-time budget for each document analysed in this thread, asked between the pipeline's stages
 * (a stage already running is not cut short: the thread pool is the hard bound). The process's CPU time is read
 * only once the wall time, times the cores it may run on, could exceed the budget: it cannot have used more. A read
 * of it (getrusage, which sums every thread of the process) is slow on a loaded machine: about 2 ms of CPU each in
 * an ingest on the shared 2-core machine, 4% of the run with one per document. So a document's budget starts from a
 * reading shared with the documents before it, taken anew only when it is older (in wall time, times the cores) than
 * BUDGET_READING_SLACK of the budget; the CPU the process may have spent between that reading and the document's start
 * is deducted before comparing, so a document within its budget never fails, and one over it fails at most that
 * share of the budget later. */
export function cpuBudgets(ms: number, cores = availableParallelism(), clock: BudgetClock = PROCESS_CLOCK): () => AnalysisBudget {
  if (!ms) return () => ({});
  let reading: { cpu: number; wall: number } | null = null;
  return () => {
    const wallStart = clock.wall();
    if (!reading || (wallStart - reading.wall) * cores > ms * BUDGET_READING_SLACK) reading = { cpu: clock.cpu(), wall: clock.wall() };
    const start = reading;
    // The most CPU the process can have spent between the reading and this document's start.
    const before = Math.max(0, wallStart - start.wall) * cores;
    return {
      overBudget: () => {
        if ((clock.wall() - wallStart) * cores <= ms) return false;
        return clock.cpu() - start.cpu - before > ms;
      },
    };
  };
}

/**
 * True when the document of this assembled read result is stored already. The content id is the
 * hash of the cleaned text, which is a function of the raw content alone (assembling is cheap and
 * linear), so this is the check putBatch makes, done before the analysis instead of after it; the
 * analysis in this thread then takes the assembled document instead of assembling and hashing again.
 */
async function storedAlready(store: Store, done: AssembledDoc | null): Promise<boolean> {
  return done ? store.hasDocument(done.id) : false;
}

export async function ingestPaths(store: Store, paths: string[], opts: IngestOptions = {}): Promise<PutResult> {
  const batchSize = opts.batchSize ?? 200;
  const warn = opts.warn ?? ((l: string) => process.stderr.write(l + '\n'));
  const total: PutResult = { added: 0, skipped: 0, errors: 0 };
  const progress = typeof opts.progress === 'object' ? opts.progress : progressBar(opts.progress ?? true);
  let batch: AnalysisResult[] = [];
  let batchChars = 0;
  const flush = async () => {
    if (!batch.length) return;
    const r = await store.putBatch(batch);
    total.added += r.added;
    total.skipped += r.skipped;
    total.errors += r.errors;
    batch = [];
    batchChars = 0;
  };
  const take = async (doc: AnalysisResult) => {
    if (isErrorDoc(doc)) warn(`rasad: ${doc.input}: ${doc.error.code}: ${doc.error.message}`);
    else batchChars += doc.text.length;
    batch.push(doc);
    progress.tick(doc.input);
    if (batch.length >= batchSize || batchChars >= BATCH_CHARS) await flush();
  };
  const inputs = async function* () {
    for await (const raw of readInputs(paths, { maxBytes: opts.maxBytes })) {
      const done = raw.ok ? assembleDoc(raw.doc) : null;
      if (await storedAlready(store, done)) {
        total.skipped++;
        progress.tick(raw.ok ? raw.doc.input : raw.input);
      } else yield { raw, done };
    }
  };
  const threads = opts.pool ? opts.pool.size : Math.floor(opts.threads ?? 0);
  if (threads > 0) {
    const pool = opts.pool ?? new AnalysisPool(threads, { budgetMs: opts.budgetMs });
    try {
      // A FIFO of analyses in flight: results are taken in input order; the window bounds memory.
      const window: Promise<AnalysisResult>[] = [];
      const limit = threads * 4;
      for await (const { raw } of inputs()) {
        window.push(pool.analyze(raw));
        if (window.length >= limit) await take(await window.shift()!);
      }
      while (window.length) await take(await window.shift()!);
    } finally {
      if (!opts.pool) await pool.close();
    }
  } else {
    const budgetMs = opts.budgetMs ?? DEFAULT_BUDGET_MS;
    const run = newRunCaches();
    const budget = cpuBudgets(budgetMs);
    for await (const { raw, done } of inputs()) await take(analyzeResult(raw, budget(), done ?? undefined, run));
  }
  await flush();
  progress.stop();
  return total;
}
