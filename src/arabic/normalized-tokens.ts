// The tokens of a text in matching form (normalizeArabic's output) as the number, unit and time readers cut them:
// NORMALIZED_TOKEN_RE, an ASCII number with its inner separators, a run of letters, or any other character but
// white space. A text without surrogates is scanned a unit at a time by a table of classes (no match object per
// token); one with surrogates by the regular expression itself.

import { classScanner, regExpScanner } from './class-scan.js';

export const NORMALIZED_TOKEN_RE = /(\d+(?:[.,]\d+)*)|(\p{L}+)|(\S)/gu;

/** n = number, w = word (letters only), p = any other character. */
export type NormalizedKind = 'n' | 'w' | 'p';

const KINDS: NormalizedKind[] = ['p', 'n', 'w', 'p'];
const isSeparator = (c: number) => c === 0x2e || c === 0x2c;
const scan = classScanner(NORMALIZED_TOKEN_RE, isSeparator);
const scanByRegExp = regExpScanner(NORMALIZED_TOKEN_RE);

/** The tokens of `text` (offsets and kind) as NORMALIZED_TOKEN_RE cuts them, handed one by one to `visit`. */
export function eachNormalizedToken(text: string, visit: (start: number, end: number, kind: NormalizedKind) => void): void {
  scan(text, (start, end, k) => visit(start, end, KINDS[k]));
}

/** The tokens of `text` by NORMALIZED_TOKEN_RE alone (the reference the scan must equal: tests). */
export function eachNormalizedTokenByRegExp(text: string, visit: (start: number, end: number, kind: NormalizedKind) => void): void {
  scanByRegExp(text, (start, end, k) => visit(start, end, KINDS[k]));
}
