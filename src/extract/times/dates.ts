// Dates named by day, month and weekday: '3 أكتوبر 2020', '2020/10/3', 'يوم الأحد الماضي'.
import { parseOrdinal, numberWordIsTen } from '../quantities/numbers.js';
import { timeLexicon, type MonthEntry } from './lexicon.js';
import { type YMD, fmtDate, fmtMonth, isValidDate, addDays, compareDates, isoWeekday, weekdayOnOrBefore, weekdayAfter, hijriToGregorian, hijriMonthToGregorian, daysInMonth } from './calendar.js';
import { type Meta, type Cand, type Ctx, SEP_PAIR, COMMA, word, punct, phraseEndingAt, typeEndingAt, pad, mk, yearAfter } from './match.js';

interface DayBefore {
  d: number;
  si: number;
  s: number;
}

/** A day number or ordinal ending at token `end`: '3', 'الـ3', 'الـ 3', 'السابع', 'الحادي والعشرين', 'يوم 3'. */
export function dayEndingAt(ctx: Ctx, end: number): DayBefore | null {
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

/**
 * A weekday before a date ('الأحد 27 أيلول'): extends the expression to the left and records the weekday
 * (or its relative day) in `meta`; `flag` when it disagrees with the date (null when the year is unknown).
 */
function withWeekdayBefore(ctx: Ctx, si: number, meta: Meta, date: { y: number; m: number; d: number } | null): { si: number; s: number; flag?: string } | null {
  const wd = weekdayBefore(ctx, si);
  if (!wd) return null;
  if (wd.iso !== undefined) meta.weekday = wd.iso;
  if (wd.rel !== undefined) meta.rel = wd.rel;
  const flag = date && wd.iso !== undefined && isoWeekday(date) !== wd.iso ? 'weekday disagrees with the date' : undefined;
  return { si: wd.si, s: wd.s, ...(flag ? { flag } : {}) };
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

export function monthExpr(ctx: Ctx, i: number): Cand | null {
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
      const wd = withWeekdayBefore(ctx, si, meta, y !== null ? { y, m: entry.month, d: day.d } : null);
      if (wd) ({ si, s } = wd);
      if (wd?.flag) flag = wd.flag;
    }
  }
  return mk(ctx, si, ei, value, value.length === 10 ? 'day' : 'month', { flag, meta }, s);
}

/** Numeric dates: 27/9/2020, 27-9-2020, 27.9.2020, 2020-09-27, 2020/9/27. */
export function numericDate(ctx: Ctx, i: number): Cand | null {
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
  const wd = withWeekdayBefore(ctx, i, meta, x);
  if (wd) ({ si, s } = wd);
  if (wd?.flag) flag = wd.flag;
  return mk(ctx, si, ei, fmtDate(x), 'day', { meta, flag }, s);
}

// --- Weekdays and relative days ---------------------------------------------------------------

/** A part of the day before token `si` ('صباح', 'مساء'): extends the expression to the left. */
export function partOfDayBefore(ctx: Ctx, si: number): { si: number; s: number } | null {
  const p = typeEndingAt(ctx, 'part_of_day', si);
  return p ? { si: p.si, s: p.s } : null;
}

export function weekdayExpr(ctx: Ctx, i: number): Cand | null {
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
