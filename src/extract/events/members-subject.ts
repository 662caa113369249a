// Members named right after a verb of attack are its subject (src/extract/events/sides-rules.ts reads them).
import type { TriggerHit } from './triggers.js';
import type { ActorMention } from './actors.js';
import type { Context } from './context.js';
import { loadSideRuleWords } from './side-rule-words.js';

const VICTIM_HEADS = loadSideRuleWords().get('victim_head')!;

/** Members named right after a verb of an act that has a doer ('هاجمت عناصر داعشية حاجزا'): its subject, though the
 * noun of members also counts victims ('مقتل عناصر'). Not after a verb of killing or wounding, whose passive reads
 * the same ('قتل عناصر من الشرطة'). */
export function membersRightAfter(ctx: Context, hit: TriggerHit, a: ActorMention): boolean {
  if (hit.pos !== 'verb' || a.prep || a.place || a.first !== hit.last + 2) return false;
  const m = hit.entry.mode;
  if (m === 'killing' || m === 'wounding' || hit.entry.frame.includes('victim') || hit.entry.frame.includes('none')) return false;
  const head = ctx.words[hit.last + 1];
  return head.kind === 'word' && head.readings.some((r) => VICTIM_HEADS.has(r.stem)) && ctx.words[a.first].sentence === ctx.words[hit.first].sentence;
}
