// Who did an act told by its noun: the nisba right after the noun ('القصف الإسرائيلي'), past adjectives of the noun
// ('قصف مدفعي تركي') and act nouns joined to it by و ('للقصف والحرق الإسرائيلي', 'الاستهداف والعدوان الإسرائيلي'),
// also where a verb of undergoing takes the noun ('تعرضت المنازل للقصف الإسرائيلي').
import { wordHas } from '../../arabic/words.js';
import type { ActorMention } from './actors.js';
import type { Context } from './context.js';
import type { TriggerHit } from './triggers.js';
import { actorsInRange } from './speech-sides.js';
import { eventWords } from './word-lists.js';

const JOINED_ACT_NOUNS = eventWords('joined_act_nouns');
/** How far after the verb of undergoing its act noun may stand ('تعرضت ليلة أمس منازل المواطنين لقصف'). */
const NOUN_REACH = 6;
/** Adjectives and joined act nouns passed between the act noun and its nisba. */
const MAX_PASSED = 3;

const actorAt = (ctx: Context, i: number) => actorsInRange(ctx, i, i + 1).find((a) => a.first === i) ?? null;
const adjective = (norm: string) => !norm.startsWith('و') && /(يه|ي)$/.test(norm);
const joinedActNoun = (ctx: Context, i: number) => {
  const w = ctx.words[i];
  return w.kind === 'word' && w.readings.some((r) => r.proclitics[0] === 'و' && JOINED_ACT_NOUNS.has(r.stem));
};

/** The nisba that names who did the act whose noun stands at word `noun`, or null. */
export function nisbaOfActNoun(ctx: Context, noun: number, end: number): ActorMention | null {
  let j = noun + 1;
  for (let passed = 0; j <= end && passed < MAX_PASSED && !actorAt(ctx, j); passed++, j++) {
    const w = ctx.words[j];
    if (w.kind !== 'word' || !(adjective(w.norm) || joinedActNoun(ctx, j))) return null;
  }
  const doer = j <= end ? actorAt(ctx, j) : null;
  return doer && doer.form === 'nisba' ? doer : null;
}

/** Who did what a verb of undergoing tells: the nisba of the act noun it takes. */
export function undergoneDoer(ctx: Context, hit: TriggerHit, clause: [number, number]): ActorMention | null {
  if (!hit.entry.frame.includes('victim')) return null;
  const { words } = ctx;
  const end = Math.min(clause[1] - 1, hit.last + NOUN_REACH, words.length - 1);
  const forms = hit.entry.requires.filter((r) => !r.startsWith('<')).map((r) => r.replace(/^>/, ''));
  let k = hit.last + 1;
  while (k <= end && !(words[k].kind === 'word' && forms.some((f) => wordHas(words[k], f, true)))) k++;
  return k > end ? null : nisbaOfActNoun(ctx, k, end);
}
