// A verbal noun with its doer in the genitive and what was done after it in the accusative ('اعتقال الشرطة المصرية ثلاثة
// ناشطين', 'بمنع المسلحين ألف عائلة من الخروج', 'استهداف الجيش المدنيين'): the genitive is who did it, the accusative who
// suffered it. Without an accusative after it the genitive is read as the rules read it (mostly the object: 'قصف المدينة').
import type { ActorMention } from './actors.js';
import type { Context } from './context.js';
import type { TriggerHit } from './triggers.js';
import { actorsOfSentence } from './sides/choose.js';
import { isStruckThing } from '../entities/generic.js';
import { isCountWord } from '../quantities/numbers.js';

/** An indefinite count right at word k ('ثلاثة ناشطين', 'ألف عائلة', '25 شخصا'): an accusative object, not the genitive's
 * adjective ('الجنود الثلاثة'). */
function countAt(ctx: Context, k: number): boolean {
  const w = ctx.words[k];
  if (!w || w.sentence !== ctx.words[k - 1]?.sentence) return false;
  if (w.kind === 'number') return true;
  return w.kind === 'word' && w.readings.some((r) => !r.proclitics.length && isCountWord(r.stem));
}

/** Frames of nouns that take no object of their own: a preposition introduces whom they concern (in matching form, as
 * lexicon.ts stores frames). */
const PREPOSITION_FRAMES = new Set(['من', 'في', 'الي', 'علي', 'ضد', 'عن']);
/** Acts of force and movement only: the genitive of a word of speech may be whom it addresses ('دعوة روسيا للاشتراك'), and
 * that of control more often its holder than its taker ('لاستعادة الجامعة من سيطرة التنظيم'). */
const MATERIAL = new Set(['ASSAULT', 'RETREAT', 'MOBILIZE']);
const intransitive = (hit: TriggerHit) => MATERIAL.has(hit.entry.type) && !hit.entry.frame.some((f) => f === 'obj' || f === 'sym' || f === 'victim' || f === 'none' || f === 'بين')
  && PREPOSITION_FRAMES.has(hit.entry.frame[0]);

/** The doer and (when it is a party) the object of a verbal noun read with both, or null. `canAct`: who may do the act. */
export function genitiveAgent(ctx: Context, hit: TriggerHit, canAct: (a: ActorMention) => boolean): { agent: ActorMention; object: ActorMention | null; intransitive?: boolean } | null {
  if (hit.pos !== 'noun' || hit.entry.mode === 'killing' || hit.entry.mode === 'wounding') return null;
  const actors = actorsOfSentence(ctx.sides, hit.first);
  const agent = actors.find((a) => a.first === hit.last + 1 && !a.prep && !a.place && a.form !== 'pronoun' && !isStruckThing(a.entity.id) && canAct(a));
  if (!agent) return null;
  // A noun whose object comes only after a preposition ('انسحاب الجيش من المدينة', 'توغل القوات في'): its genitive did it.
  if (intransitive(hit)) return { agent, object: null, intransitive: true };
  if (!hit.entry.frame.includes('obj')) return null;
  // The widest mention ending the genitive ('الشرطة المصرية', not its nisba alone).
  const end = Math.max(...actors.filter((a) => a.first >= agent.first && a.first <= agent.last).map((a) => a.last));
  const at = (k: number) => actors.find((a) => a.first === k && !a.prep && a.entity.id !== agent.entity.id);
  const counted = countAt(ctx, end + 1);
  // ... or the people the count counts, right after it ('ثلاثة ناشطين').
  const object = at(end + 1) ?? (counted ? at(end + 2) : undefined);
  if (!object && !counted) return null;
  return { agent, object: object && !object.place ? object : null };
}
