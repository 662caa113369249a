// POST /api/documents is analysed off the event loop under a CPU-time budget (`rasad serve --budget`):
// reads keep being answered while a large document is analysed, and the POST ends as a stored
// document or a `timeout` error record.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createApp } from '../src/server/app.js';
import { SqliteStore } from '../src/store/sqlite.js';
import { AnalysisPool } from '../src/workers/pool.js';
import type { RawResult } from '../src/ingest/read.js';

/** Sentences written for this test, varied by a counter, up to `bytes` of UTF-8. */
function longReport(bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const s = `أعلنت مصادر محلية يوم ${(i % 28) + 1} أن طائرات حربية قصفت ${['مواقع', 'مخازن', 'معسكرات'][i % 3]} في ريف المدينة رقم ${i}، ما أدى إلى مقتل ${(i % 9) + 2} أشخاص وإصابة آخرين. `;
    parts.push(s);
    size += Buffer.byteLength(s);
  }
  return parts.join('');
}

test('serve: GET /api/events is answered while a 1.9 MB document is analysed; the POST ends stored or as a timeout record', { timeout: 600_000 }, async () => {
  const store = new SqliteStore(':memory:');
  const pool = new AnalysisPool(1, { budgetMs: 3000 });
  let started!: () => void;
  const analysing = new Promise<void>((r) => (started = r));
  const analyzer = { analyze: (raw: RawResult) => (started(), pool.analyze(raw)) };
  const app = createApp({ store, webRoot: null, analyzer, postWaitMs: 10 * 60_000 });
  const server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 });
  await new Promise<void>((r) => server.once('listening', () => r()));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    const body = JSON.stringify({ title: 'تقرير طويل', text: longReport(1_900_000), published: '2024-03-01' });
    assert.ok(body.length > 1_000_000 && Buffer.byteLength(body) < 2 * 1024 * 1024);
    const order: string[] = [];
    const post = fetch(`${base}/api/documents`, { method: 'POST', headers: { 'content-type': 'application/json' }, body }).then(async (r) => {
      order.push('post');
      return { status: r.status, body: (await r.json()) as { code?: string; id?: string } };
    });
    await analysing;
    const get = await fetch(`${base}/api/events?limit=5`);
    order.push('get');
    assert.equal(get.status, 200);
    const posted = await post;
    assert.deepEqual(order, ['get', 'post'], 'the read is answered before the analysis ends');
    const stats = await store.stats();
    if (posted.status === 422) {
      assert.equal(posted.body.code, 'timeout');
      assert.equal(stats.errors, 1, 'the timeout is on record');
    } else {
      assert.equal(posted.status, 201);
      assert.equal(stats.documents, 1);
    }
  } finally {
    server.close();
    await app.close();
    await pool.close();
    await store.close();
  }
});

test('serve: the budget given to the app bounds the analysis thread it starts', { timeout: 600_000 }, async () => {
  const store = new SqliteStore(':memory:');
  const app = createApp({ store, webRoot: null, budgetMs: 1, postWaitMs: 10 * 60_000 });
  try {
    const r = await app.request('/api/documents', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: longReport(60_000) }) });
    assert.equal(r.status, 422);
    assert.equal(((await r.json()) as { code: string }).code, 'timeout');
    assert.equal((await store.stats()).errors, 1);
  } finally {
    await app.close();
    await store.close();
  }
});
