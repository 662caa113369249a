// The matcher's view of a text's tokens: matching forms, the quotes and dashes a name may span,
// and the proclitic readings of a first word (و ف, ب ل ك, ل+ال written لل).
import { tokenize, type Token } from '../arabic/tokens.js';
import { normalizeArabic } from '../arabic/normalize.js';

export interface Word {
  /** Index in the word list. */
  i: number;
  start: number;
  end: number;
  text: string;
  /** Matching form (all rules). */
  norm: string;
  kind: 'word' | 'number' | 'punct';
  /** Quotes, dashes, tatweel: transparent inside a name. */
  skip: boolean;
  /** Clitic readings of `norm`, computed on first use (see `wordReadings`). */
  rd?: Reading[];
}

/** The readings of a word, cached on it. */
export function wordReadings(w: Word): Reading[] {
  return w.rd ?? (w.rd = readings(w.norm));
}

const QUOTES = new Set(['"', '“', '”', '«', '»', "'", '‘', '’', '„', '‹', '›', '-', '–', '—', 'ـ']);

const CONJ = new Set(['و', 'ف']);

const PREP = new Set(['ب', 'ل', 'ك']);

export interface Reading {
  /** Normalised characters removed from the front of the token. */
  cut: number;
  stem: string;
  /** The proclitics removed include و or ف (for list coordination). */
  conj: boolean;
}

/** The token itself, then the token without و/ف, ب/ل/ك, and ل+ال written لل (-> ال...). */
export function readings(norm: string): Reading[] {
  const out: Reading[] = [{ cut: 0, stem: norm, conj: false }];
  const heads = CONJ.has(norm[0]) && norm.length > 3 ? [0, 1] : [0];
  for (const c of heads) {
    const rest = norm.slice(c);
    if (c) out.push({ cut: c, stem: rest, conj: true });
    if (rest.startsWith('لل') && rest.length >= 4) out.push({ cut: c, stem: `ا${rest.slice(1)}`, conj: c > 0 });
    else if (PREP.has(rest[0]) && rest.length >= 4) out.push({ cut: c + 1, stem: rest.slice(1), conj: c > 0 });
  }
  return out;
}

/** Original offset inside `text` after `k` normalised characters (marks after a letter stay with it). */
export function cutOffset(text: string, k: number): number {
  if (k <= 0) return 0;
  let n = 0;
  let i = 0;
  while (i < text.length && n < k) {
    n += normalizeArabic(text[i]).length;
    i++;
  }
  while (i < text.length && /[\p{M}\u0640]/u.test(text[i])) i++;
  return i;
}

/** The matcher's view of the tokens of `text` (the document's word layer when the caller has it). */
export function toWords(text: string, tokens: readonly Pick<Token, 'start' | 'end' | 'text' | 'kind' | 'norm'>[] = tokenize(text)): Word[] {
  // Words of the same matching form share its readings (read only), computed once.
  const shared = new Map<string, Reading[]>();
  const readingsOf = (norm: string): Reading[] => {
    let r = shared.get(norm);
    if (!r) shared.set(norm, (r = readings(norm)));
    return r;
  };
  return tokens.map((t, i) => ({
    i, start: t.start, end: t.end, text: t.text, norm: t.norm, kind: t.kind,
    skip: (t.kind === 'punct' && QUOTES.has(t.text)) || (t.kind === 'word' && t.norm === ''),
    rd: readingsOf(t.norm),
  }));
}

/** Matching-form tokens of a name as the tokenizer cuts it (skippable tokens dropped). */
export function nameKey(name: string): string[] {
  return toWords(name).filter((w) => !w.skip).map((w) => w.norm);
}

// --- building the index ----------------------------------------------------------------------------------------
