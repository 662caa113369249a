// Quantities: numbers in digits of every script and in words, duals of countable nouns, vague amounts
// and percentages, each with what it counts (unit, from data/lexicon/units.tsv) and how it counts
// (kind: killed, wounded, captured, equipment, personnel or other, from a cue word in
// data/lexicon/quantity_cues.tsv or the unit's default).
//
// Choices:
// - 'أكثر من 110': value 110 (the number written), min 111, approximate; 'أقل من 10': max 9;
//   'ما لا يقل عن 50': min 50; 'نحو 30 ألف': value 30000, approximate.
// - Vague amounts ('عشرات', 'مئات', 'آلاف', 'عشرات الآلاف'): value = the lower bound, min/max the range,
//   approximate (data/lexicon/number_words.tsv, type vague).
// - A dual reads as 2 only for nouns marked dual=yes in units.tsv, so 'مدنيين' (a plural) is not 2.
// - 'واحد'/'اثنين' in words count only after a counted noun ('جندي واحد'): alone they are usually 'one of'.
// - Numbers inside time expressions (extractTimes, or the spans given) and names ('إس - 300', 'S-300',
//   'القرار 2254', 'اللواء 93', data/lexicon/number_labels.tsv) are not quantities.
import type { Quantity, QuantityKind, Span } from '../../doc.js';
import { loadTsv } from '../../data-files.js';
import { toOriginalSpan } from '../../arabic/normalize.js';
import { prepare, PhraseDict, type NTok, type Prepared } from './number-tokens.js';
import { parseNumber, type ParsedNumber } from './numbers.js';
import { unitAt, modifierBefore, modifierAfter, stripArticle, asKind, type UnitEntry } from './units.js';
import { extractTimes } from '../times/index.js';
import { once } from '../../once.js';

interface QuantityLexicon {
  cuesBefore: PhraseDict<QuantityKind>;
  cuesAfter: PhraseDict<QuantityKind>;
  labels: PhraseDict<string>;
}

/** The quantity cues and labels, read once per process. */
const quantityLexicon = once((): QuantityLexicon => {
  const cuesBefore = new PhraseDict<QuantityKind>();
  const cuesAfter = new PhraseDict<QuantityKind>();
  for (const r of loadTsv('lexicon/quantity_cues.tsv')) {
    (r.position === 'after' ? cuesAfter : cuesBefore).add(r.cue, asKind(r.kind, 'quantity_cues.tsv'));
  }
  const labels = new PhraseDict<string>();
  for (const r of loadTsv('lexicon/number_labels.tsv')) labels.add(r.form, r.type);
  return { cuesBefore, cuesAfter, labels };
});

const STOP = new Set(['.', '،', ',', '؛', ';', ':', '!', '?', '؟', '(', ')', '"', '«', '»', '“', '”', '\n']);

/** The nearest cue of `dict` ending at most `window` tokens before token `start`, within the clause. */
function cueBefore(toks: NTok[], start: number, dict: PhraseDict<QuantityKind>, window = 4): QuantityKind | null {
  for (let p = start - 1; p >= Math.max(0, start - window); p--) {
    const t = toks[p];
    if (t.kind === 'p' && STOP.has(t.t)) return null;
    for (let q = p; q >= Math.max(0, p - dict.maxWords + 1); q--) {
      const m = dict.match(toks, q);
      if (m && m.end === p + 1) return m.value;
    }
  }
  return null;
}

function cueAfter(toks: NTok[], end: number, dict: PhraseDict<QuantityKind>, window = 3): QuantityKind | null {
  for (let p = end; p < Math.min(toks.length, end + window); p++) {
    const t = toks[p];
    if (t.kind === 'p' && STOP.has(t.t)) return null;
    const m = dict.match(toks, p);
    if (m) return m.value;
  }
  return null;
}

function resolveKind(unit: UnitEntry | null, before: QuantityKind | null, after: QuantityKind | null): QuantityKind {
  if (unit && (unit.kind === 'killed' || unit.kind === 'wounded' || unit.kind === 'captured')) return unit.kind;
  if (unit?.cls === 'equipment') return 'equipment';
  if (unit && (unit.cls === 'thing' || unit.cls === 'measure')) return unit.kind;
  const cue = after ?? before;
  if (cue) {
    // Sending or destroying an unnamed count ('يضم 60 سريرا' is not troops): only casualties without a unit.
    if ((cue === 'equipment' || cue === 'personnel') && !unit) return 'other';
    if (cue === 'equipment' && unit?.cls === 'person') return 'other';
    return cue;
  }
  return unit?.kind ?? 'other';
}

/** A model designation or a label before the number: 'إس - 300', 'S300', 'القرار 2254'. */
function isLabelled(toks: NTok[], i: number): boolean {
  const t = toks[i];
  // Glued to Latin letters after it ('300s', '16v'), or a clock time ('10:30').
  const next = toks[i + 1];
  if (next && next.glued && next.kind === 'w' && /^[a-z]/.test(next.t)) return true;
  if (next && next.glued && next.t === ':' && toks[i + 2]?.kind === 'n') return true;
  if (toks[i - 1]?.t === ':' && t.glued && toks[i - 2]?.kind === 'n') return true;
  let p = i - 1;
  if (toks[p]?.kind === 'p' && /^[-–_/]$/.test(toks[p].t)) p--;
  const prev = toks[p];
  if (!prev || prev.kind !== 'w') return false;
  // Latin letters: 'S300', 'S-400', 'F-16' (a conjunction may be glued before them: 'وS-400').
  const latin = /^[وف]?([a-z]+)$/.exec(prev.t);
  if (latin && latin[1].length <= 5 && (p === i - 2 || t.glued || latin[1].length <= 3)) return true;
  const { labels } = quantityLexicon();
  for (let q = p; q >= Math.max(0, p - labels.maxWords + 1); q--) {
    const m = labels.match(toks, q);
    if (m && m.end === p + 1) return true;
  }
  return false;
}

interface QCand {
  s: number;
  e: number;
  endTok: number;
  value: number;
  min?: number;
  max?: number;
  approximate?: boolean;
  unit: UnitEntry | null;
  kind: QuantityKind;
}

/** Killed and wounded counted together ('143 ألف شهيد وجريح', 'عشرات القتلى والجرحى'): casualties, not the killed. */
const CASUALTIES: UnitEntry = { unit: 'casualty (killed and wounded)', cls: 'person', kind: 'other', dual: false };

/**
 * The token index of 'وجريح' / 'والجرحى' / 'وقتيل' ... right after a killed or wounded count when it
 * names the other of the two (a person unit of data/lexicon/units.tsv whose kind is the other one).
 */
function casualtyPair(toks: NTok[], at: number, q: QCand): number | null {
  if (q.kind !== 'killed' && q.kind !== 'wounded') return null;
  const t = toks[at];
  if (!t || t.kind !== 'w' || !t.t.startsWith('و') || t.t.length < 3) return null;
  const bare = { ...t, t: t.t.slice(1), rd: undefined };
  const u = unitAt([bare], 0);
  const other = q.kind === 'killed' ? 'wounded' : 'killed';
  if (!u || u.entry.cls !== 'person' || u.entry.kind !== other) return null;
  // 'مقتل 43 مدنيا وإصابة 173 آخرين': the other word heads a count of its own.
  return parseNumber(toks, at + 1) ? null : at;
}

function applyModifier(q: QCand, type: string | null): void {
  if (!type) return;
  q.approximate = true;
  if (type === 'more_than') q.min = Number.isInteger(q.value) ? q.value + 1 : q.value;
  else if (type === 'less_than') q.max = Number.isInteger(q.value) ? q.value - 1 : q.value;
  else if (type === 'at_least') q.min = q.value;
  else if (type === 'at_most') q.max = q.value;
}

/**
 * Quantities in `text`. Numbers inside `exclude` spans (offsets into `text`) are skipped; when
 * `exclude` is not given the time expressions of the text (extractTimes) are excluded.
 */
/** `prepared`: the number-token view of `text` when the caller has it (src/pipeline.ts builds it once). */
export function extractQuantities(text: string, exclude?: Span[], prepared: Prepared = prepare(text)): Quantity[] {
  if (!text) return [];
  const skip = exclude ?? extractTimes(text, null, prepared);
  const { norm, toks } = prepared;
  const L = quantityLexicon();
  const orig = (s: number, e: number) => toOriginalSpan(norm, s, e);
  const excluded = (s: number, e: number) => {
    const o = orig(s, e);
    return skip.some((x) => x.start < o.end && o.start < x.end);
  };
  const out: QCand[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.kind === 'p') continue;
    let num: ParsedNumber | null = null;
    if (t.kind === 'n' || t.kind === 'w') num = parseNumber(toks, i);
    if (num) {
      if (excluded(num.s, num.e)) {
        i = num.end - 1;
        continue;
      }
      if (num.form === 'digits' && isLabelled(toks, i)) continue;
      let s = num.s;
      let k = num.end;
      // A closing quote between the number and its noun: '«1400» قذيفة'.
      if (toks[k]?.kind === 'p' && CLOSE_QUOTES.has(toks[k].t) && toks[k].glued) k++;
      // 'مقتل 3 من الجنود', 'عشرات من المدنيين'
      const nextWord = toks[k + 1];
      if (toks[k]?.t === 'من' && nextWord?.kind === 'w' && stripArticle(nextWord.t) !== nextWord.t) k++;
      let unit = unitAt(toks, k);
      if (unit && unit.entry.dual) unit = null; // a number before a dual is not its count
      let e = unit ? toks[unit.end - 1].e : num.e;
      let endTok = unit ? unit.end : num.end;
      let unitEntry = unit?.entry ?? null;
      if (unitEntry?.unit === ANAPHOR) unitEntry = previousUnit(text, out, norm, orig(num.s, num.e).start);
      // The noun before: 'الجرحى الـ26'.
      if (!unit && num.form === 'digits' && toks[i - 1]?.t === 'ال') {
        const before = findUnitEndingAt(toks, i - 1);
        if (before && stripArticle(toks[i - 2].t) !== toks[i - 2].t) {
          s = before.s;
          unitEntry = before.entry;
        }
      }
      // 'واحد', 'اثنين' alone: only after a counted noun ('جندي واحد').
      if (num.form === 'words' && num.value <= 2 && num.end - i === 1) {
        const prevUnit = i > 0 ? findUnitEndingAt(toks, i) : null;
        if (!prevUnit) {
          i = num.end - 1;
          continue;
        }
        s = prevUnit.s;
        unitEntry = prevUnit.entry;
        e = num.e;
        endTok = num.end;
      }
      const q: QCand = { s, e, endTok, value: num.value, unit: unitEntry, kind: 'other' };
      if (num.form === 'vague') {
        q.min = num.min;
        q.max = num.max;
        q.approximate = true;
      }
      // Modifiers: 'نحو', 'أكثر من', 'ما لا يقل عن' before; 'تقريبا', 'على الأقل' after.
      const startTok = tokIndexAt(toks, s);
      const mb = modifierBefore(toks, startTok);
      if (mb) {
        q.s = mb.s;
        applyModifier(q, mb.value);
      }
      const ma = modifierAfter(toks, endTok);
      if (ma) applyModifier(q, ma.value);
      // Never reach back into the quantity before.
      const before = out[out.length - 1];
      if (before && q.s < before.e) q.s = num.s;
      if (before && q.s < before.e) {
        i = endTok - 1;
        continue;
      }
      const first = tokIndexAt(toks, q.s);
      q.kind = resolveKind(unitEntry, cueBefore(toks, first, L.cuesBefore), cueAfter(toks, ma ? ma.end : endTok, L.cuesAfter));
      const pair = casualtyPair(toks, endTok, q);
      if (pair) {
        Object.assign(q, { e: toks[pair].e, endTok: pair + 1, unit: CASUALTIES, kind: 'other' });
        out.push(q);
        i = pair;
        continue;
      }
      out.push(q);
      i = endTok - 1;
      continue;
    }
    // A dual noun alone: 'مروحيتين', 'طائرتان هليكوبتر'.
    const u = t.kind === 'w' ? unitAt(toks, i) : null;
    if (u && u.entry.dual) {
      if (excluded(u.s, toks[u.end - 1].e)) continue;
      // '(مروحيتين)' restating the dual just before it: one count.
      const prev = out[out.length - 1];
      if (prev && toks[i - 1]?.t === '(' && prev.endTok === i - 1 && prev.value === 2) {
        i = u.end - 1;
        continue;
      }
      const q: QCand = { s: u.s, e: toks[u.end - 1].e, endTok: u.end, value: 2, unit: u.entry, kind: 'other' };
      q.kind = resolveKind(u.entry, cueBefore(toks, i, L.cuesBefore), cueAfter(toks, u.end, L.cuesAfter));
      out.push(q);
      i = u.end - 1;
    }
  }
  return out.map((q) => {
    const { start, end } = orig(q.s, q.e);
    const r: Quantity = { start, end, text: text.slice(start, end), value: q.value, unit: q.unit?.unit ?? null, kind: q.kind };
    if (q.min !== undefined) r.min = q.min;
    if (q.max !== undefined) r.max = q.max;
    if (q.approximate) r.approximate = true;
    return r;
  });
}

const CLOSE_QUOTES = new Set(['»', '"', '”', "'", ')']);
/** Units that point back: 'وتسليم 53 آخرين' counts what the number before it counted. */
const ANAPHOR = '@previous';
const SENTENCE_END = /[.!?؟\n]/;

/** The unit of the quantity before, when it is in the same sentence. */
function previousUnit(text: string, out: QCand[], norm: Parameters<typeof toOriginalSpan>[0], start: number): UnitEntry | null {
  const prev = out[out.length - 1];
  if (!prev?.unit) return null;
  const prevEnd = toOriginalSpan(norm, prev.s, prev.e).end;
  return SENTENCE_END.test(text.slice(prevEnd, start)) ? null : prev.unit;
}

/** The index of the first token that ends after offset `s` (binary search). */
function tokIndexAt(toks: NTok[], s: number): number {
  let lo = 0, hi = toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (toks[mid].e > s) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function phraseEndingAt<T>(toks: NTok[], end: number, dict: PhraseDict<T>): { value: T; s: number } | null {
  for (let n = dict.maxWords; n >= 1; n--) {
    const i = end - n;
    if (i < 0) continue;
    const m = dict.match(toks, i);
    if (m && m.end === end) return { value: m.value, s: m.s };
  }
  return null;
}

function findUnitEndingAt(toks: NTok[], end: number): { entry: UnitEntry; s: number } | null {
  for (let n = 3; n >= 1; n--) {
    const i = end - n;
    if (i < 0) continue;
    const u = unitAt(toks, i);
    if (u && u.end === end && !u.entry.dual) return { entry: u.entry, s: u.s };
  }
  return null;
}
