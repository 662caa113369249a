// An unnamed force or weapon told with the body it belongs to ('طائرات مسيرة تابعة للجيش السوداني', 'عناصر تابعة لقوات
// الدعم السريع'): the body is the actor the phrase names, standing where the phrase stands, not the object of ل.
import type { Word } from '../../arabic/words.js';
import type { ActorMention } from './actors.js';
import { loadSideRuleWords } from './side-rule-words.js';

const WORDS = loadSideRuleWords();
const AFFILIATION = WORDS.get('affiliation')!;
const FORCE_NOUNS = WORDS.get('force_noun')!;
/** How many words may stand between the force noun and the word of belonging ('طائرات مسيرة تابعة'). */
const HEAD_REACH = 3;

const isWord = (w: Word | undefined, s: number): w is Word => !!w && w.kind === 'word' && w.sentence === s;
const affiliation = (w: Word) => AFFILIATION.has(w.norm.replace(/^[وف]/, '')) || w.readings.some((r) => AFFILIATION.has(r.stem));
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
