// A force named as the escort of an act's doers ('اقتحم مستوطنون الأقصى بحماية شرطة الاحتلال', 'تحت حراسة الجيش') guards
// it; it is neither who did the act nor whom it was done to.
import type { Word } from '../../arabic/words.js';
import type { ActorMention } from './actors.js';
import { loadSideRuleWords } from './side-rule-words.js';

const ESCORT = loadSideRuleWords().get('escort')!;

/** An escort noun right before the mention, with ب on it or after 'تحت' ('بحماية', 'تحت حماية'). */
export function escorted(words: Word[], first: number): boolean {
  const w = words[first - 1];
  if (!w || w.kind !== 'word' || w.sentence !== words[first].sentence) return false;
  return w.readings.some((r) => ESCORT.has(r.stem) && (r.proclitics.includes('ب') || (!r.proclitics.length && words[first - 2]?.norm === 'تحت')));
}

/** A side the coder read that is the escort of the doers is no side. */
export const unlessEscort = (a: ActorMention | null, words: Word[]): ActorMention | null => (a && escorted(words, a.first) ? null : a);
