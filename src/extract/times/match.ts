// The candidates the time recognisers return and the word tests they share, over the matching form
// of the text (src/extract/quantities/number-tokens.ts).
import type { TimeGranularity } from '../../doc.js';
import type { NTok, PhraseDict } from '../quantities/number-tokens.js';
import { timeLexicon, wordsOfType } from './lexicon.js';
import type { YMD } from './calendar.js';

/** What a candidate knows beyond its value (used to infer the publication date). */
export interface Meta {
  /** A complete date written out (day, month and year all in the text). */
  explicit?: YMD;
  /** An explicit day and month without a year. */
  dayMonth?: { m: number; d: number };
  /** The weekday named in the expression. */
  weekday?: number;
  /** The relative day word attached (0 for 'اليوم', -1 for 'أمس'). */
  rel?: number;
}

export interface Cand {
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

export interface Ctx {
  toks: NTok[];
  anchor: YMD | null;
}

export const SEP_PAIR = new Set(['/', '\\', '-', '–', '—', '|', '(']);

export const COMMA = new Set([',', '،']);

export function word(ctx: Ctx, i: number): string | null {
  const t = ctx.toks[i];
  return t && t.kind === 'w' ? t.t : null;
}

export function punct(ctx: Ctx, i: number, set: Set<string>): boolean {
  const t = ctx.toks[i];
  return !!t && t.kind === 'p' && set.has(t.t);
}

/** A phrase of `dict` that ends exactly at token `end` (exclusive), starting at most `max` tokens back. */
export function phraseEndingAt<T>(ctx: Ctx, dict: PhraseDict<T>, end: number, max = 3): { value: T; si: number; s: number } | null {
  for (let n = max; n >= 1; n--) {
    const i = end - n;
    if (i < 0) continue;
    const m = dict.match(ctx.toks, i);
    if (m && m.end === end) return { value: m.value, si: i, s: m.s };
  }
  return null;
}

export function typeAt(ctx: Ctx, type: string, i: number): { value: string; end: number; s: number } | null {
  return wordsOfType(type).match(ctx.toks, i);
}

export function typeEndingAt(ctx: Ctx, type: string, end: number): { value: string; si: number; s: number } | null {
  return phraseEndingAt(ctx, wordsOfType(type), end);
}

export function pad(n: number, w = 2): string {
  return String(n).padStart(w, '0');
}

export function mk(ctx: Ctx, si: number, ei: number, value: string, granularity: TimeGranularity, extra: Partial<Cand> = {}, s?: number): Cand {
  // Every field present, in one order (one shape for V8, whatever the recogniser).
  return {
    s: s ?? ctx.toks[si].s, e: ctx.toks[ei - 1].e, si, ei, value, granularity, kind: extra.kind ?? 'date',
    modifier: extra.modifier, flag: extra.flag, meta: extra.meta,
  };
}

// --- Years -------------------------------------------------------------------------------------

export function yearNumber(ctx: Ctx, i: number, min = 1000, max = 2999): number | null {
  const t = ctx.toks[i];
  if (!t || t.kind !== 'n' || !/^\d{3,4}$/.test(t.t)) return null;
  const v = Number(t.t);
  return v >= min && v <= max ? v : null;
}

/** A year after a month or date: '2020', '2020م', 'عام 2020', 'من العام 2020', 'من العام الماضي'. */
export function yearAfter(ctx: Ctx, j: number, hijri: boolean): { y: number; end: number; hijri: boolean } | null {
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
