// A verb agrees in gender with a subject that follows it: 'وطالب الحكومة الإيرانية بالكف' (a masculine verb, a feminine
// noun right after it) names the one addressed, not the one demanding; the subject is another ('طالبت الحكومة').
import type { ActorMention } from './actors.js';
import type { Context } from './context.js';
import type { TriggerHit } from './triggers.js';
import { verbAgreement } from './sides/features.js';

/** A masculine singular verb in the perfect ('طالب', 'وهاجم'): no subject suffix. */
const masculinePerfect = (ctx: Context, hit: TriggerHit) => hit.tense === 'perfect' && verbAgreement(hit, ctx.words) === 'm';

/** Whether the actor right after the verb cannot be its subject: a definite feminine singular body ('الحكومة', 'الشرطة',
 * 'المعارضة') after a masculine verb. People are left alone: men's names end in ة too ('حمزة', 'أسامة'). */
export function cannotBeSubject(ctx: Context, hit: TriggerHit, a: ActorMention): boolean {
  if (a.first !== hit.last + 1 || a.entity.type === 'PERSON' || !masculinePerfect(ctx, hit)) return false;
  const w = ctx.words[a.first];
  return w.kind === 'word' && w.readings.some((r) => /^ال.+[^ا]ه$/.test(r.stem) && !r.enclitic);
}
