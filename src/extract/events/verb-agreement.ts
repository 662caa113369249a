// A verb agrees in gender with a subject that follows it: 'وطالب الحكومة الإيرانية بالكف' (a masculine verb, a feminine
// noun right after it) names the one addressed, not the one demanding; the subject is another ('طالبت الحكومة').
import { isActorHead, type ActorMention } from './actors.js';
import type { Context } from './context.js';
import type { TriggerHit } from './triggers.js';
import { verbAgreement } from './sides/features.js';
import { eventWords } from './word-lists.js';
import { once } from '../../once.js';

const STRUCK_THINGS = once(() => eventWords('struck_thing_heads'));
const BODY_HEADS = once(() => eventWords('subject_body_heads'));

/** A masculine singular verb in the perfect ('طالب', 'وهاجم'): no subject suffix. */
const masculinePerfect = (ctx: Context, hit: TriggerHit) => hit.tense === 'perfect' && verbAgreement(hit, ctx.words) === 'm';

/** Whether the actor right after the verb cannot be its subject: a definite feminine singular body ('الحكومة', 'الشرطة',
 * 'المعارضة') after a masculine verb. People are left alone: men's names end in ة too ('حمزة', 'أسامة'). */
export function cannotBeSubject(ctx: Context, hit: TriggerHit, a: ActorMention): boolean {
  if (a.first !== hit.last + 1 || a.entity.type === 'PERSON' || !masculinePerfect(ctx, hit)) return false;
  const w = ctx.words[a.first];
  return w.kind === 'word' && w.readings.some((r) => /^ال.+[^ا]ه$/.test(r.stem) && !r.enclitic);
}

/** A word with the article and a nisba's ending ('السعودية', 'الحوثيون'): it may qualify the definite noun before it. */
const qualifies = (w: { norm: string }) => /^[وف]?ال.*(ي|يه|يون|يين|يان)$/.test(w.norm);

/** Whether the verb's subject is a body named by its head alone, right after the verb and before the actor
 * ('وقصفت القوات مواقع تنظيم داعش', 'قصفت الطائرات مواقع الحوثيين'): a definite head noun of data/lexicon/actor_heads.tsv
 * that no actor mention holds. The actor after it is the verb's object, not its subject. */
export function afterUnnamedSubject(ctx: Context, hit: TriggerHit, a: ActorMention): boolean {
  const k = hit.last + 1;
  const w = ctx.words[k];
  if (a.first <= k || !w || w.kind !== 'word' || w.sentence !== ctx.words[hit.first].sentence) return false;
  if (!w.norm.startsWith('ال')) return false;
  const actorHead = w.readings.some((r) => isActorHead(r.stem));
  if (!actorHead && !w.readings.some((r) => BODY_HEADS().has(r.stem))) return false;
  if (ctx.actors.some((m) => m.first <= k && k <= m.last)) return false;
  // A named body right after the definite head is no construct of it (a noun with the article takes none) and no
  // qualifier (a nisba is one; a person's name stands in apposition): it is the object ('واتهمت الوزارة حكومة الاحتلال',
  // 'وانتقدت الحركة الحكومة الإسرائيلية').
  const next = ctx.actors.find((m) => m.first === k + 1);
  if (next && !qualifies(ctx.words[k + 1]) && next.form !== 'nisba' && next.entity.type !== 'PERSON' && !next.prep) return a.first >= k + 1;
  if (!actorHead) return false;
  // The actor is the object: the owner of a struck thing named right after the head ('مواقع تنظيم داعش'), or, right after
  // the head, in the oblique after a head that is not ('قصفت الطائرات الحوثيين'); a word of the head's case qualifies it
  // ('المسلحون الحوثيون', 'المخابرات العامة الأردنية', 'المتحدث باسم المجلس').
  // (And so is every actor after it: 'الحوثيين وقوات صالح'.)
  const thing = ctx.words[k + 1];
  const startsAt = (i: number) => ctx.actors.some((m) => m.first === i);
  if (startsAt(k + 2) && thing?.kind === 'word' && thing.readings.some((r) => !r.proclitics.length && STRUCK_THINGS().has(r.stem))) return a.first >= k + 2;
  return startsAt(k + 1) && ctx.words[k + 1].norm.endsWith('ين') && !w.norm.endsWith('ين') && a.first >= k + 1;
}
