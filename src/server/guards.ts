// Request guards: one Host header naming a loopback address when bound to loopback (no DNS
// rebinding), and, on writes, a token when one is set and an Origin that is, once parsed, exactly
// the server's own (no user info, no path: 'http://evil.com@127.0.0.1:8080' is not 127.0.0.1).
import type { Context, MiddlewareHandler } from 'hono';
import { timingSafeEqual, createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || host === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/** Every Host header of the request (Node keeps only the first in `headers`; rawHeaders has all). */
function hostHeaders(c: Context): string[] {
  const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
  if (incoming?.rawHeaders) {
    const out: string[] = [];
    for (let i = 0; i < incoming.rawHeaders.length; i += 2) if (incoming.rawHeaders[i].toLowerCase() === 'host') out.push(incoming.rawHeaders[i + 1]);
    return out;
  }
  const h = c.req.header('host');
  return h == null ? [] : h.split(',');
}

/** The request's host as a URL would give it (lowercase, default port dropped), or null when malformed. */
function parsedHost(value: string): URL | null {
  if (!value || /[\s/\\@?#]/.test(value)) return null;
  try {
    return new URL(`http://${value}`);
  } catch {
    return null;
  }
}

/** The request's one Host, parsed; a second Host header or a malformed one is refused (400). */
export function requestHost(c: Context): URL | null {
  const hosts = hostHeaders(c);
  if (hosts.length === 0) return parsedHost(new URL(c.req.url).host);
  if (hosts.length > 1) return null;
  return parsedHost(hosts[0].trim());
}

export function hostGuard(loopback: boolean): MiddlewareHandler {
  return async (c, next) => {
    const host = requestHost(c);
    if (!host) return c.json({ error: 'exactly one well-formed Host header is required' }, 400);
    if (loopback && !isLoopback(host.hostname)) return c.json({ error: 'unexpected Host header' }, 421);
    await next();
  };
}

/** An Origin header names the server when, parsed, it is a bare http(s) origin with the request's host and port. */
export function sameOrigin(origin: string, host: URL): boolean {
  let u: URL;
  try {
    u = new URL(origin);
  } catch {
    return false;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return false;
  if (u.username || u.password || u.pathname !== '/' || u.search || u.hash) return false;
  if (u.origin.toLowerCase() !== origin.trim().toLowerCase().replace(/\/$/, '')) return false;
  const port = (x: URL) => x.port || (x.protocol === 'https:' ? '443' : '80');
  return u.hostname === host.hostname && port(u) === port(host);
}

function sameSecret(a: string, b: string): boolean {
  const ha = createHash('sha256').update(a).digest();
  const hb = createHash('sha256').update(b).digest();
  return timingSafeEqual(ha, hb);
}

export function writeGuard(token: string | null, loopback: boolean): MiddlewareHandler {
  return async (c, next) => {
    if (token) {
      const auth = c.req.header('authorization') ?? '';
      const given = auth.toLowerCase().startsWith('bearer ') ? auth.slice(7).trim() : (c.req.header('x-rasad-token') ?? '');
      if (!given) return c.json({ error: 'a token is required (Authorization: Bearer ...)' }, 401);
      if (!sameSecret(given, token)) return c.json({ error: 'wrong token' }, 403);
    } else if (!loopback) {
      return c.json({ error: 'writes are disabled: the server is not bound to loopback and has no token (--token or RASAD_TOKEN)' }, 403);
    }
    // A page on another origin must not write through the user's browser (text/plain needs no preflight).
    const origin = c.req.header('origin');
    if (origin != null) {
      const host = requestHost(c);
      if (!host || !sameOrigin(origin, host)) return c.json({ error: 'cross-origin writes are not allowed' }, 403);
    }
    await next();
  };
}
