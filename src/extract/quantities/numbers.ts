// Numbers for the time and quantity extractors (their tokens: number-tokens.ts; units: units.ts):
// digits in every script (normalised to ASCII before we see them), and Arabic
// number words (data/lexicon/number_words.tsv) including compounds ('خمسة وعشرين'), teens
// ('ثلاثة عشر'), hundreds ('ثلاثمائة', 'ثلاث مئة'), scales ('30 ألف', 'ثلاثة آلاف', '1.5 مليون') and
// vague amounts ('عشرات', 'مئات الآلاف'). Ordinals ('السابع', 'الحادي والعشرين') for days and sequences.
import { loadTsv } from '../../data-files.js';
import { normalizeArabic } from '../../arabic/normalize.js';
import { type NTok, lookup, PhraseDict } from './number-tokens.js';
import { once } from '../../once.js';

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

/** The number words, read once per process. */
const numberLexicon = once((): NumberLexicon => {
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
  return { cardinal, vague, ordinal };
});

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

/** Whether a word (matching form, clitics off) counts what follows: a cardinal ('ثمانية') or the first word of a
 * vague amount ('عشرات', 'مئات'). */
export function isCountWord(word: string): boolean {
  const lex = numberLexicon();
  return lex.cardinal.has(word) || !!lex.vague.lengthsFrom(word);
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
