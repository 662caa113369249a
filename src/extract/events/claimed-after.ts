// Who claims an attack told before the claim: 'اثر هجوم انتحاري تبنته طالبان', 'تعرضت الثكنة لاعتداء، وقد تبناه تنظيم
// القاعدة'. The verb of claiming takes the act back with its pronoun; the party right after it claimed the act.
import type { ActorMention } from './actors.js';
import { loadSideRuleWords } from './side-rule-words.js';
import { actorsOfSentence } from './sides/choose.js';
import type { Context } from './context.js';
import type { TriggerHit } from './triggers.js';

/** Words after the act within which its claim is looked for. */
const REACH = 15;

export function claimantAfter(ctx: Context, hit: TriggerHit): ActorMention | null {
  const claimed = loadSideRuleWords().get('claimed_back')!;
  const sentence = ctx.words[hit.first].sentence;
  const end = Math.min(ctx.sentenceWords[sentence]?.[1] ?? hit.last + 1, hit.last + REACH);
  for (let k = hit.last + 1; k < end; k++) {
    const w = ctx.words[k];
    if (w.kind !== 'word' || !w.readings.some((r) => r.enclitic && /^(ه|ها)$/.test(r.enclitic) && claimed.has(r.stem.replace(/^[وف]/, '')))) continue;
    return actorsOfSentence(ctx.sides, hit.first).find((a) => a.first > k && a.first <= k + 3 && !a.prep && !a.place && a.form !== 'pronoun') ?? null;
  }
  return null;
}
