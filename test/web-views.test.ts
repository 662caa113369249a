// The analyst's views in a real browser, on synthetic documents whose counts are known (40 actors,
// 300 source-target pairs, a place written as an actor): the events table (rows, sort, filters,
// pages, CSV, a row opens its sentence), the actor graph at 300 edges (no place as a node, fitted
// to its panel, labels that do not collide, countries, quads), the link rule, a panel's loading
// sign and error message, and the rendering fixes. Skipped, with a message, when no Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Doc } from '../src/doc.js';
import { CHROMIUM, NO_CHROMIUM, openUi, ready, type Ui } from './web-browser.js';
import { CITY_AS_ACTOR, SYN_URLS, synDocs } from './web-fixtures.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
declare const document: any, location: { hash: string };

const skip = !CHROMIUM && NO_CHROMIUM;
let ui: Ui;
let docs: Doc[];
const all = () => docs.flatMap((d) => d.events.map((e, idx) => ({ ...e, doc: d, idx })));

before(async () => {
  if (!CHROMIUM) return;
  docs = synDocs();
  ui = await openUi(async (store) => {
    await store.putBatch(docs);
  });
});

after(async () => {
  if (CHROMIUM) await ui?.close();
});

/** RFC 4180: quoted fields may hold commas, quotes (doubled) and line breaks; records end in CRLF. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      (row = []), (field = ''), i++;
    } else field += c;
  }
  assert.equal(field + row.join(''), '', 'the last record ends with CRLF');
  return rows;
}

const tableCount = () => ui.page.evaluate(() => Number((document.querySelector('#table-note')?.textContent ?? '').replace(/\D/g, '')));
const panelsIdle = () => ui.page.waitForFunction(() => !document.querySelector('.panel[data-state="loading"]'), undefined, { timeout: 30_000 });

test('the events table: rows, sort, filters, pages, a row opens its sentence, CSV of the view', { skip, timeout: 90_000 }, async () => {
  const page = ui.page;
  await ready(ui, 'lang=en');
  await panelsIdle();
  assert.equal(await tableCount(), all().length);
  assert.equal(await page.locator('#table tbody tr').count(), 50, 'a page of 50');
  // Newest first by default.
  const dates = await page.locator('#table tbody tr').evaluateAll((rows: { getAttribute(n: string): string }[]) => rows.map((r) => r.getAttribute('data-event')));
  const byId = new Map(all().map((e) => [`${e.doc.id}:${e.idx}`, e]));
  const shown = dates.map((id) => byId.get(id)!.date!);
  assert.deepEqual(shown, [...shown].sort().reverse());
  // Sort by fatalities: biggest first, then smallest first; empty cells last either way.
  await page.click('button.th-sort[data-sort="fatalities"]');
  await page.waitForSelector('th[aria-sort="descending"] button[data-sort="fatalities"]');
  const killed = all().map((e) => e.numbers.find((n) => n.kind === 'killed')?.value).filter((v): v is number => v != null);
  assert.equal(await page.locator('#table tbody tr td.num').first().textContent(), String(Math.max(...killed)));
  await page.click('button.th-sort[data-sort="fatalities"]');
  await page.waitForSelector('th[aria-sort="ascending"] button[data-sort="fatalities"]');
  assert.equal(await page.locator('#table tbody tr td.num').first().textContent(), String(Math.min(...killed)));
  // Pages.
  await page.click('#table button[data-page="next"]');
  await page.waitForFunction((n) => document.querySelector('#table .page-of')?.textContent === `51–100 of ${n}`, all().length);
  assert.match(await page.evaluate(() => location.hash), /page=2/);
  // The filters of the URL: the table shows exactly the matching events.
  const want = all().filter((e) => e.type === 'ASSAULT' && (e.source?.country === 'LBY' || e.target?.country === 'LBY'));
  await ready(ui, 'lang=en&type=ASSAULT&country=LBY');
  await panelsIdle();
  assert.equal(await tableCount(), want.length);
  const ids = await page.locator('#table tbody tr').evaluateAll((rows: { getAttribute(n: string): string }[]) => rows.map((r) => r.getAttribute('data-event')));
  assert.equal(ids.length, Math.min(50, want.length));
  for (const id of ids) assert.ok(want.some((e) => `${e.doc.id}:${e.idx}` === id), id);
  // The CSV of the view: BOM, CRLF, every row of the view (not only the page), quoting per RFC 4180.
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#table-csv')]);
  const raw = readFileSync((await download.path())!, 'utf8');
  assert.ok(raw.startsWith('\uFEFF'), 'UTF-8 BOM');
  const rows = parseCsv(raw.slice(1));
  const head = rows[0];
  assert.deepEqual(head.slice(0, 4), ['event_id', 'date', 'published', 'type']);
  assert.equal(rows.length - 1, want.length);
  assert.ok(rows.slice(1).every((r) => r.length === head.length && r[head.indexOf('type')] === 'ASSAULT'));
  const outlets = new Set(rows.slice(1).map((r) => r[head.indexOf('outlet')]));
  assert.ok(outlets.has('Test Wire, "TW"') || outlets.has('وكالة الاختبار'), [...outlets].join('|'));
  assert.ok(rows.slice(1).some((r) => /^الفاعل/.test(r[head.indexOf('source_ar')])), 'Arabic names');
  // A row opens the reader at its sentence.
  const first = want.find((e) => `${e.doc.id}:${e.idx}` === ids[0])!;
  await page.click(`#table tbody tr[data-event="${ids[0]}"]`);
  await page.waitForFunction((id) => location.hash.includes(`doc=${id.split(':')[0]}`) && location.hash.includes(`ev=${id.split(':')[1]}`), ids[0]);
  const sentence = first.doc.text.slice(first.evidence.start, first.evidence.end);
  await page.waitForFunction((s) => [...document.querySelectorAll('#reader .ev-active')].map((e: { textContent: string }) => e.textContent).join('') === s, sentence, { timeout: 10_000 });
});

interface Box {
  x1: number;
  x2: number;
  y1: number;
  y2: number;
}
const overlap = (a: Box, b: Box) => a.x1 < b.x2 - 1 && b.x1 < a.x2 - 1 && a.y1 < b.y2 - 1 && b.y1 < a.y2 - 1;

/** The drawn graph as cytoscape knows it: bounds, labels, nodes; clashes of a label with another label or node. */
async function graphState() {
  const raw = await ui.page.evaluate(() => {
    const cy = document.querySelector('#graph')._cyreg.cy;
    const box = cy.elements().renderedBoundingBox({ includeLabels: true });
    return {
      nodes: cy.nodes().map((n: { id(): string }) => n.id()) as string[],
      edges: cy.edges().length as number,
      labelled: cy.nodes('.lbl').map((n: { id(): string; renderedBoundingBox(o: object): Box }) => ({ id: n.id(), box: n.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false }) })) as { id: string; box: Box }[],
      discs: cy.nodes().map((n: { id(): string; renderedBoundingBox(o: object): Box }) => ({ id: n.id(), box: n.renderedBoundingBox({ includeLabels: false, includeOverlays: false }) })) as { id: string; box: Box }[],
      inside: box.x1 >= -1 && box.y1 >= -1 && box.x2 <= cy.width() + 1 && box.y2 <= cy.height() + 1,
    };
  });
  let clashes = 0;
  for (const a of raw.labelled) {
    for (const b of raw.labelled) if (a.id < b.id && overlap(a.box, b.box)) clashes++;
    for (const d of raw.discs) if (d.id !== a.id && overlap(a.box, d.box)) clashes++;
  }
  return { nodes: raw.nodes, edges: raw.edges, labels: raw.labelled.length, clashes, inside: raw.inside };
}

async function graphAt(hash: string): Promise<Awaited<ReturnType<typeof graphState>>> {
  await ready(ui, hash);
  await ui.page.waitForSelector('#graph[data-laid-out="1"]', { timeout: 60_000 });
  return graphState();
}

test('the actor graph at 300 edges: no place as a node, fitted, labels that do not collide; countries and quads', { skip, timeout: 180_000 }, async () => {
  const pairs = (key: (e: ReturnType<typeof all>[number]) => string | null) => new Set(all().map(key).filter((k): k is string => k != null));
  const actors = pairs((e) => (e.source?.entity === CITY_AS_ACTOR.id ? null : `${e.source?.entity}->${e.target?.entity}`));
  assert.equal(actors.size, 300);
  const g = await graphAt('top=400');
  assert.equal(g.edges, 300);
  assert.equal(g.nodes.length, 40);
  assert.ok(!g.nodes.includes(CITY_AS_ACTOR.id), 'a place is no actor');
  assert.ok(g.inside, 'every node, edge and label inside the panel');
  assert.ok(g.labels >= 3 && g.labels < 40, `some labels, not all (${g.labels})`);
  assert.equal(g.clashes, 0, 'no label covers another label or a node');
  // The default view: the 30 actors with the most events.
  const top = await graphAt('');
  assert.equal(top.nodes.length, 30);
  assert.ok(top.inside && top.clashes === 0);
  // Countries: one node per country, an edge per ordered country pair (loops for civil conflicts).
  const countries = await graphAt('top=400&group=countries');
  const cPairs = pairs((e) => (e.source?.entity === CITY_AS_ACTOR.id ? null : `${e.source?.country}->${e.target?.country}`));
  assert.equal(countries.nodes.length, 5);
  assert.equal(countries.edges, cPairs.size);
  assert.ok(countries.inside);
  // One quad: only the pairs with verbal cooperation (CONSULT here).
  const coop = await graphAt('top=400&quad=verbal-cooperation');
  assert.equal(coop.edges, pairs((e) => (e.type === 'CONSULT' ? `${e.source?.entity}->${e.target?.entity}` : null)).size);
  assert.ok(coop.inside && coop.clashes === 0);
  // A filter that shrinks the graph still fits it to the panel.
  const lby = await graphAt('top=400&country=LBY&type=ASSAULT');
  assert.ok(lby.edges > 0 && lby.inside && lby.clashes === 0);
  // The graph's type control is the shared type filter.
  assert.equal(await ui.page.inputValue('#g-type'), 'ASSAULT');
});

test('links: only absolute http(s) URLs become links; //host, /\\host and javascript: are text', { skip, timeout: 60_000 }, async () => {
  const page = ui.page;
  for (const [i, url] of SYN_URLS.entries()) {
    await ready(ui, `doc=${docs[i].id}`);
    await page.waitForFunction((t) => document.querySelector('#reader-head h3')?.textContent === t, docs[i].source.title);
    const links = await page.locator('#reader-head a').evaluateAll((as: { getAttribute(n: string): string }[]) => as.map((a) => a.getAttribute('href')));
    if (url.startsWith('https://')) assert.deepEqual(links, [url]);
    else {
      assert.deepEqual(links, [], `${url} is no link`);
      assert.ok(((await page.locator('#reader-head .source-line').textContent()) ?? '').includes(url), `${url} shown as text`);
    }
  }
  // Every link on the page: absolute http(s), our own /api/ downloads, or Leaflet's "#" zoom buttons.
  const anyBad = await page.evaluate(() => [...document.querySelectorAll('a[href]')].filter((a: { getAttribute(n: string): string }) => !/^(https?:\/\/[^/\\]|\/api\/|blob:|#$)/i.test(a.getAttribute('href'))).length);
  assert.equal(anyBad, 0);
});

test('every panel shows a loading sign while its request runs and an error message when it fails', { skip, timeout: 60_000 }, async () => {
  const page = ui.page;
  let release: (() => void) | null = null;
  const held = new Promise<void>((r) => (release = r));
  let seen!: () => void;
  const arrived = new Promise<void>((r) => (seen = r));
  await page.route('**/api/claims?**', async (route) => {
    seen();
    await held;
    await route.fulfill({ status: 500, contentType: 'application/json', body: JSON.stringify({ error: 'claims are broken' }) });
  });
  try {
    await page.goto(ui.server.url + '#lang=en');
    await arrived;
    await page.waitForSelector('#panel-claims[data-state="loading"][aria-busy="true"] .panel-status.loading');
    assert.equal(await page.locator('#panel-claims .panel-status').textContent(), 'Loading…');
    release!();
    await page.waitForSelector('#panel-claims[data-state="error"]');
    assert.equal(await page.locator('#panel-claims .panel-status[role="alert"]').textContent(), 'Error: claims are broken');
    // The other panels loaded.
    for (const p of ['map', 'timeline', 'table', 'graph']) await page.waitForSelector(`#panel-${p}[data-state="ok"]`);
  } finally {
    await page.unroute('**/api/claims?**');
  }
});

test('rendering: one-line header at 1,400 px, dates kept whole in English, tooltips and timeline inside their boxes', { skip, timeout: 60_000 }, async () => {
  const page = ui.page;
  for (const lang of ['ar', 'en']) {
    await ready(ui, `lang=${lang}`);
    const header = await page.evaluate(() => {
      const kids = [...document.querySelector('.topbar').children].map((c: { getBoundingClientRect(): { top: number; bottom: number } }) => c.getBoundingClientRect());
      return { height: document.querySelector('.topbar').offsetHeight, spread: Math.max(...kids.map((k) => k.top)) - Math.min(...kids.map((k) => k.top)) };
    });
    assert.ok(header.height < 50 && header.spread < 12, `${lang}: header on one line (${JSON.stringify(header)})`);
    // The timeline: lane labels whole inside the drawing and off the plot; every dot on the plot,
    // and no two dots of a lane on top of each other.
    await panelsIdle();
    const tl = await page.evaluate(() => {
      const svg = document.querySelector('#timeline svg');
      const w = Number(svg.getAttribute('width'));
      const lane = svg.querySelector('rect.tl-lane').getBBox();
      const labels = [...svg.querySelectorAll('text.tl-label')].map((el: { getBBox(): { x: number; width: number } }) => el.getBBox());
      const dots = [...svg.querySelectorAll('circle')].map((c: { getBBox(): { x: number; y: number; width: number; height: number } }) => c.getBBox());
      let overlaps = 0;
      for (let i = 0; i < dots.length; i++) {
        for (let j = i + 1; j < dots.length; j++) {
          const a = dots[i];
          const b = dots[j];
          if (a.y === b.y && Math.abs(a.x + a.width / 2 - (b.x + b.width / 2)) < (a.width + b.width) / 2 - 0.5) overlaps++;
        }
      }
      return {
        labelsOut: labels.filter((b) => b.x < 0 || b.x + b.width > w || (b.x < lane.x + lane.width && b.x + b.width > lane.x)).length,
        dotsOut: dots.filter((b) => b.x < lane.x - 0.5 || b.x + b.width > lane.x + lane.width + 0.5).length,
        overlaps,
        bins: svg.querySelectorAll('g.tl-bin').length,
      };
    });
    assert.deepEqual({ ...tl, bins: 0 }, { labelsOut: 0, dotsOut: 0, overlaps: 0, bins: 0 }, lang);
    assert.ok(tl.bins > 0, 'crowded days drawn as counted bins');
  }
  // English: a document's date is one isolated run ("15 Jun 2023"), never split by an Arabic outlet.
  await page.waitForSelector('#doc-list .doc-meta bdi.date');
  const days = await page.locator('#doc-list .doc-meta bdi.date').allTextContents();
  assert.ok(days.length > 10 && days.every((d) => /^\d{1,2} [A-Z][a-z]{2,4} \d{4}$/.test(d)), days.slice(0, 3).join('|'));
  // A map tooltip: names the actors and the type, and its text stays in its box.
  const marker = page.locator('path.ev-marker').first();
  await marker.hover();
  await page.waitForSelector('.leaflet-tooltip');
  const tip = await page.evaluate(() => {
    const t = document.querySelector('.leaflet-tooltip');
    const r = t.getBoundingClientRect();
    const spill = [...t.querySelectorAll('*')].filter((el: { getBoundingClientRect(): { left: number; right: number } }) => {
      const b = el.getBoundingClientRect();
      return b.left < r.left - 1 || b.right > r.right + 1;
    }).length;
    return { spill, text: t.textContent as string };
  });
  assert.equal(tip.spill, 0, 'tooltip text inside its box');
  assert.match(tip.text, /Actor \d+ → Actor \d+/);
  assert.match(tip.text, /Assault|Accuse|Consult|Aid|Threaten|Coerce/);
  assert.deepEqual(ui.pageErrors, []);
});
