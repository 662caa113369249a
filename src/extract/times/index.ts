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
import type { TimeExpr, TimeGranularity } from '../../doc.js';
import { toOriginalSpan } from '../../arabic/normalize.js';
import { prepare, parseNumber, parseNumberWords, parseOrdinal, unitAt, modifierBefore, numberWordIsTen, type NTok, type PhraseDict } from '../quantities/numbers.js';
import { timeLexicon, wordsOfType, type MonthEntry, type RelUnit } from './lexicon.js';
import {
  type YMD, fmtDate, fmtMonth, parseIsoDate, isValidDate, addDays, compareDates, isoWeekday, isoWeek,
  weekdayOnOrBefore, weekdayAfter, addMonths, hijriToGregorian, hijriMonthToGregorian, daysInMonth,
} from './calendar.js';

/** What a candidate knows beyond its value (used to infer the publication date). */
interface Meta {
  /** A complete date written out (day, month and year all in the text). */
  explicit?: YMD;
  /** An explicit day and month without a year. */
  dayMonth?: { m: number; d: number };
  /** The weekday named in the expression. */
  weekday?: number;
  /** The relative day word attached (0 for 'اليوم', -1 for 'أمس'). */
  rel?: number;
}

interface Cand {
  /** Normalised offsets. */
  s: number;
  e: number;
  /** Token range [si, ei). */
  si: number;
  ei: number;
  value: string;
  granularity: TimeGranularity;
  kind: 'date' | 'duration';
  modifier?: string;
  flag?: string;
  meta?: Meta;
}

interface Ctx {
  toks: NTok[];
  anchor: YMD | null;
}

const SEP_PAIR = new Set(['/', '\\', '-', '–', '—', '|', '(']);
const COMMA = new Set([',', '،']);

function word(ctx: Ctx, i: number): string | null {
  const t = ctx.toks[i];
  return t && t.kind === 'w' ? t.t : null;
}

function punct(ctx: Ctx, i: number, set: Set<string>): boolean {
  const t = ctx.toks[i];
  return !!t && t.kind === 'p' && set.has(t.t);
}

/** A phrase of `dict` that ends exactly at token `end` (exclusive), starting at most `max` tokens back. */
function phraseEndingAt<T>(ctx: Ctx, dict: PhraseDict<T>, end: number, max = 3): { value: T; si: number; s: number } | null {
  for (let n = max; n >= 1; n--) {
    const i = end - n;
    if (i < 0) continue;
    const m = dict.match(ctx.toks, i);
    if (m && m.end === end) return { value: m.value, si: i, s: m.s };
  }
  return null;
}

function typeAt(ctx: Ctx, type: string, i: number): { value: string; end: number; s: number } | null {
  return wordsOfType(type).match(ctx.toks, i);
}

function typeEndingAt(ctx: Ctx, type: string, end: number): { value: string; si: number; s: number } | null {
  return phraseEndingAt(ctx, wordsOfType(type), end);
}

function pad(n: number, w = 2): string {
  return String(n).padStart(w, '0');
}

function mk(ctx: Ctx, si: number, ei: number, value: string, granularity: TimeGranularity, extra: Partial<Cand> = {}, s?: number): Cand {
  return { s: s ?? ctx.toks[si].s, e: ctx.toks[ei - 1].e, si, ei, value, granularity, kind: 'date', ...extra };
}

// --- Years -------------------------------------------------------------------------------------

function yearNumber(ctx: Ctx, i: number, min = 1000, max = 2999): number | null {
  const t = ctx.toks[i];
  if (!t || t.kind !== 'n' || !/^\d{3,4}$/.test(t.t)) return null;
  const v = Number(t.t);
  return v >= min && v <= max ? v : null;
}

/** A year after a month or date: '2020', '2020م', 'عام 2020', 'من العام 2020', 'من العام الماضي'. */
function yearAfter(ctx: Ctx, j: number, hijri: boolean): { y: number; end: number; hijri: boolean } | null {
  let k = j;
  if (punct(ctx, k, COMMA)) k++;
  let viaCue = false;
  if (word(ctx, k) === 'من' && typeAt(ctx, 'year_cue', k + 1)) k += 1;
  const cue = typeAt(ctx, 'year_cue', k);
  if (cue) {
    // 'من العام الماضي' / 'العام الجاري': a year relative to the anchor.
    const dir = timeLexicon().direction.match(ctx.toks, cue.end);
    if (dir && !hijri) {
      if (!ctx.anchor) return { y: NaN, end: dir.end, hijri: false };
      return { y: ctx.anchor.y + dir.value, end: dir.end, hijri: false };
    }
    k = cue.end;
    viaCue = true;
  }
  const y = hijri ? yearNumber(ctx, k, 1, 1700) : yearNumber(ctx, k);
  if (y === null) return null;
  let end = k + 1;
  const hs = typeAt(ctx, 'hijri_suffix', end);
  const gs = typeAt(ctx, 'year_suffix', end);
  if (hs) {
    if (!hijri) return null;
    end = hs.end;
  } else if (gs) {
    if (hijri) return null;
    end = gs.end;
  } else if (hijri && y > 1700) return null;
  if (!hijri && !viaCue && (y < 1000)) return null;
  return { y, end, hijri };
}

// --- Months and dates --------------------------------------------------------------------------

interface DayBefore {
  d: number;
  si: number;
  s: number;
}

/** A day number or ordinal ending at token `end`: '3', 'الـ3', 'الـ 3', 'السابع', 'الحادي والعشرين', 'يوم 3'. */
function dayEndingAt(ctx: Ctx, end: number): DayBefore | null {
  const t = ctx.toks[end - 1];
  if (!t) return null;
  let res: DayBefore | null = null;
  if (t.kind === 'n' && /^\d{1,2}$/.test(t.t)) {
    const d = Number(t.t);
    if (d < 1 || d > 31) return null;
    res = { d, si: end - 1, s: t.s };
    // 'الـ3' (glued) or 'الـ 3'.
    const prev = ctx.toks[end - 2];
    if (prev && prev.kind === 'w' && prev.t === 'ال') res = { d, si: end - 2, s: prev.s };
    else if (prev && prev.kind === 'w' && /^(وال|فال|بال|لل)$/.test(prev.t) && t.glued) res = { d, si: end - 2, s: prev.s + 1 };
  } else if (t.kind === 'w') {
    for (const back of [2, 1]) {
      const o = parseOrdinal(ctx.toks, end - back);
      if (o && o.end === end && o.value >= 1 && o.value <= 31) {
        res = { d: o.value, si: end - back, s: o.s };
        break;
      }
    }
  }
  if (!res) return null;
  // 'يوم 3 أكتوبر', 'يوم السابع من'
  const dw = typeEndingAt(ctx, 'day_word', res.si);
  if (dw) res = { ...res, si: dw.si, s: dw.s };
  return res;
}

/** A month name (with its paired name: 'تشرين الأول / أكتوبر', 'أكتوبر (تشرين الأول)') at token i. */
function monthPhraseAt(ctx: Ctx, i: number): { entry: MonthEntry; end: number; s: number; paired: boolean } | null {
  const lex = timeLexicon();
  const m = lex.months.match(ctx.toks, i);
  if (!m) return null;
  let end = m.end;
  let paired = false;
  // Pair: separator then the other name of the same month; or the other name right after.
  let k = end;
  let open = false;
  if (punct(ctx, k, SEP_PAIR)) {
    open = ctx.toks[k].t === '(';
    k++;
  }
  const m2 = lex.months.match(ctx.toks, k, false);
  if (m2 && m2.value.month === m.value.month && m2.value.calendar === m.value.calendar && (k > end || m2.value !== m.value)) {
    end = m2.end;
    paired = true;
    if (open && punct(ctx, end, new Set([')']))) end++;
  }
  return { entry: m.value, end, s: m.s, paired };
}

/** The year of a day-month (or a month) relative to the anchor. */
function resolveYear(anchor: YMD, m: number, d: number | null): number {
  if (d === null) return m <= anchor.m ? anchor.y : anchor.y - 1;
  const dd = Math.min(d, daysInMonth(anchor.y, m));
  const thisYear = { y: anchor.y, m, d: dd };
  if (compareDates(thisYear, anchor) <= 0) return anchor.y;
  // Ahead of the anchor: keep this year only when at most a month ahead.
  return compareDates(thisYear, addDays(anchor, 31)) <= 0 ? anchor.y : anchor.y - 1;
}

/** Weekday (and 'اليوم') written before a date: 'الأحد 27 سبتمبر', 'اليوم الأحد، 27 سبتمبر'. */
function weekdayBefore(ctx: Ctx, si: number): { iso?: number; si: number; s: number; rel?: number } | null {
  let k = si;
  if (punct(ctx, k - 1, COMMA)) k--;
  const wd = phraseEndingAt(ctx, timeLexicon().weekdays, k, 1);
  if (!wd) {
    // 'اليوم 5 يونيو 2021'
    const today = phraseEndingAt(ctx, timeLexicon().relative, k, 1);
    return today && today.value.unit === 'day' && today.value.offset === 0 ? { si: today.si, s: today.s, rel: 0 } : null;
  }
  let res: { iso: number; si: number; s: number; rel?: number } = { iso: wd.value, si: wd.si, s: wd.s };
  const rel = phraseEndingAt(ctx, timeLexicon().relative, wd.si, 2);
  if (rel && rel.value.unit === 'day') res = { ...res, si: rel.si, s: rel.s, rel: rel.value.offset };
  else {
    const dw = typeEndingAt(ctx, 'day_word', wd.si);
    if (dw) res = { ...res, si: dw.si, s: dw.s };
  }
  return res;
}

function monthExpr(ctx: Ctx, i: number): Cand | null {
  const mp = monthPhraseAt(ctx, i);
  if (!mp) return null;
  const { entry } = mp;
  const hijri = entry.calendar === 'hijri';
  let si = i;
  let s = mp.s;
  let ei = mp.end;
  // Left: 'شهر', then a day ('الـ3 من', 'السابع من', '3').
  let left = i;
  const mw = typeEndingAt(ctx, 'month_word', left);
  if (mw) left = mw.si;
  let day: DayBefore | null = null;
  if (word(ctx, left - 1) === 'من') day = dayEndingAt(ctx, left - 1);
  if (!day && !mw) day = dayEndingAt(ctx, left);
  if (day) {
    si = day.si;
    s = day.s;
  } else if (mw) {
    si = mw.si;
    s = mw.s;
  }
  // Right: the year, or a direction word ('أكتوبر الماضي').
  const yr = yearAfter(ctx, ei, hijri);
  let year: number | null = null;
  let dir: number | null = null;
  if (yr) {
    ei = yr.end;
    year = Number.isNaN(yr.y) ? null : yr.y;
  } else if (!hijri) {
    const d = timeLexicon().direction.match(ctx.toks, ei);
    if (d) {
      dir = d.value;
      ei = d.end;
    }
  }
  // Names that are common words need context; Hijri months need a day or a year.
  const prevWord = ctx.toks[si - 1];
  const licensed = !!day || mp.paired || !!yr || dir !== null || !!mw
    || !!(prevWord && (typeEndingAt(ctx, 'time_prep', si) || typeEndingAt(ctx, 'modifier', si)));
  if (hijri && !day && !yr) return null;
  if (hijri && yr && Number.isNaN(yr.y)) return null;
  if (entry.needsContext && !licensed) return null;
  if (day && !isValidDate(year ?? 2000, entry.month, day.d)) return null;

  const meta: Meta = {};
  let value: string;
  let flag: string | undefined;
  if (hijri) {
    if (year === null) return null;
    if (day) {
      const g = hijriToGregorian(year, entry.month, day.d);
      if (!g) return null;
      value = fmtDate(g);
    } else {
      const g = hijriMonthToGregorian(year, entry.month);
      if (!g) return null;
      value = fmtMonth(g.y, g.m);
    }
  } else {
    // A year relative to a missing anchor ('من العام الماضي' without one) stays unknown.
    let y: number | null = year;
    if (y === null && !yr && ctx.anchor) {
      if (dir === null) y = resolveYear(ctx.anchor, entry.month, day ? day.d : null);
      else if (dir === 0) y = ctx.anchor.y;
      else if (dir < 0) y = entry.month < ctx.anchor.m ? ctx.anchor.y : ctx.anchor.y - 1;
      else y = entry.month > ctx.anchor.m ? ctx.anchor.y : ctx.anchor.y + 1;
    }
    if (day && y !== null && !isValidDate(y, entry.month, day.d)) {
      if (year !== null) return null;
      // '29 فبراير' resolved into a common year: the leap year before it.
      while (!isValidDate(y, entry.month, day.d)) y--;
    }
    const ys = y === null ? 'XXXX' : pad(y, 4);
    value = day ? `${ys}-${pad(entry.month)}-${pad(day.d)}` : `${ys}-${pad(entry.month)}`;
    if (day && year !== null) meta.explicit = { y: year, m: entry.month, d: day.d };
    if (day) meta.dayMonth = { m: entry.month, d: day.d };
    // A weekday before the date: part of the expression; flag a disagreement.
    if (day) {
      const wd = weekdayBefore(ctx, si);
      if (wd) {
        si = wd.si;
        s = wd.s;
        if (wd.iso !== undefined) meta.weekday = wd.iso;
        if (wd.rel !== undefined) meta.rel = wd.rel;
        if (y !== null && wd.iso !== undefined && isoWeekday({ y, m: entry.month, d: day.d }) !== wd.iso) flag = 'weekday disagrees with the date';
      }
    }
  }
  return mk(ctx, si, ei, value, value.length === 10 ? 'day' : 'month', { flag, meta }, s);
}

/** Numeric dates: 27/9/2020, 27-9-2020, 27.9.2020, 2020-09-27, 2020/9/27. */
function numericDate(ctx: Ctx, i: number): Cand | null {
  const t = ctx.toks[i];
  if (!t || t.kind !== 'n') return null;
  let parts: number[] | null = null;
  let ei = i + 1;
  const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(t.t);
  if (dotted) parts = [Number(dotted[1]), Number(dotted[2]), Number(dotted[3])];
  else if (/^\d{1,4}$/.test(t.t)) {
    const a = ctx.toks[i + 1], b = ctx.toks[i + 2], c = ctx.toks[i + 3], d = ctx.toks[i + 4];
    if (a?.kind === 'p' && (a.t === '/' || a.t === '-') && b?.kind === 'n' && c?.kind === 'p' && c.t === a.t && d?.kind === 'n'
      && a.glued && b.glued && c.glued && d.glued && /^\d{1,4}$/.test(b.t) && /^\d{1,4}$/.test(d.t)) {
      parts = [Number(t.t), Number(b.t), Number(d.t)];
      ei = i + 5;
      if (t.t.length === 4) parts = [parts[2], parts[1], parts[0]];
      else if (d.t.length !== 4) return null;
    }
  }
  if (!parts) return null;
  const [d, m, y] = parts;
  if (y < 1000 || !isValidDate(y, m, d)) return null;
  const x = { y, m, d };
  let si = i;
  let s = t.s;
  const meta: Meta = { explicit: x, dayMonth: { m, d } };
  let flag: string | undefined;
  const wd = weekdayBefore(ctx, i);
  if (wd) {
    si = wd.si;
    s = wd.s;
    if (wd.iso !== undefined) meta.weekday = wd.iso;
    if (wd.rel !== undefined) meta.rel = wd.rel;
    if (wd.iso !== undefined && isoWeekday(x) !== wd.iso) flag = 'weekday disagrees with the date';
  }
  return mk(ctx, si, ei, fmtDate(x), 'day', { meta, flag }, s);
}

// --- Weekdays and relative days ---------------------------------------------------------------

/** A part of the day before token `si` ('صباح', 'مساء'): extends the expression to the left. */
function partOfDayBefore(ctx: Ctx, si: number): { si: number; s: number } | null {
  const p = typeEndingAt(ctx, 'part_of_day', si);
  return p ? { si: p.si, s: p.s } : null;
}

function weekdayExpr(ctx: Ctx, i: number): Cand | null {
  const lex = timeLexicon();
  const wd = lex.weekdays.match(ctx.toks, i);
  if (!wd) return null;
  // 'الأحد عشر' is 'the eleven', not Sunday.
  const after = word(ctx, wd.end);
  if (after && numberWordIsTen(after)) return null;
  const iso = wd.value;
  let si = i;
  let s = wd.s;
  let ei = wd.end;
  let rel: number | undefined;
  const r = phraseEndingAt(ctx, lex.relative, i, 2);
  if (r && r.value.unit === 'day' && r.value.offset >= -2 && r.value.offset <= 1 && !/ليل/.test(ctx.toks[r.si].t)) {
    rel = r.value.offset;
    si = r.si;
    s = r.s;
  } else {
    const dw = typeEndingAt(ctx, 'day_word', i);
    if (dw) {
      si = dw.si;
      s = dw.s;
    }
  }
  const pod = partOfDayBefore(ctx, si);
  if (pod) {
    si = pod.si;
    s = pod.s;
  }
  let dir: number | null = null;
  const d = lex.direction.match(ctx.toks, ei);
  if (d) {
    dir = d.value;
    ei = d.end;
  }
  const meta: Meta = { weekday: iso, rel };
  if (!ctx.anchor) return mk(ctx, si, ei, `XXXX-WXX-${iso}`, 'day', { meta }, s);
  const a = ctx.anchor;
  let date: YMD;
  let flag: string | undefined;
  if (rel !== undefined) {
    const expected = addDays(a, rel);
    if (isoWeekday(expected) === iso) date = expected;
    else {
      flag = rel === 0 ? 'weekday disagrees with اليوم' : rel < 0 ? 'weekday disagrees with أمس' : 'weekday disagrees with غدا';
      date = rel > 0 ? weekdayAfter(a, iso) : weekdayOnOrBefore(a, iso, rel < 0);
    }
  } else if (dir !== null && dir < 0) date = weekdayOnOrBefore(a, iso, true);
  else if (dir !== null && dir > 0) date = weekdayAfter(a, iso);
  else date = weekdayOnOrBefore(a, iso);
  return mk(ctx, si, ei, fmtDate(date), 'day', { meta, flag }, s);
}

function relValue(ctx: Ctx, unit: RelUnit, offset: number): { value: string; granularity: TimeGranularity } {
  const a = ctx.anchor;
  switch (unit) {
    case 'day':
      return { value: a ? fmtDate(addDays(a, offset)) : 'XXXX-XX-XX', granularity: 'day' };
    case 'week':
      return { value: a ? isoWeek(addDays(a, 7 * offset)) : 'XXXX-WXX', granularity: 'week' };
    case 'month': {
      if (!a) return { value: 'XXXX-XX', granularity: 'month' };
      const x = addMonths(a.y, a.m, offset);
      return { value: fmtMonth(x.y, x.m), granularity: 'month' };
    }
    case 'year':
      return { value: a ? pad(a.y + offset, 4) : 'XXXX', granularity: 'year' };
    case 'century': {
      if (!a) return { value: 'XXXX', granularity: 'century' };
      const c = Math.floor((a.y - 1) / 100) + offset; // 0-based: 2020 -> 20 (the 21st century)
      return { value: `${pad(c)}XX`, granularity: 'century' };
    }
  }
}

function relativeExpr(ctx: Ctx, i: number): Cand | null {
  const lex = timeLexicon();
  const r = lex.relative.match(ctx.toks, i);
  if (r) {
    let si = i;
    let s = r.s;
    const pod = partOfDayBefore(ctx, i);
    if (pod) {
      si = pod.si;
      s = pod.s;
    }
    const v = relValue(ctx, r.value.unit, r.value.offset);
    return mk(ctx, si, r.end, v.value, v.granularity, { meta: r.value.unit === 'day' ? { rel: r.value.offset } : undefined }, s);
  }
  // A period with a direction: 'الأسبوع الماضي', 'العام الجاري'; or 'هذا العام'.
  const p = lex.period.match(ctx.toks, i);
  if (p) {
    const d = lex.direction.match(ctx.toks, p.end);
    if (d) {
      // 'الثالث من الشهر الجاري': a day of the month counted from the anchor.
      const day = p.value === 'month' && word(ctx, i - 1) === 'من' ? dayEndingAt(ctx, i - 1) : null;
      if (day) {
        const a = ctx.anchor;
        const x = a ? addMonths(a.y, a.m, d.value) : null;
        if (x && !isValidDate(x.y, x.m, day.d)) return null;
        const value = x ? `${fmtMonth(x.y, x.m)}-${pad(day.d)}` : `XXXX-XX-${pad(day.d)}`;
        return mk(ctx, day.si, d.end, value, 'day', {}, day.s);
      }
      const v = relValue(ctx, p.value, d.value);
      return mk(ctx, i, d.end, v.value, v.granularity, {}, p.s);
    }
    const th = typeEndingAt(ctx, 'this', i);
    if (th) {
      const v = relValue(ctx, p.value, 0);
      return mk(ctx, th.si, p.end, v.value, v.granularity, {}, th.s);
    }
  }
  return null;
}

// --- Years, decades, centuries -----------------------------------------------------------------

function yearExpr(ctx: Ctx, i: number): Cand | null {
  const cue = typeAt(ctx, 'year_cue', i);
  if (cue) {
    const y = yearNumber(ctx, cue.end, 100, 2999);
    if (y === null) return null;
    let end = cue.end + 1;
    const hs = typeAt(ctx, 'hijri_suffix', end);
    if (hs) {
      // A Hijri year: the Gregorian year in which its middle falls.
      const g = hijriMonthToGregorian(y, 6);
      if (!g) return null;
      return mk(ctx, i, hs.end, pad(g.y, 4), 'year', {}, cue.s);
    }
    const gs = typeAt(ctx, 'year_suffix', end);
    if (gs) end = gs.end;
    return mk(ctx, i, end, pad(y, 4), 'year', {}, cue.s);
  }
  const y = yearNumber(ctx, i, 1800, 2099);
  if (y === null) return null;
  const t = ctx.toks[i];
  let end = i + 1;
  const gs = typeAt(ctx, 'year_suffix', end);
  if (gs && (ctx.toks[end].glued || ctx.toks[end].t === 'م')) end = gs.end;
  const prep = typeEndingAt(ctx, 'time_prep', i);
  // 'و2020' after a year: 'عامي 2019 و2020', 'بين 2014 و2016'.
  const prevYear = word(ctx, i - 1) === 'و' && t.glued && yearNumber(ctx, i - 2, 1800, 2099) !== null;
  if (!prep && !gs && !prevYear && !bareYear(ctx, i, y)) return null;
  return mk(ctx, i, end, pad(y, 4), 'year');
}

/**
 * A four-digit number after a noun that counts nothing: 'انتفاضة 2011', 'حرب 2006'. Not when a counted
 * noun, a scale word or 'من' follows ('2000 جندي', '2000 من الجنود'), nor after a number modifier
 * ('نحو 2000'); only up to 2035, so clock times ('الساعة 2059') are not years.
 */
function bareYear(ctx: Ctx, i: number, y: number): boolean {
  if (y < 1900 || y > 2035) return false;
  const prev = ctx.toks[i - 1];
  if (!prev || prev.kind !== 'w' || prev.t === 'ال' || !/^\d{4}$/.test(ctx.toks[i].t)) return false;
  if (typeEndingAt(ctx, 'not_year_before', i) || modifierBefore(ctx.toks, i)) return false;
  const next = ctx.toks[i + 1];
  if (next?.kind === 'w' && (unitAt(ctx.toks, i + 1) || next.t === 'من' || parseNumber(ctx.toks, i + 1))) return false;
  if (next?.kind === 'p' && unitAt(ctx.toks, i + 1)) return false;
  return true;
}

/** 'القرن العشرين', 'القرن الـ20', 'القرن التاسع عشر' -> the 0-based century and the end token. */
function centuryAt(ctx: Ctx, i: number): { c: number; end: number } | null {
  const cw = typeAt(ctx, 'century_word', i);
  if (!cw) return null;
  const o = parseOrdinal(ctx.toks, cw.end);
  if (o) return { c: o.value - 1, end: o.end };
  let k = cw.end;
  if (word(ctx, k) === 'ال') k++;
  const t = ctx.toks[k];
  if (t?.kind === 'n' && /^\d{1,2}$/.test(t.t)) return { c: Number(t.t) - 1, end: k + 1 };
  const d = timeLexicon().direction.match(ctx.toks, cw.end);
  if (d) {
    if (!ctx.anchor) return { c: NaN, end: d.end };
    return { c: Math.floor((ctx.anchor.y - 1) / 100) + d.value, end: d.end };
  }
  return null;
}

function centuryExpr(ctx: Ctx, i: number): Cand | null {
  const c = centuryAt(ctx, i);
  if (!c || Number.isNaN(c.c)) return null;
  if (c.c < 0 || c.c > 29) return null;
  return mk(ctx, i, c.end, `${pad(c.c)}XX`, 'century', {}, typeAt(ctx, 'century_word', i)!.s);
}

function decadeExpr(ctx: Ctx, i: number): Cand | null {
  const dec = timeLexicon().decades.match(ctx.toks, i);
  if (!dec) return null;
  let si = i;
  let s = dec.s;
  const dw = typeEndingAt(ctx, 'decade_word', i);
  if (dw) {
    si = dw.si;
    s = dw.s;
  }
  let ei = dec.end;
  let century = 19;
  let k = ei;
  if (word(ctx, k) === 'من') k++;
  const c = centuryAt(ctx, k);
  if (c) {
    ei = c.end;
    if (!Number.isNaN(c.c)) century = c.c;
  }
  return mk(ctx, si, ei, `${pad(century)}${dec.value}X`, 'decade', {}, s);
}

// --- Counted spans: durations, 'منذ 30 عاما', 'قبل يومين' -------------------------------------

interface Counted {
  n: number;
  unit: string;
  end: number;
}

/** 'N units' at token i: '24 ساعة', 'ثلاثة أيام', 'يومين', 'عام', 'الـ24 ساعة', 'الساعات الـ24'. */
function countedAt(ctx: Ctx, i: number, allowBareSingular: boolean): Counted | null {
  const units = timeLexicon().units;
  let k = i;
  if (word(ctx, k) === 'ال' && ctx.toks[k + 1]?.kind === 'n') k++;
  // Approximation words are skipped: 'منذ نحو 30 عاما'.
  const num = parseNumber(ctx.toks, k);
  if (num && num.form !== 'vague') {
    const u = units.match(ctx.toks, num.end, false);
    if (u && u.value.count !== '2') return { n: num.value, unit: u.value.unit, end: u.end };
    return null;
  }
  const u = units.match(ctx.toks, k, false);
  if (u) {
    if (u.value.count === '2') return { n: 2, unit: u.value.unit, end: u.end };
    if (u.value.count === '1' && allowBareSingular) return { n: 1, unit: u.value.unit, end: u.end };
    return null;
  }
  // 'الساعات الـ24', 'الأيام الثلاثة': a plural with the article, then the number.
  const w = word(ctx, k);
  if (w && w.startsWith('ال')) {
    const pu = units.map.get(w.slice(2));
    if (pu && pu.count === 'n') {
      let j = k + 1;
      if (word(ctx, j) === 'ال' && ctx.toks[j + 1]?.kind === 'n') j++;
      // 'الساعات الـ24', 'الأيام الثلاثة', 'الساعات الأربع والعشرين'.
      const n2 = parseNumber(ctx.toks, j) ?? parseNumberWords(ctx.toks, j, true);
      if (n2 && n2.form !== 'vague') return { n: n2.value, unit: pu.unit, end: n2.end };
    }
  }
  return null;
}

const APPROX_SKIP = new Set(['نحو', 'حوالي', 'قرابه', 'زهاء', 'قرابة']);

function durationValue(n: number, unit: string): { value: string; granularity: TimeGranularity } {
  const num = Number.isInteger(n) ? String(n) : String(n);
  switch (unit) {
    case 'H': return { value: `PT${num}H`, granularity: 'day' };
    case 'MIN': return { value: `PT${num}M`, granularity: 'day' };
    case 'D': return { value: `P${num}D`, granularity: 'day' };
    case 'W': return { value: `P${num}W`, granularity: 'week' };
    case 'M': return { value: `P${num}M`, granularity: 'month' };
    case 'Y': return { value: `P${num}Y`, granularity: 'year' };
    default: return { value: `P${n * 10}Y`, granularity: 'decade' };
  }
}

function durationExpr(ctx: Ctx, i: number): Cand | null {
  const cue = typeAt(ctx, 'duration_cue', i);
  if (cue) {
    const c = countedAt(ctx, cue.end, true);
    if (!c) return null;
    let end = c.end;
    const tr = typeAt(ctx, 'trailing', end);
    if (tr) end = tr.end;
    const v = durationValue(c.n, c.unit);
    return mk(ctx, i, end, v.value, v.granularity, { kind: 'duration' }, cue.s);
  }
  // 'لليوم العاشر على التوالي', 'للأسبوع الثالث', 'لليوم الـ12 على التوالي'.
  const t = ctx.toks[i];
  // A bare count of time units: 'استمرت ثمانية أيام', '3 أيام', 'يومين'.
  const bare = countedAt(ctx, i, false);
  if (bare) {
    const v = durationValue(bare.n, bare.unit);
    return mk(ctx, i, bare.end, v.value, v.granularity, { kind: 'duration' });
  }
  if (t?.kind === 'w' && /^[وف]?لل/.test(t.t)) {
    const off = t.t.indexOf('لل');
    const base = t.t.slice(off + 2);
    const u = timeLexicon().units.map.get(base);
    if (!u || u.count !== '1') return null;
    let n: number | null = null;
    let end = i + 1;
    const o = parseOrdinal(ctx.toks, end);
    if (o) {
      n = o.value;
      end = o.end;
    } else {
      let k = end;
      if (word(ctx, k) === 'ال') k++;
      const tk = ctx.toks[k];
      if (tk?.kind === 'n' && /^\d{1,4}$/.test(tk.t)) {
        n = Number(tk.t);
        end = k + 1;
      }
    }
    if (n === null) return null;
    const cons = typeAt(ctx, 'consecutive', end);
    if (cons) end = cons.end;
    const v = durationValue(n, u.unit);
    return mk(ctx, i, end, v.value, v.granularity, { kind: 'duration' }, t.s + off);
  }
  return null;
}

function sinceAgoExpr(ctx: Ctx, i: number): Cand | null {
  const since = typeAt(ctx, 'since', i);
  const ago = since ? null : typeAt(ctx, 'ago', i);
  const cue = since ?? ago;
  if (!cue) return null;
  let k = cue.end;
  if (word(ctx, k) && APPROX_SKIP.has(word(ctx, k)!)) k++;
  else if (word(ctx, k) === 'اكثر' && word(ctx, k + 1) === 'من') k += 2;
  const c = countedAt(ctx, k, true);
  if (!c) return null;
  const a = ctx.anchor;
  if (since && c.unit !== 'Y' && c.unit !== 'DE') {
    const v = durationValue(c.n, c.unit);
    return mk(ctx, i, c.end, v.value, v.granularity, { kind: 'duration' }, cue.s);
  }
  if (!Number.isInteger(c.n)) return null;
  // A date counted back from the anchor.
  switch (c.unit) {
    case 'Y':
    case 'DE': {
      const years = c.unit === 'DE' ? c.n * 10 : c.n;
      return mk(ctx, i, c.end, a ? pad(a.y - years, 4) : 'XXXX', 'year', {}, cue.s);
    }
    case 'M': {
      if (!a) return mk(ctx, i, c.end, 'XXXX-XX', 'month', {}, cue.s);
      const x = addMonths(a.y, a.m, -c.n);
      return mk(ctx, i, c.end, fmtMonth(x.y, x.m), 'month', {}, cue.s);
    }
    case 'W':
      return mk(ctx, i, c.end, a ? isoWeek(addDays(a, -7 * c.n)) : 'XXXX-WXX', 'week', {}, cue.s);
    case 'D':
      return mk(ctx, i, c.end, a ? fmtDate(addDays(a, -c.n)) : 'XXXX-XX-XX', 'day', {}, cue.s);
    default:
      return mk(ctx, i, c.end, a ? fmtDate(a) : 'XXXX-XX-XX', 'day', {}, cue.s);
  }
}

// --- Assembly ----------------------------------------------------------------------------------

const RECOGNISERS = [monthExpr, numericDate, weekdayExpr, relativeExpr, yearExpr, centuryExpr, decadeExpr, durationExpr, sinceAgoExpr];

/** 'أواخر سبتمبر', 'مطلع العام الجاري', 'منتصف التسعينات': a modifier before a month or longer. */
function withModifier(ctx: Ctx, c: Cand): Cand {
  if (c.kind !== 'date' || c.granularity === 'day' || c.granularity === 'week') return c;
  const m = typeEndingAt(ctx, 'modifier', c.si);
  if (!m) return c;
  return { ...c, si: m.si, s: m.s, modifier: m.value };
}

function candidates(text: string, anchor: string | null): { cands: Cand[]; norm: ReturnType<typeof prepare>['norm']; ctx: Ctx } {
  const { norm, toks } = prepare(text);
  const ctx: Ctx = { toks, anchor: parseIsoDate(anchor) };
  const all: Cand[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.kind === 'p') continue;
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
export function extractTimes(text: string, anchor: string | null): TimeExpr[] {
  if (!text) return [];
  const { cands, norm } = candidates(text, anchor);
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
export function inferPublicationDate(text: string): { date: string; from: string } | null {
  if (!text) return null;
  const { cands, norm, ctx } = candidates(text, null);
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
