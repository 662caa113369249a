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

/** The tokens of `text` as tokenize cuts them, handed one by one to `visit` (no token object, no matching form). */
export function eachToken(text: string, visit: (start: number, end: number, text: string, kind: TokenKind) => void): void {
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
