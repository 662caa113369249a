// People named by what they are right after a verb, in the nominative of a sound plural or dual ('هاجم مستوطنون منازل',
// 'اقتحم مسلحون مقرا', 'أطلق جنديان النار'): the verb's subject, whatever named actor stands after them. The accusative
// ('اعتقلت الشرطة متظاهرين', 'فرقت متظاهرين') is an object and is left alone.
import type { ActorMention } from './actors.js';
import type { Context } from './context.js';
import type { TriggerHit } from './triggers.js';
import { actorsOfSentence, type SidesOptions } from './sides/choose.js';
import { loadSidesModel } from './sides/model.js';
import { isStruckThing } from '../entities/generic.js';
import { unlessEscort } from './escorts.js';

/** The nominative endings of a sound masculine plural and a dual, on the word's bare form. */
const NOMINATIVE = /(ون|ان)$/;

export function nominativeSubject(ctx: Context, hit: TriggerHit, source: ActorMention | null): ActorMention | null {
  if (hit.pos !== 'verb' || (source && source.first < hit.first)) return null;
  const a = actorsOfSentence(ctx.sides, hit.first).find((x) => x.first === hit.last + 1);
  if (!a || a.prep || a.place || a.form === 'pronoun' || !a.entity.id.startsWith('rasad:generic:') || isStruckThing(a.entity.id)) return null;
  const w = ctx.words[a.first];
  return w.kind === 'word' && w.readings.some((r) => !r.enclitic && !r.stem.startsWith('ال') && NOMINATIVE.test(r.stem)) ? a : null;
}

/** The sides with such a subject put first: whatever the model read, the nominative after the verb did the act, and
 * the side it read after that subject is who it was done to. The escort of the doers ('بحماية الشرطة') is neither. A model
 * that chooses the sides of its types itself (mode 'choose') is left to choose. */
export function withNominativeSubject(ctx: Context, hit: TriggerHit, read: ActorMention | null, readTarget: ActorMention | null, sides?: SidesOptions): { source: ActorMention | null; target: ActorMention | null } {
  const model = sides?.model === undefined ? loadSidesModel() : sides.model;
  if (model?.mode === 'choose' && model.types.includes(hit.entry.type)) return { source: read, target: readTarget };
  const [src, tgt] = [unlessEscort(read, ctx.words), unlessEscort(readTarget, ctx.words)];
  const subject = nominativeSubject(ctx, hit, src);
  if (!subject || subject.entity.id === src?.entity.id) return { source: src, target: tgt };
  const target = tgt && tgt.entity.id !== subject.entity.id ? tgt : src && src.first > subject.last ? src : null;
  return { source: subject, target };
}
