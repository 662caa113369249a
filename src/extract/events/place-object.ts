// A place as the act's own object ('فيما قصفت الطائرات العراقية بلدة الكرمة', 'قصفت قوات النظام الحولة وتلبيسة', 'قصفت
// طائرات قرية قرب ...'): the act is aimed at that place (its country, as the place's target is coded: where-they-act.ts
// targetPlaces), not at the report's other party, even when another clause of the sentence tells a clash between two
// parties ('تتواصل المعارك بين الجيش ومسلحي التنظيم ..., فيما قصفت ...').
import { prepositionBefore, type ActorMention } from './actors.js';
import type { Context } from './context.js';
import type { TriggerHit } from './triggers.js';
import type { Word } from '../../arabic/words.js';
import { actorsOfSentence } from './sides/choose.js';
import { loadSideRuleWords } from './side-rule-words.js';

/** Words at most between the verb (or its subject after it) and the place: a head noun ('بلدة', 'مدينة'), an adverb ('أمس'). */
const GAP = 2;

const INHABITED = loadSideRuleWords().get('inhabited_place')!;
/** A bare head of an inhabited place ('قرية', 'بلدة', 'أحياء'), no preposition or conjunction on it. */
const inhabitedHead = (w: Word | undefined) => !!w && w.kind === 'word' && w.readings.some((r) => !r.proclitics.length && INHABITED.has(r.stem));

/** Whether an act framed with an object takes a place as its object: bare (no preposition), first after the verb or after
 * its subject when the subject follows the verb (VSO), in the act's clause; a named place, or the head of an inhabited
 * one whose genitive names no party ('قرية قرب لشكرقاه', not 'أحياء المعارضة'). */
export function placeObject(ctx: Context, hit: TriggerHit, clause: [number, number], src: ActorMention | null): boolean {
  if (hit.pos !== 'verb' || !hit.entry.frame.includes('obj')) return false;
  const from = src && src.first > hit.last ? src.last : hit.last;
  const end = Math.min(clause[1], from + 2 + GAP);
  const a = actorsOfSentence(ctx.sides, hit.first).find((x) => x.first > from);
  for (let k = from + 1; k < end; k++) {
    const w = ctx.words[k];
    // Only words between, none of them punctuation or governed by a preposition ('في منطقة', 'بالقرب من'): the object is bare.
    if (w.kind !== 'word' || prepositionBefore(ctx.words, k, w.start) || w.readings.every((r) => r.proclitics.some((p) => p === 'ب' || p === 'ل' || p === 'ك'))) return false;
    if (a && a.first === k) return a.place && !a.prep;
    if (inhabitedHead(w)) return !a || a.place || a.first > k + GAP;
  }
  return false;
}
