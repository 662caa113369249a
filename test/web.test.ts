// The web UI in a real browser (playwright-core driving the system's Chromium) on the samples and
// the hand-made documents: the map, jumping from an event to its highlighted sentence, the filters,
// the claims board's roles, search, the language switch, and a hostile document whose markup must
// stay text. Skipped, with a message, only when no Chromium can be found. The analyst's views at
// scale are in web-views.test.ts.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ingestPaths } from '../src/cli/ingest.js';
import type { Doc } from '../src/doc.js';
import { ROOT } from './helpers.js';
import { fixtureDocs, hostileDoc, HOSTILE_SENTENCE, PAYLOADS, YEMEN_SENTENCE } from './server-fixtures.js';
import { CHROMIUM, NO_CHROMIUM, openUi, ready as openAt, type Ui } from './web-browser.js';

// Names the page functions below use inside the browser (the Node tsconfig has no DOM lib).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
declare const document: any, window: any, location: { hash: string };

test('the web UI type-checks (web/tsconfig.json, DOM lib)', () => {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'web/tsconfig.json'], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stdout + r.stderr);
});

let ui: Ui;
let docs: Doc[];

before(async () => {
  if (!CHROMIUM) return;
  docs = [...fixtureDocs(), hostileDoc()];
  ui = await openUi(async (store) => {
    await ingestPaths(store, [path.join(ROOT, 'samples')], { progress: false, warn: () => {} });
    await store.putBatch(docs);
  });
});

after(async () => {
  if (CHROMIUM) await ui?.close();
});

const ready = (hash = '') => openAt(ui, hash);

/** Clicks an event on the timeline: its own dot, or its bin and then its line in the list. */
async function clickOnTimeline(eventId: string): Promise<void> {
  const own = ui.page.locator(`#timeline circle[data-event="${eventId}"]`);
  const bin = ui.page.locator(`#timeline g.tl-bin[data-events~="${eventId}"]`);
  await ui.page.waitForFunction((id) => document.querySelector(`#timeline [data-event="${id}"], #timeline [data-events~="${id}"]`), eventId, { timeout: 10_000 });
  if (await own.count()) return own.click();
  await bin.click();
  await ui.page.locator(`#timeline-detail button[data-event="${eventId}"]`).click();
}

/** Events drawn on the timeline: single dots and the members of bins. */
const timelineEvents = () =>
  ui.page.evaluate(() => [...document.querySelectorAll('#timeline [data-event], #timeline [data-events]')].flatMap((el: { getAttribute(n: string): string }) => (el.getAttribute('data-event') ?? el.getAttribute('data-events')).split(' ')).length);

/** Clicks the marker holding an event; when the marker holds several, picks it from the list. */
async function clickOnMap(eventId: string): Promise<void> {
  const marker = ui.page.locator(`path.ev-marker[data-events~="${eventId}"]`);
  await marker.waitFor({ timeout: 10_000 });
  await marker.click();
  await ui.page.waitForFunction(() => location.hash.includes('ev=') || document.querySelector('.ev-popup'));
  const item = ui.page.locator(`.ev-popup button[data-event="${eventId}"]`);
  if (await item.count()) await item.click();
}

test('the map shows the basemap and event markers; clicking one lands on its highlighted sentence', { skip: !CHROMIUM && NO_CHROMIUM, timeout: 40_000 }, async () => {
  await ready();
  assert.equal(await ui.page.getAttribute('html', 'dir'), 'rtl');
  // Country shapes from world-atlas, drawn as SVG paths.
  await ui.page.waitForFunction(() => document.querySelectorAll('#map path.leaflet-interactive, #map .leaflet-overlay-pane path').length > 100, undefined, { timeout: 10_000 });
  const yemen = docs[0];
  await clickOnMap(`${yemen.id}:0`);
  await ui.page.waitForFunction(() => location.hash.includes('ev=0'));
  const active = ui.page.locator('#reader .ev-active');
  await ui.page.waitForFunction((s) => [...document.querySelectorAll('#reader .ev-active')].map((e) => e.textContent).join('').startsWith(s), YEMEN_SENTENCE, { timeout: 10_000 });
  const text = (await active.allTextContents()).join('');
  assert.ok(text.startsWith(YEMEN_SENTENCE), text);
  assert.equal((await ui.page.locator('#reader .trig-active').allTextContents()).join(''), 'غارات جوية', 'the trigger is marked');
  assert.ok(await active.first().isVisible());
  assert.equal(await ui.page.locator('#article-pane').isVisible(), true);
  assert.match(ui.page.url(), new RegExp(`doc=${yemen.id}`));
  // The timeline has a dot per dated event and also jumps.
  await clickOnTimeline(`${docs[1].id}:1`);
  await ui.page.waitForFunction((id) => location.hash.includes(`doc=${id}`) && location.hash.includes('ev=1'), docs[1].id);
  // The reader renders after the hash changes: wait for the new sentence, not just any highlight.
  await ui.page.waitForFunction(() => [...document.querySelectorAll('#reader .ev-active')].map((e) => e.textContent).join('').includes('السيطرة على مقر الإذاعة'), undefined, { timeout: 10_000 });
  // The graph and the claims board are filled.
  await ui.page.waitForSelector('#graph canvas', { timeout: 10_000 });
  await ui.page.waitForSelector('.claim-card.contested');
  const chip = ui.page.locator(`#claims .ev-chip[data-event="${yemen.id}:2"]`).first();
  await chip.click();
  await ui.page.waitForFunction(() => location.hash.includes('ev=2'));
  await ui.page.waitForFunction(() => [...document.querySelectorAll('#reader .ev-active')].map((e) => e.textContent).join('').includes('نفى التحالف'), undefined, { timeout: 10_000 });
});

test('filters travel in the URL and every view follows them', { skip: !CHROMIUM && NO_CHROMIUM, timeout: 30_000 }, async () => {
  // A fixture-only actor id, so that what the pipeline finds in the samples does not count.
  await ready('country=SDN&actor=rasad:saf');
  assert.equal(await ui.page.inputValue('#f-country'), 'SDN');
  assert.equal(await ui.page.inputValue('#f-actor'), 'rasad:saf');
  await ui.page.waitForFunction(() => document.querySelectorAll('path.ev-marker').length === 1, undefined, { timeout: 10_000 });
  assert.equal(await timelineEvents(), 2);
  assert.equal(await ui.page.locator('#table tbody tr').count(), 2, 'the table follows the filters');
  await ui.page.selectOption('#f-type', 'ASSAULT');
  await ui.page.waitForFunction(() => location.hash.includes('type=ASSAULT') && document.querySelectorAll('#table tbody tr').length === 1);
  assert.equal(await timelineEvents(), 1);
  assert.match(await ui.page.getAttribute('#export-links a[href*="gdelt"]', 'href') ?? '', /\/api\/export\/gdelt\?type=ASSAULT&country=SDN&actor=rasad%3Asaf/);
});

test('the claims board puts each party in its role: the claimant under claims, the denier under denials', { skip: !CHROMIUM && NO_CHROMIUM, timeout: 30_000 }, async () => {
  await ready();
  const yemen = docs[0];
  // The card of the Sanaa strikes: the Houthis claim (event 1), the coalition denies (event 2).
  const card = ui.page.locator('.claim-card', { has: ui.page.locator(`.col-denials .ev-chip[data-event="${yemen.id}:2"]`) });
  await card.waitFor({ timeout: 10_000 });
  assert.match((await card.locator('.col-claims').textContent()) ?? '', /أنصار الله/);
  assert.equal(await card.locator(`.col-claims .ev-chip[data-event="${yemen.id}:1"]`).count(), 1);
  assert.match((await card.locator('.col-denials').textContent()) ?? '', /التحالف/);
  assert.doesNotMatch((await card.locator('.col-denials').textContent()) ?? '', /أنصار الله/);
  assert.equal(await card.locator('.pairs .ev-chip').count(), 2, 'the denial is shown with the claim it answers');
});

test('search finds a document and opens it in the reader; the language switches', { skip: !CHROMIUM && NO_CHROMIUM, timeout: 30_000 }, async () => {
  await ready();
  await ui.page.fill('#search-input', 'أم درمان');
  await ui.page.press('#search-input', 'Enter');
  const hit = ui.page.locator(`#doc-list button[data-doc="${docs[1].id}"]`);
  await hit.waitFor({ timeout: 10_000 });
  await ui.page.waitForFunction(() => (document.querySelector('#search-status')?.textContent ?? '').includes('أم درمان'), undefined, { timeout: 10_000 });
  await hit.click();
  await ui.page.waitForFunction((id) => location.hash.includes(`doc=${id}`), docs[1].id);
  await ui.page.waitForFunction(() => (document.querySelector('#reader-head h3')?.textContent ?? '').includes('اشتباكات في أم درمان'), undefined, { timeout: 10_000 });
  await ui.page.waitForSelector('#reader .m-ent');
  await ui.page.click('#lang-switch');
  await ui.page.waitForFunction(() => document.documentElement.lang === 'en' && document.documentElement.dir === 'ltr');
  await ui.page.waitForFunction(() => document.querySelector('#panel-map h2 span')?.textContent === 'Map', undefined, { timeout: 10_000 });
  assert.equal(await ui.page.getAttribute('#reader', 'dir'), 'rtl', 'article text stays right-to-left');
});

/**
 * The id of a posted document: at once (201), or, when the analysis outlasts the server's wait
 * (202, a loaded machine), from its job once the job has ended.
 */
async function storedId(posted: Response): Promise<string> {
  const body = (await posted.json()) as { id?: string; status_url?: string };
  if (posted.status === 201) return body.id!;
  assert.equal(posted.status, 202, JSON.stringify(body));
  const status_url = body.status_url!;
  for (;;) {
    const job = (await (await fetch(new URL(status_url, ui.server.url))).json()) as { status: string; http_status?: number; result?: { id: string } };
    if (job.status !== 'analysing') {
      assert.equal(job.http_status, 201, JSON.stringify(job));
      return job.result!.id;
    }
    // Polling the job: the interval only spaces the requests, nothing is asserted about time.
    await new Promise((r) => setTimeout(r, 200));
  }
}

test('a hostile document executes nothing: markup in text, names, summaries and links stays text', { skip: !CHROMIUM && NO_CHROMIUM, timeout: 40_000 }, async () => {
  // One more through the API and the real pipeline: plain text with markup in it.
  const posted = await fetch(`${ui.server.url}api/documents`, {
    method: 'POST',
    headers: { 'content-type': 'text/plain' },
    body: `عنوان ${PAYLOADS[1]}\n\nقصفت طائرات مواقع في المدينة ${PAYLOADS.join(' ')} وقتل ثلاثة مدنيين.`,
  });
  const postedId = await storedId(posted);
  const hostile = docs[3];
  await ready(`doc=${hostile.id}&ev=0`);
  await ui.page.waitForFunction((s) => [...document.querySelectorAll('#reader .ev-active')].map((e) => e.textContent).join('').startsWith(s), HOSTILE_SENTENCE, { timeout: 10_000 });
  const readerText = await ui.page.locator('#reader').textContent();
  assert.ok(readerText!.includes('<img src=x onerror='), 'payload shown as text');
  assert.match(await ui.page.locator('#reader-head h3').textContent() ?? '', /<script>/);
  // Hover the hostile marker (tooltip with hostile names) and open the graph edge list.
  const marker = ui.page.locator(`path.ev-marker[data-events~="${hostile.id}:0"]`);
  await marker.hover();
  await ui.page.waitForSelector('.leaflet-tooltip');
  assert.match((await ui.page.locator('.leaflet-tooltip').textContent()) ?? '', /قرية الاختبار/, 'the hostile place in the tooltip');
  // Search results show snippets of the hostile text; the posted document opens too.
  await ui.page.fill('#search-input', 'الاختبار');
  await ui.page.press('#search-input', 'Enter');
  await ui.page.waitForSelector('#doc-list .snippet');
  await ready(`doc=${postedId}`);
  await ui.page.waitForSelector('#reader-head h3');
  assert.match(await ui.page.locator('#reader').textContent() ?? '', /<script>window.__pwned/);
  // Every panel has drawn what it loaded (a payload would have run by then).
  await ui.page.waitForFunction(() => document.body.dataset.ready === '1' && !document.querySelector('.panel[data-state="loading"]'), undefined, { timeout: 20_000 });
  const state = await ui.page.evaluate(() => ({
    pwned: window.__pwned ?? null,
    injected: document.querySelectorAll('#reader img, #reader script, #reader svg, #reader iframe, #doc-list img, .leaflet-tooltip img, iframe').length,
    handlers: [...document.querySelectorAll('*')].filter((el: { attributes: Iterable<{ name: string }> }) => [...el.attributes].some((a) => /^on/i.test(a.name))).length,
    jsLinks: document.querySelectorAll('a[href^="javascript" i]').length,
  }));
  assert.deepEqual(state, { pwned: null, injected: 0, handlers: 0, jsLinks: 0 });
  assert.deepEqual(ui.dialogs, []);
  assert.deepEqual(ui.pageErrors, []);
  assert.deepEqual(ui.cspErrors, [], 'the UI runs under its CSP without violations');
});
