// Whose thing an attack or a blockade struck: the side named in the genitive after the site, store or route its verb's
// object names ('قطعت القوات معظم طرق إمداد مسلحي داعش', 'دمرت مواقع الحوثيين') owns it; it did not strike.
import type { Word } from '../../../arabic/words.js';
import type { ActorMention } from '../actors.js';
import type { TriggerHit } from '../triggers.js';
import { eventWords } from '../word-lists.js';
import { once } from '../../../once.js';

const OWNED_THINGS = once(() => eventWords('owned_thing_heads'));
const QUANTIFIERS = once(() => eventWords('object_quantifiers'));
const QUOTE_OPENERS = once(() => eventWords('quote_openers'));
/** How many nouns of the chain may stand between the thing and its owner ('طرق إمداد مسلحي داعش'). */
const CHAIN_REACH = 3;
const STRIKING_TYPES = new Set(['ASSAULT', 'COERCE']);

const bare = (w: Word | undefined, sentence: number): w is Word & { kind: 'word' } =>
  !!w && w.kind === 'word' && w.sentence === sentence && w.readings.some((r) => !r.proclitics.length);

/** Whether `a` is named in the genitive chain of the thing the verb's object names right after the verb: a noun of
 * data/lexicon/event_words.tsv owned_thing_heads without the article, after a quantifier at most, then nouns without the
 * article, a preposition or punctuation (but the quote that opens its name) up to the actor. */
export function ownerOfStruckThing(words: Word[], hit: TriggerHit, a: ActorMention): boolean {
  if (hit.pos !== 'verb' || !STRIKING_TYPES.has(hit.entry.type) || !hit.entry.frame.includes('obj') || a.prep) return false;
  const sentence = words[hit.first].sentence;
  let k = hit.last + 1;
  if (bare(words[k], sentence) && words[k].readings.some((r) => !r.proclitics.length && QUANTIFIERS().has(r.stem))) k++;
  const head = words[k];
  if (!bare(head, sentence) || !head.readings.some((r) => !r.proclitics.length && !r.enclitic && OWNED_THINGS().has(r.stem))) return false;
  if (a.first <= k || a.first > k + 1 + CHAIN_REACH) return false;
  // (A name may stand in quotes: 'مسلحي «داعش»'.)
  for (let i = k + 1; i < a.first; i++) {
    const w = words[i];
    if (w.kind === 'punct' && QUOTE_OPENERS().has(w.text) && i === a.first - 1) continue;
    if (!bare(w, sentence) || w.norm.startsWith('ال')) return false;
  }
  return true;
}
