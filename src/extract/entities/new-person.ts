// The entity of a person's name the KB does not know, from its words: rasad:person:<slug> with the name
// transliterated into English.
import { knownNameWord, transliterate } from '../../arabic/translit.js';
import { cutOffset, wordReadings, type Word } from '../../kb/match-words.js';
import type { EntityInfo } from '../../kb/kb-index.js';
import type { DocState } from './state.js';

function slug(s: string): string {
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'unknown';
}

/** Creates (or finds) the entity of a name the KB does not know, from its words. */
export function personFromWords(s: DocState, ws: number[], cut = 0): { id: string; info: EntityInfo; start: number; end: number } {
  const start = s.words[ws[0]].start + cutOffset(s.words[ws[0]].text, cut);
  const end = s.words[ws[ws.length - 1]].end;
  const nameAr = s.text.slice(start, end).replace(/\s+/g, ' ');
  const nameEn = transliterate(nameAr);
  const id = `rasad:person:${slug(nameEn)}`;
  const info: EntityInfo = { id, type: 'PERSON', name_en: nameEn, name_ar: nameAr, country: null, geo: null, sector: null, gender: 'm' };
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
 * 'الأسد'), or with the preposition ل and known to no name table ('رئيس البعثة لتقصي الحقائق'; not 'لطفي').
 */
export function opensNoName(s: DocState, norm: string): boolean {
  if (s.idx.givenNames.has(norm)) return false;
  return norm.startsWith('ال') || (/^ل[^ل]{3,}$/.test(norm) && !knownNameWord(norm));
}
