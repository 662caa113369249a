// A trigger verb's letters that the sentence shows to be a noun: a word that is mostly a noun with a pronoun ('وزارته',
// his ministry, not 'and she visited him'), the subject of a verb of what an act caused ('أسفر قصف'), a verb form inside a name ('أبو طالب'), a noun counted ('15 ألف طالب', '11869
// طالبا') or a noun paired with its feminine ('طالب وطالبة'). Lists of data/lexicon/event_words.tsv.
import type { Word } from '../../arabic/words.js';
import { eventWords } from './word-lists.js';
import { loadSideRuleWords } from './side-rule-words.js';

const HOMOGRAPHS = eventWords('noun_homographs');
const NAME_PARTICLES = eventWords('name_particles');
const COUNT_NOUNS = eventWords('count_nouns');
const PERSON_NOUNS_OF_ACTS = eventWords('person_nouns_of_acts');
const RESULT_VERBS = new Set([...eventWords('result_verbs'), ...eventWords('result_direct')]);

const inSentence = (w: Word | undefined, sentence: number): w is Word => !!w && w.sentence === sentence;

/** A figure of five digits or more: a count (a year has four, and afterCount takes counts of up to three). */
const LONG_FIGURE = /^[0-9]{5,}$/;

/** The word with the masculine accusative ا or nothing dropped, and the next word's و with the feminine ending dropped. */
function pairedWithFeminine(w: Word, next: Word | undefined): boolean {
  if (!inSentence(next, w.sentence) || !next.norm.startsWith('و')) return false;
  const masculine = w.norm.replace(/ا$/, '');
  const other = next.norm.slice(1);
  return other === `${masculine}ه` || other === `${masculine}ات`;
}

/** Whether the word at i, though it has the letters of a trigger verb, is a noun. */
export function nounReading(words: Word[], i: number): boolean {
  const w = words[i];
  if (HOMOGRAPHS.has(w.norm)) return true;
  const prev = words[i - 1];
  if (inSentence(prev, w.sentence)) {
    if (prev.kind === 'number' && LONG_FIGURE.test(prev.norm)) return true;
    if (prev.kind === 'word' && prev.readings.some((r) => r.proclitics.length === 0 && !r.enclitic && (NAME_PARTICLES.has(r.stem) || COUNT_NOUNS.has(r.stem)))) return true;
    // Right after a verb of what an act caused, the act is its subject, a noun ('أسفر قصف عشوائي للحوثيين عن سقوط ضحايا').
    if (prev.kind === 'word' && !w.readings.some((r) => r.proclitics.length) && RESULT_VERBS.has(prev.norm.replace(/^[وف]/, ''))) return true;
  }
  return pairedWithFeminine(w, words[i + 1]);
}

/** A verbal noun of ة written with ه after و, joined to a person named before it: the noun of a person with 'his' ('المدرب
 * ومساعده', the coach and his assistant; 'القبطان ومساعده'), not the act ('ومساعدة الأهالي'). */
export function joinedPersonNoun(w: Word): boolean {
  const bare = w.text.replace(/[\u064B-\u0652\u0640]/gu, '');
  return /^و.{3,}ه$/u.test(bare) && PERSON_NOUNS_OF_ACTS.has(w.norm.slice(1, -1));
}

/** Words at most between a carrying verb and the verbal noun it carries (its subject, a time word, the preposition). */
export const CARRY_GAP = 10;

/** A verb that carries an act's verbal noun ('نجح', 'قامت', 'واصلت', 'كثفت'; side_rule_words.tsv support_verb). */
export const isSupportVerb = (w: Word, verbs: ReadonlySet<string> = loadSideRuleWords().get('support_verb')!) =>
  w.kind === 'word' && (verbs.has(w.norm.replace(/^[وف]/, '')) || w.readings.some((r) => !r.enclitic && verbs.has(r.stem)));

/** A form without و or ف after a carrying verb, only the verb's subject or a time word between and no mark: the noun the
 * verb carries ('واصلت الطائرات قصف المدينة', 'وكثفت قوات النظام قصفها لمواقع المعارضة'), not a second verb. */
export function carriedNoun(words: Word[], i: number): boolean {
  const w = words[i];
  if (w.readings.some((r) => r.proclitics[0] === 'و' || r.proclitics[0] === 'ف')) return false;
  for (let k = i - 1; k >= Math.max(0, i - CARRY_GAP) && words[k].sentence === w.sentence; k--) {
    if (words[k].kind !== 'word') return false;
    if (isSupportVerb(words[k])) return true;
  }
  return false;
}
