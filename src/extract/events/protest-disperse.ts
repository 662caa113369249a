// The force that breaks up a protest ('استخدم الجيش الغاز المسيل للدموع لتفريق المتظاهرين', 'فرقت الشرطة التظاهرة'):
// with no demand or building naming whom the protest is against, the GSR annotators code that force as its target.
// The words are data (data/lexicon/side_rule_words.tsv, class protest_disperse).
import type { Context } from './context.js';
import type { ActorMention } from './actors.js';
import { loadSideRuleWords } from './side-rule-words.js';
import { actorsOfSentence } from './sides/choose.js';
import { STATE_SECTORS, isStateForce } from './kinds.js';

const DISPERSE = loadSideRuleWords().get('protest_disperse')!;
/** How far before the dispersing word its doer may be named ('استخدم الجيش أمس قنابل مسيلة للدموع وخراطيم المياه لتفريق'). */
const BEFORE = 12;
/** How far after a dispersing verb its subject may stand ('فرقت قوات الأمن'). */
const AFTER = 3;

/** The state force that disperses the protesters in words [from, to) of a protest's sentence, or null; never `source`. */
export function dispersingForce(ctx: Context, from: number, to: number, source: ActorMention | null): ActorMention | null {
  // A state body taken as who protests ('تظاهر الآلاف مطالبين باستقالة الحكومة'): the sides are not what they seem.
  if (source && STATE_SECTORS.has(source.sector ?? '')) return null;
  const forces = actorsOfSentence(ctx.sides, from).filter((a) => a.first >= from && a.last < to && !a.place && isStateForce(a) && a.entity.id !== source?.entity.id);
  if (!forces.length) return null;
  for (let k = from; k < to; k++) {
    const w = ctx.words[k];
    if (w.kind !== 'word' || !w.readings.some((r) => DISPERSE.has(r.stem))) continue;
    // The subject of a verb after it ('فرقت الشرطة'), else the nearest force named before it.
    const after = forces.find((a) => a.first > k && a.first <= k + AFTER);
    if (after && w.readings.some((r) => r.proclitics.length === 0 && !r.stem.startsWith('ت'))) return after;
    const before = forces.filter((a) => a.last < k && a.last >= k - BEFORE);
    if (before.length) return before[before.length - 1];
  }
  return null;
}
