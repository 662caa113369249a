// Places named after a settlement noun: 'قرية الخريبات', 'بلدة مركبا', 'حي المغاير', 'بلدتي يارون وشبعا',
// 'مستوطنات "عين يعقوب" و"جعتون"'. A run of unknown words (at most three, none a common word; in quotation marks
// any words but known names) right after an indefinite settlement noun of data/kb/settlement_cues.tsv is a PLACE
// entity named by its transliteration; a dual cue names two places joined by و, a plural one a list joined by و or
// a comma; a cue marked `quoted` names only a name in quotation marks ('مرتفع "عداثر"').
// Also the one place where a new place entity is made from words (the tagger's LOC spans use it too). Runs after the
// KB and the named heads, before the tagger. Internal to src/extract/entities/.
import { loadTsv } from '../../data-files.js';
import { normalizeArabic } from '../../arabic/normalize.js';
import { transliterate } from '../../arabic/translit.js';
import { cutOffset, wordReadings, type Word } from '../../kb/match-words.js';
import { entityInfo, type EntityInfo } from '../../kb/kb-index.js';
import type { DocMention, DocState } from './state.js';
import { AGREEING_PARTICIPLE, headAt, type NamedHead } from './named-heads.js';
import { eventWords } from '../events/word-lists.js';
import { once } from '../../once.js';
import { attackBefore } from './generic.js';

const relativePronouns = once(() => new Set([...eventWords('relative_pronouns')].map(normalizeArabic)));

const ARABIC_WORD = /^[\u0621-\u064A]+$/;

/** A settlement noun: how many places it names (1, 2 for a dual, up to MAX_LIST for a plural), whether only in quotes. */
export interface SettlementCue {
  names: number;
  quoted: boolean;
  /** The name must be a definite word, the article written ال ('منطقة العرقوب'; not 'منطقة عازلة', 'منطقة اليورو' is known). */
  definite?: boolean;
  /** A settlement of the occupation ('مستوطنة'): its places are the occupier's. */
  occupier?: boolean;
  /** Right after an attack word (six words at most), or joined by و to such a one, the noun takes any name ('استهدف ... موقع زبدين'). */
  attacked?: boolean;
  /** The noun is part of the place's name ('جبل موية' is Jabal Muya). */
  inName?: boolean;
}

/** Names of a plural cue's list: at most this many. */
const MAX_LIST = 8;

/** data/kb/settlement_cues.tsv: matching form of a settlement noun -> the places it names. */
export function settlementCues(): Map<string, SettlementCue> {
  return new Map(loadTsv('kb/settlement_cues.tsv').map((r) => [
    normalizeArabic(r.word.trim()),
    { names: r.names === 'many' ? MAX_LIST : Number(r.names) === 2 ? 2 : 1, quoted: r.form === 'quoted', ...(r.form === 'definite' ? { definite: true } : {}), ...(r.side === 'occupier' ? { occupier: true } : {}), ...(r.attacked === '1' ? { attacked: true } : {}), ...(r.in_name === '1' ? { inName: true } : {}) },
  ]));
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
  // English writes a town's name without the article as often as with it ('Ramadi', 'Khalidiya'), the bare form the one
  // every spelling list has: the leading article is dropped ('الرمثا' Ramtha; 'طريق السد' keeps Tariq al-Sad).
  const nameEn = transliterate(nameAr).replace(/^al-(\p{L})/u, (_, c: string) => c.toUpperCase());
  const id = `rasad:place:${nameEn.normalize('NFKD').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}`;
  const info: EntityInfo = entityInfo({ id, type: 'PLACE', name_en: nameEn, name_ar: nameAr, country: null, geo: null, sector: null, gender: 'f', kind: 'site' });
  s.add(id, { start, end, first, last, form: 'name', top: true }, s.entities.get(id)?.info ?? info);
}

/** Words of a cued place name: at most this many. */
const MAX_WORDS = 3;

/** The settlement cue this word is, indefinite, with or without و ف ب ل before it. */
function cueAt(cues: ReadonlyMap<string, SettlementCue>, w: Word): SettlementCue | undefined {
  if (w.kind !== 'word') return undefined;
  for (const r of wordReadings(w)) {
    const cue = cues.get(r.stem);
    if (cue) return cue;
  }
  return undefined;
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
function joinsAnother(s: DocState, cues: ReadonlyMap<string, SettlementCue>, w: Word): boolean {
  const rest = w.norm.startsWith('و') ? w.norm.slice(1) : '';
  return !!rest && (cues.has(rest) || s.idx.common.has(rest) || s.idx.stopLight.has(rest));
}

/** One name after a cue from word k on (k may carry و when it is the second name of a dual): its last word, or -1. */
function nameRun(s: DocState, cues: ReadonlyMap<string, SettlementCue>, heads: ReadonlyMap<string, NamedHead>, k: number, sent: number): number {
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

/** A name whose first word is written with the article ال (after و on a list's later name): 'والعرقوب', not 'وألقوا'. */
function writtenDefinite(s: DocState, first: number): boolean {
  const w = s.words[first];
  const bare = w.text.replace(/[\u064B-\u0652\u0640]/g, '');
  return /^و?ال/.test(bare) && w.norm.replace(/^و/, '').length > 4;
}

/** Kinds of known places that make a sentence a place's: towns, districts, sites, provinces (not regions or countries). */
const LOCAL_KINDS = new Set(['city', 'admin2', 'admin1', 'site']);

/**
 * Whether a 'definite' cue at word i names a place: its name is in quotation marks ('منطقة «القنذع»'), or its sentence
 * names a known town, district or province of the KB or the gazetteer, not a place made from words ('منطقة العرقوب ... لمحافظة أبين'); 'منطقة الكتف', 'منطقة اليورو' in a
 * sentence with none are no place.
 */
function definiteInPlace(s: DocState, i: number, sent: number): boolean {
  if (isQuote(s.words[i + 1])) return true;
  return s.mentions.some((m) => m.top && s.sentOf[m.first] === sent && LOCAL_KINDS.has(s.entities.get(m.id)!.info.kind ?? '') && s.idx.entities.has(m.id));
}

/** The last word of a definite cue's name: every word written with ال ('النخيلة بمديرية' ends at النخيلة), up to a participle ('الكشار المطلة'). */
function definiteEnd(s: DocState, first: number, last: number): number {
  let k = first;
  while (k < last && writtenDefinite(s, k + 1) && !AGREEING_PARTICIPLE.test(s.words[k + 1].norm)) k++;
  return k;
}

const isQuote = (w: Word | undefined): boolean => !!w && w.kind === 'punct' && w.skip && !/^[-–—ـ]$/.test(w.text);

/**
 * A name in quotation marks opening at word k: its words (at most MAX_WORDS, Arabic, not part of a known name, the
 * first no lone function word; a common word may name a settlement in quotes: 'مستوطنة "المنارة"') and the closing
 * mark's index, or null.
 */
function quotedRun(s: DocState, k: number, sent: number): { first: number; last: number; close: number } | null {
  if (!isQuote(s.words[k])) return null;
  for (let m = k + 1; m <= k + MAX_WORDS + 1 && m < s.words.length && s.sentOf[m] === sent; m++) {
    const w = s.words[m];
    if (isQuote(w)) {
      // A lone function word in quotes is no name; 'عين' starts many ('"عين يعقوب"').
      if (m === k + 1 || (m === k + 2 && s.idx.stopLight.has(s.words[k + 1].norm))) return null;
      return { first: k + 1, last: m - 1, close: m };
    }
    if (w.kind !== 'word' || !ARABIC_WORD.test(w.norm) || s.coveredBy(w.i)) return null;
  }
  return null;
}

/** One name after a cue at word k: its words and the index after it (past a closing quotation mark), or null. */
function nameAt(s: DocState, cues: ReadonlyMap<string, SettlementCue>, heads: ReadonlyMap<string, NamedHead>, k: number, sent: number, quoted: boolean, single = false, inName = false): { first: number; last: number; next: number } | null {
  const q = quotedRun(s, k, sent);
  if (q) return { first: q.first, last: q.last, next: q.close + 1 };
  if (quoted) return null;
  const last = nameRun(s, cues, heads, k, sent);
  if (last >= 0) return { first: k, last, next: last + 1 };
  return single && (commonNamed(s, cues, heads, k, sent) || (inName && bareNamed(s, k, sent))) ? { first: k, last: k, next: k + 1 } : null;
}

/**
 * A bare common word alone after a noun that is part of the name names it when the phrase ends there: the sentence
 * or a clause ends, a function word or a word with a proclitic follows ('جبل موية بولاية', its nisba-like ending no
 * adjective there; not 'جبل من الديون').
 */
function bareNamed(s: DocState, k: number, sent: number): boolean {
  const w = s.words[k];
  if (!w || w.kind !== 'word' || s.sentOf[k] !== sent || s.coveredBy(k) || !ARABIC_WORD.test(w.norm) || w.norm.length < 3) return false;
  if (s.idx.stopLight.has(w.norm) || w.norm.startsWith('و') || wordReadings(w).some((r) => r.cut > 0 && s.idx.common.has(r.stem))) return false;
  const next = s.words[k + 1];
  if (!next || s.sentOf[k + 1] !== sent || next.kind === 'punct') return true;
  return next.kind === 'word' && (s.idx.stopLight.has(next.norm) || wordReadings(next).some((r) => r.cut > 0));
}

/**
 * A definite common word alone after the cue names the settlement when nothing of a phrase follows it: the sentence
 * or a clause ends, or a function word comes ('قرية الإمام التي', 'حي الشقة.'; not 'حي الأعمال الجديد').
 * Villages and quarters are often named with common words; the noun right after an indefinite settlement noun is its name.
 */
function commonNamed(s: DocState, cues: ReadonlyMap<string, SettlementCue>, heads: ReadonlyMap<string, NamedHead>, k: number, sent: number): boolean {
  const w = s.words[k];
  if (!w || w.kind !== 'word' || s.sentOf[k] !== sent || s.coveredBy(k) || !ARABIC_WORD.test(w.norm)) return false;
  if (!writtenDefinite(s, k) || w.norm.startsWith('و') || NISBA.test(w.norm) || PREP_ARTICLE.test(w.norm)) return false;
  if (s.idx.stopLight.has(w.norm) || s.idx.givenNames.has(w.norm) || headAt(heads, w) || cueAt(cues, w)) return false;
  const next = s.words[k + 1];
  if (!next || s.sentOf[k + 1] !== sent || next.kind === 'punct') return true;
  // A definite word after it goes on the phrase ('حي الأعمال الجديد'), unless it opens a clause ('التي').
  if (next.kind !== 'word' || !s.idx.stopLight.has(next.norm)) return false;
  return !next.norm.startsWith('ال') || relativePronouns().has(next.norm);
}

/**
 * A definite common word after و that closes a plural cue's list names its last settlement ('بلدات ... والخيام في'):
 * the sentence or a clause ends after it, or a preposition follows.
 */
function lastCommonName(s: DocState, k: number, sent: number): boolean {
  const w = s.words[k];
  if (!ARABIC_WORD.test(w.norm) || s.coveredBy(k) || !writtenDefinite(s, k) || NISBA.test(w.norm.slice(1))) return false;
  const next = s.words[k + 1];
  return !next || s.sentOf[k + 1] !== sent || next.kind === 'punct' || (next.kind === 'word' && s.idx.stopLight.has(next.norm) && !next.norm.startsWith('ال'));
}

/**
 * The next name of a list after word `at`: joined by و (a word of its own before a quotation mark, or on the name)
 * or, in a plural's list, by a comma. Adds it and returns the index after it, or -1.
 */
function nextInList(s: DocState, cues: ReadonlyMap<string, SettlementCue>, heads: ReadonlyMap<string, NamedHead>, at: number, sent: number, cue: SettlementCue): number {
  let k = at;
  const comma = cue.names > 2 && s.words[k]?.text === '،' && s.sentOf[k] === sent;
  if (comma) k++;
  const w = s.words[k];
  if (!w || s.sentOf[k] !== sent) return -1;
  if (comma && !w.norm.startsWith('و')) {
    const named = nameAt(s, cues, heads, k, sent, cue.quoted);
    if (!named || (cue.definite && !writtenDefinite(s, named.first))) return -1;
    addNewPlace(s, s.words[named.first].start, named.first, cue.definite ? definiteEnd(s, named.first, named.last) : named.last);
    return named.next;
  }
  if (w.kind !== 'word') return -1;
  if (w.norm === 'و') {
    const named = isQuote(s.words[k + 1]) ? nameAt(s, cues, heads, k + 1, sent, true) : null;
    if (!named) return -1;
    addNewPlace(s, s.words[named.first].start, named.first, named.last);
    return named.next;
  }
  if (cue.quoted) return -1;
  const conj = wordReadings(w).find((r) => r.conj && r.cut === 1);
  const known = conj && cue.names > 2 ? knownPlaceAt(s, k) : null;
  if (known) return known.last + 1;
  if (conj && cue.names > 2 && !cue.definite && lastCommonName(s, k, sent)) {
    addNewPlace(s, w.start + cutOffset(w.text, 1), k, k);
    return k + 1;
  }
  if (!conj || s.idx.common.has(conj.stem) || (conj.stem.startsWith('ال') && s.idx.common.has(conj.stem.slice(2)))) return -1;
  const last = nameRun(s, cues, heads, k, sent);
  if (last < 0 || (cue.definite && !writtenDefinite(s, k))) return -1;
  addNewPlace(s, w.start + cutOffset(w.text, 1), k, cue.definite ? definiteEnd(s, k, last) : last);
  return last + 1;
}

/** Adds the places named after a settlement noun. */
export function findCuedPlaces(s: DocState, cues: ReadonlyMap<string, SettlementCue>, heads: ReadonlyMap<string, NamedHead>): void {
  const n = s.words.length;
  // The sentence whose last 'attacked' cue was read after an attack (-1 once one is not).
  let attackedAt = -1;
  for (let i = 0; i < n - 1; i++) {
    const cue = s.coveredBy(i) ? undefined : cueAt(cues, s.words[i]);
    if (!cue || s.sentOf[i + 1] !== s.sentOf[i]) continue;
    const sent = s.sentOf[i];
    // The first name starts right after the cue, with no clitic of its own ('قرية بالقرب' is no name).
    const first = s.words[i + 1];
    if (wordReadings(first).some((r) => r.conj && r.cut > 0 && s.idx.common.has(r.stem))) continue;
    // A common word names only the one settlement of a singular noun that takes bare names ('قرية الإمام'); after a
    // plural or a noun of wider use it is a phrase ('مناطق المملكة', 'موقع الأحداث').
    const single = cue.names === 1 && !cue.quoted && !cue.definite;
    const named = nameAt(s, cues, heads, i + 1, sent, cue.quoted, single, cue.inName);
    // A list that opens with a known place goes on with unknown ones ('بلدات عيتا الشعب وكفركلا والخيام').
    const known = !named && cue.names > 2 && !cue.definite ? knownPlaceAt(s, i + 1) : null;
    if (known) {
      listAfter(s, cues, heads, known.last + 1, sent, cue, n);
      continue;
    }
    if (!named) continue;
    // The object of an attack word just before it, or the next one of a list of them ('موقع الرمثا ...، وموقع زبدين').
    const attacked = cue.attacked && (attackBefore(s, i) || (attackedAt === sent && s.words[i].norm.startsWith('و')));
    attackedAt = attacked ? sent : cue.attacked ? -1 : attackedAt;
    if (cue.definite && !attacked && (!writtenDefinite(s, named.first) || !definiteInPlace(s, i, sent))) continue;
    // A noun in the name takes one name word, or a particle and the word after it ('جبل أبو رجمين'; not 'جبل قارا باقة').
    if (cue.inName && named.last > named.first) named.last = s.idx.particles.has(s.words[named.first].norm) ? named.first + 1 : named.first;
    const nameStart = cue.inName ? i : named.first;
    const w = s.words[nameStart];
    const start = cue.inName ? w.start + cutOffset(w.text, Math.max(...wordReadings(w).filter((r) => cues.get(r.stem) === cue).map((r) => r.cut))) : w.start;
    addNewPlace(s, start, nameStart, cue.definite && !attacked ? definiteEnd(s, named.first, named.last) : named.last);
    // A list that opens in quotation marks goes on in them ('"جعتون"، و"جورين"، بصليات ...' ends at the bare word).
    const listCue = isQuote(s.words[i + 1]) ? { ...cue, quoted: true } : cue;
    i = listAfter(s, cues, heads, named.next, sent, listCue, n) - 1;
  }
}

/** The rest of a cue's list from word `next` on: the index after its last name. */
function listAfter(s: DocState, cues: ReadonlyMap<string, SettlementCue>, heads: ReadonlyMap<string, NamedHead>, next: number, sent: number, cue: SettlementCue, n: number): number {
  for (let count = 1; count < cue.names && next < n; count++) {
    const after = nextInList(s, cues, heads, next, sent, cue);
    if (after < 0) break;
    next = after;
  }
  return next;
}

/** A town, district or site of the KB or the gazetteer starting at word k (after و on a list's later name). */
function knownPlaceAt(s: DocState, k: number): DocMention | null {
  const m = s.startingAt(k);
  return m && LIST_KINDS.has(s.entities.get(m.id)!.info.kind ?? '') ? m : null;
}

const LIST_KINDS = new Set(['city', 'admin2', 'site']);
