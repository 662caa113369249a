// Whom a protest is against, when the rules found no target: what the protesters demand or denounce names it
// ('مطالبين برحيل X', 'للتنديد بزيارة X', 'احتجاجا على X', 'ضد X'). The cue words are data
// (data/lexicon/side_rule_words.tsv, class protest_aim).
import type { Context } from './context.js';
import type { TriggerHit } from './triggers.js';
import type { ActorMention } from './actors.js';
import { loadSideRuleWords } from './side-rule-words.js';
import { actorsInRange } from './speech-sides.js';

const AIMS = loadSideRuleWords().get('protest_aim')!;
const FRONTS = loadSideRuleWords().get('protest_front')!;
/** How many words after 'أمام' the body may start: 'أمام مقر رئاسة الوزراء'. */
const FRONT_REACH = 3;
/** How many words after the cue its actor may start: 'مطالبين بوضوح برحيل السلطات'. */
const REACH = 4;

const inSet = (set: ReadonlySet<string>) => (norm: string) => set.has(norm) || set.has(norm.replace(/^[وف]/, ''));
const isAim = inSet(AIMS);
const isFront = inSet(FRONTS);

/** The first actor named in the demand or denunciation of a protest's sentence (from its trigger on), or null.
 * `acts`: whether a mention may be a party ('canAct' of the side rules: a capital may, a town may not). */
export function protestTarget(ctx: Context, hit: TriggerHit, source: ActorMention | null, acts: (a: ActorMention) => boolean): ActorMention | null {
  if (hit.entry.type !== 'PROTEST') return null;
  const [from, to] = ctx.sentenceWords[ctx.words[hit.first].sentence];
  for (let k = hit.first; k < to; k++) {
    const w = ctx.words[k];
    if (w.kind !== 'word' || !isAim(w.norm)) continue;
    // What is named after 'في' is where ('في بانكوك', 'الحرب في العراق'), not whom, and so is a place that cannot
    // stand for its government ('بحماية سكان البلدة'); nor is who protests its target.
    const a = actorsInRange(ctx, k + 1, Math.min(to, k + 1 + REACH)).find((x) => x.last < to && x.prep !== 'في' && (!x.place || acts({ ...x, prep: null })) && x.entity.id !== source?.entity.id);
    if (a) return a;
  }
  // ... else the body before whose building they gather ('تجمعوا أمام مقر البرلمان', 'خارج السفارة الصينية'): not a place
  // that cannot stand for its government ('أمام مبنى المحافظة' in a town is where).
  for (let k = from; k < to; k++) {
    const w = ctx.words[k];
    if (w.kind !== 'word' || !isFront(w.norm)) continue;
    const a = actorsInRange(ctx, k + 1, Math.min(to, k + 1 + FRONT_REACH)).find((x) => x.first <= k + FRONT_REACH && x.last < to && (!x.place || acts({ ...x, prep: null })) && x.entity.id !== source?.entity.id);
    if (a) return a;
  }
  return null;
}
