// A PNG screenshot of the web UI on the sample corpus (docs/screenshot.png), taken with
// playwright-core driving the system's Chromium (Debian: apt-get install chromium).
//
//   node --import tsx scripts/screenshot.ts [--fixtures] [--no-click] [--lang en] [--hash 'doc=...&ev=0'] [-o docs/screenshot.png]
//
// By default it opens the first event of the map's biggest marker, so that the reader shows a
// highlighted sentence. --fixtures adds the hand-made documents of the tests (actors, places,
// claims and denials).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { ingestPaths } from '../src/cli/ingest.js';
import { startServer } from '../src/server/index.js';
import { SqliteStore } from '../src/store/sqlite.js';

// The page function below runs in the browser (the Node tsconfig has no DOM lib).
declare const location: { hash: string };

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name: string, dflt: string) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : dflt;
};
const out = path.resolve(root, opt('-o', path.join('docs', 'screenshot.png')));
const hash = opt('--hash', '');
const withFixtures = args.includes('--fixtures');
const lang = opt('--lang', '');
const click = !args.includes('--no-click') && !hash;

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
if (withFixtures) {
  const { fixtureDocs } = await import('../test/server-fixtures.js');
  await store.putBatch(fixtureDocs());
}
const server = await startServer({ store, port: 0, webRoot });
const context = await chromium.launchPersistentContext(path.join(tmp, 'profile'), {
  executablePath: CHROMIUM,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  viewport: { width: 1440, height: 960 },
  deviceScaleFactor: 1,
});
try {
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (e) => console.error('page error:', e.message));
  page.on('console', (m) => m.type() === 'error' && console.error('console:', m.text()));
  const h = [hash, lang ? `lang=${lang}` : ''].filter(Boolean).join('&');
  await page.goto(server.url + (h ? `#${h}` : ''));
  await page.waitForSelector('body[data-ready="1"]', { timeout: 20_000 });
  // The 50m shapes and the graph layout settle after the first paint.
  await page.waitForTimeout(2000);
  if (click) {
    // The biggest marker (most events), then its first event: the reader jumps to the sentence.
    const markers = page.locator('path.ev-marker');
    const n = await markers.count();
    let best = -1;
    let most = 0;
    for (let i = 0; i < n; i++) {
      const k = ((await markers.nth(i).getAttribute('data-events')) ?? '').split(' ').length;
      if (k > most) [best, most] = [i, k];
    }
    if (best >= 0) {
      // Through the URL, as a click on the marker's list does, without the popup panning the map.
      const first = ((await markers.nth(best).getAttribute('data-events')) ?? '').split(' ')[0];
      const [doc, ev] = first.split(':');
      await page.evaluate(([d, e]) => {
        const p = new URLSearchParams(location.hash.slice(1));
        p.set('doc', d);
        p.set('ev', e);
        p.set('tab', 'article');
        location.hash = p.toString();
      }, [doc, ev]);
      await page.waitForSelector('#reader .ev-active', { timeout: 10_000 });
      await page.waitForTimeout(500);
    }
  }
  mkdirSync(path.dirname(out), { recursive: true });
  await page.screenshot({ path: out, fullPage: true });
  console.log(`wrote ${path.relative(root, out)} (${server.url})`);
} finally {
  await context.close();
  await server.close();
  await store.close();
  rmSync(tmp, { recursive: true, force: true });
}
