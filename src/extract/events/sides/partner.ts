// The partner a trigger's 'مع' names, however far in its clause: the subject's titles may stand between
// ('ناقش الأمير ... وزير الدفاع، مع وزير الدفاع الأمريكي').
import type { ActorMention } from '../actors.js';
import type { Context } from '../context.js';
import type { TriggerHit } from '../triggers.js';
import { actorsInRange } from '../speech-sides.js';
import { eventWords } from '../word-lists.js';
import { once } from '../../../once.js';

const OWN_MEA_HEADS = once(() => eventWords('own_mea_heads'));

/** The first actor that 'مع' governs and `accept` takes from word `from` (past the words the rules read near the trigger)
 * before the clause ends at word `to`: not past another act named after the trigger ('التقى السفير ... لدعم رفض الاتفاق مع
 * إيران': the agreement's partner, not the meeting's), nor after a noun that takes its own 'مع' ('الحدود مع لبنان'). */
export function farPartner(ctx: Context, hit: TriggerHit, from: number, to: number, accept: (a: ActorMention) => boolean): ActorMention | undefined {
  const acts = ctx.lookups.triggerWords;
  let end = to;
  if (acts) for (let k = hit.last + 1; k < to; k++) if (acts.has(k)) { end = k; break; }
  const ownMea = (a: ActorMention) => {
    const w = ctx.words[a.first - 2];
    return w?.kind === 'word' && w.readings.some((r) => OWN_MEA_HEADS().has(r.stem));
  };
  return actorsInRange(ctx, from, end).find((a) => a.prep === 'مع' && !ownMea(a) && accept(a));
}
