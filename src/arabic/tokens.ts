// Tokens with offsets into the text they were cut from.
import { normalizeArabic } from './normalize.js';

export type TokenKind = 'word' | 'number' | 'punct';

export interface Token {
  start: number;
  end: number;
  text: string;
  kind: TokenKind;
  /** Matching form (see normalize.ts). */
  norm: string;
}

// A number keeps its inner separators (1,000 / 3.5 / ١٬٠٠٠); a word is letters and marks
// (tatweel and diacritics included); a conjunction glued to digits (و1,500) is its own token.
const TOKEN_RE = /(\p{Nd}+(?:[.,\u066B\u066C]\p{Nd}+)*)|([\p{L}\p{M}]+)|([^\s\p{L}\p{M}\p{Nd}\u200B-\u200F\u202A-\u202E\u2066-\u2069\u061C\uFEFF])/gu;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  eachToken(text, (start, end, t, kind) => tokens.push({ start, end, text: t, kind, norm: normalizeArabic(t) }));
  return tokens;
}

/** What TOKEN_RE makes of one character: its three groups' classes, and SKIP for what it passes over (white space, marks of direction). */
const SKIP = 0;
const DIGIT = 1;
const LETTER = 2;
const PUNCT = 3;
const CLASS_RE = new RegExp(`^(?:${TOKEN_RE.source})$`, 'u');

function classOf(ch: string): number {
  const m = CLASS_RE.exec(ch);
  return !m ? SKIP : m[1] ? DIGIT : m[2] ? LETTER : PUNCT;
}

/** The class of every UTF-16 unit below U+0800 (Latin, Arabic), read off TOKEN_RE's own groups once. */
const LOW = 0x800;
const LOW_CLASS = Uint8Array.from({ length: LOW }, (_, c) => classOf(String.fromCharCode(c)));

/** The class of the unit at i of a text with no surrogates: from the table, else from TOKEN_RE's groups. */
function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c < LOW ? LOW_CLASS[c] : classOf(text[i]);
}

const SURROGATE = /[\uD800-\uDFFF]/;
const isSeparator = (c: number) => c === 0x2e || c === 0x2c || c === 0x066b || c === 0x066c;

/**
 * The tokens of `text` as tokenize cuts them, handed one by one to `visit` (no token object, no matching form).
 * A text without surrogates is scanned a unit at a time by the classes of TOKEN_RE's groups (the same tokens, without
 * running the regular expression at every token); one with surrogates (a code point above U+FFFF) by TOKEN_RE itself.
 */
export function eachToken(text: string, visit: (start: number, end: number, text: string, kind: TokenKind) => void): void {
  if (SURROGATE.test(text)) return eachTokenByRegExp(text, visit);
  const n = text.length;
  let i = 0;
  while (i < n) {
    const k = classAt(text, i);
    const start = i++;
    if (k === DIGIT) {
      // \p{Nd}+ then ([.,٫٬] \p{Nd}+)*: a separator is taken only with a digit after it.
      for (;;) {
        while (i < n && classAt(text, i) === DIGIT) i++;
        if (i + 1 < n && isSeparator(text.charCodeAt(i)) && classAt(text, i + 1) === DIGIT) i++;
        else break;
      }
      visit(start, i, text.slice(start, i), 'number');
    } else if (k === LETTER) {
      while (i < n && classAt(text, i) === LETTER) i++;
      visit(start, i, text.slice(start, i), 'word');
    } else if (k === PUNCT) {
      visit(start, i, text[start], 'punct');
    }
  }
}

/** The tokens of `text` by TOKEN_RE alone (the reference eachToken's scan must equal: tests). */
export function eachTokenByRegExp(text: string, visit: (start: number, end: number, text: string, kind: TokenKind) => void): void {
  const re = new RegExp(TOKEN_RE);
  for (let m = re.exec(text); m; m = re.exec(text)) visit(m.index, m.index + m[0].length, m[0], m[1] ? 'number' : m[2] ? 'word' : 'punct');
}

/** Words only, fastest path: for the benchmark's bare tokenising baseline and for counting. */
export function countWords(text: string): number {
  let n = 0;
  const re = /[\p{L}\p{M}\p{N}]+/gu;
  while (re.exec(text)) n++;
  return n;
}
