// An act told by its verbal noun after a verb that carries it: 'نجح الجيش في قتل العشرات من المسلحين', 'تمكنت قوات
// الأمن من اعتقال خمسة مسلحين', 'وقامت الجماعة بخطف تسعة جنود', 'واصلت الطائرات قصف المدينة'. The carrying verb's subject
// did the act; the noun's object suffered it.
import { CARRY_GAP, isSupportVerb } from './noun-readings.js';
import type { ActorMention } from './actors.js';
import { canAct } from './sides-rules.js';
import { loadSideRuleWords } from './side-rule-words.js';
import { actorsOfSentence } from './sides/choose.js';
import type { Context } from './context.js';
import type { TriggerHit } from './triggers.js';

/** The carrying verb's word index before a verbal-noun trigger (within CARRY_GAP words, no punctuation between), or -1. The noun
 * may take its preposition ('نجح في قتل', 'قامت بخطف') or none ('حاول قتل', 'واصلت الطائرات قصف'). */
function supportVerbAt(ctx: Context, hit: TriggerHit, from: number, verbs: ReadonlySet<string>): number {
  for (let k = hit.first - 1; k >= Math.max(from, hit.first - CARRY_GAP); k--) {
    const w = ctx.words[k];
    if (w.kind !== 'word') return -1;
    if (isSupportVerb(w, verbs)) return k;
  }
  return -1;
}

/** Source and target of an act told by a verbal noun a carrying verb takes, or null when no such verb governs it. */
export function supportedAct(ctx: Context, hit: TriggerHit, clause: [number, number]): { source: ActorMention | null; target: ActorMention | null } | null {
  if (hit.pos !== 'noun') return null;
  const verbs = loadSideRuleWords().get('support_verb')!;
  const sv = supportVerbAt(ctx, hit, clause[0], verbs);
  if (sv < 0) return null;
  const fits = (a: ActorMention) => canAct(ctx, a);
  // Every actor of the sentence, generic ones included ('قوات الأمن').
  const actors = actorsOfSentence(ctx.sides, hit.first);
  // VSO: the subject stands between the verb and the noun; SVO: right before the verb.
  const between = actors.filter((a) => a.first > sv && a.last < hit.first && fits(a));
  const before = actors.filter((a) => a.first >= clause[0] && a.last < sv && sv - a.last <= 3 && fits(a));
  const source = between[0] ?? before[before.length - 1] ?? null;
  // The object: the first actor within four words after the noun, not a preposition's, not a place, not the nisba of the
  // noun itself ('قصف إسرائيلي' names the doer).
  const target = actors.find((a) => a.first > hit.last && a.first <= hit.last + 4 && a.first < clause[1] &&
    !a.prep && !a.place && !(a.form === 'nisba' && a.first === hit.last + 1) && a.entity.id !== source?.entity.id) ?? null;
  return { source, target };
}
