// Losses a body tells of its own members ('أعلن الجيش مقتل اثنين من جنوده', 'فقدنا ثلاثة من جنودنا في انفجار'): the
// members with a pronoun of their owner stand where who suffered the act stands, so the owner is the act's target,
// never its source. Read by the hand rules (src/extract/events/code-hit.ts) after the sides model's choice.
import type { Word } from '../../arabic/words.js';
import type { TriggerHit } from './triggers.js';
import type { ActorMention } from './actors.js';
import type { Context } from './context.js';
import { loadSideRuleWords } from './side-rule-words.js';
import { actorsOfSentence } from './sides/choose.js';
import { speakerAt } from './sides-rules.js';

/** How many words may stand between a noun of killing and the members ('مقتل اثنين من جنوده'), or between the members
 * and the attack they died in ('خمسة من جنودنا في انفجار'). */
const REACH = 4;
const SUFFERED = new Set(['killing', 'wounding', 'abduction']);
/** Sectors of a body that has members of its own. */
const OWNER_SECTORS = new Set(['MIL', 'COP', 'GOV', 'REB', 'INS', 'UAF', 'SPY']);

/** The pronoun of the owner on a word naming members ('جنوده' → 'ه'), or null. */
function ownersPronoun(w: Word | undefined, members: Set<string>): string | null {
  if (!w || w.kind !== 'word') return null;
  return w.readings.find((r) => r.enclitic && members.has(r.stem))?.enclitic ?? null;
}

/** The word index of members with an owner's pronoun in the victim's place of an act of killing, wounding or abduction:
 * after its verbal noun ('مقتل أحد جنوده') or before the attack with 'في' between ('جنودنا في انفجار عبوة'), no
 * punctuation between; -1 when none. */
function membersAt(words: Word[], hit: TriggerHit, members: Set<string>): number {
  const sentence = words[hit.first].sentence;
  const plain = (from: number, to: number) => words.slice(from, to).every((w) => w.kind !== 'punct' && w.sentence === sentence);
  if (hit.pos === 'noun' && SUFFERED.has(hit.entry.mode)) {
    for (let k = hit.last + 1; k <= hit.last + REACH && k < words.length; k++) if (ownersPronoun(words[k], members) && plain(hit.last + 1, k + 1)) return k;
  }
  // Before the attack, with 'في' between ('جنودنا في انفجار عبوتين').
  if (hit.pos === 'noun') {
    for (let k = hit.first - 2; k >= hit.first - 1 - REACH && k >= 0; k--) {
      const inAttack = words.slice(k + 1, hit.first).some((w) => w.kind === 'word' && w.norm === 'في');
      if (ownersPronoun(words[k], members) && inAttack && plain(k, hit.first)) return k;
    }
  }
  return -1;
}

/** The body (no person) whose own members suffered the act, named before them in the sentence ('الجيش الأميركي'; for
 * 'جنودنا' the speaker first), or null. */
export function ownLossesOwner(ctx: Context, hit: TriggerHit, words = ctx.words, members = loadSideRuleWords().get('own_members')!): ActorMention | null {
  if (hit.entry.type !== 'ASSAULT') return null;
  const at = membersAt(words, hit, members);
  if (at < 0) return null;
  // A body, not a person: 'أحد أفرادها' after a tribe's sheikh is of the tribe, not of the sheikh.
  const owns = (a: ActorMention) => !a.place && a.form !== 'pronoun' && a.entity.type !== 'PERSON' && OWNER_SECTORS.has(a.sector ?? '');
  if (ownersPronoun(words[at], members) === 'نا') {
    const speaker = speakerAt(ctx, words[at].start);
    if (speaker && owns(speaker)) return speaker;
  }
  // The nearest before them; of mentions ending on the same word the widest ('الجيش الأميركي', not its nisba).
  const named = actorsOfSentence(ctx.sides, at).filter((a) => a.last < at && a.last < hit.first && owns(a));
  return named.sort((a, b) => b.last - a.last || a.first - b.first)[0] ?? null;
}
