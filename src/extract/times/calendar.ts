// Calendar arithmetic for time expressions, in UTC: ISO dates, ISO weekdays and weeks, and the
// Umm al-Qura Hijri calendar through ICU.
import { once } from '../../once.js';

const DAY_MS = 86_400_000;

export interface YMD {
  y: number;
  m: number;
  d: number;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export function fmtDate(x: YMD): string {
  return `${pad(x.y, 4)}-${pad(x.m)}-${pad(x.d)}`;
}

export function fmtMonth(y: number, m: number): string {
  return `${pad(y, 4)}-${pad(m)}`;
}

export function parseIsoDate(s: string | null | undefined): YMD | null {
  if (!s) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (!m) return null;
  const x = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  return isValidDate(x.y, x.m, x.d) ? x : null;
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function isValidDate(y: number, m: number, d: number): boolean {
  return Number.isInteger(y) && Number.isInteger(m) && Number.isInteger(d) && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

function toMs(x: YMD): number {
  return Date.UTC(x.y, x.m - 1, x.d);
}

function fromMs(ms: number): YMD {
  const dt = new Date(ms);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

export function addDays(x: YMD, n: number): YMD {
  return fromMs(toMs(x) + n * DAY_MS);
}

export function compareDates(a: YMD, b: YMD): number {
  return toMs(a) - toMs(b);
}

/** ISO weekday: Monday 1 ... Sunday 7. */
export function isoWeekday(x: YMD): number {
  return ((new Date(toMs(x)).getUTCDay() + 6) % 7) + 1;
}

/** ISO week of a date: '2020-W40'. */
export function isoWeek(x: YMD): string {
  // The Thursday of the date's week decides the year.
  const thursday = addDays(x, 4 - isoWeekday(x));
  const jan1 = { y: thursday.y, m: 1, d: 1 };
  const week = Math.floor((toMs(thursday) - toMs(jan1)) / DAY_MS / 7) + 1;
  return `${pad(thursday.y, 4)}-W${pad(week)}`;
}

/** The given ISO weekday on or before `x` (strictly before when `strict`). */
export function weekdayOnOrBefore(x: YMD, iso: number, strict = false): YMD {
  let back = (isoWeekday(x) - iso + 7) % 7;
  if (strict && back === 0) back = 7;
  return addDays(x, -back);
}

/** The given ISO weekday after `x` (strictly after). */
export function weekdayAfter(x: YMD, iso: number): YMD {
  let fwd = (iso - isoWeekday(x) + 7) % 7;
  if (fwd === 0) fwd = 7;
  return addDays(x, fwd);
}

/** Adds months to a (year, month) pair. */
export function addMonths(y: number, m: number, n: number): { y: number; m: number } {
  const k = y * 12 + (m - 1) + n;
  return { y: Math.floor(k / 12), m: (k % 12) + 1 };
}

// --- Hijri (Umm al-Qura) --------------------------------------------------------------------------

/** Made on the first Hijri date (ICU sets up the calendar: about 25 ms that a report without one need not pay). */
const hijriFmt = once(() => new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', { year: 'numeric', month: 'numeric', day: 'numeric', timeZone: 'UTC' }));

function hijriOf(ms: number): { y: number; m: number; d: number } {
  const parts = hijriFmt().formatToParts(new Date(ms));
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value);
  return { y: get('year'), m: get('month'), d: get('day') };
}

/** The Gregorian date of a Hijri date (Umm al-Qura, as ICU computes it), or null when out of range. */
export function hijriToGregorian(hy: number, hm: number, hd: number): YMD | null {
  if (hy < 1 || hm < 1 || hm > 12 || hd < 1 || hd > 30) return null;
  // Mean Hijri year 354.367 days; epoch 622-07-16. Estimate, then walk to the exact day.
  const est = Date.UTC(622, 6, 16) + ((hy - 1) * 354.367 + (hm - 1) * 29.53 + (hd - 1)) * DAY_MS;
  let ms = Math.round(est / DAY_MS) * DAY_MS;
  for (let step = 0; step < 120; step++) {
    const h = hijriOf(ms);
    if (!Number.isFinite(h.y)) return null;
    const diff = (hy - h.y) * 354 + (hm - h.m) * 29.5 + (hd - h.d);
    if (h.y === hy && h.m === hm && h.d === hd) return fromMs(ms);
    if (Math.abs(diff) < 1) {
      // Day 30 of a 29-day month does not exist.
      return null;
    }
    ms += Math.round(diff) * DAY_MS;
  }
  return null;
}

/** The Gregorian month in which the middle (15th) of a Hijri month falls. */
export function hijriMonthToGregorian(hy: number, hm: number): { y: number; m: number } | null {
  const g = hijriToGregorian(hy, hm, 15);
  return g ? { y: g.y, m: g.m } : null;
}
