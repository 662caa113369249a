// The HTTP API (Hono) and the static web UI. Everything in the store came from untrusted articles:
// the API only ever returns it as JSON or as downloads, and the UI builds its DOM with textContent.
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Store, StoredEvent } from '../store/store.js';
import { SqliteStore } from '../store/sqlite.js';
import { evidenceText } from '../export/common.js';
import { exportChunks, FORMAT_INFO, isExportFormat } from '../export/index.js';
import { eventPage, parseEventQuery, QueryError, type EventQuery, type MatchOptions } from '../export/query.js';
import { buildClaimsBoard } from '../corpus/claims.js';
import { buildNetwork } from '../corpus/network.js';
import { nameBookOf } from '../corpus/board-input.js';
import { AnalysisPool } from '../workers/pool.js';
import { hostGuard, writeGuard } from './guards.js';
import { BodyError, DocumentJobs, readBody, type Analyzer } from './post-document.js';
import { serveWebUi } from './static.js';
import { Views } from './views.js';
import { StoriesView } from './stories-view.js';
import { boardRows, memoryPredicate } from './view-filter.js';
import { OPENAPI } from './openapi.js';

export { isLoopback } from './guards.js';

export interface AppOptions {
  store: Store;
  /** Directory of the built web UI (index.html, assets/); null serves a note instead. */
  webRoot?: string | null;
  /** Required on write requests when set. */
  token?: string | null;
  /** Bound to a loopback address: writes without a token are allowed, Host headers are checked. */
  loopback?: boolean;
  /** Largest request body in bytes (default 2 MB). */
  maxBodyBytes?: number;
  /** Most events a claims board with its own window reads (default 50,000). */
  maxScan?: number;
  /** Analyses posted documents (default: one worker thread, started on the first POST). */
  analyzer?: Analyzer;
  /** CPU time one posted document may take in that thread, in ms (default the pool's DEFAULT_BUDGET_MS): past it, a `timeout` error record. */
  budgetMs?: number;
  /** How long a POST waits for its analysis before answering 202 with a status URL (default 10 s: the first post also starts the analysis thread). */
  postWaitMs?: number;
}

/** The app and what it holds open (the analysis thread): `close` when done with the app. */
export type App = Hono & { close(): Promise<void> };

/** Exports of at most this many events are kept per store version. */
const SMALL_EXPORT = 5000;

export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join('; ');

class HttpError extends Error {
  constructor(readonly status: 400 | 401 | 403 | 404 | 413 | 415 | 421 | 422, message: string) {
    super(message);
  }
}

function query(c: Context): Record<string, string | undefined> {
  return c.req.query() as Record<string, string | undefined>;
}

function parseQuery(c: Context, maxLimit: number): EventQuery {
  try {
    return parseEventQuery(query(c), maxLimit);
  } catch (e) {
    if (e instanceof QueryError) throw new HttpError(400, e.message);
    throw e;
  }
}

function intParam(c: Context, name: string, dflt: number, min: number, max: number): number {
  const v = c.req.query(name);
  if (v == null || v === '') return dflt;
  const n = Number(v);
  if (!Number.isInteger(n) || n < min || n > max) throw new HttpError(400, `${name} must be an integer from ${min} to ${max}`);
  return n;
}

function toStream(gen: AsyncGenerator<string>): ReadableStream<Uint8Array> {
  const enc = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async pull(ctrl) {
      try {
        const r = await gen.next();
        if (r.done) ctrl.close();
        else ctrl.enqueue(enc.encode(r.value));
      } catch (e) {
        ctrl.error(e);
      }
    },
    async cancel() {
      await gen.return(undefined);
    },
  });
}

/** The file of a SQLite store on disk (the stories thread reads it), else null. */
function storeFile(store: Store): string | null {
  if (!(store instanceof SqliteStore) || store.db.memory) return null;
  return store.db.name;
}

export function createApp(opts: AppOptions): App {
  const { store } = opts;
  const loopback = opts.loopback ?? true;
  const token = opts.token || null;
  const maxBody = opts.maxBodyBytes ?? 2 * 1024 * 1024;
  const maxScan = opts.maxScan ?? 50_000;
  const views = new Views(store);
  const stories = new StoriesView(store, storeFile(store));
  let pool: AnalysisPool | null = null;
  const analyzer = (): Analyzer => opts.analyzer ?? (pool ??= new AnalysisPool(1, { budgetMs: opts.budgetMs }));
  const jobs = new DocumentJobs(store, analyzer, () => undefined);
  // The views' answers, by URL, for the store version they were made from (the UI asks the same
  // pages again and again; a large board page is costly to serialise).
  const answers = new Map<string, { version: number; body: string }>();
  const exports = new Map<string, { version: number; body: string }>();
  const cachedJson = async (c: Context, version: number, make: () => Promise<unknown>): Promise<Response> => {
    const key = c.req.url;
    let hit = answers.get(key);
    if (hit?.version !== version) {
      hit = { version, body: JSON.stringify(await make()) };
      answers.delete(key);
      answers.set(key, hit);
      if (answers.size > 200) answers.delete(answers.keys().next().value as string);
    }
    return c.body(hit.body, 200, { 'Content-Type': 'application/json; charset=utf-8' });
  };
  const app = new Hono() as App;
  app.close = async () => {
    await pool?.close();
    pool = null;
  };

  // Security headers on every response.
  app.use('*', async (c, next) => {
    await next();
    c.res.headers.set('Content-Security-Policy', CSP);
    c.res.headers.set('X-Content-Type-Options', 'nosniff');
    c.res.headers.set('Referrer-Policy', 'no-referrer');
    c.res.headers.set('X-Frame-Options', 'DENY');
    c.res.headers.set('Cross-Origin-Opener-Policy', 'same-origin');
    c.res.headers.set('Cross-Origin-Resource-Policy', 'same-origin');
  });

  // One Host header; on loopback, only loopback Host names: a DNS-rebinding page cannot reach the API.
  app.use('*', hostGuard(loopback));
  const guard = writeGuard(token, loopback);

  app.onError((err, c) => {
    if (err instanceof HttpError || err instanceof BodyError) return c.json({ error: err.message }, err.status);
    process.stderr.write(`rasad serve: ${c.req.method} ${c.req.path}: ${(err as Error).stack ?? err}\n`);
    return c.json({ error: 'internal error' }, 500);
  });

  app.get('/api', (c) => c.redirect('/api/openapi.json'));
  app.get('/api/openapi.json', (c) => c.json(OPENAPI));
  // Counting every table is not free on a large store: once per store version.
  let stats: { version: number; value: Promise<unknown> } | null = null;
  app.get('/api/stats', async (c) => {
    const version = store.version ? await store.version() : null;
    if (version == null) return c.json(await store.stats());
    if (stats?.version !== version) stats = { version, value: store.stats() };
    return c.json(await stats.value);
  });

  app.get('/api/documents', async (c) => {
    const limit = intParam(c, 'limit', 50, 1, 500);
    const offset = intParam(c, 'offset', 0, 0, 1e9);
    const rows = await store.listDocuments({ limit: limit + 1, offset });
    return c.json({ items: rows.slice(0, limit), limit, offset, next_offset: rows.length > limit ? offset + limit : null });
  });

  app.get('/api/documents/:id', async (c) => {
    const id = c.req.param('id');
    if (!/^[0-9a-f]{8,64}$/i.test(id)) throw new HttpError(404, 'no such document');
    const d = await store.getDocument(id);
    if (!d) throw new HttpError(404, 'no such document');
    return c.json(d);
  });

  app.post(
    '/api/documents',
    guard,
    bodyLimit({ maxSize: maxBody, onError: (c) => c.json({ error: `request body larger than ${maxBody} bytes` }, 413) }),
    async (c) => {
      const raw = await readBody(c, `api:${new Date().toISOString()}`, maxBody);
      const { job, outcome } = await jobs.submit(raw, opts.postWaitMs ?? 10_000);
      if (outcome) return c.json(outcome.body, outcome.status);
      const url = `/api/jobs/${job.id}`;
      return c.json({ job: job.id, status: 'analysing', status_url: url }, 202, { Location: url });
    },
  );

  app.get('/api/jobs/:id', (c) => {
    const job = jobs.get(c.req.param('id'));
    if (!job) throw new HttpError(404, 'no such job');
    if (!job.outcome) return c.json({ job: job.id, status: 'analysing' });
    return c.json({ job: job.id, status: job.outcome.status === 422 ? 'failed' : 'done', http_status: job.outcome.status, result: job.outcome.body });
  });

  const actorOpts = async (q: EventQuery): Promise<MatchOptions> => {
    // An Arabic actor name can only be matched through the entity index.
    if (q.actor && /[\u0600-\u06FF]/.test(q.actor)) return { actorIds: (await views.current()).entities.idsMatching(q.actor) };
    return {};
  };

  app.get('/api/events', async (c) => {
    const q = parseQuery(c, 5000);
    q.limit ??= 100;
    q.offset ??= 0;
    const withText = (c.req.query('with') ?? '').split(',').includes('text');
    const { items, more } = await eventPage(store, q, await actorOpts(q));
    const out: (StoredEvent & Record<string, unknown>)[] = [];
    for (const e of items) {
      const row: StoredEvent & Record<string, unknown> = { event_id: `${e.doc_id}:${e.idx}`, ...e };
      if (withText) {
        const d = await views.docs.get(e.doc_id);
        row.evidence_text = evidenceText(e, d);
        row.doc_title = d?.source.title ?? null;
        row.doc_published = d?.source.published ?? null;
        row.doc_outlet = d?.source.outlet ?? null;
        const ar = (id: string | null | undefined) => (id && d?.entities.find((x) => x.id === id)?.name_ar) || null;
        row.names_ar = { source: ar(e.source?.entity), target: ar(e.target?.entity), location: ar(e.location?.entity) };
      }
      out.push(row);
    }
    return c.json({ items: out, limit: q.limit, offset: q.offset, next_offset: more ? q.offset + q.limit : null });
  });

  /** The documents a text filter allows (null: no text filter). */
  const textDocs = async (q: EventQuery): Promise<Set<string> | null> => (q.text ? new Set((await store.search(q.text, 10_000)).map((h) => h.id)) : null);

  app.get('/api/entities', async (c) => {
    const limit = intParam(c, 'limit', 200, 1, 5000);
    const offset = intParam(c, 'offset', 0, 0, 1e9);
    const all = (await views.current()).entities.list({ type: c.req.query('type')?.toUpperCase() || undefined, q: c.req.query('q')?.trim() || undefined });
    return c.json({ items: all.slice(offset, offset + limit), limit, offset, total: all.length, next_offset: all.length > offset + limit ? offset + limit : null });
  });

  app.get('/api/claims', async (c) => {
    const q = parseQuery(c, 1e9);
    const limit = intParam(c, 'limit', 100, 1, 1000);
    const offset = intParam(c, 'offset', 0, 0, 1e9);
    const windowDays = intParam(c, 'window', 3, 0, 365);
    const v = await views.current();
    return cachedJson(c, v.version, async () => {
      const docIds = await textDocs(q);
      const { actorIds = null } = await actorOpts(q);
      let rows = boardRows(v.board, v.members, q, docIds, actorIds);
      let truncated = false;
      if (windowDays !== 3) {
        // Another window is another board: built from the matching events only.
        const keep = memoryPredicate(q, docIds, actorIds);
        const events = v.events.filter(keep);
        truncated = events.length > maxScan;
        rows = buildClaimsBoard(events.slice(0, maxScan), { ...nameBookOf(v.entities.byId.values()), docs: v.docs, windowDays });
      }
      return { items: rows.slice(offset, offset + limit), limit, offset, total: rows.length, next_offset: rows.length > offset + limit ? offset + limit : null, truncated, version: v.version };
    });
  });

  app.get('/api/network', async (c) => {
    const q = parseQuery(c, 1e9);
    const v = await views.current();
    return cachedJson(c, v.version, async () => {
      const { actorIds = null } = await actorOpts(q);
      const docIds = await textDocs(q);
      const open = !q.types?.length && !q.modalities?.length && !q.country && !q.from && !q.to && !q.docId && !q.actor && !q.place && !docIds;
      const events = open ? v.events : v.events.filter(memoryPredicate(q, docIds, actorIds));
      const known = [...v.entities.byId.values()];
      const netOpts = () => ({ namesAr: new Map(known.filter((e) => e.name_ar).map((e) => [e.id, e.name_ar])), places: new Set(known.filter((e) => e.type === 'PLACE').map((e) => e.id)) });
      const net = open ? (v.network ??= buildNetwork(events, netOpts())) : buildNetwork(events, netOpts());
      return { ...net, events: events.length, truncated: false, version: v.version };
    });
  });

  app.get('/api/search', async (c) => {
    const q = (c.req.query('q') ?? '').trim();
    if (!q) throw new HttpError(400, 'q is required');
    if (q.length > 500) throw new HttpError(400, 'q is longer than 500 characters');
    const limit = intParam(c, 'limit', 20, 1, 100);
    return c.json({ query: q, items: await store.search(q, limit) });
  });

  app.get('/api/export/:format', async (c) => {
    const format = c.req.param('format');
    if (!isExportFormat(format)) throw new HttpError(404, `unknown export format: ${format} (jsonl, gdelt, acled, plover, geojson)`);
    const q = parseQuery(c, 1e9);
    const info = FORMAT_INFO[format];
    const name = `rasad-events.${format === 'gdelt' ? 'gdelt.' : format === 'acled' ? 'acled.' : format === 'plover' ? 'plover.' : ''}${info.extension}`;
    const headers = { 'Content-Type': info.contentType, 'Content-Disposition': `attachment; filename="${name}"`, 'Cache-Control': 'no-store' };
    // A bounded export (a view's rows, a dashboard's download) is kept per store version and URL like
    // the views; an unbounded one streams, so that memory stays flat on a large store.
    if (store.version && q.limit !== undefined && q.limit <= SMALL_EXPORT) {
      const version = await store.version();
      let hit = exports.get(c.req.url);
      if (hit?.version !== version) {
        const parts: string[] = [];
        for await (const chunk of exportChunks(store, format, q, await actorOpts(q))) parts.push(chunk);
        hit = { version, body: parts.join('') };
        exports.delete(c.req.url);
        exports.set(c.req.url, hit);
        if (exports.size > 50) exports.delete(exports.keys().next().value as string);
      }
      return c.body(hit.body, 200, headers);
    }
    const gen = exportChunks(store, format, q, await actorOpts(q));
    return new Response(toStream(gen), { headers });
  });

  app.get('/api/stories', async (c) => {
    const limit = intParam(c, 'limit', 50, 1, 1000);
    const offset = intParam(c, 'offset', 0, 0, 1e9);
    const { version, view } = await stories.current();
    const timelineLimit = intParam(c, 'timeline_limit', 100, 0, 100_000);
    return cachedJson(c, version, async () => {
      // A story of thousands of reports: its timeline and document ids are listed in part, with their counts.
      const page = view.stories.slice(offset, offset + limit).map((s) => ({
        ...s,
        documents: s.documents.slice(0, 500),
        document_count: s.documents.length,
        timeline: s.timeline.slice(0, timelineLimit),
        timeline_count: s.timeline.length,
      }));
      return { items: page, limit, offset, total: view.stories.length, next_offset: view.stories.length > offset + limit ? offset + limit : null, duplicates: view.duplicates };
    });
  });

  app.all('/api/*', (c) => c.json({ error: 'not found' }, 404));

  serveWebUi(app, opts.webRoot ?? null);
  return app;
}
