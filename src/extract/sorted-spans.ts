// Searches over spans sorted by start, so that the speaker lookups of a long document cost a search
// and the span they read, not a scan of every mention or token per quote. Each returns what the
// linear filter it replaces returned, in the same order. Pure.
export interface Startable {
  start: number;
  end: number;
}

/** The first index whose key is at least `at` (list sorted by that key); list.length when none. */
export function lowerBound<T>(list: readonly T[], key: (x: T) => number, at: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(list[mid]) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const startOf = (x: Startable) => x.start;

/** The first index whose start is at least `at` (list sorted by start); list.length when none. */
export function firstFrom(list: readonly Startable[], at: number): number {
  return lowerBound(list, startOf, at);
}

/** The spans inside [from, to] (start >= from, end <= to), in list order. */
export function spansWithin<T extends Startable>(list: readonly T[], from: number, to: number): T[] {
  const out: T[] = [];
  for (let i = firstFrom(list, from); i < list.length && list[i].start <= to; i++) if (list[i].end <= to) out.push(list[i]);
  return out;
}

/** The longest span's length (how far before a point a span ending there may start). */
export function longestSpan(list: readonly Startable[]): number {
  let n = 0;
  for (const x of list) n = Math.max(n, x.end - x.start);
  return n;
}

/** The span containing `at` among sorted, non-overlapping spans (the first, as a scan finds it), or null. */
export function spanAt<T extends Startable>(list: readonly T[], at: number): T | null {
  const i = firstFrom(list, at + 1) - 1;
  for (let k = i; k >= 0 && k >= i - 1; k--) if (list[k].start <= at && at < list[k].end) return list[k];
  return null;
}
