// The feed watcher against a local HTTP server on 127.0.0.1 (port 0): it publishes a feed, adds
// items, answers 304 to conditional requests, times out once, fails now and then with 503, and
// serves one broken item. Every good item is stored exactly once and the watcher keeps going.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { SqliteStore } from '../src/store/sqlite.js';
import { PostgresStore, probePg } from '../src/store/postgres.js';
import { MemoryWatchState, PgWatchState, SqliteWatchState, watchStateFor } from '../src/watch/state.js';
import { parseFeedList, Watcher } from '../src/watch/watcher.js';
import { PoliteHttp } from '../src/watch/http.js';
import { parseDuration } from '../src/watch/duration.js';
import { ROOT } from './helpers.js';

interface Item {
  slug: string;
  title: string;
  body: string;
  date: string;
}

const PLACES = ['حلب', 'مأرب', 'الخرطوم', 'غزة', 'بنغازي', 'إدلب'];
const story = (n: number): Item => ({
  slug: String(n),
  title: `اشتباكات في ${PLACES[n % PLACES.length]} (${n})`,
  body: `اندلعت اشتباكات عنيفة في ${PLACES[n % PLACES.length]} ليل السبت، وقالت مصادر طبية إن ${n + 3} مسلحين قتلوا في المواجهات رقم ${n}. ودعت الأمم المتحدة الأطراف إلى ضبط النفس.`,
  date: `Sat, 0${(n % 9) + 1} Mar 2024 10:00:00 GMT`,
});

/** The site: its feed, its pages, and what it saw. */
class Site {
  items: Item[] = [];
  version = 1;
  hits = new Map<string, number>();
  notModified = 0;
  inflight = 0;
  maxInflight = 0;
  arrivals: number[] = [];
  /** Paths whose next request hangs (until the client gives up). */
  hang = new Set<string>();
  /** Paths that answer 503 this many more times. */
  unavailable = new Map<string, number>();
  server = http.createServer((req, res) => this.handle(req, res));
  base = '';

  async start(): Promise<void> {
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', r));
    this.base = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  publish(item: Item): void {
    this.items.unshift(item);
    this.version++;
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    const p = (req.url ?? '/').split('?')[0];
    this.hits.set(p, (this.hits.get(p) ?? 0) + 1);
    this.arrivals.push(Date.now());
    this.inflight++;
    this.maxInflight = Math.max(this.maxInflight, this.inflight);
    res.on('close', () => this.inflight--);
    if (this.hang.delete(p)) {
      const t = setTimeout(() => res.end('too late'), 5000);
      res.on('close', () => clearTimeout(t));
      return;
    }
    const left = this.unavailable.get(p) ?? 0;
    if (left > 0) {
      this.unavailable.set(p, left - 1);
      res.writeHead(503).end('busy');
      return;
    }
    if (p === '/feed.xml') {
      const etag = `"v${this.version}"`;
      if (req.headers['if-none-match'] === etag) {
        this.notModified++;
        res.writeHead(304, { etag }).end();
        return;
      }
      const items = this.items
        .map((it) => `<item><title>${it.title}</title><link>${this.base}/a/${it.slug}</link><guid>${it.slug}</guid><pubDate>${it.date}</pubDate><description>ملخص: ${it.title}</description></item>`)
        .join('');
      res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag });
      res.end(`<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>وكالة محلية</title><link>${this.base}/</link>${items}</channel></rss>`);
      return;
    }
    if (p === '/not-a-feed') {
      res.writeHead(200, { 'content-type': 'text/html' }).end('<html><body><p>hello</p></body></html>');
      return;
    }
    if (p === '/a/broken') {
      // A binary file where an article should be.
      res.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]));
      return;
    }
    const m = /^\/a\/([\w-]+)$/.exec(p);
    // 'dup' is another URL for story 1: same content, so the same content id.
    const it = m && this.items.find((x) => x.slug === m[1] || (m[1] === 'dup' && x.slug === '1'));
    if (!it) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(
      `<!doctype html><html lang="ar"><head><title>${it.title}</title><meta property="og:title" content="${it.title}"></head>` +
        `<body><nav>الرئيسية | أخبار</nav><article><h1>${it.title}</h1><p>${it.body}</p></article><footer>جميع الحقوق محفوظة</footer></body></html>`,
    );
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise((r) => this.server.close(r));
  }
}

const PG_URL = process.env.RASAD_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/test';
const pgWhy = await probePg(PG_URL, 2000);

const site = new Site();
let deadUrl = '';
const dirs: string[] = [];
const HTTP = { timeoutMs: 1500, retries: 2, backoffMs: 20, minDelayMs: 25 };

before(async () => {
  await site.start();
  // A port that answers nothing: a feed that always fails.
  const tmp = http.createServer();
  await new Promise<void>((r) => tmp.listen(0, '127.0.0.1', r));
  deadUrl = `http://127.0.0.1:${(tmp.address() as AddressInfo).port}/feed.xml`;
  await new Promise((r) => tmp.close(r));
});

after(async () => {
  await site.stop();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

test('watch: feeds file and durations parse', () => {
  assert.deepEqual(parseFeedList('# feeds\nhttps://a.example/rss\n\n  https://b.example/atom  # night desk\nhttps://a.example/rss\n'), [
    'https://a.example/rss',
    'https://b.example/atom',
  ]);
  assert.deepEqual(['500ms', '30s', '10m', '2h', '5'].map(parseDuration), [500, 30_000, 600_000, 7_200_000, 5000]);
  assert.throws(() => parseDuration('soon'));
});

test('watch: every good item is stored once through 304s, a timeout, 503s, a broken item and dead feeds', async () => {
  site.publish(story(1));
  site.publish(story(2));
  site.items.unshift({ slug: 'broken', title: 'خبر معطوب', body: '', date: story(0).date });
  site.items.unshift({ ...story(1), slug: 'dup' });
  site.publish(story(4));
  site.hang.add('/a/2');
  site.unavailable.set('/a/4', 2);

  const store = new SqliteStore(':memory:');
  const state = new SqliteWatchState(store);
  const log: string[] = [];
  const watcher = new Watcher({
    feeds: [deadUrl, `${site.base}/feed.xml`, `${site.base}/not-a-feed`],
    store,
    state,
    http: HTTP,
    log: (l) => log.push(l),
  });
  try {
    const first = await watcher.pollOnce();
    assert.deepEqual(
      { added: first.added, duplicates: first.duplicates, failed: first.failed, feedErrors: first.feedErrors, items: first.items },
      { added: 3, duplicates: 1, failed: 1, feedErrors: 2, items: 5 },
      log.join('\n'),
    );
    assert.ok(log.some((l) => l.includes(deadUrl)), 'the dead feed is logged');
    assert.ok(log.some((l) => l.includes('/not-a-feed') && /not an RSS or Atom feed/.test(l)));
    assert.ok(log.some((l) => l.includes('/a/broken') && /binary|PNG/i.test(l)), log.join('\n'));
    assert.equal(site.hits.get('/a/2'), 2, 'timed out once, then fetched');
    assert.equal(site.hits.get('/a/4'), 3, 'two 503s, then fetched');

    // Nothing new: the feed answers 304 and no page is fetched again.
    const pagesBefore = [...site.hits].filter(([p]) => p.startsWith('/a/')).reduce((n, [, c]) => n + c, 0);
    const second = await watcher.pollOnce();
    assert.equal(second.notModified, 1);
    assert.equal(second.added, 0);
    assert.equal(site.notModified, 1);

    // A new story appears: only it is fetched.
    site.publish(story(3));
    const third = await watcher.pollOnce();
    assert.deepEqual([third.added, third.seen, third.failed], [1, 5, 0]);
    const pagesAfter = [...site.hits].filter(([p]) => p.startsWith('/a/')).reduce((n, [, c]) => n + c, 0);
    assert.equal(pagesAfter - pagesBefore, 1);
    assert.equal(site.hits.get('/a/1'), 1);
    assert.equal(site.hits.get('/a/broken'), 1, 'a broken item is given up, not fetched on every poll');

    const rows = store.db.prepare('SELECT url, title FROM documents ORDER BY url').all() as { url: string; title: string }[];
    assert.deepEqual(rows.map((r) => r.url), ['1', '2', '3', '4'].map((n) => `${site.base}/a/${n}`));
    assert.ok(rows.every((r) => r.title.startsWith('اشتباكات في')));
    assert.equal((await store.stats()).documents, 4);
    assert.ok((await store.search('اشتباكات')).length === 4);

    // Politeness: one request at a time to the host, and at least the minimum delay between starts.
    assert.equal(site.maxInflight, 1);
    const gaps = site.arrivals.slice(1).map((t, i) => t - site.arrivals[i]);
    assert.ok(Math.min(...gaps) >= HTTP.minDelayMs - 2, `gaps ${gaps.join(',')}`);
  } finally {
    await store.close();
  }
});

test('watch: the polling loop stores items as they arrive and stops on abort', async () => {
  const store = new SqliteStore(':memory:');
  const watcher = new Watcher({ feeds: [`${site.base}/feed.xml`], store, state: new MemoryWatchState(), http: HTTP, log: () => {} });
  const ac = new AbortController();
  let polls = 0;
  const running = watcher.run(50, ac.signal, () => polls++);
  try {
    const waitFor = async (n: number) => {
      while ((await store.stats()).documents < n) await new Promise((r) => setTimeout(r, 20));
    };
    await waitFor(4);
    site.publish(story(5));
    await waitFor(5);
  } finally {
    ac.abort();
    await running;
    await store.close();
  }
  assert.ok(polls >= 2);
});

test('watch: the CLI polls once into a SQLite file and remembers validators between runs', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'rasad-watch-'));
  dirs.push(dir);
  const feeds = path.join(dir, 'feeds.txt');
  writeFileSync(feeds, `# local test feed\n${site.base}/feed.xml\n`);
  const db = path.join(dir, 'w.db');
  const run = () =>
    new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const env = { ...process.env };
      delete env.NODE_TEST_CONTEXT;
      const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'watch', '--feeds', feeds, '--db', db, '--once', '--delay', '10ms', '--timeout', '5s'], {
        cwd: ROOT,
        env,
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      let stderr = '';
      child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
      child.on('close', (code) => resolve({ code, stderr }));
    });
  const first = await run();
  assert.equal(first.code, 1, first.stderr); // the broken item
  assert.match(first.stderr, /5 new/);
  const second = await run();
  assert.equal(second.code, 0, second.stderr);
  assert.match(second.stderr, /1 unchanged/);
  const store = new SqliteStore(db);
  try {
    assert.equal((await store.stats()).documents, 5);
  } finally {
    await store.close();
  }
});

test('watch: only http(s) URLs are fetched', async () => {
  const client = new PoliteHttp({ retries: 0 });
  await assert.rejects(client.get('file:///etc/passwd'), /not an http\(s\) URL/);
  await assert.rejects(client.get('nonsense'), /not a URL/);
});

test('watch: into PostgreSQL, with the state in PostgreSQL', { skip: pgWhy ? `no PostgreSQL server at ${PG_URL} (${pgWhy})` : false }, async () => {
  const schema = `rasad_w_${process.pid}_${Date.now().toString(36)}`;
  const store = await PostgresStore.open(PG_URL, { schema });
  try {
    const state = watchStateFor(store);
    assert.ok(state instanceof PgWatchState);
    const watcher = new Watcher({ feeds: [`${site.base}/feed.xml`], store, state, http: HTTP, log: () => {} });
    const first = await watcher.pollOnce();
    assert.deepEqual([first.added, first.duplicates, first.failed], [5, 1, 1]);
    const second = await watcher.pollOnce();
    assert.deepEqual([second.notModified, second.added], [1, 0]);
    assert.equal((await store.stats()).documents, 5);
    assert.equal((await state.get(`${site.base}/a/broken`))?.status, 'failed');
  } finally {
    await store.close();
    const c = new pg.Client({ connectionString: PG_URL });
    await c.connect();
    await c.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await c.end();
  }
});
