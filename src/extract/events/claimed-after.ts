// Who claims an attack told before the claim: 'اثر هجوم انتحاري تبنته طالبان', 'تعرضت الثكنة لاعتداء، وقد تبناه تنظيم
// القاعدة'. The verb of claiming takes the act back with its pronoun; the party right after it claimed the act. An act
// laid on someone ('هجوم نسبته السلطات إلى الحركة') is laid on the party after إلى: the subject only tells it. An act
// taken back by a verb of carrying out ('الغارات التي نفذتها مقاتلات تركية', 'الهجوم الذي شنه الحوثيون') was done by the
// party right after it.
import type { ActorMention } from './actors.js';
import { loadSideRuleWords } from './side-rule-words.js';
import { actorsOfSentence } from './sides/choose.js';
import type { Context } from './context.js';
import type { TriggerHit } from './triggers.js';
import type { Word } from '../../arabic/words.js';
import { eventWords } from './word-lists.js';

const RELATIVE = eventWords('relative_pronouns');
const isRelative = (w: Word | undefined) => w?.kind === 'word' && w.readings.some((r) => RELATIVE.has(r.stem));

/** Words after the act within which its claim is looked for. */
const REACH = 15;

export function claimantAfter(ctx: Context, hit: TriggerHit): ActorMention | null {
  const claim = claimAfter(ctx, hit);
  return claim && !claim.carried ? claim.by : null;
}

/** Who carried out an act, named right after the verb that takes it back ('التي نفذتها مقاتلات تركية'), or null. */
export function carrierAfter(ctx: Context, hit: TriggerHit): ActorMention | null {
  const claim = claimAfter(ctx, hit);
  return claim?.carried ? claim.by : null;
}

/** Who tells of an act laid on another ('نسبته السلطات إلى الحركة': the authorities): no side of it. */
export function layerOfAct(ctx: Context, hit: TriggerHit): ActorMention | null {
  return claimAfter(ctx, hit)?.teller ?? null;
}

function claimAfter(ctx: Context, hit: TriggerHit): { by: ActorMention | null; teller: ActorMention | null; carried: boolean } | null {
  const words = loadSideRuleWords();
  const claimed = words.get('claimed_back')!;
  const carriedBack = words.get('carried_back')!;
  const laid = words.get('attributed_back')!;
  const sentence = ctx.words[hit.first].sentence;
  const end = Math.min(ctx.sentenceWords[sentence]?.[1] ?? hit.last + 1, hit.last + REACH);
  for (let k = hit.last + 1; k < end; k++) {
    const w = ctx.words[k];
    const takenBack = (list: ReadonlySet<string>) => w.kind === 'word' && w.readings.some((r) => r.enclitic && /^(ه|ها)$/.test(r.enclitic) && list.has(r.stem.replace(/^[وف]/, '')));
    const onto = takenBack(laid);
    // A verb of carrying out takes back the act noun right before it ('هجوما شنه', 'الغارات الجوية التي نفذتها'), not
    // one further back ('استشهد في الحرب التي تنفذها': the war's, not the death's).
    const carried = !onto && takenBack(carriedBack) && (k === hit.last + 1 || (k <= hit.last + 3 && isRelative(ctx.words[k - 1])));
    if (!onto && !carried && !takenBack(claimed)) continue;
    // (After إلى, the body a noun points back to: 'إلى الحزب'.)
    const named = actorsOfSentence(ctx.sides, hit.first).filter((a) => a.first > k && a.first <= k + (onto ? 6 : 3) && !a.place && (a.form !== 'pronoun' || (onto && a.prep === 'الي')));
    return { by: named.find((a) => (onto ? a.prep === 'الي' : !a.prep)) ?? null, teller: onto ? named.find((a) => !a.prep) ?? null : null, carried };
  }
  return null;
}
