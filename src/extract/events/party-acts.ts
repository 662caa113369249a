// Acts only ever said of a party (kinds.ts PARTY_ACTS) in a sentence that names no party at all.
import type { Doc, EventRecord } from '../../doc.js';
import type { Word } from '../../arabic/words.js';
import { PARTY_ACTS } from './kinds.js';
import { isActorHead } from './actors.js';
import { eventWords } from './word-lists.js';
import { firstFrom } from '../sorted-spans.js';

const PARTY_BODIES = eventWords('party_bodies');

/** Whether the sentence of an event names any actor, by name (a place is none) or by the head noun of one ('الوزير',
 * 'السلطات'; data/lexicon/actor_heads.tsv) or of a body ('المجلس', 'اللجنة'; event_words.tsv party_bodies): one the sides could not attach ('انتهاكات ترتكبها الجماعات المسلحة', 'وأدان الوزير الهجوم') still
 * tells an act of a party. */
function namesAParty(doc: Doc, words: Word[], e: EventRecord): boolean {
  const { start, end } = e.evidence;
  if (doc.entities.some((x) => x.type !== 'PLACE' && x.mentions.some((m) => m.start >= start && m.end <= end))) return true;
  for (let k = firstFrom(words, start); k < words.length && words[k].start < end; k++) {
    const w = words[k];
    if (w.end <= end && w.kind === 'word' && w.readings.some((r) => isActorHead(r.stem) || PARTY_BODIES.has(r.stem))) return true;
  }
  return false;
}

/** Drops the acts of a party that name neither a source nor a target in a sentence with no actor in it ('لا بد أن',
 * 'وطالبنا بمنحه الفرصة', 'أجرت اتصالاً هاتفياً'): an event coder codes no event without actors (PETRARCH keeps none).
 * Acts of force, protests and withdrawals stay: a place and a toll tell them. */
export function withoutPartylessActs<E extends EventRecord>(events: E[], doc: Doc, words: Word[]): E[] {
  return events.filter((e) => e.source || e.target || !PARTY_ACTS.has(e.type) || namesAParty(doc, words, e));
}
