// Time expressions: dates, weekdays, relative days and periods, years, decades, centuries and
// durations, resolved against the publication date (the anchor) when there is one.
//
// Matching runs over the matching form of the text (normalizeWithMap) and every span is mapped back,
// so `text.slice(t.start, t.end) === t.text` on the text given. The words are data:
// data/lexicon/months.tsv (generated from ICU by scripts/gen-months.ts), weekdays.tsv,
// time_words.tsv, time_units.tsv and number_words.tsv.
//
// Resolution rules (anchor = publication date):
// - a weekday: the most recent such day on or before the anchor; with 'الماضي' strictly before,
//   with 'المقبل' strictly after; 'اليوم/أمس/غدا' + weekday: the anchor's day if the weekday agrees,
//   else the weekday wins (nearest in the direction the relative word points) and `flag` is set.
//   Without an anchor: 'XXXX-WXX-D' (ISO weekday, Monday 1 ... Sunday 7).
// - a month alone ('في أكتوبر'): the most recent such month on or before the anchor's month;
//   a day and month ('3 أكتوبر'): the anchor's year when the date is on or before the anchor or at
//   most 31 days after it (a report of 10-06 about '20 أكتوبر' means the coming one), else the year
//   before. 'أكتوبر الماضي' is the most recent October before the anchor's month. Without an anchor
//   the year is 'XXXX'.
// - decades without a century are of the 1900s ('التسعينات' -> '199X').
// - 'منذ N عاما' is the year anchor − N; 'منذ N أشهر/أيام/ساعات' a duration (kind 'duration');
//   'قبل N أيام' a date counted back.
import type { TimeExpr } from '../../doc.js';
import { toOriginalSpan } from '../../arabic/normalize.js';
import { prepare, type Prepared } from '../quantities/number-tokens.js';
import { type YMD, fmtDate, parseIsoDate, isValidDate, compareDates, isoWeekday } from './calendar.js';
import { type Cand, type Ctx, typeEndingAt } from './match.js';
import { monthExpr, numericDate, weekdayExpr } from './dates.js';
import { relativeExpr, yearExpr, centuryExpr, decadeExpr, durationExpr, sinceAgoExpr } from './periods.js';
import { timeStarts } from './starts.js';

const RECOGNISERS = [monthExpr, numericDate, weekdayExpr, relativeExpr, yearExpr, centuryExpr, decadeExpr, durationExpr, sinceAgoExpr];

/** 'أواخر سبتمبر', 'مطلع العام الجاري', 'منتصف التسعينات': a modifier before a month or longer. */
function withModifier(ctx: Ctx, c: Cand): Cand {
  if (c.kind !== 'date' || c.granularity === 'day' || c.granularity === 'week') return c;
  const m = typeEndingAt(ctx, 'modifier', c.si);
  if (!m) return c;
  return { ...c, si: m.si, s: m.s, modifier: m.value };
}

function candidates(text: string, anchor: string | null, prepared: Prepared = prepare(text)): { cands: Cand[]; norm: Prepared['norm']; ctx: Ctx } {
  const { norm, toks } = prepared;
  const ctx: Ctx = { toks, anchor: parseIsoDate(anchor) };
  const all: Cand[] = [];
  const mayStart = timeStarts();
  for (let i = 0; i < toks.length; i++) {
    if (!mayStart(toks[i])) continue;
    for (const r of RECOGNISERS) {
      const c = r(ctx, i);
      if (c) all.push(withModifier(ctx, c));
    }
  }
  // Longest first, then leftmost; keep those that overlap nothing kept.
  all.sort((a, b) => (b.e - b.s) - (a.e - a.s) || a.s - b.s);
  const kept: Cand[] = [];
  const taken = new Uint8Array(norm.text.length);
  for (const c of all) {
    let free = true;
    for (let k = c.s; k < c.e && free; k++) if (taken[k]) free = false;
    if (!free) continue;
    taken.fill(1, c.s, c.e);
    kept.push(c);
  }
  kept.sort((a, b) => a.s - b.s);
  return { cands: kept, norm, ctx };
}

/**
 * Time expressions in `text`, resolved against `anchor` (the publication date 'YYYY-MM-DD', or
 * null). Sorted by start, non-overlapping (the longest match wins).
 */
/** `prepared`: the number-token view of `text` when the caller has it (src/pipeline.ts builds it once). */
export function extractTimes(text: string, anchor: string | null, prepared?: Prepared): TimeExpr[] {
  if (!text) return [];
  const { cands, norm } = candidates(text, anchor, prepared);
  return cands.map((c) => {
    const { start, end } = toOriginalSpan(norm, c.s, c.e);
    const t: TimeExpr = { start, end, text: text.slice(start, end), value: c.value, granularity: c.granularity, kind: c.kind };
    if (c.modifier) t.modifier = c.modifier;
    if (c.flag) t.flag = c.flag;
    return t;
  });
}

/**
 * A publication date inferred from the document's own dated expressions when that is safe:
 * - a complete date with 'اليوم' ('اليوم الأحد 27 سبتمبر 2020', 'اليوم 27/9/2020');
 * - a complete date with its weekday ('الأحد 27 سبتمبر 2020') that agrees (the latest such);
 * - 'اليوم' + a weekday ('اليوم الأربعاء') and a complete date elsewhere that falls on that weekday
 *   (the latest such), or a day and month on that weekday whose year is the one year the text names;
 * Otherwise null: a bare weekday, a month, a date without a weekday or 'اليوم' may be any day.
 * `from` is the text of the expressions used.
 */
export function inferPublicationDate(text: string, prepared?: Prepared): { date: string; from: string } | null {
  if (!text) return null;
  const { cands, norm, ctx } = candidates(text, null, prepared);
  const spanText = (c: Cand) => {
    const { start, end } = toOriginalSpan(norm, c.s, c.e);
    return text.slice(start, end);
  };
  // A date after a preposition ('منذ 7 أكتوبر 2023', 'في 7 أكتوبر 2023') is an event's date, not the report's.
  const governed = (c: Cand) => !!typeEndingAt(ctx, 'time_prep', c.si);
  const full = cands.filter((c) => c.meta?.explicit && !c.flag && (c.meta.rel === 0 || !governed(c)));
  const latest = (list: Cand[]) => list.reduce((a, b) => (compareDates(a.meta!.explicit!, b.meta!.explicit!) >= 0 ? a : b));
  // 1. 'اليوم' attached to a complete date.
  const todayFull = full.filter((c) => c.meta!.rel === 0);
  if (todayFull.length) {
    const c = latest(todayFull);
    return { date: fmtDate(c.meta!.explicit!), from: spanText(c) };
  }
  const todayWeekdays = cands.filter((c) => c.meta?.rel === 0 && c.meta.weekday !== undefined && !c.meta.explicit);
  const todaySet = new Set(todayWeekdays.map((c) => c.meta!.weekday!));
  if (todaySet.size > 1) return null; // the text disagrees with itself about today
  // 2. A complete date with its weekday (agreeing: flagged ones were dropped).
  const withWeekday = full.filter((c) => c.meta!.weekday !== undefined && (todaySet.size === 0 || todaySet.has(c.meta!.weekday!)));
  if (withWeekday.length) {
    const c = latest(withWeekday);
    return { date: fmtDate(c.meta!.explicit!), from: spanText(c) };
  }
  if (todaySet.size === 0) return null;
  const today = [...todaySet][0];
  const todayText = spanText(todayWeekdays[0]);
  // 3. 'اليوم الأربعاء' and a complete date that is a Wednesday.
  const onDay = full.filter((c) => isoWeekday(c.meta!.explicit!) === today);
  if (onDay.length) {
    const c = latest(onDay);
    return { date: fmtDate(c.meta!.explicit!), from: `${todayText} + ${spanText(c)}` };
  }
  // 4. A day and month on that weekday, in the one year the text names.
  const years = new Set<number>();
  for (const c of cands) {
    if (c.kind !== 'date') continue;
    const m = /^(\d{4})(?:-|$)/.exec(c.value);
    if (m && (c.granularity === 'year' || c.granularity === 'month' || c.granularity === 'day')) years.add(Number(m[1]));
  }
  const dm = cands.filter((c) => c.meta?.dayMonth && !c.meta.explicit);
  const hits: { date: YMD; c: Cand }[] = [];
  for (const c of dm) {
    const { m, d } = c.meta!.dayMonth!;
    const ys = [...years].filter((y) => isValidDate(y, m, d) && isoWeekday({ y, m, d }) === today);
    if (ys.length === 1 && years.size <= 2) hits.push({ date: { y: ys[0], m, d }, c });
  }
  if (hits.length) {
    const h = hits.reduce((a, b) => (compareDates(a.date, b.date) >= 0 ? a : b));
    return { date: fmtDate(h.date), from: `${todayText} + ${spanText(h.c)}` };
  }
  return null;
}
