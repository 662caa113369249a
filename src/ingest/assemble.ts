// Raw document -> the cleaned text the engine analyses (title line first, then the body,
// boilerplate removed) and its source metadata.
import type { SourceMeta } from '../doc.js';
import { stripBoilerplate } from './boilerplate.js';
import { isoDate } from './iso-date.js';
import type { RawDoc } from './read.js';

export interface Assembled {
  text: string;
  source: SourceMeta;
  removedLines: number;
}

const MAX_TITLE = 220;

/** A first line that reads as a headline: short, and not ending like a sentence of the body. */
export function isTitleLike(line: string): boolean {
  const t = line.trim();
  return t.length > 0 && t.length <= MAX_TITLE && !/[.،,:؛]$/u.test(t);
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Longest run of characters without white space passed on; longer runs are broken with spaces. */
export const MAX_RUN = 500;

const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x2028 || c === 0x2029 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a) || c === 0x1680 || c === 0x202f || c === 0x205f || c === 0xfeff;

/**
 * Text with every run of more than MAX_RUN non-space characters broken by a space every MAX_RUN
 * characters: no word is that long, and later stages (tokenisers, tagger windows, regexes) are
 * built for words, not for a 5 MB line without a space.
 */
export function breakLongRuns(text: string): string {
  let run = 0;
  let out: string[] | null = null;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    if (isSpace(text.charCodeAt(i))) {
      run = 0;
      continue;
    }
    // Never split a surrogate pair.
    if (++run > MAX_RUN && !(text.charCodeAt(i) >= 0xdc00 && text.charCodeAt(i) <= 0xdfff)) {
      (out ??= []).push(text.slice(from, i), ' ');
      from = i;
      run = 1;
    }
  }
  return out ? out.join('') + text.slice(from) : text;
}

/** Longest run of white space within a line passed on (later stages trim with /\s+$/-like patterns). */
export const MAX_BLANK_RUN = 64;

/** Text with every run of more than MAX_BLANK_RUN spaces or tabs cut to MAX_BLANK_RUN. */
export function capBlankRuns(text: string): string {
  let out: string[] | null = null;
  let from = 0;
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 10 && isSpace(c)) {
      if (++run > MAX_BLANK_RUN) {
        if (run === MAX_BLANK_RUN + 1) (out ??= []).push(text.slice(from, i));
        from = i + 1;
      }
    } else run = 0;
  }
  return out ? out.join('') + text.slice(from) : text;
}

/** Longest stretch without sentence-ending punctuation or a line break passed on. */
export const MAX_SENTENCE = 2000;

/** The sentence ends of breakLongSentences, as UTF-16 units: . ! ? ؟ ؛ line break … */
const SENTENCE_END = new Set([0x2e, 0x21, 0x3f, 0x61f, 0x61b, 0x0a, 0x2026]);

/**
 * Text with a line break put at the last space before every MAX_SENTENCE characters that hold no
 * sentence end: the sentence splitter breaks there, so that no sentence is longer (a page of one
 * unpunctuated 70 KB sentence costs the event stage minutes; see README, input bounds). Read by code
 * unit (no one-letter string per character).
 */
export function breakLongSentences(text: string): string {
  let out: string[] | null = null;
  let from = 0;
  let since = 0;
  let lastSpace = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (SENTENCE_END.has(c)) {
      since = 0;
      lastSpace = -1;
      continue;
    }
    if (c === 0x20) lastSpace = i;
    if (++since > MAX_SENTENCE && lastSpace > from) {
      (out ??= []).push(text.slice(from, lastSpace), '\n');
      from = lastSpace + 1;
      since = i - lastSpace;
      lastSpace = -1;
    }
  }
  return out ? out.join('') + text.slice(from) : text;
}

const noNul = (s: string) => (s.includes('\u0000') ? s.replace(/\u0000/g, '') : s);

export function assemble(raw: RawDoc): Assembled {
  const body0 = breakLongSentences(breakLongRuns(capBlankRuns(noNul(raw.body).replace(/\r\n?/g, '\n').replace(/\u2028|\u2029/g, '\n'))));
  const cleaned = stripBoilerplate(body0);
  let title = raw.title ? oneLine(breakLongRuns(noNul(raw.title))) || null : null;
  let body = cleaned.text;
  if (raw.titleInBody && !title) {
    const nl = body.indexOf('\n');
    const first = nl < 0 ? body : body.slice(0, nl);
    if (nl > 0 && isTitleLike(first)) {
      title = oneLine(first);
      body = body.slice(nl + 1).replace(/^\s+/, '');
    }
  }
  if (title && body.startsWith(title)) body = body.slice(title.length).replace(/^\s+/, '');
  const text = title ? (body ? `${title}\n\n${body}` : title) : body;
  return {
    text,
    source: {
      title,
      outlet: raw.outlet ? oneLine(noNul(raw.outlet)) : cleaned.outlet,
      url: raw.url ? noNul(raw.url) : raw.url,
      published: isoDate(raw.published ? noNul(raw.published) : raw.published),
    },
    removedLines: cleaned.removed,
  };
}
