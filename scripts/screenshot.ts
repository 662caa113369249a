// PNG screenshots of the web UI (docs/): the whole page (docs/screenshot.png) and one per view
// (docs/ui-map.png, ui-timeline.png, ui-table.png, ui-graph.png, ui-graph-countries.png,
// ui-claims.png, ui-reader.png, ui-search.png), taken with playwright-core driving the system's Chromium (apt-get install
// chromium, or set CHROMIUM_PATH).
//
//   node --import tsx scripts/screenshot.ts [--lang en] [--out docs]
//
// The store holds the sample corpus, the hand-made documents of the tests (actors, places, claims
// and denials) and the synthetic documents of the graph test (40 actors, 300 pairs), so that every
// view has something to show.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { ingestPaths } from '../src/cli/ingest.js';
import { startServer } from '../src/server/index.js';
import { SqliteStore } from '../src/store/sqlite.js';

// The page functions below run in the browser (the Node tsconfig has no DOM lib).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
declare const document: any;

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name: string, dflt: string) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : dflt;
};
const outDir = path.resolve(root, opt('--out', 'docs'));
const lang = opt('--lang', '');
const suffix = lang ? `-${lang}` : '';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(CHROMIUM)) {
  console.error(`no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`);
  process.exit(1);
}

const webRoot = path.join(root, 'dist', 'web');
if (!existsSync(path.join(webRoot, 'index.html'))) {
  const r = spawnSync(process.execPath, [path.join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', 'web/vite.config.ts'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(1);
}

const tmp = mkdtempSync(path.join(tmpdir(), 'rasad-shot-'));
const store = new SqliteStore(path.join(tmp, 'sample.db'));
await ingestPaths(store, [path.join(root, 'samples')], { progress: false, warn: () => {} });
const { fixtureDocs } = await import('../test/server-fixtures.js');
const { synDocs } = await import('../test/web-fixtures.js');
const fixtures = fixtureDocs();
await store.putBatch([...fixtures, ...synDocs()]);
const server = await startServer({ store, port: 0, webRoot });
const context = await chromium.launchPersistentContext(path.join(tmp, 'profile'), {
  executablePath: CHROMIUM,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  viewport: { width: 1440, height: 960 },
  deviceScaleFactor: 1,
});

async function open(page: Page, hash: string): Promise<void> {
  const h = [hash, lang ? `lang=${lang}` : ''].filter(Boolean).join('&');
  await page.goto(`${server.url}#${h}`);
  await page.waitForSelector('body[data-ready="1"]', { timeout: 60_000 });
  await page.waitForFunction(() => !document.querySelector('.panel[data-state="loading"]'), undefined, { timeout: 60_000 });
  await page.waitForSelector('#graph[data-laid-out="1"], #graph .empty', { timeout: 60_000 });
}

async function shot(page: Page, selector: string, name: string): Promise<void> {
  const file = path.join(outDir, `${name}${suffix}.png`);
  await page.locator(selector).screenshot({ path: file });
  console.log(`wrote ${path.relative(root, file)}`);
}

try {
  mkdirSync(outDir, { recursive: true });
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (e) => console.error('page error:', e.message));
  page.on('console', (m) => m.type() === 'error' && console.error('console:', m.text()));
  const yemen = fixtures[0];
  await open(page, `doc=${yemen.id}&ev=0&tab=article`);
  await page.waitForSelector('#reader .ev-active');
  // The 50m country shapes come after the first paint.
  await page.waitForFunction(() => document.querySelectorAll('#map .leaflet-overlay-pane path').length > 200, undefined, { timeout: 30_000 });
  await page.screenshot({ path: path.join(outDir, `screenshot${suffix}.png`), fullPage: true });
  console.log(`wrote ${path.relative(root, path.join(outDir, `screenshot${suffix}.png`))}`);
  // A tooltip open on the map, naming actors and type.
  const marker = page.locator(`path.ev-marker[data-events~="${yemen.id}:0"]`);
  await marker.hover();
  await page.waitForSelector('.leaflet-tooltip');
  await shot(page, '#panel-map', 'ui-map');
  await shot(page, '#panel-timeline', 'ui-timeline');
  await shot(page, '#panel-claims', 'ui-claims');
  await shot(page, '#panel-reader', 'ui-reader');
  await shot(page, '#panel-table', 'ui-table');
  await shot(page, '#panel-graph', 'ui-graph');
  await open(page, 'group=countries');
  await shot(page, '#panel-graph', 'ui-graph-countries');
  await open(page, 'q=' + encodeURIComponent('صنعاء'));
  await page.waitForSelector('#doc-list .snippet');
  await shot(page, '#panel-reader', 'ui-search');
} finally {
  await context.close();
  await server.close();
  await store.close();
  rmSync(tmp, { recursive: true, force: true });
}
