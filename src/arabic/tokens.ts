// Tokens with offsets into the text they were cut from.
import { normalizeArabic } from './normalize.js';
import { classScanner, regExpScanner } from './class-scan.js';

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

const TOKEN_KINDS: TokenKind[] = ['number', 'number', 'word', 'punct'];
const isSeparator = (c: number) => c === 0x2e || c === 0x2c || c === 0x066b || c === 0x066c;
const scanTokens = classScanner(TOKEN_RE, isSeparator);
const scanTokensByRegExp = regExpScanner(TOKEN_RE);

/** The tokens of `text` as tokenize cuts them, handed one by one to `visit` (no token object, no matching form). */
export function eachToken(text: string, visit: (start: number, end: number, text: string, kind: TokenKind) => void): void {
  scanTokens(text, (start, end, k) => visit(start, end, text.slice(start, end), TOKEN_KINDS[k]));
}

/** The tokens of `text` by TOKEN_RE alone (the reference eachToken's scan must equal: tests). */
export function eachTokenByRegExp(text: string, visit: (start: number, end: number, text: string, kind: TokenKind) => void): void {
  scanTokensByRegExp(text, (start, end, k) => visit(start, end, text.slice(start, end), TOKEN_KINDS[k]));
}

/** Words only, fastest path: for the benchmark's bare tokenising baseline and for counting. */
export function countWords(text: string): number {
  let n = 0;
  const re = /[\p{L}\p{M}\p{N}]+/gu;
  while (re.exec(text)) n++;
  return n;
}
