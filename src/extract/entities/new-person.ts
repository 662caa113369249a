// The entity of a person's name the KB does not know, from its words: rasad:person:<slug> with the name
// transliterated into English.
import { kbPersonVariant } from './name-variants.js';
import { knownNameWord, transliterate } from '../../arabic/translit.js';
import { cutOffset, wordReadings, type Word } from '../../kb/match-words.js';
import { LIGHT_RULES, normalizeText } from '../../arabic/normalize.js';
import { loadTsv } from '../../data-files.js';
import { once } from '../../once.js';
import { entityInfo, type EntityInfo } from '../../kb/kb-index.js';
import type { DocState } from './state.js';
import { idSlug } from '../../kb/slug.js';

/** Creates (or finds) the entity of a name the KB does not know, from its words. */
export function personFromWords(s: DocState, ws: number[], cut = 0): { id: string; info: EntityInfo; start: number; end: number } {
  const start = s.words[ws[0]].start + cutOffset(s.words[ws[0]].text, cut);
  const end = s.words[ws[ws.length - 1]].end;
  // A KB person spelt another way ('أنطونيو جوتيريس') is that person.
  const known = kbPersonVariant(s.idx, ws.map((k) => s.words[k].norm));
  if (known) return { id: known.id, info: known, start, end };
  const nameAr = s.text.slice(start, end).replace(/\s+/g, ' ');
  const nameEn = transliterate(nameAr);
  const id = `rasad:person:${idSlug(nameEn)}`;
  const info: EntityInfo = entityInfo({ id, type: 'PERSON', name_en: nameEn, name_ar: nameAr, country: null, geo: null, sector: null, gender: 'm' });
  return { id, info, start, end };
}

/** A word joined by و ('وإبراهيم غالب', 'وجنودنا'), not a name that starts with و ('وليد'). */
function joinedByWa(s: DocState, w: Word): boolean {
  return w.norm.startsWith('و') && !s.idx.givenNames.has(w.norm) && wordReadings(w).some((r) => r.conj && r.cut === 1);
}

/** Where a name after a title stops before word k: a word joined by و opens no name ('وسمو ولي العهد وجنودنا البواسل'); a
 * bare word right after a family name with the article ('الدكتور حامد بن مالح الشمري تعازي الأمير') is what follows the
 * name (an object past a long subject), unless it is a given name ('أحمد الحسن علي'). */
export function nameStopsAt(s: DocState, name: readonly number[], k: number): boolean {
  const w = s.words[k];
  if (!name.length) return joinedByWa(s, w);
  const prev = s.words[name[name.length - 1]];
  const before = name.length > 1 ? s.words[name[name.length - 2]].norm : '';
  // Not the second part of a compound given name ('عبد الكريم نصيف', 'نور الدين مازني').
  if (s.idx.particles.has(before) || s.idx.givenNames.has(`${before} ${prev.norm}`)) return false;
  // A given name written with the article opens a name ('المبروك اقريرة', 'الطاهر سيالة'); it is no surname.
  if (name.length === 1 && s.idx.givenNames.has(prev.norm)) return false;
  return prev.norm.startsWith('ال') && !w.norm.startsWith('ال') && !s.idx.particles.has(w.norm) && !s.idx.givenNames.has(w.norm);
}

/** Words right after a person's name go on with it ('الأمير محمد بن نايف بن عبدالعزيز': his lineage): no one else's name,
 * unless joined by و ('أحمد الفريدي وإبراهيم غالب'). */
export function afterPerson(s: DocState, i: number): boolean {
  const m = i > 0 ? s.coveredBy(i - 1) : null;
  return !!m && s.typeOf(m) === 'PERSON' && !joinedByWa(s, s.words[i]);
}

/**
 * A word (matching form) that opens no person's name after a title: one with the article (but a given name may be
 * 'الأسد') or with ب/ك and the article, or with the preposition ل and known to no name table ('رئيس البعثة لتقصي الحقائق'; not 'لطفي').
 */
export function opensNoName(s: DocState, norm: string): boolean {
  if (s.idx.givenNames.has(norm)) return false;
  // 'مدير جمعية البر بالأحساء معاذ ...': ب or ك and the article are a preposition on a place or a noun.
  return norm.startsWith('ال') || /^[وف]?[بك]ال/.test(norm) || (/^ل[^ل]{3,}$/.test(norm) && !knownNameWord(norm));
}

/** data/arabic/stopwords.tsv, light forms: 'غير' before a nisba is no given name ('غير السعودي'), though Geir is one. */
const stopwords = once(() => new Set(loadTsv('arabic/stopwords.tsv').map((r) => normalizeText(r.word, LIGHT_RULES))));

/** A definite masculine nisba, one word: 'الحوثي', 'المصري' (not 'السورية', 'الحوثيين'). */
const NISBA_SURNAME = /^ال.{2,}ي$/;

/**
 * The words of a given name right before a nisba at word i that is then a surname ('عبد الخالق الحوثي', 'محمد
 * المصري'), not the group or the country: a given name (not a preposition written like one: 'على' is no 'علي'), or
 * a particle and the word after it ('عبد الخالق'), or up to three given names; none of them part of a name already read. Empty when none.
 */
export function givenNameBefore(s: DocState, i: number): number[] {
  if (!NISBA_SURNAME.test(s.words[i].norm) || i < 1) return [];
  const free = (k: number) => k >= 0 && s.words[k].kind === 'word' && !s.coveredBy(k) && s.sentOf[k] === s.sentOf[i];
  const light = (k: number) => normalizeText(s.words[k].text, LIGHT_RULES);
  // 'فإن', 'بأن', 'وأن': the conjunction أن with a clitic, written like the names Van, Ban.
  // Right before the nisba a function word too ('غير السعودي'; so 'علي المصري' is left, as على is written علي).
  const fn = (k: number) => s.idx.stopLight.has(light(k)) || (k === i - 1 && stopwords().has(light(k))) || /^[وفبل]?[اأإ]ن$/.test(light(k));
  const given = (k: number) => free(k) && s.idx.givenNames.has(s.words[k].norm) && !fn(k) && !s.idx.particles.has(s.words[k].norm);
  if (free(i - 2) && s.idx.arabicParticles.has(s.words[i - 2].norm) && free(i - 1) && !fn(i - 1)) return [i - 2, i - 1];
  // The given names before it, up to three ('علي حسن الأحمدي').
  const out: number[] = [];
  for (let k = i - 1; k >= 0 && i - k <= 3 && given(k); k--) out.unshift(k);
  return out;
}

/** Word k repeats the name word before it with the article: a family named after an ancestor ('عبدالله بن سلطان السلطان'). */
export function echoesName(s: DocState, name: readonly number[], k: number): boolean {
  const w = s.words[k];
  return name.length >= 2 && !!w && w.kind === 'word' && !s.coveredBy(k) && w.norm === `ال${s.words[name[name.length - 1]].norm}`;
}

/** Word k may stand in a name whatever it is (after a particle, or as an echo): a word not yet read, no function word. */
export function looseWord(s: DocState, k: number): boolean {
  const w = s.words[k];
  return w.kind === 'word' && !s.coveredBy(k) && !s.idx.stopLight.has(normalizeText(w.text, LIGHT_RULES));
}

/** A gazetteer place of fewer people than this, one word, may stand inside a name ('جينين هينيس بلاسخارت' is no Hınıs). */
const SMALL_PLACE = 1000000;

/** Word i is a small gazetteer place read from that word alone: inside a run of name words it is a name word. */
export function placeInName(s: DocState, i: number): boolean {
  const m = s.coveredBy(i);
  if (!m || m.first !== i || m.last !== i || m.start !== s.words[i].start) return false;
  const info = s.entities.get(m.id)!.info;
  if (info.type !== 'PLACE' || info.population === undefined || info.population >= SMALL_PLACE || s.idx.common.has(s.words[i].norm)) return false;
  // Not a clitic on a common word ('بأم الحمام'), nor before a word with the article (a foreign name has none).
  const next = s.words[i + 1];
  return !wordReadings(s.words[i]).some((r) => r.cut > 0 && (s.idx.common.has(r.stem) || s.idx.stopLight.has(r.stem)))
    && !(next && next.kind === 'word' && next.norm.startsWith('ال'));
}

/** Gives up the place readings of words now read as a name. */
export function absorbPlaces(s: DocState, ws: readonly number[]): void {
  for (const k of ws) if (placeInName(s, k)) s.drop(s.coveredBy(k)!);
}
