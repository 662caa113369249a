// The people an attack hit before the thing it struck: 'انفجرت عبوة لدى مرور حافلة تقل عناصر من الحرس الثوري', 'سقطت
// قذائف على منازل ... ما أسفر عن إصابة ثلاثة من عناصر الجيش'. A thing struck stands for the people there only when the
// sentence names none (entities/generic.ts); where it names them, after a word of who suffered (side_rule_words victim_head),
// they are the target. Read where the sides are finally chosen (code-hit.ts, after the sides model).
import type { ActorMention } from './actors.js';
import type { Context } from './context.js';
import type { TriggerHit } from './triggers.js';
import { isStruckThing } from '../entities/generic.js';
import { MATERIAL_CONFLICT } from './kinds.js';
import { isVictim } from './sides-rules.js';
import { actorsOfSentence } from './sides/choose.js';
import { FORCE_SECTORS } from './strike-agent.js';

/** The target of an act: the people hit in its clause rather than a thing struck the sides chose, else `tgt`. */
export function peopleOverThing(ctx: Context, hit: TriggerHit, clause: [number, number], src: ActorMention | null, tgt: ActorMention | null): ActorMention | null {
  // (A patrol or a post struck is a unit of a force: its people already.)
  if (!tgt || !isStruckThing(tgt.entity.id) || FORCE_SECTORS.has(tgt.sector ?? '') || !MATERIAL_CONFLICT.has(hit.entry.type)) return tgt;
  const people = actorsOfSentence(ctx.sides, hit.first).find((a) => a.first >= clause[0] && a.last < clause[1] && !a.place && !isStruckThing(a.entity.id) && isVictim(ctx, a) && a.entity.id !== src?.entity.id && (!src || !a.entity.country || a.entity.country !== src.entity.country));
  return people ?? tgt;
}
