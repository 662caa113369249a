// Buildings, places and units named by a head noun and a name: 'مستشفى كمال عدوان' (Kamal Adwan Hospital), 'جسر بزيبز',
// 'مطار عدن' (Aden Airport: the name is a KB place, whose mention stays), 'كتيبة أبو بكر الصديق' (a GROUP). The head
// nouns are data (data/kb/named_heads.tsv); the English name is the name's (transliterated, or the KB place's
// English name) followed by the head's. Runs before the tagger and the titles, so that the name inside is not read as a
// person. Internal to src/extract/entities/.
import { loadTsv } from '../../data-files.js';
import { normalizeArabic } from '../../arabic/normalize.js';
import { transliterate } from '../../arabic/translit.js';
import { cutOffset, wordReadings, type Word } from '../../kb/match-words.js';
import type { EntityType } from '../../doc.js';
import { entityInfo, type EntityInfo } from '../../kb/kb-index.js';
import type { DocState } from './state.js';
import { idSlug } from '../../kb/slug.js';

export interface NamedHead {
  /** English head noun ('Hospital'), or '' when the head only blocks a person reading. */
  en: string;
  type: EntityType | 'OTHER';
  /** The definite head and a country's nisba name the thing ('المستشفى الإندونيسي'). */
  byNisba?: boolean;
  /** A definite common word alone names it ('مستشفى العودة' Al-Awda Hospital, 'مستشفى السلام'). */
  commonName?: boolean;
  /** Common nouns between the head and the name (data/kb/head_complements.tsv) -> English before the head; '' names a kind of thing, no place. */
  complements?: ReadonlyMap<string, string>;
  /** A name after the head is written with the article or is a KB place ('سهل الغاب'; 'سهل ممتنع' is an adjective). */
  definite?: boolean;
  /** Words after the name that say what it is (data/kb/head_trailers.tsv), longest first, with the English that replaces the head's. */
  trailers?: readonly { words: readonly string[]; en: string }[];
  /** The head's dual in construct (matching form), naming two things joined by و ('حقلي شاعر وجزل'). */
  duals?: readonly string[];
}

/** data/kb/named_heads.tsv: matching form of the head noun -> its English head and entity type, with its complements (data/kb/head_complements.tsv). */
export function namedHeads(): Map<string, NamedHead> {
  const complements = new Map<string, Map<string, string>>();
  for (const r of loadTsv('kb/head_complements.tsv')) {
    const head = normalizeArabic(r.head);
    if (!complements.has(head)) complements.set(head, new Map());
    complements.get(head)!.set(normalizeArabic(r.word), r.en);
  }
  const trailers = new Map<string, { words: string[]; en: string }[]>();
  for (const r of loadTsv('kb/head_trailers.tsv')) {
    const head = normalizeArabic(r.head);
    trailers.set(head, [...(trailers.get(head) ?? []), { words: r.words.split(' ').map(normalizeArabic), en: r.en }].sort((a, b) => b.words.length - a.words.length));
  }
  return new Map(loadTsv('kb/named_heads.tsv').map((r) => {
    const word = normalizeArabic(r.word);
    const duals = (r.dual ?? '').split('|').filter(Boolean).map(normalizeArabic);
    const head: NamedHead = { en: r.en, type: r.type as NamedHead['type'], byNisba: r.by_nisba === '1', commonName: r.common_name === '1', definite: r.definite === '1', ...(duals.length ? { duals } : {}) };
    const c = complements.get(word);
    const tr = trailers.get(word);
    return [word, { ...head, ...(c ? { complements: c } : {}), ...(tr ? { trailers: tr } : {}) }];
  }));
}

const ARABIC_WORD = /^[\u0621-\u064A]+$/;
/** A definite feminine participle ('المكلفة', 'المطلة', 'المتمركزة'): after a name it describes the head, it is no part of the name. */
export const AGREEING_PARTICIPLE = /^ال(م|مت|مست)[\u0621-\u064A]{2,}ه$/;
/** Name words after a head: at most this many. */
const MAX_NAME_WORDS = 3;

/** The head noun this word is (indefinite, with or without و ف ب ل), with the clitic cut: 'بمستشفى' -> cut 1. */
export function headAt(heads: ReadonlyMap<string, NamedHead>, w: Word): { head: NamedHead; cut: number } | null {
  if (w.kind !== 'word') return null;
  for (const r of wordReadings(w)) {
    const h = heads.get(r.stem);
    if (h) return { head: h, cut: r.cut };
  }
  return null;
}

export function nameWord(s: DocState, heads: ReadonlyMap<string, NamedHead>, w: Word | undefined, afterGiven: boolean, afterName = false): boolean {
  if (!w || w.kind !== 'word' || s.coveredBy(w.i) || !ARABIC_WORD.test(w.norm) || w.norm.length < 2) return false;
  if (s.idx.stopLight.has(w.norm) || headAt(heads, w)) return false;
  // 'جسر على النهر': the preposition على, which matching form writes like the name علي.
  if (w.norm === 'علي' && /ى[\u064B-\u0652]*$/.test(w.text)) return false;
  // 'كتيبة عمر المختار المكلفة بحماية': a definite feminine participle after the name agrees with the head.
  if (afterName && AGREEING_PARTICIPLE.test(w.norm)) return false;
  // 'مستشفى للأمراض', 'مخيم بالقرب': a preposition; 'مستشفى عاملاً': an adverbial accusative.
  if (/^[وف]?(لل|بال|كال)/.test(w.norm) || /(اً|ًا)$/.test(w.text)) return false;
  if (s.idx.arabicParticles.has(w.norm)) return true;
  // A common word is no name ('مستشفى ميداني', 'مخيم النازحين'), unless it is a known given name or the surname
  // after one ('مستشفى كمال عدوان').
  if (s.idx.common.has(w.norm) && !s.idx.givenNames.has(w.norm) && !afterGiven) return false;
  if (w.norm.startsWith('ال') && s.idx.common.has(w.norm.slice(2))) return false;
  // 'جسر لتطوير المواهب': a preposition on a common word.
  if (wordReadings(w).some((r) => r.cut > 0 && !r.conj && s.idx.common.has(r.stem))) return false;
  // 'مستشفى ناصر وفي': a conjunction on a common word starts another phrase.
  return !wordReadings(w).some((r) => r.conj && (s.idx.common.has(r.stem) || s.idx.stopLight.has(r.stem)));
}

/** One indefinite word in ي or ة that is no given name is an adjective of the head ('مستشفى ميداني', 'مدرسة ابتدائية'). */
function adjective(s: DocState, ws: number[]): boolean {
  const n = s.words[ws[0]].norm;
  return ws.length === 1 && !n.startsWith('ال') && /[يه]$/.test(n) && !s.idx.givenNames.has(n);
}

/** Adds the named buildings, places and units of the document. */
export function findNamedThings(s: DocState, heads: ReadonlyMap<string, NamedHead> = namedHeads()): void {
  const n = s.words.length;
  for (let i = 0; i < n - 1; i++) {
    const w = s.words[i];
    if (s.coveredBy(i)) continue;
    if (nisbaNamed(s, heads, i)) continue;
    const hit = headAt(heads, w);
    if (!hit || !hit.head.en || hit.head.type === 'OTHER') continue;
    let j = i + 1;
    if (s.sentOf[j] !== s.sentOf[i]) continue;
    // 'محطة كهرباء الزهراني': a complement noun, then the name; 'حقل ألغام': a kind of thing, no name.
    const cw = s.words[j].norm;
    const complement = hit.head.complements?.get(cw) ?? (cw.startsWith('ال') ? hit.head.complements?.get(cw.slice(2)) : undefined);
    if (complement === '') { i = j; continue; }
    if (complement !== undefined) {
      j++;
      // 'محطة البنزين وصالون': a second noun joined by و, no name.
      if (j >= n || s.sentOf[j] !== s.sentOf[i] || s.words[j].norm.startsWith('و')) continue;
    }
    const headEn = complement ? `${complement} ${hit.head.en}` : hit.head.en;
    const start = w.start + cutOffset(w.text, hit.cut);
    const place = s.startingAt(j);
    if (place) {
      // 'مطار عدن': the building of a KB place; the place keeps its own mention.
      const info = s.entities.get(place.id)!.info;
      if (hit.head.type !== 'PLACE' || (info.type !== 'PLACE' && info.type !== 'COUNTRY')) continue;
      const tr = complement ? null : trailerAfter(s, hit.head, place.last);
      const last = tr?.last ?? place.last;
      addNamed(s, `${info.name_en} ${tr?.en ?? headEn}`, hit.head.type, start, s.words[last].end, i, last, !!tr, s.text.slice(start, s.words[last].end));
      i = last;
      continue;
    }
    const quoted = quotedName(s, j);
    const named = quoted >= 0 ? quoted : commonName(s, heads, hit.head, j);
    if (named >= 0) {
      const q = isQuote(s.words[j]) ? 1 : 0;
      const nameAr = s.text.slice(s.words[j + q].start, s.words[named - q].end).replace(/\s+/g, ' ');
      addNamed(s, `${transliterate(nameAr)} ${headEn}`, hit.head.type, start, s.words[named - q].end, i, named - q, true, s.text.slice(start, s.words[named - q].end));
      i = named;
      continue;
    }
    const ws: number[] = [];
    let counted = 0;
    for (let k = j; k < n && counted < MAX_NAME_WORDS && s.sentOf[k] === s.sentOf[i] && nameWord(s, heads, s.words[k], k > j && s.idx.givenNames.has(s.words[k - 1].norm), k > j); k++) {
      ws.push(k);
      if (!s.idx.arabicParticles.has(s.words[k].norm)) counted++;
    }
    while (ws.length && s.idx.arabicParticles.has(s.words[ws[ws.length - 1]].norm)) ws.pop();
    if (!ws.length || adjective(s, ws) || (hit.head.definite && !s.words[ws[0]].norm.startsWith('ال'))) continue;
    const nameLast = ws[ws.length - 1];
    const nameAr = s.text.slice(s.words[j].start, s.words[nameLast].end).replace(/\s+/g, ' ');
    const tr = complement ? null : trailerAfter(s, hit.head, nameLast);
    const last = tr?.last ?? nameLast;
    addNamed(s, `${transliterate(nameAr)} ${tr?.en ?? headEn}`, hit.head.type, start, s.words[last].end, i, last, true, s.text.slice(start, s.words[last].end));
    i = last;
  }
}

/** The head's trailer right after word `last` ('للطاقة النووية'): its last word and English, or null. */
function trailerAfter(s: DocState, head: NamedHead, last: number): { last: number; en: string } | null {
  for (const tr of head.trailers ?? []) {
    const k = last + tr.words.length;
    if (k < s.words.length && tr.words.every((w, q) => s.words[last + 1 + q].norm === w && !s.coveredBy(last + 1 + q) && s.sentOf[last + 1 + q] === s.sentOf[last])) return { last: k, en: tr.en };
  }
  return null;
}

const isQuote = (w: Word | undefined): boolean => !!w && w.kind === 'punct' && w.skip && !/^[-–—ـ]$/.test(w.text);

/**
 * A name in quotation marks right after the head ('مستشفى "شهداء الأقصى"'): one to MAX_NAME_WORDS Arabic words, none
 * part of a known name, the first no function word. Returns the index of the closing mark, or -1.
 */
function quotedName(s: DocState, j: number): number {
  if (!isQuote(s.words[j])) return -1;
  for (let m = j + 1; m <= j + MAX_NAME_WORDS + 1 && m < s.words.length && s.sentOf[m] === s.sentOf[j]; m++) {
    const w = s.words[m];
    if (isQuote(w)) return m > j + 1 && !s.idx.stopLight.has(s.words[j + 1].norm) ? m : -1;
    if (w.kind !== 'word' || !ARABIC_WORD.test(w.norm) || s.coveredBy(m)) return -1;
  }
  return -1;
}

/**
 * A definite common word alone after a head whose names often are one ('مستشفى العودة', 'مستشفى السلام'): not a nisba
 * adjective, followed by no more of the name. Its index, or -1.
 */
function commonName(s: DocState, heads: ReadonlyMap<string, NamedHead>, head: NamedHead, j: number): number {
  const w = s.words[j];
  if (!head.commonName || !w || w.kind !== 'word' || s.coveredBy(j) || !ARABIC_WORD.test(w.norm) || headAt(heads, w)) return -1;
  if (!w.norm.startsWith('ال') || !(s.idx.common.has(w.norm) || s.idx.common.has(w.norm.slice(2))) || /(ي|يه)$/.test(w.norm)) return -1;
  // Another definite word ('مستشفى الأمراض النفسية'), a given name or an unknown word ('مستشفى الملك فهد') goes on the
  // phrase: the common word is a title or a noun of it, not the name.
  const next = s.words[j + 1];
  if (!next || next.kind !== 'word' || s.sentOf[j + 1] !== s.sentOf[j] || s.coveredBy(j + 1)) return j;
  if (next.norm.startsWith('ال') || s.idx.givenNames.has(next.norm)) return -1;
  return s.idx.stopLight.has(next.norm) || s.idx.arabicParticles.has(next.norm) || s.idx.common.has(next.norm) ? j : -1;
}

/**
 * A definite place head and a country's nisba: 'المستشفى الإندونيسي' (the Indonesian Hospital), 'المستشفى الكويتي'.
 * The country's nisba keeps its own mention; the phrase becomes '<demonym> <head>'.
 */
function nisbaNamed(s: DocState, heads: ReadonlyMap<string, NamedHead>, i: number): boolean {
  const w = s.words[i];
  if (w.kind !== 'word' || i + 1 >= s.words.length || s.sentOf[i + 1] !== s.sentOf[i]) return false;
  const r = wordReadings(w).find((x) => x.stem.startsWith('ال') && heads.get(x.stem.slice(2))?.byNisba && heads.get(x.stem.slice(2))?.en);
  const m = r ? s.startingAt(i + 1) : null;
  if (!r || !m || m.form !== 'nisba' || m.last !== i + 1) return false;
  const info = s.entities.get(m.id)!.info;
  const demonym = info.type === 'COUNTRY' ? s.idx.kb.countries.find((c) => c.iso3 === info.country)?.demonym_en : undefined;
  if (!demonym) return false;
  const start = w.start + cutOffset(w.text, r.cut);
  const head = heads.get(r.stem.slice(2))!;
  addNamed(s, `${demonym} ${head.en}`, head.type as EntityType, start, s.words[i + 1].end, i, i + 1, false, s.text.slice(start, s.words[i + 1].end));
  return true;
}

export function addNamed(s: DocState, nameEn: string, type: EntityType, start: number, end: number, first: number, last: number, top: boolean, nameAr: string): void {
  nameAr = nameAr.replace(/["«»“”„]/g, '');
  const prefix = type === 'PLACE' ? 'place' : type === 'GROUP' ? 'group' : 'org';
  const id = `rasad:${prefix}:${idSlug(nameEn)}`;
  // A place named by its head noun ('مستشفى كمال عدوان') is a facility (site-places.ts may put it where it is told).
  const info: EntityInfo = entityInfo({ id, type, name_en: nameEn, name_ar: nameAr.replace(/\s+/g, ' '), country: null, geo: null, sector: null, gender: 'm', ...(type === 'PLACE' ? { kind: 'facility' } : {}) });
  s.add(id, { start, end, first, last, form: 'name', top }, s.entities.get(id)?.info ?? info);
}
