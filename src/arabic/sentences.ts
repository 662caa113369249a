// Sentence splitting for Arabic news as it is scraped: '.' '!' '?' '؟' end a sentence, also
// when glued to a following comma ('., ' joins left by scrapers), also after a closing quote;
// '..' (used in headlines as a dash) and decimal points do not; a line break always ends one;
// '•' caption bullets start one; a stop glued between two Arabic words ends one (not inside 'أ.ف.ب').
import type { Span } from '../doc.js';

/** Closing marks and sentence ends as UTF-16 units (the text is read by unit: no one-letter string per character). */
const CLOSERS = new Set(['"', '”', '»', '’', "'", ')', ']', '›'].map((c) => c.charCodeAt(0)));
const ARABIC_LETTER = /[\u0621-\u064a]/;
const TERMINALS = new Set(['.', '!', '?', '؟', '…'].map((c) => c.charCodeAt(0)));
const DOT = 0x2e;
const NEWLINE = 0x0a;
const BULLET = 0x2022;
const isComma = (c: number) => c === 0x2c || c === 0x60c;

/** How many Arabic letters run from `at` in direction `step`. */
function arabicRun(text: string, at: number, step: 1 | -1): number {
  let n = 0;
  for (let k = at; k >= 0 && k < text.length && ARABIC_LETTER.test(text[k]); k += step) n++;
  return n;
}

function isSpace(ch: string | undefined): boolean {
  return ch !== undefined && /\s/u.test(ch);
}

/** Splits `text` into sentence spans, trimmed of surrounding white space; never empty. */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && (isSpace(text[s]) || text[s] === '•')) s++;
    while (e > s && isSpace(text[e - 1])) e--;
    if (e > s && /[\p{L}\p{N}]/u.test(text.slice(s, e))) spans.push({ start: s, end: e });
    start = end;
  };
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === NEWLINE) {
      push(i);
      continue;
    }
    if (c === BULLET && (i === 0 || isSpace(text[i - 1]))) {
      push(i);
      continue;
    }
    if (!TERMINALS.has(c)) continue;
    // '..' is a headline separator, '...' an ellipsis that may end a sentence.
    if (c === DOT) {
      let run = 1;
      while (text.charCodeAt(i + run) === DOT) run++;
      if (run === 2 || (i > 0 && text.charCodeAt(i - 1) === DOT)) {
        if (run === 2) i += 1;
        continue;
      }
      if (run >= 3) i += run - 1;
      // Decimal point or abbreviation with a digit after: 3.5, U.S.
      if (/\p{Nd}/u.test(text[i + 1] ?? '') && /\p{Nd}/u.test(text[i - 1] ?? '')) continue;
    }
    let j = i + 1;
    while (j < n && (TERMINALS.has(text.charCodeAt(j)) || CLOSERS.has(text.charCodeAt(j)))) j++;
    while (j < n && isComma(text.charCodeAt(j))) j++;
    // A stop glued between two Arabic words ('لبنان.مراسل') still ends one; not between the letters of an abbreviation
    // ('أ.ف.ب', 'آر.بي.جي', 'د.ب.أ'), whose pieces are one or two letters.
    const glued = c === DOT && j === i + 1 && arabicRun(text, i - 1, -1) >= 3 && arabicRun(text, j, 1) >= 3;
    if (j >= n || isSpace(text[j]) || glued) {
      push(j);
      i = j - 1;
    }
  }
  push(n);
  return spans;
}
