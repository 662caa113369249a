// The HTTP API (Hono) and the static web UI. Everything in the store came from untrusted articles:
// the API only ever returns it as JSON or as downloads, and the UI builds its DOM with textContent.
import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { timingSafeEqual, createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { isErrorDoc, type Doc, type ErrorDoc } from '../doc.js';
import { readBuffer, recordToRaw, type RawResult } from '../ingest/read.js';
import { analyzeResult } from '../pipeline.js';
import type { Store, StoredEvent } from '../store/store.js';
import { evidenceText } from '../export/common.js';
import { exportChunks, FORMAT_INFO, isExportFormat } from '../export/index.js';
import { eventPage, matchingEvents, parseEventQuery, QueryError, type EventQuery, type MatchOptions } from '../export/query.js';
import { buildClaimsBoard } from './claims.js';
import { Corpus } from './corpus.js';
import { buildNetwork } from './network.js';
import { OPENAPI } from './openapi.js';

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
  /** Most events the network and claims views read (default 50,000). */
  maxScan?: number;
}

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

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

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

function sameSecret(a: string, b: string): boolean {
  const ha = createHash('sha256').update(a).digest();
  const hb = createHash('sha256').update(b).digest();
  return timingSafeEqual(ha, hb);
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

export function createApp(opts: AppOptions): Hono {
  const { store } = opts;
  const loopback = opts.loopback ?? true;
  const token = opts.token || null;
  const maxBody = opts.maxBodyBytes ?? 2 * 1024 * 1024;
  const maxScan = opts.maxScan ?? 50_000;
  const corpus = new Corpus(store);
  const app = new Hono();

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

  // On loopback, only loopback Host names: a DNS-rebinding page cannot reach the API.
  if (loopback) {
    app.use('*', async (c, next) => {
      const host = (c.req.header('host') ?? new URL(c.req.url).host).toLowerCase();
      const name = host.startsWith('[') ? host.slice(0, host.indexOf(']') + 1) : host.split(':')[0];
      if (!LOOPBACK_HOSTS.has(name) && !/^127\.\d+\.\d+\.\d+$/.test(name)) return c.json({ error: 'unexpected Host header' }, 421);
      await next();
    });
  }

  const writeGuard: MiddlewareHandler = async (c, next) => {
    if (token) {
      const auth = c.req.header('authorization') ?? '';
      const given = auth.toLowerCase().startsWith('bearer ') ? auth.slice(7).trim() : (c.req.header('x-rasad-token') ?? '');
      if (!given) return c.json({ error: 'a token is required (Authorization: Bearer ...)' }, 401);
      if (!sameSecret(given, token)) return c.json({ error: 'wrong token' }, 403);
    } else if (!loopback) {
      return c.json({ error: 'writes are disabled: the server is not bound to loopback and has no token (--token or RASAD_TOKEN)' }, 403);
    }
    // A page on another origin must not write through the user's browser (text/plain needs no preflight).
    const origin = c.req.header('origin');
    if (origin && origin !== 'null') {
      let ok = false;
      try {
        ok = new URL(origin).host.toLowerCase() === (c.req.header('host') ?? new URL(c.req.url).host).toLowerCase();
      } catch {
        ok = false;
      }
      if (!ok) return c.json({ error: 'cross-origin writes are not allowed' }, 403);
    } else if (origin === 'null') {
      return c.json({ error: 'cross-origin writes are not allowed' }, 403);
    }
    await next();
  };

  app.onError((err, c) => {
    if (err instanceof HttpError) return c.json({ error: err.message }, err.status);
    process.stderr.write(`rasad serve: ${c.req.method} ${c.req.path}: ${(err as Error).stack ?? err}\n`);
    return c.json({ error: 'internal error' }, 500);
  });

  app.get('/api', (c) => c.redirect('/api/openapi.json'));
  app.get('/api/openapi.json', (c) => c.json(OPENAPI));
  app.get('/api/stats', async (c) => c.json(await store.stats()));

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
    writeGuard,
    bodyLimit({ maxSize: maxBody, onError: (c) => c.json({ error: `request body larger than ${maxBody} bytes` }, 413) }),
    async (c) => {
      const type = (c.req.header('content-type') ?? '').split(';')[0].trim().toLowerCase();
      const input = `api:${new Date().toISOString()}`;
      let raw: RawResult;
      if (type === 'application/json') {
        let rec: unknown;
        try {
          rec = await c.req.json();
        } catch {
          throw new HttpError(400, 'the body is not valid JSON');
        }
        if (!rec || typeof rec !== 'object' || Array.isArray(rec)) throw new HttpError(400, 'the body must be a JSON object {title, text|html, published, outlet, url}');
        const r = rec as Record<string, unknown>;
        for (const k of ['title', 'text', 'html', 'published', 'outlet', 'url']) {
          if (r[k] != null && typeof r[k] !== 'string') throw new HttpError(400, `${k} must be a string`);
        }
        if (typeof r.published === 'string' && r.published && !/^\d{4}-\d{2}-\d{2}/.test(r.published)) throw new HttpError(400, 'published must be an ISO date (YYYY-MM-DD)');
        raw = recordToRaw({ title: r.title, text: r.text, html: r.html, published: r.published, outlet: r.outlet, url: r.url }, input, maxBody);
      } else if (type === 'text/plain' || type === 'text/html') {
        const bytes = new Uint8Array(await c.req.arrayBuffer());
        const results = readBuffer(bytes, input, type === 'text/html' ? '.html' : '.txt', maxBody);
        if (!results.length) throw new HttpError(422, 'no document in the body');
        raw = results[0];
      } else {
        throw new HttpError(415, 'send application/json, text/plain or text/html');
      }
      const doc: Doc | ErrorDoc = analyzeResult(raw);
      if (isErrorDoc(doc)) return c.json({ error: `${doc.error.code}: ${doc.error.message}` }, 422);
      const r = await store.putBatch([doc]);
      corpus.invalidate();
      const counts = {
        sentences: doc.sentences.length,
        entities: doc.entities.length,
        times: doc.times.length,
        quantities: doc.quantities.length,
        quotes: doc.quotes.length,
        events: doc.events.length,
      };
      return c.json({ id: doc.id, added: r.added === 1, title: doc.source.title, counts, warnings: doc.warnings ?? [] }, r.added === 1 ? 201 : 200);
    },
  );

  const actorOpts = async (q: EventQuery): Promise<MatchOptions> => {
    // An Arabic actor name can only be matched through the entity index.
    if (q.actor && /[\u0600-\u06FF]/.test(q.actor)) return { actorIds: (await corpus.entities()).idsMatching(q.actor) };
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
        const d = await corpus.docs.get(e.doc_id);
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

  const scan = async (q: EventQuery): Promise<{ events: StoredEvent[]; truncated: boolean }> => {
    const events: StoredEvent[] = [];
    for await (const e of matchingEvents(store, { ...q, limit: maxScan + 1, offset: 0 }, await actorOpts(q))) events.push(e);
    return { events: events.slice(0, maxScan), truncated: events.length > maxScan };
  };

  app.get('/api/entities', async (c) => {
    const limit = intParam(c, 'limit', 200, 1, 5000);
    const offset = intParam(c, 'offset', 0, 0, 1e9);
    const all = (await corpus.entities()).list({ type: c.req.query('type')?.toUpperCase() || undefined, q: c.req.query('q')?.trim() || undefined });
    return c.json({ items: all.slice(offset, offset + limit), limit, offset, total: all.length, next_offset: all.length > offset + limit ? offset + limit : null });
  });

  app.get('/api/claims', async (c) => {
    const q = parseQuery(c, 1e9);
    const limit = intParam(c, 'limit', 100, 1, 1000);
    const offset = intParam(c, 'offset', 0, 0, 1e9);
    const windowDays = intParam(c, 'window', 3, 0, 365);
    const { events, truncated } = await scan({ ...q, limit: undefined, offset: undefined });
    const ctx = await corpus.contextFor(events);
    const rows = buildClaimsBoard(events, { docs: ctx.docs, windowDays, names: ctx.en, namesAr: ctx.ar });
    return c.json({ items: rows.slice(offset, offset + limit), limit, offset, total: rows.length, next_offset: rows.length > offset + limit ? offset + limit : null, truncated });
  });

  app.get('/api/network', async (c) => {
    const q = parseQuery(c, 1e9);
    const { events, truncated } = await scan({ ...q, limit: undefined, offset: undefined });
    const net = buildNetwork(events, { namesAr: (await corpus.contextFor(events)).ar });
    return c.json({ ...net, events: events.length, truncated });
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
    const gen = exportChunks(store, format, q, await actorOpts(q));
    return new Response(toStream(gen), {
      headers: { 'Content-Type': info.contentType, 'Content-Disposition': `attachment; filename="${name}"`, 'Cache-Control': 'no-store' },
    });
  });

  app.get('/api/stories', async (c) => {
    const limit = intParam(c, 'limit', 50, 1, 1000);
    const offset = intParam(c, 'offset', 0, 0, 1e9);
    const view = await corpus.view();
    const items = view.stories.map((s) => ({ ...s, timeline: view.timelines[s.id] ?? [], events: view.events.filter((e) => e.story === s.id).length }));
    return c.json({ items: items.slice(offset, offset + limit), limit, offset, total: items.length, next_offset: items.length > offset + limit ? offset + limit : null, duplicates: view.duplicates });
  });

  app.all('/api/*', (c) => c.json({ error: 'not found' }, 404));

  // The web UI.
  const webRoot = opts.webRoot ? path.resolve(opts.webRoot) : null;
  app.get('*', async (c) => {
    if (!webRoot) {
      return c.text('Rasad API: see /api/openapi.json. The web UI is not built (npm run build).', 200);
    }
    let rel: string;
    try {
      rel = decodeURIComponent(new URL(c.req.url).pathname);
    } catch {
      return c.json({ error: 'not found' }, 404);
    }
    if (rel.endsWith('/')) rel += 'index.html';
    const file = path.resolve(webRoot, '.' + path.posix.normalize(rel));
    if (file !== webRoot && !file.startsWith(webRoot + path.sep)) return c.json({ error: 'not found' }, 404);
    let body: Buffer;
    try {
      body = await fs.readFile(file);
    } catch {
      return c.json({ error: 'not found' }, 404);
    }
    const type = MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
    const immutable = rel.startsWith('/assets/');
    return c.body(new Uint8Array(body), 200, {
      'Content-Type': type,
      'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
  });

  return app;
}
