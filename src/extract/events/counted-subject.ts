// A counted crowd right after an active verb of doing is its subject: 'واقتحم عشرات المستوطنين باحات المسجد', 'فجر ثلاثة
// انتحاريين أنفسهم'. The frame reads the first actor after the verb as its object, which a count after a verb of killing
// is ('قتل ثلاثة جنود': they were killed); after a verb that is no harm suffered, the count opens who did it.
import type { ActorMention } from './actors.js';
import type { Context } from './context.js';
import type { TriggerHit } from './triggers.js';
import { isStruckThing } from '../entities/generic.js';
import { actorsOfSentence } from './sides/choose.js';
import { sideCues, voiceOf } from './sides/features.js';
import { eventWords } from './word-lists.js';

/** Modes whose verb, active in form, is read with what suffered it after it ('قتل ثلاثة جنود'). */
const SUFFERED = new Set(['killing', 'wounding', 'losses', 'abduction', 'execution', 'massacre', 'destruction']);

const CROWD_COUNTS = eventWords('crowd_counts');
const counts = (ctx: Context, k: number) => {
  const w = ctx.words[k];
  return !!w && (w.kind === 'number' || (w.kind === 'word' && w.readings.some((r) => CROWD_COUNTS.has(r.stem) || CROWD_COUNTS.has(r.stem.replace(/^ال/, '')))));
};

/** The crowd a count right after an active perfect verb of doing opens ('اقتحم عشرات المستوطنين'), or null. */
export function countedSubject(ctx: Context, hit: TriggerHit): ActorMention | null {
  // (An arrest or a raid is done to the crowd it names: 'طالت 22 فلسطينيا'.)
  if (hit.pos !== 'verb' || hit.tense !== 'perfect' || hit.entry.type === 'COERCE' || SUFFERED.has(hit.entry.mode) || hit.entry.frame[0] === 'victim' || voiceOf(hit, ctx.words, sideCues()) === 'passive') return null;
  const k = hit.last + 1;
  if (!counts(ctx, k)) return null;
  // ('عشرات من المستوطنين': past the partitive.)
  const at = ctx.words[k + 1]?.kind === 'word' && ctx.words[k + 1].norm === 'من' ? k + 2 : k + 1;
  return actorsOfSentence(ctx.sides, hit.first).find((a) => a.first === at && !a.place && a.entity.id.startsWith('rasad:generic:') && !isStruckThing(a.entity.id)) ?? null;
}

/** The sides with a counted crowd after the verb as the doer, not the object. */
export function withCountedSubject(ctx: Context, hit: TriggerHit, src: ActorMention | null, tgt: ActorMention | null): [ActorMention | null, ActorMention | null] {
  const crowd = countedSubject(ctx, hit);
  if (!crowd || (src && src.entity.id !== crowd.entity.id && src.first < hit.first)) return [src, tgt];
  return [crowd, tgt && tgt.entity.id === crowd.entity.id ? null : tgt];
}
