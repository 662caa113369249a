// A light stemmer (after Larkey et al.'s light10) over the matching form: strips the
// conjunction + article prefixes and common plural / feminine / possessive suffixes, never
// below three letters. Used for search and fuzzy lexicon matching, not for display.
import { normalizeArabic } from './normalize.js';

const PREFIXES = ['وال', 'بال', 'كال', 'فال', 'لل', 'ال', 'و'];
const SUFFIXES = ['ها', 'ان', 'ات', 'ون', 'ين', 'يه', 'يه', 'ه', 'ي'];

export function lightStem(word: string): string {
  let w = normalizeArabic(word);
  if (!/^[\u0621-\u064A]+$/.test(w)) return w;
  for (const p of PREFIXES) {
    if (w.startsWith(p) && w.length - p.length >= 2 + (p === 'و' ? 2 : 0)) {
      w = w.slice(p.length);
      break;
    }
  }
  for (const s of SUFFIXES) {
    if (w.endsWith(s) && w.length - s.length >= 3) w = w.slice(0, -s.length);
  }
  return w;
}
