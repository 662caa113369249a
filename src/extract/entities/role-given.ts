// A person named by a given name alone after a role noun ('الجندي يوري', 'الطبيب أحمد', 'المواطن محمد'): news names
// soldiers, doctors and witnesses so. Only a role noun of data/lexicon/person_cues.tsv (with its role and sector), only
// a known given name (data/kb/given_names.tsv, data/lexicon/ner_given_names.tsv), and only where no further name word
// follows (a longer name is the tagger's and the title stage's to read, which run first). Internal to
// src/extract/entities/.
import { LIGHT_RULES, normalizeText } from '../../arabic/normalize.js';
import { cutOffset, wordReadings, type Word } from '../../kb/match-words.js';
import type { PersonRole } from './cues.js';
import { givenNames } from './given-places.js';
import { personFromWords } from './new-person.js';
import type { DocState } from './state.js';

const ARABIC_WORD = /^[\u0621-\u064A]{2,}$/;

/** A known given name written bare (no article, no clitic, no particle such as أبو or بن). */
function bareGivenName(s: DocState, w: Word): boolean {
  if (w.kind !== 'word' || w.skip || !ARABIC_WORD.test(w.norm) || w.norm.startsWith('ال')) return false;
  // 'على' is read 'علي' in the matching form: the light form keeps the preposition apart.
  if (s.idx.particles.has(w.norm) || s.idx.stopLight.has(w.norm) || s.idx.stopLight.has(normalizeText(w.text, LIGHT_RULES))) return false;
  if (s.idx.givenNames.has(w.norm)) return true;
  // A name of the long list that also reads as a word with a clitic ('باسم': 'on behalf of') or is a common word is none.
  if (!givenNames().has(w.norm) || s.idx.common.has(w.norm)) return false;
  return !wordReadings(w).some((r) => r.cut > 0 && (s.idx.common.has(r.stem) || s.idx.stopLight.has(r.stem)));
}

/** The word after the given name may go on with the name: an unknown word of letters, a particle, or a person's name. */
function mayGoOn(s: DocState, w: Word | undefined, sent: number): boolean {
  if (!w || s.sentOf[w.i] !== sent || w.kind !== 'word' || w.skip) return false;
  const at = s.coveredBy(w.i);
  if (at) return s.typeOf(at) === 'PERSON';
  if (s.idx.particles.has(w.norm) || bareGivenName(s, w)) return true;
  if (!ARABIC_WORD.test(w.norm) || s.idx.stopLight.has(w.norm) || s.idx.common.has(w.norm)) return false;
  return !wordReadings(w).some((r) => r.cut > 0 && (s.idx.common.has(r.stem) || s.idx.stopLight.has(r.stem)));
}

/**
 * A masculine role noun before a name of the long list in ة ('الطبيب جبيرة': a splint, not a woman's name; the
 * masculine names in ة, 'حمزة', 'أسامة', are of the hand-written list).
 */
function disagrees(s: DocState, role: Word, name: Word): boolean {
  const feminine = (w: Word) => /[هة]$/.test(normalizeText(w.text, LIGHT_RULES));
  return !feminine(role) && feminine(name) && !s.idx.givenNames.has(name.norm);
}

/** Adds the people named by a lone given name after a role noun, with the role and sector the noun gives. */
export function findRoleGivenNames(s: DocState, roles: ReadonlyMap<string, PersonRole>): void {
  for (let i = 0; i + 1 < s.words.length; i++) {
    const w = s.words[i];
    if (w.kind !== 'word' || s.coveredBy(i)) continue;
    const hit = wordReadings(w).map((r) => ({ role: roles.get(r.stem), cut: r.cut })).find((x) => x.role);
    if (!hit?.role) continue;
    const k = i + 1;
    const sent = s.sentOf[i];
    if (s.sentOf[k] !== sent || s.coveredBy(k) || !bareGivenName(s, s.words[k]) || mayGoOn(s, s.words[k + 1], sent)) continue;
    if (disagrees(s, w, s.words[k])) continue;
    const np = personFromWords(s, [k]);
    s.add(np.id, { start: np.start, end: np.end, first: k, last: k, form: 'name', top: true }, np.info);
    s.add(np.id, { start: w.start + cutOffset(w.text, hit.cut), end: w.end, first: i, last: i, form: 'title', top: true });
    const e = s.entities.get(np.id)!;
    if (e.roleStrength === 0) {
      e.role = hit.role.role;
      e.roleStrength = 1;
      if (!e.info.sector && hit.role.sector) e.info = { ...e.info, sector: hit.role.sector };
    }
    i = k;
  }
}
