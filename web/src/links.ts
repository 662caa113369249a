// The one rule for links from untrusted data (document URLs): an absolute http: or https: URL with
// a host. Anything else (`//host/x`, `/\host/x`, `javascript:`, relative paths) is no link. No DOM
// here, so that the rule is unit-tested under Node as well as in the browser.

/** The URL as the browser would parse it when it may be a link, else null. */
export function httpUrl(url: string | null | undefined): string | null {
  const u = (url ?? '').trim();
  if (!/^https?:\/\/[^/\\\s]/i.test(u)) return null;
  try {
    const p = new URL(u);
    return (p.protocol === 'http:' || p.protocol === 'https:') && p.host ? p.href : null;
  } catch {
    return null;
  }
}
