// Polite HTTP(S) GETs with node's built-in fetch: at most one request at a time per host and a
// minimum delay between requests to the same host; a timeout per attempt (AbortSignal.timeout);
// retries with exponential backoff on network errors, timeouts, 429 and 5xx; conditional requests
// (If-None-Match / If-Modified-Since) from remembered validators; a cap on the body size.
import { sleep } from './duration.js';

export interface HttpOptions {
  /** Per attempt, headers and body together. */
  timeoutMs?: number;
  /** Retries after the first attempt. */
  retries?: number;
  /** First backoff; doubled on each retry, plus up to as much again of jitter. */
  backoffMs?: number;
  /** Minimum delay between the end of one request and the start of the next to the same host. */
  minDelayMs?: number;
  maxBytes?: number;
  userAgent?: string;
}

export interface Validators {
  etag?: string | null;
  lastModified?: string | null;
}

export interface FetchResult {
  url: string;
  status: number;
  notModified: boolean;
  bytes: Uint8Array;
  contentType: string | null;
  etag: string | null;
  lastModified: string | null;
  /** Attempts made (1 when the first one answered). */
  attempts: number;
}

/** A failed GET: `transient` when trying again later may help (network, timeout, 5xx, 429). */
export class HttpError extends Error {
  constructor(
    message: string,
    readonly status: number | null,
    readonly transient: boolean,
  ) {
    super(message);
  }
}

const DEFAULTS: Required<HttpOptions> = {
  timeoutMs: 20_000,
  retries: 3,
  backoffMs: 1000,
  minDelayMs: 1000,
  maxBytes: 10 * 1024 * 1024,
  userAgent: 'rasad-watch/0.1 (+https://github.com/; polite news monitor)',
};

async function readBody(res: Response, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(res.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await res.body?.cancel().catch(() => {});
    throw new HttpError(`body of ${declared} bytes is over the ${maxBytes}-byte limit`, res.status, false);
  }
  if (!res.body) return new Uint8Array(0);
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = res.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => {});
      throw new HttpError(`body is over the ${maxBytes}-byte limit`, res.status, false);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

function describe(e: unknown): string {
  const err = e as Error & { cause?: { code?: string; message?: string } };
  if (err?.name === 'TimeoutError' || err?.name === 'AbortError') return 'timed out';
  const cause = err?.cause;
  return cause?.code ? `${err.message} (${cause.code})` : cause?.message ? `${err.message}: ${cause.message}` : String(err?.message ?? e);
}

export class PoliteHttp {
  readonly opts: Required<HttpOptions>;
  private hosts = new Map<string, { tail: Promise<void>; last: number }>();

  constructor(opts: HttpOptions = {}) {
    this.opts = { ...DEFAULTS, ...Object.fromEntries(Object.entries(opts).filter(([, v]) => v !== undefined)) } as Required<HttpOptions>;
  }

  /** Runs `fn` when the host is free and its delay has passed; one at a time per host. */
  private gate<T>(host: string, fn: () => Promise<T>): Promise<T> {
    let h = this.hosts.get(host);
    if (!h) {
      h = { tail: Promise.resolve(), last: 0 };
      this.hosts.set(host, h);
    }
    const slot = h;
    const run = slot.tail.then(async () => {
      const wait = slot.last + this.opts.minDelayMs - Date.now();
      if (wait > 0) await sleep(wait);
      try {
        return await fn();
      } finally {
        slot.last = Date.now();
      }
    });
    slot.tail = run.then(
      () => {},
      () => {},
    );
    return run;
  }

  /** One attempt, inside the host's gate. */
  private attempt(url: URL, v: Validators): Promise<Omit<FetchResult, 'attempts'>> {
    return this.gate(url.host, async () => {
      const headers: Record<string, string> = { 'user-agent': this.opts.userAgent, accept: '*/*' };
      if (v.etag) headers['if-none-match'] = v.etag;
      if (v.lastModified) headers['if-modified-since'] = v.lastModified;
      let res: Response;
      try {
        res = await fetch(url, { headers, redirect: 'follow', signal: AbortSignal.timeout(this.opts.timeoutMs) });
      } catch (e) {
        throw new HttpError(describe(e), null, true);
      }
      const meta = {
        url: res.url || url.href,
        status: res.status,
        contentType: res.headers.get('content-type'),
        etag: res.headers.get('etag'),
        lastModified: res.headers.get('last-modified'),
      };
      if (res.status === 304) {
        await res.body?.cancel().catch(() => {});
        return { ...meta, notModified: true, bytes: new Uint8Array(0), etag: meta.etag ?? v.etag ?? null, lastModified: meta.lastModified ?? v.lastModified ?? null };
      }
      if (res.status < 200 || res.status >= 300) {
        await res.body?.cancel().catch(() => {});
        const transient = res.status >= 500 || res.status === 429 || res.status === 408;
        throw new HttpError(`HTTP ${res.status}`, res.status, transient);
      }
      let bytes: Uint8Array;
      try {
        bytes = await readBody(res, this.opts.maxBytes);
      } catch (e) {
        if (e instanceof HttpError) throw e;
        throw new HttpError(describe(e), res.status, true);
      }
      return { ...meta, notModified: false, bytes };
    });
  }

  /** GET with retries on transient failures; throws HttpError when it gives up. */
  async get(href: string, validators: Validators = {}): Promise<FetchResult> {
    let url: URL;
    try {
      url = new URL(href);
    } catch {
      throw new HttpError(`not a URL: ${href}`, null, false);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new HttpError(`not an http(s) URL: ${href}`, null, false);
    for (let attempt = 0; ; attempt++) {
      try {
        return { ...(await this.attempt(url, validators)), attempts: attempt + 1 };
      } catch (e) {
        const err = e instanceof HttpError ? e : new HttpError(describe(e), null, true);
        if (!err.transient || attempt >= this.opts.retries) {
          if (attempt > 0) err.message += ` (after ${attempt + 1} attempts)`;
          throw err;
        }
        const base = this.opts.backoffMs * 2 ** attempt;
        await sleep(base + Math.random() * base);
      }
    }
  }
}
