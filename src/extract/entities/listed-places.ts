// Places named in a list with a known place: 'الحامضية والخالدية والصقلاوية', 'ممر الفلاحات والصقلاوية'. A single
// unknown word joined by و to a town, district or site already found (the KB's, a settlement noun's or the tagger's) is a place too:
// a coordination joins things of one kind. Only a word that stands alone (no other unknown word before or after it)
// and could be a place name (cued-places.ts placeWord, definite, no adjective in ي, not a given name, no head noun) is
// taken; it becomes a PLACE with its transliterated name. Runs after the tagger, before the people. Internal to src/extract/entities/.
import { cutOffset, wordReadings, type Word } from '../../kb/match-words.js';
import type { DocState } from './state.js';
import { headAt, type NamedHead } from './named-heads.js';
import { addNewPlace, adjectiveFirst, placeWord } from './cued-places.js';

/** A definite word of three letters or more after the article. */
const DEFINITE_NAME = /^ال.{3,}$/;
const NISBA_ADJECTIVE = /ي$/;

/** Places of these kinds anchor a list: towns, districts and sites, not regions or provinces ('أوروبا والديون'). */
const LOCAL_KINDS = new Set(['city', 'admin2', 'site']);

/** A word joined by و: the cut of the و, else 0. */
function andCut(w: Word): number {
  return w.kind === 'word' && w.norm.startsWith('و') && wordReadings(w).some((r) => r.conj && r.cut === 1) ? 1 : 0;
}

/** Word i may name a place on its own: a place word, no given name, no head noun, not an adjective. */
function member(s: DocState, heads: ReadonlyMap<string, NamedHead>, i: number): boolean {
  const w = s.words[i];
  if (!w || !placeWord(s, w) || headAt(heads, w) || adjectiveFirst(s, i)) return false;
  const bare = andCut(w) ? w.norm.slice(1) : w.norm;
  // Only a definite word: a bare one after و is as often a verb ('وحشدت') or a noun with a pronoun ('وريفها'); a
  // definite one in ي is an adjective ('والمحاذي'), in ية a place ('والخالدية').
  // The article as written, with a bare alif: 'وألقوا' (a verb) reads القوا in matching form.
  const written = w.text.slice(cutOffset(w.text, andCut(w))).replace(/[\u064B-\u0652\u0640]/g, '');
  if (!DEFINITE_NAME.test(bare) || !written.startsWith('ال') || NISBA_ADJECTIVE.test(bare) || s.idx.givenNames.has(bare)) return false;
  return !wordReadings(w).some((r) => s.idx.givenNames.has(r.stem));
}

/**
 * Word i may be taken alone: the word before it is no unknown name word unless i carries و (the word before is then
 * the list's previous name), and likewise the word after it unless that one carries و.
 */
function alone(s: DocState, i: number): boolean {
  const free = (k: number) => k < 0 || k >= s.words.length || s.sentOf[k] !== s.sentOf[i] || !placeWord(s, s.words[k]) || andCut(s.words[k]) > 0;
  return (andCut(s.words[i]) > 0 || free(i - 1)) && free(i + 1);
}

function addListed(s: DocState, i: number): void {
  const w = s.words[i];
  addNewPlace(s, w.start + cutOffset(w.text, andCut(w)), i, i);
}

/** Adds the unknown places joined by و to a place mention, either side, along the list. */
export function findListedPlaces(s: DocState, heads: ReadonlyMap<string, NamedHead>): void {
  const places = s.mentions.filter((m) => m.top && LOCAL_KINDS.has(s.entities.get(m.id)!.info.kind ?? ''));
  for (const m of places) {
    // Rightwards: 'الصقلاوية والخالدية والحامضية'.
    for (let i = m.last + 1; i < s.words.length && s.sentOf[i] === s.sentOf[m.last]; i++) {
      if (!andCut(s.words[i]) || !member(s, heads, i) || !alone(s, i)) break;
      addListed(s, i);
    }
    // Leftwards: 'الفلاحات والصقلاوية' (the mention's word carries و).
    for (let i = m.first - 1, right = m.first; i >= 0 && s.sentOf[i] === s.sentOf[m.first] && andCut(s.words[right]); right = i--) {
      if (!member(s, heads, i) || !alone(s, i)) break;
      addListed(s, i);
    }
  }
}
