// POST /api/documents: the body is read and checked here, analysed in a worker thread (never on
// the event loop: reads go on being served meanwhile) and stored. An analysis that takes longer
// than `waitMs` is answered 202 with a status URL (GET /api/jobs/:id) that gives the outcome.
import type { Context } from 'hono';
import { isErrorDoc, type AnalysisResult, type Doc } from '../doc.js';
import { readBuffer, recordToRaw, type RawResult } from '../ingest/read.js';
import type { Store } from '../store/store.js';
import { startModuleWorker } from './module-worker.js';
import type { ReadTask } from './read-worker.js';

export class BodyError extends Error {
  constructor(readonly status: 400 | 413 | 415 | 422, message: string) {
    super(message);
  }
}

export interface Analyzer {
  analyze(raw: RawResult): Promise<AnalysisResult>;
}

type Outcome = { status: 200 | 201 | 422; body: Record<string, unknown> };

interface Job {
  id: string;
  input: string;
  outcome: Outcome | null;
}

/** Reads HTML in a worker thread, ended after `budgetMs` (the document then fails with `timeout`). */
function readHtmlInThread(task: ReadTask, budgetMs = 30_000): Promise<RawResult | null> {
  return new Promise((resolve) => {
    const w = startModuleWorker('read-worker', task);
    const done = (r: RawResult | null) => {
      clearTimeout(timer);
      void w.terminate();
      resolve(r);
    };
    const fail = (code: string, message: string) => done({ ok: false, input: task.input, error: { code, message } });
    const timer = setTimeout(() => fail('timeout', `reading the HTML took more than ${budgetMs / 1000} s`), budgetMs);
    w.once('message', (r: RawResult | null) => done(r));
    w.once('error', (e) => fail('bad_html', e.message));
    w.once('exit', (code) => fail('bad_html', `the reading thread exited with code ${code}`));
  });
}

/** Reads the request body into a raw document (JSON record, plain text or HTML; HTML in a thread). */
export async function readBody(c: Context, input: string, maxBody: number): Promise<RawResult> {
  const type = (c.req.header('content-type') ?? '').split(';')[0].trim().toLowerCase();
  if (type === 'application/json') {
    let rec: unknown;
    try {
      rec = await c.req.json();
    } catch {
      throw new BodyError(400, 'the body is not valid JSON');
    }
    if (!rec || typeof rec !== 'object' || Array.isArray(rec)) throw new BodyError(400, 'the body must be a JSON object {title, text|html, published, outlet, url}');
    const r = rec as Record<string, unknown>;
    for (const k of ['title', 'text', 'html', 'published', 'outlet', 'url']) {
      if (r[k] != null && typeof r[k] !== 'string') throw new BodyError(400, `${k} must be a string`);
    }
    if (typeof r.published === 'string' && r.published && !/^\d{4}-\d{2}-\d{2}/.test(r.published)) throw new BodyError(400, 'published must be an ISO date (YYYY-MM-DD)');
    const record = { title: r.title, text: r.text, html: r.html, published: r.published, outlet: r.outlet, url: r.url };
    if (typeof r.html === 'string' && r.html.trim() && !(typeof r.text === 'string' && r.text.trim())) {
      const raw = await readHtmlInThread({ record, input, maxBody });
      if (!raw) throw new BodyError(422, 'no document in the body');
      return raw;
    }
    return recordToRaw(record, input, maxBody);
  }
  if (type === 'text/plain' || type === 'text/html') {
    const bytes = new Uint8Array(await c.req.arrayBuffer());
    const result = type === 'text/html' ? await readHtmlInThread({ bytes, input, maxBody }) : (readBuffer(bytes, input, '.txt', maxBody)[0] ?? null);
    if (!result) throw new BodyError(422, 'no document in the body');
    return result;
  }
  throw new BodyError(415, 'send application/json, text/plain or text/html');
}

export class DocumentJobs {
  private jobs = new Map<string, Job>();
  private next = 1;

  constructor(private store: Store, private analyzer: () => Analyzer, private onStored: () => void, private keep = 1000) {}

  private async run(raw: RawResult): Promise<Outcome> {
    if (!raw.ok) return { status: 422, body: { error: `${raw.error.code}: ${raw.error.message}` } };
    const doc = await this.analyzer().analyze(raw);
    if (isErrorDoc(doc)) {
      // A timeout or a failure stays on record, as in a batch ingest.
      await this.store.putBatch([doc]);
      return { status: 422, body: { error: `${doc.error.code}: ${doc.error.message}`, code: doc.error.code } };
    }
    const r = await this.store.putBatch([doc]);
    this.onStored();
    return { status: r.added === 1 ? 201 : 200, body: summary(doc, r.added === 1) };
  }

  /** Starts the analysis; resolves with its outcome, or with null after `waitMs` (at once when 0; the job runs on). */
  async submit(raw: RawResult, waitMs: number): Promise<{ job: Job; outcome: Outcome | null }> {
    const job: Job = { id: `job-${this.next++}`, input: raw.ok ? raw.doc.input : raw.input, outcome: null };
    this.jobs.set(job.id, job);
    for (const k of this.jobs.keys()) {
      if (this.jobs.size <= this.keep) break;
      if (this.jobs.get(k)!.outcome) this.jobs.delete(k);
    }
    const done = this.run(raw).then(
      (o) => (job.outcome = o),
      (e: Error) => (job.outcome = { status: 422, body: { error: `analysis_failed: ${e.message}` } }),
    );
    if (waitMs <= 0) return { job, outcome: null };
    let timer: NodeJS.Timeout | undefined;
    const waited = await Promise.race([done, new Promise<null>((r) => (timer = setTimeout(() => r(null), waitMs)))]);
    clearTimeout(timer);
    return { job, outcome: waited };
  }

  get(id: string): Job | undefined {
    return this.jobs.get(id);
  }
}

function summary(doc: Doc, added: boolean): Record<string, unknown> {
  const counts = {
    sentences: doc.sentences.length,
    entities: doc.entities.length,
    times: doc.times.length,
    quantities: doc.quantities.length,
    quotes: doc.quotes.length,
    events: doc.events.length,
  };
  return { id: doc.id, added, title: doc.source.title, counts, warnings: doc.warnings ?? [] };
}
