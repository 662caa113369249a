// The built web UI, served as static files under a fixed root (no path escapes it).
import type { Hono } from 'hono';
import { promises as fs } from 'node:fs';
import path from 'node:path';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** Serves `webRoot` (or a note when the UI is not built) for every GET the API did not take. */
export function serveWebUi(app: Hono, root: string | null): void {
  const webRoot = root ? path.resolve(root) : null;
  app.get('*', async (c) => {
    if (!webRoot) {
      return c.text('Rasad API: see /api/openapi.json. The web UI is not built (npm run build).', 200);
    }
    let rel: string;
    try {
      rel = decodeURIComponent(new URL(c.req.url).pathname);
    } catch {
      return c.json({ error: 'not found' }, 404);
    }
    if (rel.endsWith('/')) rel += 'index.html';
    const file = path.resolve(webRoot, '.' + path.posix.normalize(rel));
    if (file !== webRoot && !file.startsWith(webRoot + path.sep)) return c.json({ error: 'not found' }, 404);
    let body: Buffer;
    try {
      body = await fs.readFile(file);
    } catch {
      return c.json({ error: 'not found' }, 404);
    }
    const type = MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
    const immutable = rel.startsWith('/assets/');
    return c.body(new Uint8Array(body), 200, {
      'Content-Type': type,
      'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
  });

}
