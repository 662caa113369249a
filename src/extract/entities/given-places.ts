// A one-word gazetteer place that is also a given name ('حمد' Madinat Hamad, 'جاسم' Jasim, 'سلوى' Salwa) opens a
// person's name when an unknown name word follows it with no place cue or preposition of place before it ('العقيد حمد
// أبانمي'): the word is left to the people stages. Given names: data/lexicon/ner_given_names.tsv; prepositions:
// data/kb/place_prepositions.tsv. Internal to src/extract/entities/.
import { loadTsv } from '../../data-files.js';
import { normalizeArabic } from '../../arabic/normalize.js';
import { once } from '../../once.js';
import type { RawMention } from '../../kb/matcher.js';
import type { Index } from '../../kb/kb-index.js';
import type { Word } from '../../kb/match-words.js';

const ARABIC_WORD = /^[\u0621-\u064A]{2,}$/;
/** data/kb/place_prepositions.tsv: prepositions of place written apart (matching forms). */
export const placePrepositions = once(() => new Set(loadTsv('kb/place_prepositions.tsv').map((r) => normalizeArabic(r.word))));

/** data/lexicon/ner_given_names.tsv, matching forms. */
export const givenNames = once(() => new Set(loadTsv('lexicon/ner_given_names.tsv').map((r) => normalizeArabic(r.name))));

/**
 * Whether a gazetteer mention is a given name opening a person's name: one word, a given name, no place cue, and the
 * next word an Arabic word no mention starts at, without و, not a common word (`mentionAt`: word index -> a mention starts there).
 */
export function givenNamePlace(idx: Index, words: readonly Word[], m: RawMention, mentionAt: ReadonlySet<number>): boolean {
  if (m.first !== m.last || m.placeCue || !m.entries.every((e) => e.prio === 1)) return false;
  const w = words[m.first];
  if (!givenNames().has(w.norm.replace(/^[وف]/, '')) && !givenNames().has(w.norm)) return false;
  // After a preposition of place it is the place ('في عكار العبدة').
  const prev = words[m.first - 1];
  if (prev && prev.kind === 'word' && placePrepositions().has(prev.norm)) return false;
  const next = words[m.first + 1];
  // A word with و opens the next item of a list ('جاسم وانخل': two towns).
  if (!next || next.kind !== 'word' || !ARABIC_WORD.test(next.norm) || next.norm.startsWith('و') || mentionAt.has(next.i)) return false;
  return !idx.common.has(next.norm) && !idx.stopLight.has(next.norm);
}
