// What the browser tests share: finding Chromium, building the UI when its sources are newer, and
// serving a store to a headless page that fails the run on any request leaving the server.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { startServer, type RunningServer } from '../src/server/index.js';
import { SqliteStore } from '../src/store/sqlite.js';
import { ROOT } from './helpers.js';

export const CHROMIUM = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => p && existsSync(p));
export const NO_CHROMIUM = 'no Chromium found (apt-get install chromium, or set CHROMIUM_PATH): browser tests skipped';
export const WEB_ROOT = path.join(ROOT, 'dist', 'web');

function newest(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

/** Builds the UI when dist/web is missing or older than its sources. */
export function ensureBuilt(): void {
  const index = path.join(WEB_ROOT, 'index.html');
  if (existsSync(index) && statSync(index).mtimeMs >= newest(path.join(ROOT, 'web'))) return;
  const r = spawnSync(process.execPath, [path.join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', 'web/vite.config.ts'], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(r.status, 0, `vite build failed:\n${r.stdout}\n${r.stderr}`);
}

export interface Ui {
  tmp: string;
  store: SqliteStore;
  server: RunningServer;
  context: BrowserContext;
  page: Page;
  /** Uncaught page errors and requests to anything but the server. */
  pageErrors: string[];
  cspErrors: string[];
  dialogs: string[];
  close(): Promise<void>;
}

/** A temporary SQLite store, filled by `fill`, served with the built UI to a headless Chromium. */
export async function openUi(fill: (store: SqliteStore) => Promise<void>, viewport = { width: 1400, height: 950 }): Promise<Ui> {
  ensureBuilt();
  const tmp = mkdtempSync(path.join(tmpdir(), 'rasad-web-'));
  const store = new SqliteStore(path.join(tmp, 'web.db'));
  await fill(store);
  const server = await startServer({ store, port: 0, webRoot: WEB_ROOT });
  const context = await chromium.launchPersistentContext(path.join(tmp, 'profile'), {
    executablePath: CHROMIUM,
    headless: true,
    acceptDownloads: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    viewport,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const ui: Ui = {
    tmp, store, server, context, page, pageErrors: [], cspErrors: [], dialogs: [],
    async close() {
      await context.close();
      await server.close();
      await store.close();
      rmSync(tmp, { recursive: true, force: true });
    },
  };
  page.on('dialog', (d) => {
    ui.dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('pageerror', (e) => ui.pageErrors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) ui.cspErrors.push(m.text());
  });
  // Anything the page tries to fetch from outside the server fails the run: the UI is offline.
  await context.route(/^(?!http:\/\/127\.0\.0\.1)/, (route) => {
    if (/^(data|blob):/.test(route.request().url())) return route.continue();
    ui.pageErrors.push(`external request: ${route.request().url()}`);
    return route.abort();
  });
  return ui;
}

/** Opens the UI at `hash` and waits until every panel's first requests have ended. */
export async function ready(ui: Ui, hash = ''): Promise<void> {
  // A fresh document each time: a hash-only change would keep the last page's ready marks.
  await ui.page.goto('about:blank');
  await ui.page.goto(ui.server.url + (hash ? `#${hash}` : ''));
  await ui.page.waitForSelector('body[data-ready="1"]', { timeout: 30_000 });
}
