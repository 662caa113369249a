// The tokens of a text in matching form (normalizeArabic's output) as the number, unit and time readers cut them:
// NORMALIZED_TOKEN_RE, an ASCII number with its inner separators, a run of letters, or any other character but
// white space. A text without surrogates is scanned a unit at a time by a table of classes (no match object per
// token); one with surrogates by the regular expression itself.

export const NORMALIZED_TOKEN_RE = /(\d+(?:[.,]\d+)*)|(\p{L}+)|(\S)/gu;

/** n = number, w = word (letters only), p = any other character. */
export type NormalizedKind = 'n' | 'w' | 'p';

const OTHER = 0;
const DIGIT = 1;
const LETTER = 2;
const SPACE = 3;
const LETTER_RE = /^\p{L}$/u;
const SPACE_RE = /^\s$/;

function classOf(ch: string): number {
  const c = ch.charCodeAt(0);
  if (c >= 0x30 && c <= 0x39) return DIGIT;
  return LETTER_RE.test(ch) ? LETTER : SPACE_RE.test(ch) ? SPACE : OTHER;
}

/** The class of every UTF-16 unit below U+0800 (Latin, Arabic); others are classed as met. */
const LOW = 0x800;
const LOW_CLASS = Uint8Array.from({ length: LOW }, (_, c) => classOf(String.fromCharCode(c)));

function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c < LOW ? LOW_CLASS[c] : classOf(text[i]);
}

const SURROGATE = /[\uD800-\uDFFF]/;
const isSeparator = (c: number) => c === 0x2e || c === 0x2c;

/** The tokens of `text` (offsets and kind) as NORMALIZED_TOKEN_RE cuts them, handed one by one to `visit`. */
export function eachNormalizedToken(text: string, visit: (start: number, end: number, kind: NormalizedKind) => void): void {
  if (SURROGATE.test(text)) return eachNormalizedTokenByRegExp(text, visit);
  const n = text.length;
  let i = 0;
  while (i < n) {
    const k = classAt(text, i);
    const start = i++;
    if (k === DIGIT) {
      // \d+ then ([.,] \d+)*: a separator is taken only with a digit after it.
      for (;;) {
        while (i < n && classAt(text, i) === DIGIT) i++;
        if (i + 1 < n && isSeparator(text.charCodeAt(i)) && classAt(text, i + 1) === DIGIT) i++;
        else break;
      }
      visit(start, i, 'n');
    } else if (k === LETTER) {
      while (i < n && classAt(text, i) === LETTER) i++;
      visit(start, i, 'w');
    } else if (k === OTHER) visit(start, i, 'p');
  }
}

/** The tokens of `text` by NORMALIZED_TOKEN_RE alone (the reference the scan must equal: tests). */
export function eachNormalizedTokenByRegExp(text: string, visit: (start: number, end: number, kind: NormalizedKind) => void): void {
  const re = new RegExp(NORMALIZED_TOKEN_RE);
  for (let m = re.exec(text); m; m = re.exec(text)) visit(m.index, m.index + m[0].length, m[1] ? 'n' : m[2] ? 'w' : 'p');
}
