// People named by what they are, as the object of an act ('اعتقلت الشرطة ثلاثة طلاب', 'فرقت الشرطة متظاهرين', 'طردت
// السلطات صحفيين'): the act's target, before any guess from the place. Only for acts the sides model does not read: it
// weighs generic actors itself for its own types (ASSAULT, PROTEST).
import type { ActorMention } from './actors.js';
import type { Context } from './context.js';
import type { TriggerHit } from './triggers.js';
import { actorsOfSentence } from './sides/choose.js';
import { loadSidesModel } from './sides/model.js';
import { isStruckThing } from '../entities/generic.js';
import { loadSideRuleWords } from './side-rule-words.js';
import { once } from '../../once.js';

/** Words between the verb (or its subject after it) and the object, at most: a count ('ثلاثة طلاب'), 'جميع', an adverb. */
const GAP = 3;

export function genericObject(ctx: Context, hit: TriggerHit, clause: [number, number], src: ActorMention | null): ActorMention | null {
  // With no subject named, the first people after the verb are its subject ('دعا ناشطون إلى').
  if (!src || !hit.entry.frame.includes('obj') || loadSidesModel()?.types.includes(hit.entry.type)) return null;
  // Right after the verb and its subject (VSO), or right after the verb (SVO).
  const from = src.first > hit.last ? src.last : hit.last;
  const a = actorsOfSentence(ctx.sides, hit.first).find((x) => x.first > from);
  if (!a || a.last >= clause[1] || a.place || !a.entity.id.startsWith('rasad:generic:') || isStruckThing(a.entity.id)) return null;
  // Only counts between ('ثلاثة طلاب', 'عددا من الطلاب', 'جميع الموظفين'): another word makes it part of another phrase
  // ('في بيان صحافي').
  const counting = countWords();
  const counted = (k: number): boolean => {
    const w = ctx.words[k];
    if (w.kind === 'number' || w.readings.some((r) => counting.has(r.stem))) return true;
    if (ctx.doc.quantities.some((q) => q.start <= w.start && w.end <= q.end)) return true;
    return w.norm === 'من' && k > from + 1 && counted(k - 1);
  };
  for (let k = from + 1; k < a.first; k++) if (k - from > GAP || !counted(k)) return null;
  if (a.prep && !(a.prep === 'من' && a.first > from + 1)) return null;
  // Joined by و to the subject ('الحوثيين والمسلحين'), or the subject's own kind: no object.
  const joined = /و\s*$/.test(ctx.doc.text.slice(ctx.words[a.first].start, a.start));
  const ownKind = a.entity.sector === src.entity.sector && a.entity.country === src.entity.country;
  return joined || ownKind || a.entity.id === src.entity.id ? null : a;
}

const countWords = once(() => {
  const w = loadSideRuleWords();
  return new Set([...w.get('count')!, ...w.get('partitive')!]);
});
