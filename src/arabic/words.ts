// The word layer of a document, computed once per document and read by the stages: every token
// (words, numbers, punctuation) with its UTF-16 offsets, matching form, clitic readings (matching
// forms) and the index of its sentence.
import { eachToken, type Token } from './tokens.js';
import { cliticAnalyses } from './clitics.js';
import { normalizeArabic } from './normalize.js';
import type { Span } from '../doc.js';

export interface Reading {
  proclitics: string[];
  stem: string;
  enclitic: string | null;
}

export interface Word {
  index: number;
  start: number;
  end: number;
  text: string;
  norm: string;
  kind: Token['kind'];
  /** Every clitic reading, the unsplit one first; stems in matching form. */
  readings: Reading[];
  sentence: number;
}

/**
 * Clitic readings already computed, by word text: owned by the caller (one per document by default, or one per
 * run passed in), never module-level, so its memory ends with its owner. Bounded at `READING_CACHE_MAX` entries.
 */
export type ReadingCache = Map<string, Reading[]>;
const READING_CACHE_MAX = 200_000;

export function readingsOf(text: string, cache: ReadingCache = new Map()): Reading[] {
  let r = cache.get(text);
  if (!r) {
    r = cliticAnalyses(text).map((a) => ({ proclitics: a.proclitics, stem: normalizeArabic(a.stem), enclitic: a.enclitic }));
    if (!r.length) r = [{ proclitics: [], stem: normalizeArabic(text), enclitic: null }];
    if (cache.size > READING_CACHE_MAX) cache.clear();
    cache.set(text, r);
  }
  return r;
}

/** The one reading of a number or punctuation token (its matching form), shared by the tokens of that form: readings are never mutated. */
function plainReading(norm: string, cache: ReadingCache): Reading[] {
  const key = '\u0000' + norm;
  let r = cache.get(key);
  if (!r) cache.set(key, (r = [{ proclitics: [], stem: norm, enclitic: null }]));
  return r;
}

/** What every token of one written form shares: its matching form and readings (read only). */
export interface Form {
  text: string;
  norm: string;
  readings: Reading[];
}

/**
 * The forms met so far, by written form (and kind: a form's readings depend on it): owned by the caller, one per
 * document by default or one per run (the words most reports share are analysed once per run), never module-level.
 * Bounded at FORM_CACHE_MAX entries.
 */
export type FormCache = Map<string, Form>;
const FORM_CACHE_MAX = 200_000;

/** The caches a run of analyses shares between its documents (pure functions of a word: no output changes). */
export interface WordCaches {
  readings: ReadingCache;
  forms: FormCache;
}

export function newWordCaches(): WordCaches {
  return { readings: new Map(), forms: new Map() };
}

/**
 * Words and punctuation of the text, each with the index of its sentence. Tokens of the same written form share
 * their strings and readings (a form's matching form and readings are computed once per `caches`: by default, once
 * per document).
 */
export function wordsOf(text: string, sentences: Span[], caches: WordCaches = newWordCaches()): Word[] {
  const out: Word[] = [];
  const { forms, readings: cache } = caches;
  let s = 0;
  eachToken(text, (start, end, t, kind) => {
    while (s < sentences.length - 1 && start >= sentences[s].end) s++;
    // A word and a number or mark never share a written form (a token's kind is a function of its text).
    let f = forms.get(t);
    if (!f) {
      const norm = normalizeArabic(t);
      f = { text: t, norm, readings: kind === 'word' ? readingsOf(t, cache) : plainReading(norm, cache) };
      if (forms.size >= FORM_CACHE_MAX) forms.clear();
      forms.set(t, f);
    }
    out.push({ index: out.length, start, end, text: f.text, norm: f.norm, kind, readings: f.readings, sentence: s });
  });
  return out;
}

/** True when some reading of the word has this stem (or starts with it, for prefixes of 3+ letters). */
export function wordHas(w: Word, stem: string, prefix = false): boolean {
  const starts = prefix && stem.length >= 3;
  for (const r of w.readings) if (r.stem === stem || (starts && r.stem.startsWith(stem))) return true;
  return false;
}
