// The body named after a word of belonging ('تابعة لـ'): with an unnamed force or weapon before it ('طائرات مسيرة تابعة
// للجيش السوداني') the actor the phrase names, standing where the phrase stands, not the object of ل; after a named actor
// ('قوات جيش الفتح التابع للمعارضة السورية') no side of its own.
import type { Word } from '../../arabic/words.js';
import type { ActorMention } from './actors.js';
import { loadSideRuleWords } from './side-rule-words.js';

const WORDS = loadSideRuleWords();
const AFFILIATION = WORDS.get('affiliation')!;
const FORCE_NOUNS = WORDS.get('force_noun')!;
/** How many words may stand between the force noun and the word of belonging ('طائرات مسيرة تابعة'). */
const HEAD_REACH = 3;

const isWord = (w: Word | undefined, s: number): w is Word => !!w && w.kind === 'word' && w.sentence === s;
/** A word of a list, written with و or ف or read with any clitics. */
const hasStem = (w: Word | undefined, list: ReadonlySet<string>) => !!w && w.kind === 'word' && (list.has(w.norm.replace(/^[وف]/, '')) || w.readings.some((r) => list.has(r.stem)));
const affiliation = (w: Word | undefined) => hasStem(w, AFFILIATION);
const forceNoun = (w: Word) => w.readings.some((r) => !r.enclitic && FORCE_NOUNS.has(r.stem.replace(/^ال/, '')));

/** The actors with each owner of an unnamed force made the phrase's actor: its words from the force noun on, no preposition.
 * An owner after a named actor ('قوات جيش الفتح التابع للمعارضة') is left as it is: the named one acts. */
export function withForceOwners(actors: ActorMention[], words: Word[]): ActorMention[] {
  const ends = new Set(actors.map((a) => a.last));
  return actors.map((a) => {
    const s = words[a.first]?.sentence;
    const mark = words[a.first - 1];
    if (a.prep !== 'ل' || !isWord(mark, s) || !affiliation(mark) || ends.has(a.first - 2)) return a;
    for (let k = a.first - 2; k >= Math.max(0, a.first - 1 - HEAD_REACH); k--) {
      const w = words[k];
      if (!isWord(w, s) || ends.has(k)) return a;
      if (forceNoun(w)) return { ...a, first: k, start: w.start, prep: null };
    }
    return a;
  });
}

const BELONGING = WORDS.get('belonging')!;
const BACKED = WORDS.get('backed')!;

/** A body named as another's backer ('القوات الموالية للحكومة المدعومة من السعودية'): it backs a party, it is none. */
const backer = (a: ActorMention, words: Word[]) => a.prep === 'من' && a.first >= 2 && isWord(words[a.first - 2], words[a.first].sentence) && hasStem(words[a.first - 2], BACKED);
const SUSPICION = WORDS.get('suspicion')!;

/** A body named after إلى and a word of belonging, with a named actor right before them or a word of suspicion between
 * ('مسلحون ينتمون إلى داعش', 'مسلحون يشتبه بانتمائهم إلى بوكو حرام'). */
function belongsTo(a: ActorMention, ends: Set<number>, words: Word[]): boolean {
  if (a.prep !== 'الي' || a.first < 3 || !hasStem(words[a.first - 2], BELONGING)) return false;
  let k = a.first - 3;
  while (k >= 0 && !ends.has(k) && hasStem(words[k], SUSPICION) && k > a.first - 6) k--;
  return ends.has(k) && words[k].sentence === words[a.first].sentence;
}

/** The actors without a body named after a named actor and a word of belonging ('قوات جيش الفتح التابع للمعارضة',
 * 'مسلحون ينتمون إلى داعش'), nor a backer ('المدعومة من إيران'). */
export function withoutAffiliated(actors: ActorMention[], all: ActorMention[], words: Word[]): ActorMention[] {
  const ends = new Set(all.map((a) => a.last));
  return actors.filter((a) => !(a.prep === 'ل' && a.first >= 2 && ends.has(a.first - 2) && affiliation(words[a.first - 1])) && !belongsTo(a, ends, words) && !backer(a, words));
}
