// Normalisation for matching. Each rule is one named table in data/arabic/normalization.tsv;
// the functions below are generated from those tables, so a rule is written once. The combined
// normaliser keeps an offset map back to the text it was given.
import { loadTsv } from '../data-files.js';
import { once } from '../once.js';

export const RULES = [
  'alef', 'hamza_seat', 'teh_marbuta', 'alef_maqsura', 'persian_letters',
  'digits', 'diacritics', 'tatweel', 'bidi_marks', 'spaces',
] as const;
export type RuleName = (typeof RULES)[number];

type Table = Map<number, string>;

function parseCodePoint(s: string): number {
  const m = /^U\+([0-9A-Fa-f]{4,6})$/.exec(s.trim());
  if (!m) throw new Error(`normalization.tsv: bad code point ${s}`);
  return parseInt(m[1], 16);
}

const loadTables = once(() => {
  const out = new Map<RuleName, Table>(RULES.map((r) => [r, new Map()]));
  for (const row of loadTsv('arabic/normalization.tsv')) {
    const table = out.get(row.rule as RuleName);
    if (!table) throw new Error(`normalization.tsv: unknown rule ${row.rule}`);
    const [lo, hi] = row.from.split('..').map(parseCodePoint);
    const to = row.to ? row.to.split(/\s+/).map((c) => String.fromCodePoint(parseCodePoint(c))).join('') : '';
    for (let cp = lo; cp <= (hi ?? lo); cp++) table.set(cp, to);
  }
  return out;
});

export function ruleTable(rule: RuleName): ReadonlyMap<number, string> {
  return loadTables().get(rule)!;
}

function isPresentationForm(cp: number): boolean {
  return (cp >= 0xfb50 && cp <= 0xfdff) || (cp >= 0xfe70 && cp <= 0xfefc);
}

function applyRules(s: string, rules: readonly RuleName[]): string {
  return normalizeText(s, rules);
}

/** One rule alone, as the one array compile() keys its table by (a new array per call would miss that cache). */
const only = (rule: RuleName): ((s: string) => string) => {
  const rules: readonly RuleName[] = Object.freeze([rule]);
  return (s) => applyRules(s, rules);
};

export const normalizeAlef = only('alef');
export const normalizeHamzaSeat = only('hamza_seat');
export const normalizeTehMarbuta = only('teh_marbuta');
export const normalizeAlefMaqsura = only('alef_maqsura');
export const normalizePersianLetters = only('persian_letters');
export const normalizeDigits = only('digits');
export const removeDiacritics = only('diacritics');
export const removeTatweel = only('tatweel');
export const removeBidiMarks = only('bidi_marks');
export const normalizeSpaces = only('spaces');

export interface Normalized {
  /** The normalised text. */
  text: string;
  /** For each UTF-16 unit of `text`, the offset in the original where its source starts. */
  startMap: Int32Array;
  /** For each UTF-16 unit of `text`, the offset in the original where its source ends. */
  endMap: Int32Array;
  /** Length of the original. */
  originalLength: number;
  /** The original text. */
  original: string;
}

/** Rules that keep word shape (for clitic analysis, where ة and ى still matter). */
export const LIGHT_RULES: readonly RuleName[] = RULES.filter((r) => r !== 'teh_marbuta' && r !== 'alef_maqsura');

const compiled = new Map<string, (string | undefined)[]>();
const compiledByArray = new WeakMap<readonly RuleName[], (string | undefined)[]>();

/**
 * One lookup array over the BMP for a set of rules: what each code unit becomes, or undefined
 * to keep it. Presentation forms are decomposed (NFKC) and folded; ASCII is lower-cased.
 */
function compile(rules: readonly RuleName[]): (string | undefined)[] {
  const hit = compiledByArray.get(rules);
  if (hit) return hit;
  const key = rules.join(',');
  let table = compiled.get(key);
  if (table) {
    compiledByArray.set(rules, table);
    return table;
  }
  const t = loadTables();
  const active = rules.map((r) => t.get(r)!);
  const lookup = (cp: number): string | undefined => {
    for (const tb of active) {
      const v = tb.get(cp);
      if (v !== undefined) return v;
    }
    return undefined;
  };
  table = new Array<string | undefined>(0x10000);
  for (const tb of active) for (const cp of tb.keys()) if (cp < 0x10000) table[cp] = lookup(cp);
  for (let cp = 0x41; cp <= 0x5a; cp++) table[cp] = String.fromCharCode(cp + 32);
  for (let cp = 0xfb50; cp <= 0xfefc; cp++) {
    if (!isPresentationForm(cp) || table[cp] !== undefined) continue;
    const decomposed = String.fromCharCode(cp).normalize('NFKC');
    if (decomposed === String.fromCharCode(cp)) continue;
    let text = '';
    for (const ch of decomposed) {
      const m = lookup(ch.codePointAt(0)!);
      text += m !== undefined ? m : ch;
    }
    table[cp] = text;
  }
  compiled.set(key, table);
  compiledByArray.set(rules, table);
  return table;
}

function grow(a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

/**
 * Applies the given rules (all by default) in one pass, plus presentation-form decomposition
 * (NFKC) and ASCII lower-casing, and records where each output unit came from.
 */
export function normalizeWithMap(input: string, rules: readonly RuleName[] = RULES): Normalized {
  const table = compile(rules);
  // Most units map to one unit or none: room for one each (grown in the rare case a unit expands).
  const cap = input.length + 16;
  let starts = new Int32Array(cap);
  let ends = new Int32Array(cap);
  // Units kept as they are are copied by slices (from `from` to the next changed unit), not one by one.
  let out = '';
  let from = 0;
  let n = 0;
  for (let i = 0; i < input.length; i++) {
    const mapped = table[input.charCodeAt(i)];
    const len = mapped === undefined ? 1 : mapped.length;
    if (n + len > starts.length) {
      starts = grow(starts);
      ends = grow(ends);
    }
    for (let k = 0; k < len; k++) {
      starts[n] = i;
      ends[n] = i + 1;
      n++;
    }
    if (mapped === undefined) continue;
    out += input.slice(from, i) + mapped;
    from = i + 1;
  }
  const text = from === 0 ? input : out + input.slice(from);
  return { text, startMap: starts.subarray(0, n), endMap: ends.subarray(0, n), originalLength: input.length, original: input };
}

/** The normalised text alone (no offset map): the fast path for matching keys. */
export function normalizeText(input: string, rules: readonly RuleName[] = RULES): string {
  const table = compile(rules);
  let out = '';
  let from = 0;
  for (let i = 0; i < input.length; i++) {
    const mapped = table[input.charCodeAt(i)];
    if (mapped === undefined) continue;
    out += input.slice(from, i) + mapped;
    from = i + 1;
  }
  return from === 0 ? input : out + input.slice(from);
}

/** The matching form of a string (all rules). */
export function normalizeArabic(s: string): string {
  return normalizeText(s);
}

/** Maps a span of the normalised text back to the original. */
export function toOriginalSpan(n: Normalized, start: number, end: number): { start: number; end: number } {
  if (n.text.length === 0) return { start: 0, end: 0 };
  const s = start < n.text.length ? n.startMap[start] : n.originalLength;
  let e = end > 0 ? n.endMap[Math.min(end, n.text.length) - 1] : s;
  // Marks the normaliser deleted after the last letter (shadda, tanwin, tatweel) belong to the word.
  while (e > s && e < n.originalLength && /[\p{M}\u0640]/u.test(n.original[e])) e++;
  return { start: s, end: Math.max(s, e) };
}
