// Starting and stopping the HTTP server (used by `rasad serve` and `rasad demo`).
import { serve } from '@hono/node-server';
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Store } from '../store/store.js';
import { createApp, isLoopback } from './app.js';

const here = path.dirname(fileURLToPath(import.meta.url));

/** The built web UI: dist/web beside the compiled server, or under the project when run from src/. */
export function defaultWebRoot(): string | null {
  for (const dir of [path.resolve(here, '..', 'web'), path.resolve(here, '..', '..', 'dist', 'web')]) {
    if (existsSync(path.join(dir, 'index.html'))) return dir;
  }
  return null;
}

export interface ServeOptions {
  store: Store;
  host?: string;
  port?: number;
  token?: string | null;
  webRoot?: string | null;
  maxBodyBytes?: number;
  /** How long a POST waits for its analysis before answering 202 (default 10 s: the first post also starts the analysis thread). */
  postWaitMs?: number;
  /** CPU time one posted document may take (createApp's budgetMs). */
  budgetMs?: number;
}

export interface RunningServer {
  url: string;
  host: string;
  port: number;
  close(): Promise<void>;
}

/** Listens on host:port (port 0: any free port) and resolves once listening. */
export function startServer(o: ServeOptions): Promise<RunningServer> {
  const host = o.host ?? '127.0.0.1';
  const loopback = isLoopback(host);
  const app = createApp({
    store: o.store,
    token: o.token ?? null,
    loopback,
    webRoot: o.webRoot === undefined ? defaultWebRoot() : o.webRoot,
    maxBodyBytes: o.maxBodyBytes,
    postWaitMs: o.postWaitMs,
    budgetMs: o.budgetMs,
  });
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, hostname: host, port: o.port ?? 8080 });
    server.once('error', reject);
    server.once('listening', () => {
      server.off('error', reject);
      const addr = server.address() as AddressInfo;
      const shown = addr.family === 'IPv6' ? `[${addr.address}]` : addr.address;
      resolve({
        url: `http://${shown}:${addr.port}/`,
        host: addr.address,
        port: addr.port,
        close: () =>
          new Promise<void>((res) => {
            const s = server as unknown as { close(cb: () => void): void; closeAllConnections?: () => void };
            s.closeAllConnections?.();
            s.close(() => void app.close().then(res));
          }),
      });
    });
  });
}
