// Builds the web UI into dist/web, which `rasad serve` serves. Everything is bundled: no CDN, no
// tile server, no fonts from the network.
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  root: here,
  base: '/',
  logLevel: 'warn',
  publicDir: false,
  build: {
    outDir: path.resolve(here, '..', 'dist', 'web'),
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 2000,
    sourcemap: false,
    // Keep the bundle free of inline scripts (the server's CSP is script-src 'self').
    modulePreload: { polyfill: false },
    // Timing notes on a loaded 2-core machine are noise, not warnings.
    rolldownOptions: { checks: { bundlerTimings: false } },
  },
});
