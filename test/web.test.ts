// The web UI in a real browser (playwright-core driving the system's Chromium): the map, jumping
// from an event to its highlighted sentence, search, the language switch, and a hostile document
// whose markup must stay text. Skipped, with a message, only when no Chromium can be found.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { ingestPaths } from '../src/cli/ingest.js';
import { startServer, type RunningServer } from '../src/server/index.js';
import { SqliteStore } from '../src/store/sqlite.js';
import type { Doc } from '../src/doc.js';
import { ROOT } from './helpers.js';
import { fixtureDocs, hostileDoc, HOSTILE_SENTENCE, PAYLOADS, YEMEN_SENTENCE } from './server-fixtures.js';

// Names the page functions below use inside the browser (the Node tsconfig has no DOM lib).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
declare const document: any, window: any, location: { hash: string };

const CHROMIUM = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => p && existsSync(p));
const NO_CHROMIUM = 'no Chromium found (apt-get install chromium, or set CHROMIUM_PATH): browser tests skipped';
const WEB_ROOT = path.join(ROOT, 'dist', 'web');

function newest(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

/** Builds the UI when dist/web is missing or older than its sources. */
function ensureBuilt(): void {
  const index = path.join(WEB_ROOT, 'index.html');
  if (existsSync(index) && statSync(index).mtimeMs >= newest(path.join(ROOT, 'web'))) return;
  const r = spawnSync(process.execPath, [path.join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', 'web/vite.config.ts'], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(r.status, 0, `vite build failed:\n${r.stdout}\n${r.stderr}`);
}

test('the web UI type-checks (web/tsconfig.json, DOM lib)', () => {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'web/tsconfig.json'], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stdout + r.stderr);
});

let tmp = '';
let store: SqliteStore;
let server: RunningServer;
let context: BrowserContext;
let page: Page;
let docs: Doc[];
const dialogs: string[] = [];
const pageErrors: string[] = [];
const cspErrors: string[] = [];

before(async () => {
  if (!CHROMIUM) return;
  ensureBuilt();
  tmp = mkdtempSync(path.join(tmpdir(), 'rasad-web-'));
  store = new SqliteStore(path.join(tmp, 'web.db'));
  await ingestPaths(store, [path.join(ROOT, 'samples')], { progress: false, warn: () => {} });
  docs = [...fixtureDocs(), hostileDoc()];
  await store.putBatch(docs);
  server = await startServer({ store, port: 0, webRoot: WEB_ROOT });
  context = await chromium.launchPersistentContext(path.join(tmp, 'profile'), {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    viewport: { width: 1400, height: 950 },
  });
  page = context.pages()[0] ?? (await context.newPage());
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) cspErrors.push(m.text());
  });
  // Anything the page tries to fetch from outside the server fails the run: the UI is offline.
  await context.route(/^(?!http:\/\/127\.0\.0\.1)/, (route) => {
    if (/^(data|blob):/.test(route.request().url())) return route.continue();
    pageErrors.push(`external request: ${route.request().url()}`);
    return route.abort();
  });
});

after(async () => {
  if (!CHROMIUM) return;
  await context?.close();
  await server?.close();
  await store?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

async function ready(hash = ''): Promise<void> {
  await page.goto(server.url + (hash ? `#${hash}` : ''));
  await page.waitForSelector('body[data-ready="1"]', { timeout: 15_000 });
}

/** Clicks the marker holding an event; when the marker holds several, picks it from the list. */
async function clickOnMap(eventId: string): Promise<void> {
  const marker = page.locator(`path.ev-marker[data-events~="${eventId}"]`);
  await marker.waitFor({ timeout: 10_000 });
  await marker.click();
  await page.waitForFunction(() => location.hash.includes('ev=') || document.querySelector('.ev-popup'));
  const item = page.locator(`.ev-popup button[data-event="${eventId}"]`);
  if (await item.count()) await item.click();
}

test('the map shows the basemap and event markers; clicking one lands on its highlighted sentence', { skip: !CHROMIUM && NO_CHROMIUM, timeout: 40_000 }, async () => {
  await ready();
  assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
  // Country shapes from world-atlas, drawn as SVG paths.
  await page.waitForFunction(() => document.querySelectorAll('#map path.leaflet-interactive, #map .leaflet-overlay-pane path').length > 100, undefined, { timeout: 10_000 });
  const yemen = docs[0];
  await clickOnMap(`${yemen.id}:0`);
  await page.waitForFunction(() => location.hash.includes('ev=0'));
  const active = page.locator('#reader .ev-active');
  await page.waitForFunction((s) => [...document.querySelectorAll('#reader .ev-active')].map((e) => e.textContent).join('').startsWith(s), YEMEN_SENTENCE, { timeout: 10_000 });
  const text = (await active.allTextContents()).join('');
  assert.ok(text.startsWith(YEMEN_SENTENCE), text);
  assert.equal((await page.locator('#reader .trig-active').allTextContents()).join(''), 'غارات جوية', 'the trigger is marked');
  assert.ok(await active.first().isVisible());
  assert.equal(await page.locator('#article-pane').isVisible(), true);
  assert.match(page.url(), new RegExp(`doc=${yemen.id}`));
  // The timeline has a dot per dated event and also jumps.
  const dot = page.locator(`#timeline circle[data-event="${docs[1].id}:1"]`);
  await dot.click();
  await page.waitForFunction((id) => location.hash.includes(`doc=${id}`) && location.hash.includes('ev=1'), docs[1].id);
  // The reader renders after the hash changes: wait for the new sentence, not just any highlight.
  await page.waitForFunction(() => [...document.querySelectorAll('#reader .ev-active')].map((e) => e.textContent).join('').includes('السيطرة على مقر الإذاعة'), undefined, { timeout: 10_000 });
  // The graph and the claims board are filled.
  await page.waitForSelector('#graph canvas', { timeout: 10_000 });
  await page.waitForSelector('.claim-card.contested');
  const chip = page.locator(`#claims .ev-chip[data-event="${yemen.id}:2"]`).first();
  await chip.click();
  await page.waitForFunction(() => location.hash.includes('ev=2'));
  await page.waitForFunction(() => [...document.querySelectorAll('#reader .ev-active')].map((e) => e.textContent).join('').includes('نفى التحالف'), undefined, { timeout: 10_000 });
});

test('filters travel in the URL and every view follows them', { skip: !CHROMIUM && NO_CHROMIUM, timeout: 30_000 }, async () => {
  // A fixture-only actor id, so that what the pipeline finds in the samples does not count.
  await ready('country=SDN&actor=rasad:saf');
  assert.equal(await page.inputValue('#f-country'), 'SDN');
  assert.equal(await page.inputValue('#f-actor'), 'rasad:saf');
  await page.waitForFunction(() => document.querySelectorAll('path.ev-marker').length === 1 && document.querySelectorAll('#timeline circle.tl-ev').length === 2, undefined, { timeout: 10_000 });
  await page.selectOption('#f-type', 'ASSAULT');
  await page.waitForFunction(() => location.hash.includes('type=ASSAULT') && document.querySelectorAll('#timeline circle.tl-ev').length === 1);
  assert.match(await page.getAttribute('#export-links a[href*="gdelt"]', 'href') ?? '', /\/api\/export\/gdelt\?type=ASSAULT&country=SDN&actor=rasad%3Asaf/);
});

test('search finds a document and opens it in the reader; the language switches', { skip: !CHROMIUM && NO_CHROMIUM, timeout: 30_000 }, async () => {
  await ready();
  await page.fill('#search-input', 'أم درمان');
  await page.press('#search-input', 'Enter');
  const hit = page.locator(`#doc-list button[data-doc="${docs[1].id}"]`);
  await hit.waitFor({ timeout: 10_000 });
  await page.waitForFunction(() => (document.querySelector('#search-status')?.textContent ?? '').includes('أم درمان'), undefined, { timeout: 10_000 });
  await hit.click();
  await page.waitForFunction((id) => location.hash.includes(`doc=${id}`), docs[1].id);
  await page.waitForFunction(() => (document.querySelector('#reader-head h3')?.textContent ?? '').includes('اشتباكات في أم درمان'), undefined, { timeout: 10_000 });
  await page.waitForSelector('#reader .m-ent');
  await page.click('#lang-switch');
  await page.waitForFunction(() => document.documentElement.lang === 'en' && document.documentElement.dir === 'ltr');
  await page.waitForFunction(() => document.querySelector('#panel-map h2 span')?.textContent === 'Map', undefined, { timeout: 10_000 });
  assert.equal(await page.getAttribute('#reader', 'dir'), 'rtl', 'article text stays right-to-left');
});

test('a hostile document executes nothing: markup in text, names, summaries and links stays text', { skip: !CHROMIUM && NO_CHROMIUM, timeout: 40_000 }, async () => {
  // One more through the API and the real pipeline: plain text with markup in it.
  const posted = await fetch(`${server.url}api/documents`, {
    method: 'POST',
    headers: { 'content-type': 'text/plain' },
    body: `عنوان ${PAYLOADS[1]}\n\nقصفت طائرات مواقع في المدينة ${PAYLOADS.join(' ')} وقتل ثلاثة مدنيين.`,
  });
  assert.equal(posted.status, 201);
  const postedId = ((await posted.json()) as { id: string }).id;
  const hostile = docs[3];
  await ready(`doc=${hostile.id}&ev=0`);
  await page.waitForFunction((s) => [...document.querySelectorAll('#reader .ev-active')].map((e) => e.textContent).join('').startsWith(s), HOSTILE_SENTENCE, { timeout: 10_000 });
  const readerText = await page.locator('#reader').textContent();
  assert.ok(readerText!.includes('<img src=x onerror='), 'payload shown as text');
  assert.match(await page.locator('#reader-head h3').textContent() ?? '', /<script>/);
  // Hover the hostile marker (tooltip with hostile names) and open the graph edge list.
  const marker = page.locator(`path.ev-marker[data-events~="${hostile.id}:0"]`);
  await marker.hover();
  await page.waitForSelector('.leaflet-tooltip');
  assert.match((await page.locator('.leaflet-tooltip').textContent()) ?? '', /قرية الاختبار/, 'the hostile place in the tooltip');
  // Search results show snippets of the hostile text; the posted document opens too.
  await page.fill('#search-input', 'الاختبار');
  await page.press('#search-input', 'Enter');
  await page.waitForSelector('#doc-list .snippet');
  await ready(`doc=${postedId}`);
  await page.waitForSelector('#reader-head h3');
  assert.match(await page.locator('#reader').textContent() ?? '', /<script>window.__pwned/);
  await page.waitForTimeout(300);
  const state = await page.evaluate(() => ({
    pwned: window.__pwned ?? null,
    injected: document.querySelectorAll('#reader img, #reader script, #reader svg, #reader iframe, #doc-list img, .leaflet-tooltip img, iframe').length,
    handlers: [...document.querySelectorAll('*')].filter((el: { attributes: Iterable<{ name: string }> }) => [...el.attributes].some((a) => /^on/i.test(a.name))).length,
    jsLinks: document.querySelectorAll('a[href^="javascript" i]').length,
  }));
  assert.deepEqual(state, { pwned: null, injected: 0, handlers: 0, jsLinks: 0 });
  assert.deepEqual(dialogs, []);
  assert.deepEqual(pageErrors, []);
  assert.deepEqual(cspErrors, [], 'the UI runs under its CSP without violations');
});
