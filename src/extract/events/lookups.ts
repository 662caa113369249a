// Document-wide facts the rules would otherwise recompute for every trigger hit (a scan of all the
// document's quotes, sentences or actors per hit makes coding quadratic in the document's length):
// computed once per document, on first use, and kept in the coder's context.
import type { Doc } from '../../doc.js';
import type { ActorMention } from './actors.js';
import type { SentencePlaces } from './attributes.js';

export interface Lookups {
  /** Where each quote's speech reaches: a direct quote to its end, indirect speech to the end of its sentence. */
  quoteReach: number[];
  /** The speaker of each quote as an actor, once asked for (by quote index). */
  speakers: Map<number, ActorMention | null>;
  /** The document's sides, counted on first use (sides-rules). */
  sides?: SideTally;
  /** The document's places by sentence, indexed on first use (attributes.ts). */
  places?: Map<number, SentencePlaces>;
  /** Sentences that tell a non-military bombing (CAMEO 183): no state is guessed to attack in them. */
  bombings?: ReadonlySet<number>;
  /** Words where a trigger hit starts: an act named between a verb and a far preposition takes it (sides-rules). */
  triggerWords?: ReadonlySet<number>;
}

/** The sides of a document's conflict (a country's state, or a non-state group) as its actors name them. */
export interface SideTally {
  /** Mentions of each side, not as a place. */
  mentions: Map<string, number>;
  /** The first mention of each side as its country ('SY|state'), and its first mention not as a place. */
  country: Map<string, ActorMention>;
  first: Map<string, ActorMention>;
  /** The sides of a country (places and outlets aside), most mentioned first, with the actor naming each. */
  ranked: [string, { a: ActorMention; n: number }][];
}

/** The sentence an offset lies in (sentences come in text order and do not overlap), or undefined. */
export function sentenceAt(sentences: Doc['sentences'], at: number): Doc['sentences'][number] | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid].start <= at) lo = mid + 1;
    else hi = mid - 1;
  }
  const s = sentences[hi];
  return s && s.start <= at && at < s.end ? s : undefined;
}

export function buildLookups(doc: Doc): Lookups {
  const quoteReach = doc.quotes.map((q) => Math.max(q.end, q.direct ? q.end : sentenceAt(doc.sentences, q.start)?.end ?? q.start));
  return { quoteReach, speakers: new Map() };
}
