// A pool of worker threads that run the analysis pipeline, so that analysing uses every core while
// the main thread reads inputs and writes the store. Results come back through promises; callers
// that need input order keep their own FIFO of promises (see ingestPaths).
//
// Each document runs under a time budget (DEFAULT_BUDGET_MS, `budgetMs`): a thread works through
// the documents it holds in order, so the pool knows which one is running and since when. The budget
// is the CPU time of the thread (thread-cpu.ts: /proc/self/task/<tid>/stat; wall time where there is
// no /proc), so a loaded machine does not time documents out; a document also fails when its wall
// time reaches WALL_FACTOR times the budget (a thread that runs nothing). One that
// overruns becomes a `timeout` error record, its thread is terminated and replaced, and the other
// documents that thread held go back to the front of the queue. A thread that runs out of memory
// (`memoryMb`) is handled the same way, with the error code `too_complex`.
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { isErrorDoc, type AnalysisResult, type ErrorDoc } from '../doc.js';
import type { RawDoc, RawResult } from '../ingest/read.js';
import { sharedData, type SharedData } from './shared-data.js';
import { usePrebuiltNer } from './ner-prebuilt.js';
import { threadClock } from './thread-cpu.js';

interface Task {
  id: number;
  raw: RawResult;
  resolve: (d: AnalysisResult) => void;
}

interface Slot {
  worker: Worker;
  /** Tasks sent to the thread, in the order it runs them: the first is the one running. */
  busy: Map<number, Task>;
  dead: boolean;
  ready: boolean;
  /** The budget check of the running task, and when that task started (on `clock`, and wall time). */
  timer: NodeJS.Timeout | null;
  startedAt: number;
  wallStart: number;
  /** The thread's CPU time (wall time until it says its id, or where /proc is missing). */
  clock: { now: () => number; cpu: boolean };
  die: (why: string) => void;
}

export interface PoolOptions {
  /** Tasks a thread may hold at once (default 2). */
  perThread?: number;
  /** CPU time one document may take in its thread, in ms (default DEFAULT_BUDGET_MS; 0: none). */
  budgetMs?: number;
  /** Heap limit of each thread, in MB (default DEFAULT_THREAD_MEMORY_MB). */
  memoryMb?: number;
  /** The thread script (default: analyze-worker beside this module); it must call serveAnalysis. */
  script?: URL;
  /** Told of each document a thread finished (or overran): its input, ms of its thread's CPU time (wall time without /proc) and error code. */
  onDone?: (input: string, ms: number, code: string | null) => void;
}

/**
 * Per-document budget. Generous because some stages still grow faster than the text (a 190 KB
 * report takes over 10 s): the bound exists to stop a pathological document, not a long report.
 */
export const DEFAULT_BUDGET_MS = 60_000;
/**
 * A thread holds about 310 MB once the pipeline is loaded; 512 MB of heap lets the large documents
 * of bench:hostile through (a 5 MB line, a 190 KB report) and keeps two threads and the main thread
 * near 1 GB. V8 grows a heap lazily up to its limit, so a higher limit mostly means more garbage.
 */
export const DEFAULT_THREAD_MEMORY_MB = 512;

/**
 * The young generation of each thread, in MB (semi-spaces of a third of it). V8 sizes a thread's young generation
 * from its heap limit (48 MB under DEFAULT_THREAD_MEMORY_MB); twice that, an analysis thread of 1,000 SaudiNewsNet
 * reports runs about 75 scavenges instead of 130 and 4-5 mark-compacts instead of 8 (fewer of the run caches' words
 * promoted before they die), its peak RSS about the same.
 */
export const THREAD_YOUNG_MB = 96;

/** A document also fails when its wall time reaches this many times its (CPU) budget. */
export const WALL_FACTOR = 20;

/**
 * Where the worker script is: beside this module, as .js in dist/ or .ts under tsx. A .ts script
 * needs tsx's loader in the thread too; on Node 20 `execArgv: ['--import', 'tsx']` does not reach
 * the worker's entry module, so the thread starts from a tiny bootstrap that registers tsx's
 * loader (tsx/esm/api) and then imports the script.
 */
export function workerScript(): { url: URL; ts: boolean } {
  const ts = import.meta.url.endsWith('.ts');
  return { url: new URL(`./analyze-worker.${ts ? 'ts' : 'js'}`, import.meta.url), ts };
}

/**
 * A worker thread running the analysis script (or `script`), from dist/ or under tsx, given the
 * NER models and word tables this thread shares (shared-data.ts) in workerData.
 */
export function startWorker(script?: URL, memoryMb?: number, shared?: SharedData): Worker {
  const url = script ?? workerScript().url;
  const resourceLimits = { maxYoungGenerationSizeMb: THREAD_YOUNG_MB, ...(memoryMb ? { maxOldGenerationSizeMb: memoryMb } : {}) };
  const workerData = shared ? { shared } : undefined;
  if (!url.pathname.endsWith('.ts')) return new Worker(url, { execArgv: [], resourceLimits, workerData });
  const api = import.meta.resolve('tsx/esm/api');
  const boot = `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(url.href)}); });`;
  return new Worker(boot, { eval: true, execArgv: [], resourceLimits, workerData });
}

export function defaultThreads(): number {
  return Math.max(1, availableParallelism());
}

export class AnalysisPool {
  readonly size: number;
  private slots: Slot[] = [];
  private queue: Task[] = [];
  private nextId = 1;
  private closed = false;
  /** Set when threads keep dying before they start (a broken install): tasks then fail at once. */
  private broken: string | null = null;
  private startFailures = 0;
  /** Tasks a thread may hold at once: a little read-ahead so that no thread waits for work. */
  private readonly perThread: number;
  readonly budgetMs: number;
  private readonly memoryMb: number;
  private readonly script: URL | undefined;
  private readonly onDone: PoolOptions['onDone'];
  /** Loaded once here and handed to every thread (also to the ones that replace a thread); undefined
   * when it cannot be loaded here: each thread then loads its own, and reports the failure as it did. */
  private readonly shared: SharedData | undefined;
  /** Documents the threads have answered (analyses and their error records). */
  analysed = 0;

  constructor(threads: number = defaultThreads(), opts: PoolOptions = {}) {
    this.size = Math.max(1, Math.floor(threads));
    this.perThread = opts.perThread ?? 2;
    this.budgetMs = opts.budgetMs ?? DEFAULT_BUDGET_MS;
    this.memoryMb = opts.memoryMb ?? DEFAULT_THREAD_MEMORY_MB;
    this.script = opts.script;
    this.onDone = opts.onDone;
    this.shared = loadShared();
    for (let i = 0; i < this.size; i++) this.slots.push(this.spawn());
  }

  /** Starts the budget of the task a thread runs now (the first it holds), if any. */
  private arm(slot: Slot): void {
    if (slot.timer) clearInterval(slot.timer);
    slot.timer = null;
    slot.startedAt = slot.clock.now();
    slot.wallStart = performance.now();
    const head = slot.busy.values().next();
    // A thread's start (loading the pipeline) is not charged to its first document.
    if (head.done || !this.budgetMs || !slot.ready || slot.dead) return;
    const task = head.value;
    const budget = this.budgetMs;
    const check = () => {
      const cpu = slot.clock.now() - slot.startedAt;
      const wall = performance.now() - slot.wallStart;
      if (cpu >= budget) this.overrun(slot, task, 'timeout', `analysis took longer than its budget of ${budget / 1000} s${slot.clock.cpu ? ' of CPU time' : ''}`);
      else if (wall >= budget * WALL_FACTOR) this.overrun(slot, task, 'timeout', `analysis took longer than ${(budget * WALL_FACTOR) / 1000} s`);
    };
    slot.timer = setInterval(check, Math.min(250, Math.max(5, Math.floor(budget / 20))));
  }

  private report(slot: Slot, doc: AnalysisResult): void {
    this.onDone?.(doc.input, slot.clock.now() - slot.startedAt, isErrorDoc(doc) ? doc.error.code : null);
  }

  /** Fails the running task, gives the thread's other tasks back to the queue and replaces the thread. */
  private overrun(slot: Slot, task: Task, code: string, why: string): void {
    if (slot.dead) return;
    slot.busy.delete(task.id);
    this.report(slot, failed(task.raw, code, why));
    task.resolve(failed(task.raw, code, why));
    // Not started yet: they run on another thread, ahead of the queue, in their order.
    this.queue.unshift(...slot.busy.values());
    slot.busy.clear();
    void slot.worker.terminate();
    slot.die(why);
  }

  private spawn(): Slot {
    const worker = startWorker(this.script, this.memoryMb, this.shared);
    const slot: Slot = { worker, busy: new Map(), dead: false, ready: false, timer: null, startedAt: 0, wallStart: 0, clock: threadClock(null), die: () => {} };
    worker.on('message', (m: { id?: number; json?: string; ready?: boolean; tid?: number | null }) => {
      if (m.ready) {
        slot.ready = true;
        slot.clock = threadClock(m.tid ?? null);
        this.startFailures = 0;
        this.arm(slot);
        return;
      }
      if (m.id === undefined) return;
      const task = slot.busy.get(m.id);
      if (!task) return;
      slot.busy.delete(m.id);
      this.analysed++;
      const doc = JSON.parse(m.json!) as AnalysisResult;
      this.report(slot, doc);
      task.resolve(doc);
      this.arm(slot);
      this.pump();
    });
    const die = (why: string) => {
      if (slot.dead) return;
      slot.dead = true;
      if (slot.timer) clearInterval(slot.timer);
      // The running task becomes an error record, the others wait again; a fresh thread takes its place.
      const [head, ...rest] = slot.busy.values();
      if (head) head.resolve(crashed(head.raw, why));
      if (!this.closed) this.queue.unshift(...rest);
      else for (const task of rest) task.resolve(crashed(task.raw, why));
      slot.busy.clear();
      if (!slot.ready && ++this.startFailures >= 3 && !this.closed) {
        this.broken = `analysis threads fail to start: ${why}`;
        for (const task of this.queue) task.resolve(crashed(task.raw, this.broken));
        this.queue = [];
        return;
      }
      if (!this.closed && !this.broken) {
        const i = this.slots.indexOf(slot);
        if (i >= 0) this.slots[i] = this.spawn();
        this.pump();
      }
    };
    slot.die = die;
    worker.on('error', (e) => {
      const head = slot.busy.values().next();
      if ((e as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY' && slot.ready && !head.done) {
        this.overrun(slot, head.value, 'too_complex', `analysis needed more than ${this.memoryMb} MB`);
      } else die(e.message);
    });
    worker.on('exit', (code) => die(`analysis thread exited with code ${code}`));
    return slot;
  }

  private pump(): void {
    while (this.queue.length) {
      let best: Slot | null = null;
      for (const s of this.slots) if (!s.dead && s.busy.size < this.perThread && (!best || s.busy.size < best.busy.size)) best = s;
      if (!best) return;
      const task = this.queue.shift()!;
      best.busy.set(task.id, task);
      best.worker.postMessage({ id: task.id, raw: task.raw });
      if (best.busy.size === 1) this.arm(best);
    }
  }

  /** The analysis of one read result (as analyzeResult gives it); never rejects. */
  analyze(raw: RawResult): Promise<AnalysisResult> {
    if (this.closed || this.broken) return Promise.resolve(crashed(raw, this.broken ?? 'analysis pool is closed'));
    return new Promise((resolve) => {
      this.queue.push({ id: this.nextId++, raw, resolve });
      this.pump();
    });
  }

  analyzeRaw(doc: RawDoc): Promise<AnalysisResult> {
    return this.analyze({ ok: true, doc });
  }

  /** Resolves once every thread has loaded the pipeline and analysed a first (tiny) document. */
  async warm(): Promise<void> {
    const doc = (i: number): RawDoc => ({ input: `warm-up#${i}`, title: null, body: 'قصفت القوات مواقع في المدينة.', published: null, outlet: null, url: null, warnings: [] });
    await Promise.all(Array.from({ length: this.size }, (_, i) => this.analyzeRaw(doc(i))));
  }

  /** Tasks waiting or running. */
  get pending(): number {
    return this.queue.length + this.slots.reduce((n, s) => n + s.busy.size, 0);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const task of this.queue) task.resolve(crashed(task.raw, 'analysis pool is closed'));
    this.queue = [];
    for (const s of this.slots) if (s.timer) clearInterval(s.timer);
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}

function loadShared(): SharedData | undefined {
  try {
    // The prebuilt file's arrays when it is current (ner-prebuilt.ts): the main thread decodes no model file either.
    usePrebuiltNer();
    return sharedData();
  } catch {
    return undefined;
  }
}

function failed(raw: RawResult, code: string, why: string): ErrorDoc {
  return { id: null, input: raw.ok ? raw.doc.input : raw.input, error: { code, message: why } };
}

const crashed = (raw: RawResult, why: string): ErrorDoc => failed(raw, 'analysis_failed', why);
