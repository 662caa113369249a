// A death or a wound told with an accident and nobody named who caused it befell; it is no attack: 'أصيب خمسة أشخاص
// بجروح إثر انقلاب سيارة', 'لقي 13 شخصا مصرعهم بعد ما غرق مركب', 'توفي ثلاثة أشخاص في حادث مروري'.
import type { Word } from '../../arabic/words.js';
import type { TriggerHit } from './triggers.js';
import type { Context } from './context.js';
import { eventWords } from './word-lists.js';
import { loadSideRuleWords } from './side-rule-words.js';

const ACCIDENT = eventWords('accident_words');
/** Weapons and strikes ('برصاص', 'قصف', 'غارة'): with one in the sentence the harm was done by somebody. */
const STRIKE_WORDS = loadSideRuleWords().get('agent_marker')!;
/** How far (in words) from the act the accident is told. */
const ACCIDENT_REACH = 12;

const stems = (w: Word) => (w.kind === 'word' ? w.readings.map((r) => r.stem) : []);

/** Whether harm with no doer named is told as an accident in its sentence. */
export function toldAsAccident(ctx: Context, hit: TriggerHit): boolean {
  if (hit.entry.type !== 'ASSAULT') return false;
  const [from, to] = ctx.sentenceWords[ctx.words[hit.first].sentence] ?? [hit.first, hit.last + 1];
  let accident = false;
  for (let k = from; k < to; k++) {
    const w = ctx.words[k];
    const own = stems(w);
    // 'بنيران', 'قذائف' name a strike wherever they stand; 'يد' and 'قبل' only bring in a doer ('من قبل', 'على يد').
    if (own.some((s) => STRIKE_WORDS.has(s) && s !== 'يد' && s !== 'قبل')) return false;
    if (accident || Math.abs(k - hit.first) > ACCIDENT_REACH) continue;
    const next = ctx.words[k + 1];
    accident = own.some((s) => ACCIDENT.has(s) || (!!next && next.sentence === w.sentence && ACCIDENT.has(`${s} ${next.norm}`)));
  }
  return accident;
}
