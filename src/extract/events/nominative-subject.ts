// People named by what they are right after a verb, in the nominative of a sound plural or dual ('هاجم مستوطنون منازل',
// 'اقتحم مسلحون مقرا', 'أطلق جنديان النار'): the verb's subject, whatever named actor stands after them. The accusative
// ('اعتقلت الشرطة متظاهرين', 'استهدفا مقاتلين') is the object of a verb that takes one: never its subject.
import type { ActorMention } from './actors.js';
import type { Context } from './context.js';
import type { TriggerHit } from './triggers.js';
import { actorsOfSentence, type SidesOptions } from './sides/choose.js';
import { loadSidesModel } from './sides/model.js';
import { isStruckThing } from '../entities/generic.js';
import { unlessEscort } from './escorts.js';

/** The nominative endings of a sound masculine plural and a dual, on the word's bare form; the accusative one. */
const NOMINATIVE = /(ون|ان)$/;
const ACCUSATIVE = /ين$/;

/** People named by what they are right after the verb, in the given case ending. */
function rightAfter(ctx: Context, hit: TriggerHit, ending: RegExp, definite: boolean): ActorMention | null {
  const a = actorsOfSentence(ctx.sides, hit.first).find((x) => x.first === hit.last + 1);
  if (!a || a.prep || a.place || a.form === 'pronoun' || !a.entity.id.startsWith('rasad:generic:') || isStruckThing(a.entity.id)) return null;
  const w = ctx.words[a.first];
  return w.kind === 'word' && w.readings.some((r) => !r.enclitic && (definite || !r.stem.startsWith('ال')) && ending.test(r.stem)) ? a : null;
}

export function nominativeSubject(ctx: Context, hit: TriggerHit, source: ActorMention | null): ActorMention | null {
  if (hit.pos !== 'verb' || (source && source.first < hit.first)) return null;
  return rightAfter(ctx, hit, NOMINATIVE, false);
}

/** The object in the accusative right after a verb that takes one ('استهدفوا مقاتلين', 'اعتقلت المسلحين'). */
const accusativeObject = (ctx: Context, hit: TriggerHit) => (hit.pos === 'verb' && hit.entry.frame.includes('obj') ? rightAfter(ctx, hit, ACCUSATIVE, true) : null);

/** The sides with such a subject put first: whatever the model read, the nominative after the verb did the act, and
 * the side it read after that subject is who it was done to. The escort of the doers ('بحماية الشرطة') is neither. A model
 * that chooses the sides of its types itself (mode 'choose') is left to choose. */
export function withNominativeSubject(ctx: Context, hit: TriggerHit, read: ActorMention | null, readTarget: ActorMention | null, sides?: SidesOptions): { source: ActorMention | null; target: ActorMention | null } {
  const model = sides?.model === undefined ? loadSidesModel() : sides.model;
  if (model?.mode === 'choose' && model.types.includes(hit.entry.type)) return { source: read, target: readTarget };
  const [src, tgt] = [unlessEscort(read, ctx.words), unlessEscort(readTarget, ctx.words)];
  const subject = nominativeSubject(ctx, hit, src);
  const object = subject ? null : accusativeObject(ctx, hit);
  if (object && src && src.first === object.first) return { source: null, target: tgt && tgt.entity.id !== object.entity.id && tgt.first < object.first ? tgt : object };
  if (!subject || subject.entity.id === src?.entity.id) return { source: src, target: tgt };
  const target = tgt && tgt.entity.id !== subject.entity.id ? tgt : src && src.first > subject.last ? src : null;
  return { source: subject, target };
}
