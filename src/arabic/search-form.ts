// The form of Arabic text that full-text indexes store and queries use: matching-normalised,
// clitic-split and light-stemmed words, space separated. SQLite FTS5 and PostgreSQL tokenisers
// do neither, so both stores index this column and normalise queries the same way.
import { eachToken, tokenize } from './tokens.js';
import { splitClitics } from './clitics.js';
import { lightStem } from './stem.js';
import { normalizeArabic } from './normalize.js';

export function searchTerm(word: string): string {
  if (!/[\u0600-\u06FF]/.test(word)) return normalizeArabic(word).toLowerCase();
  const { stem } = splitClitics(word);
  return lightStem(stem);
}

/**
 * Search terms already made, by word: owned by the caller (one per text by default, or one per store so that the
 * words every report repeats are analysed once per run), never module-level. Bounded at SEARCH_TERMS_MAX entries.
 */
export type SearchTermCache = Map<string, string>;
const SEARCH_TERMS_MAX = 100_000;

export function indexForm(text: string, seen: SearchTermCache = new Map()): string {
  const out: string[] = [];
  // A word repeated is analysed once (searchTerm is a function of the word alone).
  // The tokens alone (eachToken): no token object, and no matching form, which the terms do not read.
  eachToken(text, (_start, _end, word, kind) => {
    if (kind === 'punct') return;
    let term = seen.get(word);
    if (term === undefined) {
      term = searchTerm(word);
      if (seen.size >= SEARCH_TERMS_MAX) seen.clear();
      seen.set(word, term);
    }
    out.push(term);
  });
  return out.join(' ');
}

/** Query terms (stems), in order, without duplicates. */
export function queryTerms(query: string): string[] {
  const terms: string[] = [];
  for (const t of tokenize(query)) {
    if (t.kind === 'punct') continue;
    const s = searchTerm(t.text);
    if (s && !terms.includes(s)) terms.push(s);
  }
  return terms;
}
