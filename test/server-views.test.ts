// The API's cached views against `rasad report`, the denial filter, posts analysed off the event
// loop (202 and a status URL), and the request guards (one Host header, Origin parsed).
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createApp } from '../src/server/app.js';
import { startServer } from '../src/server/index.js';
import { SqliteStore } from '../src/store/sqlite.js';
import { allDocuments } from '../src/store/all-documents.js';
import { ingestPaths } from '../src/cli/ingest.js';
import { buildCorpus } from '../src/corpus/index.js';
import { AnalysisPool } from '../src/workers/pool.js';
import type { RawResult } from '../src/ingest/read.js';
import type { Doc } from '../src/doc.js';
import type { Store } from '../src/store/store.js';
import { ROOT } from './helpers.js';

const pool = new AnalysisPool(1);
let store: SqliteStore;

before(async () => {
  store = new SqliteStore(':memory:');
  await ingestPaths(store, [path.join(ROOT, 'samples')], { progress: false, warn: () => {} });
});

after(async () => {
  await pool.close();
  await store.close();
});

const get = async (app: { request(p: string): Response | Promise<Response> }, p: string) => {
  const r = await app.request(p);
  assert.equal(r.status, 200, p);
  return (await r.json()) as any;
};

describe('one claims board and one network for the report and the API', () => {
  test('on the samples, /api/claims and /api/network are what `rasad report` shows', async () => {
    const docs: Doc[] = [];
    for await (const d of allDocuments(store)) docs.push(d);
    const report = JSON.parse(JSON.stringify(buildCorpus(docs)));
    const app = createApp({ store, webRoot: null, analyzer: pool });
    const claims = await get(app, '/api/claims?limit=1000');
    assert.equal(claims.total, report.claims.length);
    assert.deepEqual(claims.items, report.claims);
    assert.ok(report.claims.some((r: any) => r.contested), 'the samples hold a contested claim');
    const net = await get(app, '/api/network');
    assert.deepEqual([net.nodes, net.edges], [report.network.nodes, report.network.edges]);
    const places = new Set((await get(app, '/api/entities?type=PLACE&limit=5000')).items.map((e: any) => e.id));
    assert.ok(places.has('Q2471'), 'Sanaa is a place of the samples');
    assert.ok(!net.nodes.some((n: any) => places.has(n.id)), 'no place is a node of the graph');
  });

  test('a store without versions (read whole) gives the same views', async () => {
    const plain: Store = {
      putBatch: (d) => store.putBatch(d),
      hasDocument: (id) => store.hasDocument(id),
      getDocument: (id) => store.getDocument(id),
      listDocuments: (o) => store.listDocuments(o),
      listEvents: (f) => store.listEvents(f),
      search: (q, n) => store.search(q, n),
      stats: () => store.stats(),
      close: async () => undefined,
    };
    const a = createApp({ store, webRoot: null, analyzer: pool });
    const b = createApp({ store: plain, webRoot: null, analyzer: pool });
    for (const p of ['/api/claims?limit=1000', '/api/network', '/api/entities?limit=5000', '/api/claims?modality=denied']) {
      const x = await get(a, p);
      const y = await get(b, p);
      delete x.version;
      delete y.version;
      assert.deepEqual(y, x, p);
    }
  });

  test('the "denied" filter finds every row holding a denial, REJECT denials included', async () => {
    const app = createApp({ store, webRoot: null, analyzer: pool });
    const all = (await get(app, '/api/claims?limit=1000')).items as any[];
    const denied = (await get(app, '/api/claims?limit=1000&modality=denied')).items as any[];
    const withDenial = all.filter((r) => r.denials.length > 0);
    assert.ok(withDenial.some((r) => r.denials.some((p: any) => p.events.some((e: any) => e.type === 'REJECT'))), 'a REJECT denial on the board');
    assert.deepEqual(denied.map((r) => r.id), withDenial.map((r) => r.id));
    const asserted = (await get(app, '/api/claims?limit=1000&modality=asserted')).items as any[];
    assert.ok(asserted.length > 0 && asserted.every((r) => r.reports.length + r.claims.length > 0));
  });

  test('a new document shows in the views once they have caught up with the store', async () => {
    const own = new SqliteStore(':memory:');
    const app = createApp({ store: own, webRoot: null, analyzer: pool, postWaitMs: 10 * 60_000 });
    try {
      assert.equal((await get(app, '/api/network')).events, 0);
      const body = JSON.stringify({ title: 'غارة', text: 'قصفت طائرات التحالف مواقع لجماعة أنصار الله في صنعاء يوم الخميس.', published: '2024-03-08' });
      const r = await app.request('/api/documents', { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      assert.equal(r.status, 201);
      let events = 0;
      while (events === 0) {
        events = (await get(app, '/api/network')).events;
        if (events === 0) await new Promise((res) => setTimeout(res, 20));
      }
      assert.ok(events > 0);
    } finally {
      await app.close();
      await own.close();
    }
  });
});

describe('stories of a store file are built in a thread', () => {
  test('the same stories as built on the main thread', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'rasad-stories-'));
    const file = new SqliteStore(path.join(dir, 'store.db'));
    try {
      await ingestPaths(file, [path.join(ROOT, 'samples')], { progress: false, warn: () => {} });
      const fromThread = await get(createApp({ store: file, webRoot: null, analyzer: pool }), '/api/stories');
      const here = await get(createApp({ store, webRoot: null, analyzer: pool }), '/api/stories');
      assert.ok(fromThread.items.length >= 1);
      assert.deepEqual(fromThread, here);
    } finally {
      await file.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('posts are analysed off the event loop', () => {
  const big = () => {
    const para = 'وقال المتحدث باسم الجيش إن القوات صدت هجوماً على مواقعها شمال المدينة وأسرت عدداً من المسلحين، فيما نفت الجماعة ذلك. ';
    return JSON.stringify({ title: 'تقرير طويل', text: Array.from({ length: 1500 }, (_, i) => para.replace('عدداً', String(i + 2))).join('\n'), published: '2024-05-01' });
  };

  test('while a large document is analysed, a GET is answered first', async () => {
    let started!: () => void;
    const analysing = new Promise<void>((r) => (started = r));
    let gotGet!: () => void;
    const getAnswered = new Promise<void>((r) => (gotGet = r));
    // The real analysis thread; its result is held until the GET has its answer.
    const analyzer = { analyze: async (raw: RawResult) => { started(); const d = await pool.analyze(raw); await getAnswered; return d; } };
    const app = createApp({ store, webRoot: null, analyzer, postWaitMs: 10 * 60_000 });
    const s2 = await startServerFor(app);
    try {
      let postDone = false;
      const post = fetch(`${s2.url}api/documents`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: big() }).then((r) => {
        postDone = true;
        return r;
      });
      await analysing;
      const r = await fetch(`${s2.url}api/events?limit=5`);
      assert.equal(r.status, 200);
      assert.equal((await r.json() as any).items.length, 5);
      assert.equal(postDone, false, 'the GET was answered while the POST was being analysed');
      gotGet();
      const p = await post;
      assert.ok([201, 422].includes(p.status), String(p.status));
    } finally {
      await s2.close();
      await app.close();
    }
  });

  test('HTML bodies are read in a thread: text/html and a JSON record with html', async () => {
    const app = createApp({ store, webRoot: null, analyzer: pool, postWaitMs: 10 * 60_000 });
    const html = '<html><head><title>اشتباكات في الحديدة</title></head><body><article><h1>اشتباكات في الحديدة</h1><p>قالت مصادر محلية إن اشتباكات عنيفة اندلعت يوم الثلاثاء بين القوات الحكومية ومسلحين في مدينة الحديدة غرب اليمن، ما أدى إلى مقتل أربعة أشخاص.</p><script>alert(1)</script></article></body></html>';
    const a = await app.request('/api/documents', { method: 'POST', headers: { 'content-type': 'text/html' }, body: html });
    assert.equal(a.status, 201, await a.clone().text());
    assert.equal(((await a.json()) as any).title, 'اشتباكات في الحديدة');
    const b = await app.request('/api/documents', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ html: html.replace('الثلاثاء', 'الأربعاء'), published: '2024-06-04' }) });
    assert.equal(b.status, 201, await b.clone().text());
    const stored = await store.getDocument(((await b.json()) as any).id);
    assert.ok(stored && stored.text.includes('الأربعاء') && !stored.text.includes('alert'));
  });

  test('a post that takes long is answered 202 with a status URL that gives the outcome', async () => {
    const app = createApp({ store, webRoot: null, analyzer: pool, postWaitMs: 0 });
    const body = JSON.stringify({ title: 'خبر', text: 'أعلنت وزارة الدفاع مقتل جنديين في هجوم شنه مسلحون على نقطة تفتيش.', published: '2024-06-02' });
    const r = await app.request('/api/documents', { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    assert.equal(r.status, 202);
    const accepted = (await r.json()) as any;
    assert.equal(r.headers.get('location'), accepted.status_url);
    let job: any = { status: 'analysing' };
    while (job.status === 'analysing') {
      job = await get(app, accepted.status_url);
      if (job.status === 'analysing') await new Promise((res) => setTimeout(res, 20));
    }
    assert.equal(job.status, 'done');
    assert.equal(job.http_status, 201);
    assert.ok(await store.hasDocument(job.result.id));
    assert.equal((await app.request('/api/jobs/job-999999')).status, 404);
  });
});

/** A listener for an app built here (startServer builds its own). */
async function startServerFor(app: ReturnType<typeof createApp>): Promise<{ url: string; close(): Promise<void> }> {
  const { serve } = await import('@hono/node-server');
  return new Promise((resolve) => {
    const server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, (info) => {
      resolve({
        url: `http://127.0.0.1:${info.port}/`,
        close: () => new Promise<void>((res) => {
          (server as unknown as { closeAllConnections(): void }).closeAllConnections();
          server.close(() => res());
        }),
      });
    });
  });
}

describe('request guards', () => {
  test('a second Host header is refused', async () => {
    const s = await startServer({ store, port: 0, webRoot: null });
    try {
      const port = Number(new URL(s.url).port);
      const ask = (hosts: string[]) => new Promise<string>((resolve, reject) => {
        const sock = connect(port, '127.0.0.1', () => {
          sock.write(`GET /api/stats HTTP/1.1\r\n${hosts.map((h) => `Host: ${h}\r\n`).join('')}Connection: close\r\n\r\n`);
        });
        let out = '';
        sock.on('data', (b) => (out += b.toString()));
        sock.on('end', () => resolve(out.split('\r\n')[0]));
        sock.on('error', reject);
      });
      assert.match(await ask([`127.0.0.1:${port}`]), / 200 /);
      assert.match(await ask([`127.0.0.1:${port}`, 'evil.example']), / 400 /);
      assert.match(await ask(['evil.example']), / 421 /);
    } finally {
      await s.close();
    }
  });

  test('Origin is compared once parsed: user info, paths and other ports do not pass', async () => {
    const app = createApp({ store, webRoot: null, analyzer: pool, postWaitMs: 10 * 60_000 });
    const post = (origin: string, host = '127.0.0.1:8080') =>
      app.request('/api/documents', { method: 'POST', headers: { 'content-type': 'application/json', origin, host }, body: JSON.stringify({ title: 'أصل', text: 'نص قصير للاختبار عن الأصل.' }) });
    for (const bad of ['http://evil.com@127.0.0.1:8080', 'http://127.0.0.1:8080@evil.com', 'http://127.0.0.1:8081', 'http://127.0.0.1:8080/x', 'file://127.0.0.1:8080', 'null', 'http://127.0.0.1']) {
      assert.equal((await post(bad)).status, 403, bad);
    }
    assert.ok([200, 201].includes((await post('http://127.0.0.1:8080')).status));
  });
});
