// Places named after a settlement noun: 'قرية الخريبات', 'بلدة مركبا', 'حي المغاير', 'بلدتي يارون وشبعا'. A run of
// unknown words (at most three, none a common word) right after an indefinite settlement noun of
// data/kb/settlement_cues.tsv is a PLACE entity named by its transliteration; a dual cue names two places joined by و.
// Also the one place where a new place entity is made from words (the tagger's LOC spans use it too). Runs after the
// KB and the named heads, before the tagger. Internal to src/extract/entities/.
import { loadTsv } from '../../data-files.js';
import { normalizeArabic } from '../../arabic/normalize.js';
import { transliterate } from '../../arabic/translit.js';
import { cutOffset, wordReadings, type Word } from '../../kb/match-words.js';
import type { EntityInfo } from '../../kb/kb-index.js';
import type { DocState } from './state.js';
import { headAt, type NamedHead } from './named-heads.js';

const ARABIC_WORD = /^[\u0621-\u064A]+$/;

/** A plural settlement noun ('مستوطنات'): it names a list, read only when the names are quoted. */
export const LIST_CUE = 99;

/** data/kb/settlement_cues.tsv: matching form of a settlement noun -> how many places it names (1, 2 for a dual, LIST_CUE). */
export function settlementCues(): Map<string, number> {
  return new Map(loadTsv('kb/settlement_cues.tsv').map((r) => [normalizeArabic(r.word.trim()), r.names === 'n' ? LIST_CUE : Number(r.names) === 2 ? 2 : 1]));
}

/** A word that may be part of a new place's name: Arabic letters, not covered, not common (with or without ال). */
export function placeWord(s: DocState, w: Word): boolean {
  if (w.kind !== 'word' || !ARABIC_WORD.test(w.norm) || w.norm.length < 2 || s.coveredBy(w.i) || s.idx.common.has(w.norm)) return false;
  // 'للفرقاطات' (for the frigates), 'فصيلاً' (an accusative): no place name.
  if (/^[وف]?لل/.test(w.norm) || /(اً|ًا)$/.test(w.text)) return false;
  if (wordReadings(w).some((r) => s.idx.stopLight.has(r.stem))) return false;
  return !wordReadings(w).some((r) => s.idx.common.has(r.stem) || (r.stem.startsWith('ال') && s.idx.common.has(r.stem.slice(2))));
}

/**
 * Adds a new place named by words first..last, its name starting at character `start` (after any clitic cut):
 * transliterated English name, id from it; a place of that id already in the document gets the mention. A name of
 * fewer than three letters (without the article) is none.
 */
export function addNewPlace(s: DocState, start: number, first: number, last: number): void {
  const end = s.words[last].end;
  const nameAr = s.text.slice(start, end).replace(/\s+/g, ' ');
  if (normalizeArabic(nameAr).replace(/^ال/, '').length < 3) return;
  const nameEn = transliterate(nameAr);
  const id = `rasad:place:${nameEn.normalize('NFKD').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}`;
  const info: EntityInfo = { id, type: 'PLACE', name_en: nameEn, name_ar: nameAr, country: null, geo: null, sector: null, gender: 'f', kind: 'site' };
  s.add(id, { start, end, first, last, form: 'name', top: true }, s.entities.get(id)?.info ?? info);
}

/** Words of a cued place name: at most this many. */
const MAX_WORDS = 3;

/** The settlement cue this word is, indefinite, with or without و ف ب ل before it: how many places it names. */
function cueAt(cues: ReadonlyMap<string, number>, w: Word): number {
  if (w.kind !== 'word') return 0;
  for (const r of wordReadings(w)) {
    const n = cues.get(r.stem);
    if (n) return n;
  }
  return 0;
}

/** A definite nisba after the first word describes the place ('بلدة مركبا الحدودية'): it ends the name. */
const NISBA = /^ال.{2,}(يه|ي)$/;
/** 'يسكنه', 'تقطنها': a verb with an object pronoun ('حي يسكنه ...') is no name. */
const VERB_WITH_OBJECT = /^[يت].{2,}(ه|ها|هم)$/;
/** 'بالأحساء', 'للفطائر': a preposition and the article start a phrase of its own ('حي العنود بالدمام'). */
const PREP_ARTICLE = /^(بال|لل|كال)/;

/** An indefinite word in ي or ية first is an adjective of the noun before it ('منطقة سكنية', 'قرية نائية بعيدة'), not a name. */
export function adjectiveFirst(s: DocState, first: number): boolean {
  const n = s.words[first].norm;
  return !n.startsWith('ال') && !n.startsWith('و') && /^.{2,}(يه|ي)$/.test(n) && !s.idx.givenNames.has(n);
}

/** 'وحي', 'ومنطقة': و on a settlement noun or a common word starts another phrase. */
function joinsAnother(s: DocState, cues: ReadonlyMap<string, number>, w: Word): boolean {
  const rest = w.norm.startsWith('و') ? w.norm.slice(1) : '';
  return !!rest && (cues.has(rest) || s.idx.common.has(rest) || s.idx.stopLight.has(rest));
}

/** One name after a cue from word k on (k may carry و when it is the second name of a dual): its last word, or -1. */
function nameRun(s: DocState, cues: ReadonlyMap<string, number>, heads: ReadonlyMap<string, NamedHead>, k: number, sent: number): number {
  let j = k - 1;
  for (let m = k; m < s.words.length && m - k < MAX_WORDS && s.sentOf[m] === sent; m++) {
    const w = s.words[m];
    if (!placeWord(s, w) || headAt(heads, w) || cueAt(cues, w) || s.idx.givenNames.has(w.norm)) break;
    if (joinsAnother(s, cues, w) || VERB_WITH_OBJECT.test(w.norm)) break;
    if (m > k && (NISBA.test(w.norm) || PREP_ARTICLE.test(w.norm) || wordReadings(w).some((r) => r.conj && r.cut > 0))) break;
    j = m;
  }
  if (j < k) return -1;
  return adjectiveFirst(s, k) ? -1 : j;
}

/** Adds the places named after a settlement noun. */
export function findCuedPlaces(s: DocState, cues: ReadonlyMap<string, number>, heads: ReadonlyMap<string, NamedHead>): void {
  const n = s.words.length;
  for (let i = 0; i < n - 1; i++) {
    const count = s.coveredBy(i) ? 0 : cueAt(cues, s.words[i]);
    if (!count || s.sentOf[i + 1] !== s.sentOf[i]) continue;
    const quoted = quotedNames(s, i + 1);
    if (quoted >= 0) { i = quoted; continue; }
    if (count === LIST_CUE) continue;
    const sent = s.sentOf[i];
    // The first name starts right after the cue, with no clitic of its own ('قرية بالقرب' is no name).
    const first = s.words[i + 1];
    if (wordReadings(first).some((r) => r.conj && r.cut > 0 && s.idx.common.has(r.stem))) continue;
    const last = nameRun(s, cues, heads, i + 1, sent);
    if (last < 0) continue;
    addNewPlace(s, first.start, i + 1, last);
    i = last;
    if (count < 2 || last + 1 >= n || s.sentOf[last + 1] !== sent) continue;
    // A dual: the second name is joined by و ('بلدتي الفوعة وكفريا').
    const w2 = s.words[last + 1];
    const conj = wordReadings(w2).find((r) => r.conj && r.cut === 1);
    if (!conj || s.idx.common.has(conj.stem) || (conj.stem.startsWith('ال') && s.idx.common.has(conj.stem.slice(2)))) continue;
    const last2 = nameRun(s, cues, heads, last + 1, sent);
    if (last2 < 0) continue;
    addNewPlace(s, w2.start + cutOffset(w2.text, 1), last + 1, last2);
    i = last2;
  }
}

/** Words of one quoted name: at most this many. */
const MAX_QUOTED_WORDS = 4;

function isQuote(w: Word | undefined): boolean {
  return !!w && w.kind === 'punct' && w.skip;
}

/**
 * Quoted names right after a settlement noun, joined by و: 'مستوطنات "عين يعقوب" و"جعتون"', 'مستوطنتي "المنارة"
 * و"أفيفيم"'. The quotes mark the names, so a common word inside them counts. Returns the last word read, or -1.
 */
function quotedNames(s: DocState, k: number): number {
  let done = -1;
  const sent = s.sentOf[k];
  while (k < s.words.length && isQuote(s.words[k]) && s.sentOf[k] === sent) {
    let close = k + 1;
    while (close < s.words.length && close - k <= MAX_QUOTED_WORDS && !isQuote(s.words[close])) close++;
    if (close >= s.words.length || !isQuote(s.words[close]) || close === k + 1) break;
    const ws = s.words.slice(k + 1, close);
    if (!ws.every((w) => w.kind === 'word' && ARABIC_WORD.test(w.norm) && !s.coveredBy(w.i))) break;
    addNewPlace(s, ws[0].start, k + 1, close - 1);
    done = close;
    // Another name: و then a quote.
    const and = s.words[close + 1];
    if (!and || and.kind !== 'word' || and.norm !== 'و') break;
    k = close + 2;
  }
  return done;
}
