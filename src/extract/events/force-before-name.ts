// The subject of a verb read through a force named before a person's name ('واعتقلت الشرطة أحمد X'); the entity side is
// src/extract/entities/force-before-person.ts.
import type { ActorMention } from './actors.js';
import type { Context } from './context.js';
import type { TriggerHit } from './triggers.js';
import { actorsOfSentence } from './sides/choose.js';
import { subjectAfter } from './finish.js';
import { DEFINITE_FORM } from '../entities/force-before-person.js';

/** The force named by what it is right after the verb, a person's name after it ('واعتقلت الشرطة أحمد X'): the subject, not
 * the name (a definite noun heads no construct). */
export function forceBeforeName(ctx: Context, hit: TriggerHit): ActorMention | null {
  const force = subjectAfter(ctx, { hit }, true);
  if (!force || !DEFINITE_FORM.test(ctx.words[force.last].norm)) return null;
  return actorsOfSentence(ctx.sides, hit.first).some((a) => a.first === force.last + 1 && a.entity.type === 'PERSON' && a.form !== 'nisba') ? force : null;
}
