// `rasad serve`: the HTTP API and web UI over a store, until interrupted. Posted documents are
// analysed in a worker thread under a CPU-time budget (`--budget`), never on the event loop.
import { startServer, type RunningServer } from '../server/index.js';
import { isLoopback } from '../server/app.js';
import type { Store } from '../store/store.js';
import { causeOf } from '../store/errors.js';
import { UsageError } from './errors.js';

export interface ServeCliOptions {
  host: string;
  port: number;
  token?: string | null;
  /** CPU time one posted document may take in the analysis thread, in ms (default the pool's). */
  budgetMs?: number;
  out?: (line: string) => void;
}

/** Starts the server; on SIGINT/SIGTERM closes it and the store. Tries the next ports when busy. */
export async function runServe(store: Store, o: ServeCliOptions, tries = 1): Promise<RunningServer> {
  const out = o.out ?? ((l: string) => process.stdout.write(l + '\n'));
  const token = o.token || process.env.RASAD_TOKEN || null;
  let server: RunningServer | null = null;
  let lastErr: unknown = null;
  for (let i = 0; i < tries && !server; i++) {
    try {
      server = await startServer({ store, host: o.host, port: o.port === 0 ? 0 : o.port + i, token, budgetMs: o.budgetMs });
    } catch (e) {
      lastErr = e;
      if ((e as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw new UsageError(`cannot listen on ${o.host}:${o.port}: ${causeOf(e)}`);
    }
  }
  if (!server) {
    throw new UsageError(`cannot listen on ${o.host}:${o.port}${tries > 1 ? `-${o.port + tries - 1}` : ''}: ${causeOf(lastErr)} (choose another with --port)`);
  }
  out(`Rasad is serving the web UI and API at ${server.url}  (API: ${server.url}api/openapi.json; Ctrl-C stops)`);
  if (!isLoopback(o.host)) {
    out(token ? 'rasad: bound to a non-loopback address: writes need the token.' : 'rasad: bound to a non-loopback address without a token: writes (POST) are disabled.');
  }
  const stop = async () => {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
    await server!.close();
    await store.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  return server;
}
