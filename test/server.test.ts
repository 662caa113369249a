// The HTTP API: routes, filters, the claims board and network, writes and their guards.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createApp } from '../src/server/app.js';
import { buildClaimsBoard } from '../src/corpus/claims.js';
import { buildNetwork } from '../src/corpus/network.js';
import { AnalysisPool } from '../src/workers/pool.js';
import { startServer } from '../src/server/index.js';
import { SqliteStore } from '../src/store/sqlite.js';
import type { StoredEvent } from '../src/store/store.js';
import type { Doc, EventRecord } from '../src/doc.js';
import { fixtureDocs, hostileDoc, YEMEN_SENTENCE } from './server-fixtures.js';

const webRoot = mkdtempSync(path.join(tmpdir(), 'rasad-web-'));
writeFileSync(path.join(webRoot, 'index.html'), '<!doctype html><title>Rasad</title>');

let store: SqliteStore;
let docs: Doc[];
let app: ReturnType<typeof createApp>;
/** One analysis thread for every app of these tests; POSTs wait for it (no 202 unless asked). */
const pool = new AnalysisPool(1);
const appOpts = { analyzer: pool, postWaitMs: 10 * 60_000 };

async function json<T = any>(r: Response | Promise<Response>): Promise<{ status: number; body: T; res: Response }> {
  const res = await r;
  return { status: res.status, body: (await res.json()) as T, res };
}

before(async () => {
  store = new SqliteStore(':memory:');
  docs = [...fixtureDocs(), hostileDoc()];
  await store.putBatch(docs);
  app = createApp({ store, webRoot, loopback: true, ...appOpts });
});

after(async () => {
  await pool.close();
  await store.close();
});

describe('read API', () => {
  test('OpenAPI description lists every route', async () => {
    const { status, body } = await json(app.request('/api/openapi.json'));
    assert.equal(status, 200);
    assert.match(body.openapi, /^3\./);
    for (const p of ['/api/documents', '/api/documents/{id}', '/api/events', '/api/entities', '/api/claims', '/api/network', '/api/search', '/api/export/{format}']) {
      assert.ok(body.paths[p], p);
    }
    assert.ok(body.paths['/api/documents'].post);
  });

  test('documents are listed in pages and read back whole', async () => {
    const p1 = await json(app.request('/api/documents?limit=2'));
    assert.equal(p1.body.items.length, 2);
    assert.equal(p1.body.next_offset, 2);
    const p2 = await json(app.request('/api/documents?limit=2&offset=2'));
    assert.equal(p2.body.items.length, 2);
    assert.equal(p2.body.next_offset, null);
    const one = await json<Doc>(app.request(`/api/documents/${docs[0].id}`));
    assert.deepEqual(one.body, docs[0]);
    assert.equal((await app.request('/api/documents/' + 'f'.repeat(64))).status, 404);
    assert.equal((await app.request('/api/documents/..%2F..%2Fetc')).status, 404);
    assert.equal((await json(app.request('/api/documents?limit=0'))).status, 400);
  });

  test('events filter by type, actor, country, place, dates, modality and text', async () => {
    const count = async (qs: string) => {
      const r = await json(app.request(`/api/events?${qs}`));
      assert.equal(r.status, 200, `${qs}: ${JSON.stringify(r.body)}`);
      return r.body.items.length as number;
    };
    assert.equal(await count(''), 9);
    assert.equal(await count('type=ASSAULT'), 5);
    assert.equal(await count('type=ASSAULT,COERCE'), 6);
    assert.equal(await count('country=SDN'), 3);
    assert.equal(await count('country=sdn&type=assault'), 1);
    assert.equal(await count('actor=Q7268929'), 3);
    assert.equal(await count('actor=coalition'), 3);
    assert.equal(await count('actor=Q1136155'), 1, 'the claimant counts as an actor');
    assert.equal(await count(`actor=${encodeURIComponent('أنصار الله')}`), 1, 'Arabic names through the entity index');
    assert.equal(await count('place=Omdurman'), 3);
    assert.equal(await count('place=Q2471'), 3);
    assert.equal(await count('from=2024-02-01&to=2024-02-28'), 3);
    assert.equal(await count('from=2024-03&to=2024-03'), 3);
    assert.equal(await count('to=2020'), 2);
    assert.equal(await count('modality=denied'), 2);
    assert.equal(await count('modality=claimed,denied'), 4);
    assert.equal(await count(`text=${encodeURIComponent('أم درمان')}`), 3);
    assert.equal(await count(`text=${encodeURIComponent('كلمةغيرموجودة')}`), 0);
    for (const bad of ['type=BOMB', 'from=yesterday', 'from=2024-13-45', 'to=2023-02-29', 'modality=maybe', 'country=Yemen', 'limit=-1', 'limit=99999']) {
      assert.equal((await app.request(`/api/events?${bad}`)).status, 400, bad);
    }
  });

  test('events page with limit and offset, and carry their sentence on request', async () => {
    const a = await json(app.request('/api/events?limit=4'));
    const b = await json(app.request('/api/events?limit=4&offset=4'));
    assert.equal(a.body.next_offset, 4);
    const ids = [...a.body.items, ...b.body.items].map((e: any) => e.event_id);
    assert.equal(new Set(ids).size, 8);
    const post = await json(app.request('/api/events?limit=2&offset=1&type=ASSAULT,COERCE'));
    assert.equal(post.body.items.length, 2);
    assert.equal(post.body.next_offset, 3);
    const w = await json(app.request(`/api/events?with=text&place=Sanaa&modality=asserted`));
    assert.equal(w.body.items.length, 1);
    assert.ok(w.body.items[0].evidence_text.startsWith(YEMEN_SENTENCE));
    assert.equal(w.body.items[0].doc_published, '2024-03-08');
    assert.equal(w.body.items[0].event_id, `${docs[0].id}:0`);
  });

  test('entities are aggregated across documents', async () => {
    const { body } = await json(app.request('/api/entities?limit=100'));
    const sanaa = body.items.find((e: any) => e.id === 'Q2471');
    assert.deepEqual([sanaa.name_ar, sanaa.country, sanaa.documents], ['صنعاء', 'YEM', 1]);
    assert.ok(sanaa.mentions >= 3);
    const places = await json(app.request('/api/entities?type=PLACE'));
    assert.ok(places.body.items.every((e: any) => e.type === 'PLACE'));
    const q = await json(app.request(`/api/entities?q=${encodeURIComponent('درمان')}`));
    assert.deepEqual(q.body.items.map((e: any) => e.id), ['Q392620']);
  });

  test('the claims board pairs the denial with the claim it answers', async () => {
    const { body } = await json(app.request('/api/claims'));
    const row = body.items.find((r: any) => r.type === 'ASSAULT' && r.target?.name === 'civilians');
    assert.ok(row, JSON.stringify(body.items.map((r: any) => r.id)));
    assert.equal(row.contested, true);
    assert.deepEqual(row.claims.map((p: any) => p.name), ['Houthis']);
    assert.deepEqual(row.denials.map((p: any) => p.name), ['Saudi-led coalition']);
    assert.deepEqual(row.reports.map((p: any) => p.name), ['وكالة الاختبار']);
    assert.equal(row.pairs.length, 1);
    assert.equal(row.pairs[0].claim.event_id, `${docs[0].id}:1`);
    assert.equal(row.pairs[0].denial.event_id, `${docs[0].id}:2`);
    assert.ok(row.pairs[0].reasons.includes('shared actor'));
    assert.equal(body.items[0].contested, true, 'contested rows first');
    const filtered = await json(app.request('/api/claims?country=TUR'));
    assert.ok(filtered.body.items.every((r: any) => r.claims.length === 0 && r.denials.length === 0));
  });

  test('the network weighs actor-to-actor edges and splits cooperation from conflict', async () => {
    const { body } = await json(app.request('/api/network'));
    const tur = body.edges.find((e: any) => e.source === 'Q43' && e.target === 'Q227');
    assert.deepEqual([tur.count, tur.cooperation.count, tur.conflict.count, tur.mean_intensity], [2, 2, 0, 2.65]);
    const saf = body.edges.find((e: any) => e.source === 'rasad:saf');
    assert.deepEqual([saf.count, saf.conflict.count, saf.types.ASSAULT, saf.types.COERCE], [2, 2, 1, 1]);
    assert.ok(body.nodes.find((n: any) => n.id === 'Q43').name_ar === 'تركيا');
    const win = await json(app.request('/api/network?from=2021-01-01'));
    assert.ok(!win.body.edges.some((e: any) => e.source === 'Q43'));
  });

  test('search finds documents by a normalised Arabic query', async () => {
    const { body } = await json(app.request(`/api/search?q=${encodeURIComponent('اشتباكات ام درمان')}`));
    assert.equal(body.items[0].id, docs[1].id);
    assert.equal((await app.request('/api/search')).status, 400);
  });

  test('exports download with the same filters', async () => {
    const r = await app.request('/api/export/gdelt?country=SDN');
    assert.equal(r.status, 200);
    assert.match(r.headers.get('content-type')!, /tab-separated/);
    assert.match(r.headers.get('content-disposition')!, /attachment; filename="rasad-events\.gdelt\.tsv"/);
    const lines = (await r.text()).trim().split('\n');
    assert.equal(lines.length, 4);
    assert.ok(lines[0].startsWith('GLOBALEVENTID\tSQLDATE'));
    const g = await app.request('/api/export/geojson?type=SUPPORT');
    assert.equal(JSON.parse(await g.text()).features.length, 1);
    assert.equal((await app.request('/api/export/xml')).status, 404);
    assert.equal((await app.request('/api/export/acled?from=soon')).status, 400);
  });

  test('stories: every stored document in one story, with its timeline and event count', async () => {
    const { body } = await json(app.request('/api/stories'));
    assert.ok(body.items.length >= 1);
    const docs = body.items.flatMap((s: { documents: string[] }) => s.documents);
    assert.equal(new Set(docs).size, docs.length, 'a document sits in one story');
    for (const s of body.items) {
      assert.equal(typeof s.title, 'string');
      assert.ok(Array.isArray(s.timeline));
      assert.equal(typeof s.events, 'number');
    }
  });

  test('unknown API paths are JSON 404s; the UI is served with a CSP', async () => {
    assert.equal((await app.request('/api/nope')).status, 404);
    const home = await app.request('/');
    assert.equal(home.status, 200);
    assert.match(await home.text(), /<title>Rasad/);
    const csp = home.headers.get('content-security-policy')!;
    assert.match(csp, /script-src 'self'/);
    assert.match(csp, /object-src 'none'/);
    assert.equal(home.headers.get('x-content-type-options'), 'nosniff');
    assert.match((await app.request('/api/stats')).headers.get('content-security-policy')!, /default-src 'self'/);
    for (const p of ['/../package.json', '/%2e%2e/%2e%2e/package.json', '/..%2f..%2fpackage.json', '/%E0%A4%A']) {
      assert.equal((await app.request(p)).status, 404, p);
    }
  });
});

describe('write API', () => {
  test('POST /api/documents analyses JSON and plain text and stores it', async () => {
    const body = { title: 'اختبار الإضافة', text: 'أعلنت وزارة الدفاع اليوم عن مقتل ثلاثة جنود في هجوم شنه مسلحون.', published: '2024-06-01', outlet: 'اختبار', url: 'https://example.org/x' };
    const r = await json(app.request('/api/documents', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }));
    assert.equal(r.status, 201, JSON.stringify(r.body));
    assert.match(r.body.id, /^[0-9a-f]{64}$/);
    assert.equal(r.body.added, true);
    assert.equal(typeof r.body.counts.events, 'number');
    const again = await json(app.request('/api/documents', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }));
    assert.deepEqual([again.status, again.body.added, again.body.id], [200, false, r.body.id]);
    const stored = await json<Doc>(app.request(`/api/documents/${r.body.id}`));
    assert.deepEqual([stored.body.source.title, stored.body.source.published, stored.body.source.url], ['اختبار الإضافة', '2024-06-01', 'https://example.org/x']);
    const text = await json(app.request('/api/documents', { method: 'POST', headers: { 'content-type': 'text/plain; charset=utf-8' }, body: 'عنوان نصي\n\nنص الخبر عن اشتباكات في المدينة.' }));
    assert.equal(text.status, 201);
    assert.equal(text.body.title, 'عنوان نصي');
    const ents = await json(app.request('/api/entities'));
    assert.equal(ents.status, 200, 'the entity index is rebuilt after a write');
  });

  test('bad bodies are refused: invalid JSON, wrong types, no text, wrong media type, too large', async () => {
    const post = (body: string, type = 'application/json') => app.request('/api/documents', { method: 'POST', headers: { 'content-type': type }, body });
    assert.equal((await post('{nope')).status, 400);
    assert.equal((await post('[1,2]')).status, 400);
    assert.equal((await post(JSON.stringify({ title: 1 }))).status, 400);
    assert.equal((await post(JSON.stringify({ text: 'x', published: 'next week' }))).status, 400);
    assert.equal((await post(JSON.stringify({ url: 'https://x' }))).status, 422);
    assert.equal((await post('<x/>', 'application/xml')).status, 415);
    const big = 'ا'.repeat(1.2 * 1024 * 1024); // 2.4 MB in UTF-8
    assert.equal((await post(JSON.stringify({ title: 't', text: big }))).status, 413);
    assert.equal((await post(big, 'text/plain')).status, 413);
  });

  test('writes: tokens, non-loopback binding, cross-origin requests and DNS rebinding', async () => {
    const doc = JSON.stringify({ title: 'رمز', text: 'نص قصير للاختبار عن الرمز.' });
    const post = (a: ReturnType<typeof createApp>, headers: Record<string, string> = {}) =>
      a.request('/api/documents', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: doc });
    const withToken = createApp({ store, webRoot: null, loopback: true, token: 's3cret', ...appOpts });
    assert.equal((await post(withToken)).status, 401);
    assert.equal((await post(withToken, { authorization: 'Bearer wrong' })).status, 403);
    assert.ok([200, 201].includes((await post(withToken, { authorization: 'Bearer s3cret' })).status));
    const exposed = createApp({ store, webRoot: null, loopback: false, ...appOpts });
    assert.equal((await post(exposed)).status, 403, 'no writes off loopback without a token');
    assert.equal((await exposed.request('/api/stats')).status, 200, 'reads stay open');
    const exposedToken = createApp({ store, webRoot: null, loopback: false, token: 't', ...appOpts });
    assert.ok([200, 201].includes((await post(exposedToken, { 'x-rasad-token': 't' })).status));
    assert.equal((await post(app, { origin: 'https://evil.example' })).status, 403);
    assert.equal((await post(app, { origin: 'null' })).status, 403);
    assert.ok([200, 201].includes((await post(app, { origin: 'http://localhost' })).status));
    assert.equal((await app.request('/api/stats', { headers: { host: 'rebind.evil.example' } })).status, 421);
    assert.equal((await app.request('/api/stats', { headers: { host: '127.0.0.1:8080' } })).status, 200);
  });

  test('a real listener on 127.0.0.1, port 0', async () => {
    const s = await startServer({ store, port: 0, webRoot: null });
    try {
      assert.match(s.url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
      const r = await fetch(`${s.url}api/stats`);
      assert.equal(r.status, 200);
      assert.ok(((await r.json()) as { documents: number }).documents >= 4);
      const big = await fetch(`${s.url}api/documents`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'x'.repeat(3 * 1024 * 1024) });
      assert.equal(big.status, 413);
    } finally {
      await s.close();
    }
  });
});

describe('claims board and network (pure functions)', () => {
  const ev = (over: Partial<StoredEvent> & Pick<EventRecord, 'type'>): StoredEvent => ({
    doc_id: 'd1', idx: 0, cameo: '190', quad: 'material-conflict', intensity: -5, source: null, target: null, location: null,
    date: '2024-01-10', modality: 'asserted', claimed_by: null, numbers: [], summary_en: '', evidence: { start: 0, end: 1 }, confidence: 0.5,
    ...over,
  });
  const A = { entity: 'QA', name_en: 'A', country: 'AAA', sector: 'MIL' };
  const B = { entity: 'QB', name_en: 'B', country: 'BBB', sector: 'REB' };
  const C = { entity: 'QC', name_en: 'C', country: 'CCC', sector: 'GOV' };

  test('a denial in another document answers a claim with a shared actor within the window', () => {
    const claim = ev({ type: 'ASSAULT', doc_id: 'd1', source: A, target: B, modality: 'claimed', claimed_by: 'QB', date: '2024-01-10' });
    const denial = ev({ type: 'ASSAULT', doc_id: 'd2', source: A, target: B, modality: 'denied', date: '2024-01-12' });
    const rows = buildClaimsBoard([claim, denial]);
    assert.equal(rows.length, 1);
    assert.equal(rows[0].pairs.length, 1);
    assert.deepEqual(rows[0].denials.map((p) => p.key), ['QA']);
    assert.deepEqual(rows[0].claims.map((p) => p.key), ['QB']);
  });

  test('no pairing across the window, across type families, or without a shared actor in different documents', () => {
    const claim = ev({ type: 'ASSAULT', doc_id: 'd1', source: A, target: B, modality: 'claimed', claimed_by: 'QB', date: '2024-01-10' });
    const late = ev({ type: 'ASSAULT', doc_id: 'd2', source: A, target: B, modality: 'denied', date: '2024-01-20' });
    const other = ev({ type: 'AID', quad: 'material-cooperation', doc_id: 'd2', source: A, target: B, modality: 'denied', date: '2024-01-10' });
    const stranger = ev({ type: 'ASSAULT', doc_id: 'd3', source: C, target: null, modality: 'denied', date: '2024-01-10' });
    const rows = buildClaimsBoard([claim, late, other, stranger]);
    assert.equal(rows.reduce((n, r) => n + r.pairs.length, 0), 0);
    assert.equal(buildClaimsBoard([claim, late], { windowDays: 14 })[0].pairs.length, 1);
  });

  test('a bare "denied the claims" answers a claim of any type in its document', () => {
    const claim = ev({ type: 'COERCE', doc_id: 'd1', idx: 0, source: A, target: B, modality: 'claimed', claimed_by: 'QA', date: null });
    const bare = ev({ type: 'REJECT', mode: 'denial', quad: 'verbal-conflict', doc_id: 'd1', idx: 1, source: B, target: null, date: null });
    const rows = buildClaimsBoard([claim, bare]);
    assert.equal(rows.length, 1);
    assert.equal(rows[0].pairs[0].denial.idx, 1);
    assert.equal(rows[0].contested, true);
  });

  test('dates split one type+target into clusters', () => {
    const a = ev({ type: 'ASSAULT', target: B, date: '2024-01-01' });
    const b = ev({ type: 'ASSAULT', target: B, idx: 1, date: '2024-01-02' });
    const c = ev({ type: 'ASSAULT', target: B, idx: 2, date: '2024-03-01' });
    const rows = buildClaimsBoard([a, b, c]);
    assert.deepEqual(rows.map((r) => [r.date_from, r.date_to, r.events]).sort(), [['2024-01-01', '2024-01-02', 2], ['2024-03-01', '2024-03-01', 1]]);
  });

  test('network edges need both actors and skip self-loops', () => {
    const net = buildNetwork([
      ev({ type: 'ASSAULT', source: A, target: B, intensity: -10 }),
      ev({ type: 'CONSULT', quad: 'verbal-cooperation', source: A, target: B, intensity: 2 }),
      ev({ type: 'ASSAULT', source: A, target: null }),
      ev({ type: 'ASSAULT', source: A, target: A }),
    ]);
    assert.equal(net.edges.length, 1);
    assert.deepEqual([net.edges[0].count, net.edges[0].mean_intensity, net.edges[0].cooperation.mean_intensity, net.edges[0].conflict.mean_intensity], [2, -4, 2, -10]);
    assert.deepEqual(net.nodes.map((n) => n.id).sort(), ['QA', 'QB']);
  });
});

test('a bounded export is kept per store version: the same answer again, a new one after a write', async () => {
  const own = new SqliteStore(':memory:');
  const [first, ...rest] = fixtureDocs();
  await own.putBatch([first]);
  const ownApp = createApp({ store: own, webRoot, loopback: true, ...appOpts });
  try {
    const rows = async () => (await (await ownApp.request('/api/export/jsonl?limit=1000')).text()).trim().split('\n').filter(Boolean);
    const before = await rows();
    assert.deepEqual(await rows(), before);
    await own.putBatch(rest);
    const after = await rows();
    assert.ok(after.length > before.length, `${after.length} rows after the write, ${before.length} before`);
  } finally {
    await ownApp.close();
    await own.close();
  }
});
