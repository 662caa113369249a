// Numbers for the time and quantity extractors: tokens over the matching form of a text, clitic
// readings of a word, digits in every script (normalised to ASCII before we see them), and Arabic
// number words (data/lexicon/number_words.tsv) including compounds ('خمسة وعشرين'), teens
// ('ثلاثة عشر'), hundreds ('ثلاثمائة', 'ثلاث مئة'), scales ('30 ألف', 'ثلاثة آلاف', '1.5 مليون') and
// vague amounts ('عشرات', 'مئات الآلاف'). Ordinals ('السابع', 'الحادي والعشرين') for days and sequences.
import { loadTsv } from '../../data-files.js';
import type { QuantityKind } from '../../doc.js';
import { normalizeArabic, normalizeWithMap, type Normalized } from '../../arabic/normalize.js';

/** A token of the normalised text: w = word (letters only), n = number (digits with separators), p = other. */
export interface NTok {
  /** Offsets in the normalised text. */
  s: number;
  e: number;
  t: string;
  kind: 'w' | 'n' | 'p';
  /** No white space between this token and the one before. */
  glued: boolean;
}

const TOK_RE = /(\d+(?:[.,]\d+)*)|(\p{L}+)|(\S)/gu;

export function tokenizeNormalized(norm: string): NTok[] {
  const out: NTok[] = [];
  TOK_RE.lastIndex = 0;
  let prevEnd = -1;
  for (let m = TOK_RE.exec(norm); m; m = TOK_RE.exec(norm)) {
    const kind = m[1] ? 'n' : m[2] ? 'w' : 'p';
    out.push({ s: m.index, e: m.index + m[0].length, t: m[0], kind, glued: m.index === prevEnd });
    prevEnd = m.index + m[0].length;
  }
  return out;
}

/** The normalised text of `text` with its tokens. */
export interface Prepared {
  norm: Normalized;
  toks: NTok[];
}

export function prepare(text: string): Prepared {
  const norm = normalizeWithMap(text);
  return { norm, toks: tokenizeNormalized(norm.text) };
}

/** One reading of a word: the word with some proclitics removed, and where the rest starts. */
export interface Reading {
  base: string;
  /** Characters stripped from the start of the token (the span of the reading starts there). */
  off: number;
}

const CONJ = new Set(['و', 'ف']);
const PREP = new Set(['ب', 'ل', 'ك']);

/** Readings of a (normalised) word, the unsplit one first: و/ف, then ب/ل/ك, and لل = ل + ال. */
export function readings(word: string): Reading[] {
  const out: Reading[] = [{ base: word, off: 0 }];
  const heads: Reading[] = [{ base: word, off: 0 }];
  if (word.length > 2 && CONJ.has(word[0])) {
    heads.push({ base: word.slice(1), off: 1 });
    out.push({ base: word.slice(1), off: 1 });
  }
  for (const h of heads) {
    const b = h.base;
    if (b.length > 3 && b.startsWith('لل')) out.push({ base: 'ال' + b.slice(2), off: h.off });
    if (b.length > 2 && PREP.has(b[0])) out.push({ base: b.slice(1), off: h.off + 1 });
  }
  return out;
}

/** The first reading of a token found in `dict`, or null. */
export function lookup<T>(tok: NTok | undefined, dict: ReadonlyMap<string, T>, allowClitics = true): { value: T; off: number } | null {
  if (!tok || tok.kind !== 'w') return null;
  if (!allowClitics) {
    const v = dict.get(tok.t);
    return v === undefined ? null : { value: v, off: 0 };
  }
  for (const r of tokenReadings(tok)) {
    const v = dict.get(r.base);
    if (v !== undefined) return { value: v, off: r.off };
  }
  return null;
}

/** A phrase dictionary: normalised words joined by one space. */
export class PhraseDict<T> {
  readonly map = new Map<string, T>();
  maxWords = 1;
  /** For each first word, the phrase lengths (in words) that start with it, longest first. */
  private readonly firsts = new Map<string, number[]>();
  add(phrase: string, value: T, keep = false): void {
    const words = normalizeArabic(phrase).split(/\s+/).filter(Boolean);
    const key = words.join(' ');
    if (!key) return;
    if (keep && this.map.has(key)) return;
    this.map.set(key, value);
    this.maxWords = Math.max(this.maxWords, words.length);
    const lens = this.firsts.get(words[0]) ?? [];
    if (!lens.includes(words.length)) {
      lens.push(words.length);
      lens.sort((a, b) => b - a);
    }
    this.firsts.set(words[0], lens);
  }
  has(phrase: string): boolean {
    return this.map.has(phrase);
  }
  /**
   * The longest phrase starting at token i (clitics allowed on its first word only). Returns the
   * entry, the index after its last token, and the start offset (after stripped clitics).
   */
  match(toks: NTok[], i: number, allowClitics = true): { value: T; end: number; s: number } | null {
    const first = toks[i];
    if (!first || first.kind !== 'w') return null;
    const firsts = allowClitics ? tokenReadings(first) : [{ base: first.t, off: 0 }];
    let lens: number[] | null = null;
    for (const r of firsts) {
      const l = this.firsts.get(r.base);
      if (l) lens = lens ? [...new Set([...lens, ...l])].sort((a, b) => b - a) : l;
    }
    if (!lens) return null;
    for (const n of lens) {
      if (i + n > toks.length) continue;
      let rest = '';
      let ok = true;
      for (let k = 1; k < n; k++) {
        const t = toks[i + k];
        if (t.kind !== 'w') { ok = false; break; }
        rest += ' ' + t.t;
      }
      if (!ok) continue;
      for (const r of firsts) {
        const v = this.map.get(r.base + rest);
        if (v !== undefined) return { value: v, end: i + n, s: first.s + r.off };
      }
    }
    return null;
  }
}

const readingCache = new WeakMap<NTok, Reading[]>();

/** The readings of a word token, computed once per token. */
export function tokenReadings(tok: NTok): Reading[] {
  let r = readingCache.get(tok);
  if (!r) readingCache.set(tok, (r = readings(tok.t)));
  return r;
}

// ---------------------------------------------------------------------------------------------
// Number words

type WordType = 'unit' | 'compound' | 'ten' | 'tens' | 'hundred' | 'scale' | 'vague' | 'ordinal' | 'ordinal_compound';

interface NumberWord {
  value: number;
  type: WordType;
  min?: number;
  max?: number;
}

interface NumberLexicon {
  /** Cardinal words by normalised form: one form may have several types (عشرة is unit and ten). */
  cardinal: Map<string, NumberWord[]>;
  vague: PhraseDict<NumberWord>;
  ordinal: Map<string, NumberWord>;
}

let lexicon: NumberLexicon | null = null;

function numberLexicon(): NumberLexicon {
  if (lexicon) return lexicon;
  const cardinal = new Map<string, NumberWord[]>();
  const vague = new PhraseDict<NumberWord>();
  const ordinal = new Map<string, NumberWord>();
  for (const row of loadTsv('lexicon/number_words.tsv')) {
    const form = normalizeArabic(row.form);
    const w: NumberWord = { value: Number(row.value), type: row.type as WordType };
    if (!Number.isFinite(w.value)) throw new Error(`number_words.tsv: bad value for ${row.form}`);
    if (w.type === 'vague') {
      w.min = Number(row.min);
      w.max = Number(row.max);
      vague.add(row.form, w);
    } else if (w.type === 'ordinal' || w.type === 'ordinal_compound') {
      ordinal.set(form, w);
    } else {
      const list = cardinal.get(form) ?? [];
      list.push(w);
      cardinal.set(form, list);
    }
  }
  lexicon = { cardinal, vague, ordinal };
  return lexicon;
}

/** Parses a digit token (ASCII after normalisation): 30,000 / 1.5 / 2,5 / 1.000.000. */
export function parseDigits(t: string): number | null {
  if (/^\d+$/.test(t)) return Number(t);
  if (/^\d{1,3}(,\d{3})+$/.test(t)) return Number(t.replace(/,/g, ''));
  if (/^\d{1,3}(\.\d{3}){2,}$/.test(t)) return Number(t.replace(/\./g, ''));
  if (/^\d+\.\d+$/.test(t)) return Number(t);
  if (/^\d+,\d{1,2}$/.test(t)) return Number(t.replace(',', '.'));
  return null;
}

export interface ParsedNumber {
  value: number;
  /** Token index after the number. */
  end: number;
  /** Normalised offsets of the number (after a stripped conjunction). */
  s: number;
  e: number;
  min?: number;
  max?: number;
  /** How it was written. */
  form: 'digits' | 'words' | 'vague';
}

function scaleAt(toks: NTok[], j: number): { value: number; end: number } | null {
  const t = toks[j];
  if (!t || t.kind !== 'w') return null;
  const list = numberLexicon().cardinal.get(t.t);
  const sc = list?.find((w) => w.type === 'scale' && (w.value === 1000 || w.value === 1_000_000 || w.value === 1_000_000_000));
  return sc ? { value: sc.value, end: j + 1 } : null;
}

/**
 * A cardinal number at token i: digits (with a following scale word: '30 ألف', '1.5 مليون'),
 * number words ('خمسة وعشرين', 'ثلاثة آلاف وخمسمائة'), or a vague amount ('عشرات', 'مئات الآلاف').
 */
export function parseNumber(toks: NTok[], i: number): ParsedNumber | null {
  const t = toks[i];
  if (!t) return null;
  if (t.kind === 'n') {
    const v = parseDigits(t.t);
    if (v === null) return null;
    let value = v;
    let end = i + 1;
    const sc = scaleAt(toks, end);
    if (sc) {
      value = v * sc.value;
      end = sc.end;
    }
    return { value, end, s: t.s, e: toks[end - 1].e, form: 'digits' };
  }
  if (t.kind !== 'w') return null;
  const lex = numberLexicon();
  // A vague amount first (longest phrase): 'عشرات الآلاف'.
  const vg = lex.vague.match(toks, i);
  if (vg) {
    // 'آلاف' and 'ملايين' after a unit are multipliers, not vague: handled by the caller's order.
    return { value: vg.value.value, min: vg.value.min, max: vg.value.max, end: vg.end, s: vg.s, e: toks[vg.end - 1].e, form: 'vague' };
  }
  return parseNumberWords(toks, i);
}

function cardinalOf(word: string): NumberWord[] | undefined {
  return numberLexicon().cardinal.get(word);
}

/** Number words only (no digits, no vague amounts). */
export function parseNumberWords(toks: NTok[], i: number, definite = false): ParsedNumber | null {
  const first = toks[i];
  if (!first || first.kind !== 'w') return null;
  let total = 0;
  let group = 0;
  let lastType: WordType | null = null;
  let lastUnit = 0;
  let lastScale = Infinity;
  let end = i;
  let start = first.s;
  for (let j = i; j < toks.length; j++) {
    const tok = toks[j];
    if (tok.kind !== 'w') break;
    // The first word may carry و/ف; later words join with و (additive) or directly (multiplicative).
    let word = tok.t;
    let additive = false;
    let off = 0;
    // 'الأربع والعشرين' (after a noun with the article): each word carries ال.
    if (definite) {
      if (word.startsWith('وال') && cardinalOf(word.slice(3))) word = 'و' + word.slice(3);
      else if (word.startsWith('ال') && cardinalOf(word.slice(2))) word = word.slice(2);
      else break;
    }
    if (j === i) {
      if (!cardinalOf(word) && word.length > 2 && (word[0] === 'و' || word[0] === 'ف') && cardinalOf(word.slice(1))) {
        word = word.slice(1);
        off = 1;
      }
    } else if (word.length > 1 && word[0] === 'و' && cardinalOf(word.slice(1))) {
      word = word.slice(1);
      additive = true;
    } else if (word === 'و' && toks[j + 1]?.kind === 'w' && cardinalOf(toks[j + 1].t)) {
      // 'خمسة و عشرين' written apart.
      j++;
      word = toks[j].t;
      additive = true;
    }
    const entries = cardinalOf(word);
    if (!entries) break;
    const pick = (type: WordType) => entries.find((w) => w.type === type);
    let took = false;
    if (j === i) {
      const w = pick('unit') ?? pick('tens') ?? pick('hundred') ?? pick('compound') ?? pick('scale');
      if (!w) break;
      if (w.type === 'scale') {
        // 'ألف' alone is 1000; 'آلاف'/'ملايين' alone are vague (handled before); 'ألفين' is 2000.
        if (/^(الاف|ملايين|مليارات)$/.test(word)) break;
        total = w.value;
        lastScale = w.value;
      } else {
        group = w.value;
        if (w.type === 'unit' || w.type === 'compound') lastUnit = w.value;
      }
      lastType = w.type;
      start = tok.s + off;
      took = true;
    } else if (!additive) {
      const ten = pick('ten');
      const hundred = pick('hundred');
      const scale = pick('scale');
      if (ten && (lastType === 'unit' || lastType === 'compound') && lastUnit >= 1 && lastUnit <= 9) {
        group += 10;
        lastType = 'ten';
        took = true;
      } else if (hundred && hundred.value === 100 && lastType === 'unit' && group >= 3 && group <= 9) {
        group *= 100;
        lastType = 'hundred';
        took = true;
      } else if (scale && (group > 0 || lastType === null) && scale.value < lastScale) {
        const mult = scale.value === 2000 || scale.value === 2_000_000 ? null : scale.value;
        if (mult === null) break;
        if (/^(الاف|ملايين|مليارات)$/.test(word) && !(group >= 3 && group <= 10)) break;
        total += (group || 1) * mult;
        group = 0;
        lastScale = mult;
        lastType = 'scale';
        took = true;
      }
    } else {
      const tens = pick('tens');
      const unit = pick('unit');
      const hundred = pick('hundred');
      const compound = pick('compound');
      const scale = pick('scale');
      if (tens && (lastType === 'unit' || lastType === 'compound') && group % 100 < 10) {
        group += tens.value;
        lastType = 'tens';
        took = true;
      } else if ((unit || compound) && (lastType === 'hundred' || lastType === 'scale')) {
        const w = (unit ?? compound)!;
        group += w.value;
        lastUnit = w.value;
        lastType = w.type;
        took = true;
      } else if (tens && (lastType === 'hundred' || lastType === 'scale') && group % 100 === 0) {
        group += tens.value;
        lastType = 'tens';
        took = true;
      } else if (hundred && lastType === 'scale' && group === 0) {
        group = hundred.value;
        lastType = 'hundred';
        took = true;
      } else if (scale && lastType === 'scale' && group === 0 && scale.value < lastScale && scale.value !== 2000) {
        total += scale.value;
        lastScale = scale.value;
        took = true;
      }
    }
    if (!took) break;
    end = j + 1;
  }
  if (end === i) return null;
  // A compound unit alone (أحد، إحدى) is not a number.
  if (lastType === 'compound') return null;
  // Multiplied by a following scale word: 'عشرين ألفا' is handled above; 'خمسة ملايين' too.
  return { value: total + group, end, s: start, e: toks[end - 1].e, form: 'words' };
}

/** An ordinal at token i: 'السابع', 'الحادي عشر', 'الحادي والعشرين', 'العشرين'. */
export function parseOrdinal(toks: NTok[], i: number): { value: number; end: number; s: number } | null {
  const lex = numberLexicon();
  const hit = lookup(toks[i], lex.ordinal);
  if (!hit) return null;
  const w = hit.value;
  const s = toks[i].s + hit.off;
  const next = toks[i + 1];
  if (w.value <= 10 && next?.kind === 'w') {
    const ten = lex.cardinal.get(next.t)?.find((x) => x.type === 'ten');
    if (ten && w.value <= 9) return { value: w.value + 10, end: i + 2, s };
    if (next.t.startsWith('و')) {
      const tens = lex.ordinal.get(next.t.slice(1));
      if (tens && tens.value >= 20) return { value: w.value + tens.value, end: i + 2, s };
    }
  }
  if (w.type === 'ordinal_compound') return null;
  return { value: w.value, end: i + 1, s };
}

/** 'عشر' / 'عشرة': the word that closes 11-19. */
export function numberWordIsTen(word: string): boolean {
  return !!cardinalOf(word)?.some((w) => w.type === 'ten');
}

/** The value of a single cardinal word (for tens stems: 'تسعين' -> 90), or null. */
export function cardinalWordValue(word: string, type: 'tens' | 'unit'): number | null {
  return cardinalOf(word)?.find((w) => w.type === type)?.value ?? null;
}

/** All forms of cardinal words of a type (used to derive decades: تسعين -> التسعينات). */
export function cardinalForms(type: 'tens' | 'unit'): Map<string, number> {
  const out = new Map<string, number>();
  for (const [form, list] of numberLexicon().cardinal) {
    const w = list.find((x) => x.type === type);
    if (w) out.set(form, w.value);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Counted nouns (data/lexicon/units.tsv): shared by quantities (what a number counts) and times
// (a four-digit number before a counted noun is not a year).

export type UnitClass = 'person' | 'equipment' | 'thing' | 'measure';

export interface UnitEntry {
  unit: string;
  cls: UnitClass;
  kind: QuantityKind;
  /** The form read is a dual: the noun alone is 2. */
  dual: boolean;
}

const KINDS = new Set<QuantityKind>(['killed', 'wounded', 'captured', 'equipment', 'personnel', 'other']);

export function asKind(s: string, origin: string): QuantityKind {
  if (!KINDS.has(s as QuantityKind)) throw new Error(`${origin}: unknown kind ${s}`);
  return s as QuantityKind;
}

/** The dual of a (normalised) word: a final ه (ة) becomes ت; then ين or ان. */
function duals(word: string): string[] {
  const stem = word.endsWith('ه') ? word.slice(0, -1) + 'ت' : word;
  return [stem + 'ين', stem + 'ان'];
}

let unitLex: { units: PhraseDict<UnitEntry>; symbols: Map<string, UnitEntry> } | null = null;

function unitLexicon(): { units: PhraseDict<UnitEntry>; symbols: Map<string, UnitEntry> } {
  if (unitLex) return unitLex;
  const units = new PhraseDict<UnitEntry>();
  const symbols = new Map<string, UnitEntry>();
  for (const r of loadTsv('lexicon/units.tsv')) {
    const e: UnitEntry = { unit: r.unit, cls: r.class as UnitClass, kind: asKind(r.kind, 'units.tsv'), dual: false };
    const form = normalizeArabic(r.form);
    if (!/\p{L}/u.test(form)) {
      symbols.set(form, e);
      continue;
    }
    units.add(form, e, true);
    const words = form.split(' ');
    const singular = r.dual === 'yes' || r.dual === 'no';
    // The counted (accusative) singular: 'جنديا', 'مقاتلا'.
    if (singular && words.length === 1 && !/[اه]$/.test(form)) units.add(form + 'ا', e, true);
    if (r.dual === 'yes') {
      const d: UnitEntry = { ...e, dual: true };
      if (words.length === 1) for (const w of duals(form)) units.add(w, d, true);
      else if (words[0].endsWith('ه')) {
        for (const k of [0, 1]) units.add(words.map((w) => (w.endsWith('ه') ? duals(w)[k] : w)).join(' '), d, true);
      }
    }
  }
  unitLex = { units, symbols };
  return unitLex;
}

/** The word with a leading article (and و/ف/ب/ل before it) removed: 'المقاتلين' -> 'مقاتلين'. */
export function stripArticle(w: string): string {
  const m = /^(?:[وف]?(?:[بك]?ال|لل))(.{2,})$/.exec(w);
  return m ? m[1] : w;
}

/** A counted noun at token j (clitics on the first word, or the article on every word), or a symbol ('%'). */
export function unitAt(toks: NTok[], j: number): { entry: UnitEntry; end: number; s: number } | null {
  const { units, symbols } = unitLexicon();
  const t = toks[j];
  if (!t) return null;
  if (t.kind === 'p') {
    const e = symbols.get(t.t);
    return e ? { entry: e, end: j + 1, s: t.s } : null;
  }
  const m = units.match(toks, j);
  let best: { entry: UnitEntry; end: number; s: number } | null = m ? { entry: m.value, end: m.end, s: m.s } : null;
  // 'الطائرات المسيرة', 'المقاتلين': the article on each word.
  for (let n = Math.min(units.maxWords, toks.length - j); n >= 1; n--) {
    if (best && best.end >= j + n) break;
    const words: string[] = [];
    let ok = true;
    for (let k = 0; k < n; k++) {
      const tk = toks[j + k];
      if (tk.kind !== 'w') { ok = false; break; }
      words.push(stripArticle(tk.t));
    }
    if (!ok) continue;
    const v = units.map.get(words.join(' '));
    if (v) {
      best = { entry: v, end: j + n, s: t.s };
      break;
    }
  }
  return best;
}

// ---------------------------------------------------------------------------------------------
// Number modifiers (data/lexicon/number_modifiers.tsv): 'نحو', 'أكثر من', 'ما لا يقل عن', 'تقريبا'.

let modLex: { before: PhraseDict<string>; after: PhraseDict<string> } | null = null;

function modifierLexicon(): { before: PhraseDict<string>; after: PhraseDict<string> } {
  if (modLex) return modLex;
  const before = new PhraseDict<string>();
  const after = new PhraseDict<string>();
  for (const r of loadTsv('lexicon/number_modifiers.tsv')) (r.position === 'after' ? after : before).add(r.form, r.type);
  modLex = { before, after };
  return modLex;
}

/** A modifier phrase ending right before token `end`: its type and start offset. */
export function modifierBefore(toks: NTok[], end: number): { value: string; s: number; si: number } | null {
  const dict = modifierLexicon().before;
  for (let n = dict.maxWords; n >= 1; n--) {
    const i = end - n;
    if (i < 0) continue;
    const m = dict.match(toks, i);
    if (m && m.end === end) return { value: m.value, s: m.s, si: i };
  }
  return null;
}

/** A modifier phrase starting at token i ('تقريبا', 'على الأقل'). */
export function modifierAfter(toks: NTok[], i: number): { value: string; end: number } | null {
  const m = modifierLexicon().after.match(toks, i);
  return m ? { value: m.value, end: m.end } : null;
}
