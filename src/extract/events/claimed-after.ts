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
import { isRelativePronoun } from './word-lists.js';

/** Words after the act within which its claim is looked for. */
const REACH = 15;

/** What a verb after the act that takes it back with its pronoun says of it: who claimed it, who carried it out, or who laid it on another. */
export interface TakenBack {
  by: ActorMention | null;
  teller: ActorMention | null;
  carried: boolean;
}

/** The party after «تبنته», «تبناه» that claimed the act, or null. */
export const claimantOf = (t: TakenBack | null) => (t && !t.carried ? t.by : null);

/** Who carried out an act, named right after the verb that takes it back ('التي نفذتها مقاتلات تركية'), or null. */
export const carrierOf = (t: TakenBack | null) => (t?.carried ? t.by : null);

/** Who tells of an act laid on another ('نسبته السلطات إلى الحركة': the authorities): no side of it. */
export const layerOf = (t: TakenBack | null) => t?.teller ?? null;

/** The first verb within reach after the act that takes it back with its pronoun, read once per act. */
export function takenBackAfter(ctx: Context, hit: TriggerHit): TakenBack | null {
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
    const carried = !onto && takenBack(carriedBack) && (k === hit.last + 1 || (k <= hit.last + 3 && isRelativePronoun(ctx.words[k - 1])));
    if (!onto && !carried && !takenBack(claimed)) continue;
    // (After إلى, the body a noun points back to: 'إلى الحزب'.)
    const named = actorsOfSentence(ctx.sides, hit.first).filter((a) => a.first > k && a.first <= k + (onto ? 6 : 3) && !a.place && (a.form !== 'pronoun' || (onto && a.prep === 'الي')));
    return { by: named.find((a) => (onto ? a.prep === 'الي' : !a.prep)) ?? null, teller: onto ? named.find((a) => !a.prep) ?? null : null, carried };
  }
  return null;
}
