// A pool of worker threads that run the analysis pipeline, so that analysing uses every core while
// the main thread reads inputs and writes the store. Results come back through promises; callers
// that need input order keep their own FIFO of promises (see ingestPaths).
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import type { AnalysisResult, ErrorDoc } from '../doc.js';
import type { RawDoc, RawResult } from '../ingest/read.js';

interface Task {
  id: number;
  raw: RawResult;
  resolve: (d: AnalysisResult) => void;
}

interface Slot {
  worker: Worker;
  busy: Map<number, Task>;
  dead: boolean;
  ready: boolean;
}

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

/** A worker thread running the analysis script, from dist/ or under tsx. */
export function startWorker(): Worker {
  const { url, ts } = workerScript();
  if (!ts) return new Worker(url, { execArgv: [] });
  const api = import.meta.resolve('tsx/esm/api');
  const boot = `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(url.href)}); });`;
  return new Worker(boot, { eval: true, execArgv: [] });
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

  constructor(threads: number = defaultThreads(), opts: { perThread?: number } = {}) {
    this.size = Math.max(1, Math.floor(threads));
    this.perThread = opts.perThread ?? 2;
    for (let i = 0; i < this.size; i++) this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    const worker = startWorker();
    const slot: Slot = { worker, busy: new Map(), dead: false, ready: false };
    worker.on('message', (m: { id?: number; doc?: AnalysisResult; ready?: boolean }) => {
      if (m.ready) {
        slot.ready = true;
        this.startFailures = 0;
        return;
      }
      if (m.id === undefined) return;
      const task = slot.busy.get(m.id);
      if (!task) return;
      slot.busy.delete(m.id);
      task.resolve(m.doc!);
      this.pump();
    });
    const die = (why: string) => {
      if (slot.dead) return;
      slot.dead = true;
      // What the thread held becomes error records; a fresh thread takes its place.
      for (const task of slot.busy.values()) task.resolve(crashed(task.raw, why));
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
    worker.on('error', (e) => die(e.message));
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
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}

function crashed(raw: RawResult, why: string): ErrorDoc {
  return { id: null, input: raw.ok ? raw.doc.input : raw.input, error: { code: 'analysis_failed', message: why } };
}
