// Times counted from the anchor and periods: relative days, years, decades, centuries, durations,
// 'منذ' and 'قبل'.
import type { TimeGranularity } from '../../doc.js';
import { parseNumber, parseNumberWords, parseOrdinal } from '../quantities/numbers.js';
import { unitAt, modifierBefore } from '../quantities/units.js';
import { timeLexicon, type RelUnit } from './lexicon.js';
import { fmtDate, fmtMonth, isValidDate, addDays, isoWeek, addMonths, hijriMonthToGregorian } from './calendar.js';
import { type Cand, type Ctx, word, typeAt, typeEndingAt, pad, mk, yearNumber } from './match.js';
import { dayEndingAt, partOfDayBefore } from './dates.js';

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

export function relativeExpr(ctx: Ctx, i: number): Cand | null {
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

export function yearExpr(ctx: Ctx, i: number): Cand | null {
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

export function centuryExpr(ctx: Ctx, i: number): Cand | null {
  const c = centuryAt(ctx, i);
  if (!c || Number.isNaN(c.c)) return null;
  if (c.c < 0 || c.c > 29) return null;
  return mk(ctx, i, c.end, `${pad(c.c)}XX`, 'century', {}, typeAt(ctx, 'century_word', i)!.s);
}

export function decadeExpr(ctx: Ctx, i: number): Cand | null {
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

export function durationExpr(ctx: Ctx, i: number): Cand | null {
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

export function sinceAgoExpr(ctx: Ctx, i: number): Cand | null {
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
