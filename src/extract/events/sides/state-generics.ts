// The target of an act the sides model does not code (talks, demands, accusations), named by what it is: 'محادثات مع
// مسؤولين بارزين في أوكرانيا', 'التقى مسؤولين عراقيين'. The hand rules read named actors only, and leave generic ones to
// the model, which codes attacks and protests alone: a state's people named by what they are (officials, soldiers,
// police, judges) with a country stand for it as its name does; and whoever an act of coercion is done to (CAMEO 17x).
import type { ActorMention } from '../actors.js';
import type { TriggerHit } from '../triggers.js';
import { STATE_SECTORS } from '../kinds.js';
import { actorsOfSentence, type SidesContext, type Sides } from './choose.js';

/** Words at most between the act and the people it was aimed at. */
const REACH = 4;

/** Whether the people's country is told with them: by a nisba ('مسؤولين عراقيين'), or, when it was inferred from the
 * sentence's place, by that place right after them ('مسؤولين بارزين في أوكرانيا'), not by a place told elsewhere. */
function ownCountry(ctx: SidesContext, a: ActorMention): boolean {
  if (!a.entity.id.includes(':in-')) return true;
  return actorsOfSentence(ctx, a.first).some((m) => m.first > a.last && m.first - a.last <= 3 && (m.place || m.entity.type === 'COUNTRY') && m.entity.country === a.entity.country);
}

/** The rules' sides, with an empty target filled by a state's people named by what they are right after the act, with
 * the preposition its frame takes (none for 'obj'), in its clause, other than the source. */
export function withStateGenericTarget(ctx: SidesContext, hit: TriggerHit, clause: [number, number], rule: Sides): Sides {
  if (rule.target) return rule;
  const frame = hit.entry.frame;
  // Without a preposition only once the doer is known and named before it: right after a verb it may be the subject
  // ('وتدعم دول قوات التحالف').
  const takes = (a: ActorMention) => (a.prep ? frame.includes(a.prep) : frame.includes('obj') && !!rule.source && a.first > rule.source.last);
  // Coercion is done to people of any kind ('القبض على ثلاثة متظاهرين', 'اعتقال صحفيين'), not to struck things.
  const coercion = hit.entry.cameo.startsWith('17');
  const aimed = (a: ActorMention) => (!!a.entity.country && STATE_SECTORS.has(a.sector ?? '') && ownCountry(ctx, a))
    || (coercion && !a.entity.id.startsWith('rasad:generic:struck_'));
  const target = actorsOfSentence(ctx, hit.first).find((a) => a.first > hit.last && a.first - hit.last - 1 <= REACH && a.last < clause[1]
    && a.entity.id.startsWith('rasad:generic:') && takes(a) && a.entity.id !== rule.source?.entity.id && aimed(a));
  return target ? { ...rule, target } : rule;
}
