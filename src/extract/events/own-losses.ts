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
import { loadLexicon } from './lexicon.js';
import { eventWords } from './word-lists.js';

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
  // The subject of a verb of killing told with nothing after it but where or how ('إن ثلاثة من عناصرها قتلوا في هجوم'): it
  // underwent the act ('عناصرها قتلوا ثلاثة مسلحين' did it).
  if (hit.pos === 'verb' && SUFFERED.has(hit.entry.mode) && !objectAfter(words[hit.last + 1])) {
    for (let k = hit.first - 1; k >= hit.first - REACH && k >= 0; k--) if (ownersPronoun(words[k], members) && plain(k, hit.first)) return k;
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

/** A word after a verb that may open its object: a number, or a word that is not a preposition of place, time or means. */
const AFTER_UNDERGONE = eventWords('undergone_after');
const objectAfter = (w: Word | undefined) => !!w && (w.kind === 'number' || (w.kind === 'word' && !w.readings.some((r) => AFTER_UNDERGONE.has(r.stem) || r.proclitics[0] === 'ب')));

const bareMember = (w: Word, members: Set<string>) => w.kind === 'word' && w.readings.some((r) => !r.enclitic && !r.proclitics.length && members.has(r.stem));
const sufferingNoun = (w: Word | undefined) => !!w && w.kind === 'word'
  && w.readings.some((r) => !r.proclitics.length && (loadLexicon().forms.get(r.stem) ?? []).some((e) => e.pos === 'noun' && SUFFERED.has(e.mode)));

/** Members named bare after a noun of killing or wounding ('مقتل جنديين', 'إصابة ثلاثة جنود'), of this act or of the one
 * they died in ('مقتل جنديين في معارك'): the word index, or -1. */
function bareMembersAfter(words: Word[], hit: TriggerHit, members: Set<string>): number {
  if (hit.pos !== 'noun') return -1;
  const sentence = words[hit.first].sentence;
  if (SUFFERED.has(hit.entry.mode)) {
    for (let k = hit.last + 1; k <= hit.last + REACH && k < words.length; k++) {
      const w = words[k];
      if (w.kind === 'punct' || w.sentence !== sentence) return -1;
      if (bareMember(w, members)) return k;
    }
    return -1;
  }
  // Before the attack, with 'في' between, the noun of killing right before them ('مقتل جنديين في معارك').
  for (let k = hit.first - 2; k >= Math.max(0, hit.first - 1 - REACH); k--) {
    const w = words[k];
    if (w.kind === 'punct' || w.sentence !== sentence) return -1;
    if (!bareMember(w, members) || !words.slice(k + 1, hit.first).some((x) => x.kind === 'word' && x.norm === 'في')) continue;
    // ('مقتل جنديين', 'مقتل ثلاثة جنود', 'مقتل 3 جنود': the noun of killing before them or before their count.)
    return sufferingNoun(words[k - 1]) || sufferingNoun(words[k - 2]) ? k : -1;
  }
  return -1;
}

/** A force or a state body that announces the death of soldiers named bare ('أعلن الجيش الإسرائيلي مقتل جنديين', 'أعلنت
 * وزارة الدفاع الروسية مقتل جندي'): they are its own. It is the subject of a verb of announcing before the act. */
function announcingForce(ctx: Context, hit: TriggerHit, members: Set<string>, owns: (a: ActorMention) => boolean): ActorMention | null {
  const at = bareMembersAfter(ctx.words, hit, members);
  // Soldiers with a nisba of their own ('مقتل جنديين سوريين') are that country's.
  if (at < 0 || actorsOfSentence(ctx.sides, hit.first).some((a) => a.first === at + 1 && a.form === 'nisba')) return null;
  const announce = loadSideRuleWords().get('announce')!;
  const sentence = ctx.words[hit.first].sentence;
  let verb = -1;
  for (let k = hit.first - 1; k >= Math.max(0, hit.first - 6) && ctx.words[k].sentence === sentence; k--) {
    if (ctx.words[k].kind === 'word' && ctx.words[k].readings.some((r) => announce.has(r.stem))) verb = k;
  }
  if (verb < 0) return null;
  const force = actorsOfSentence(ctx.sides, hit.first).find((a) => a.first > verb && a.last < hit.first && owns(a) && (a.sector === 'MIL' || a.sector === 'COP' || a.sector === 'GOV'));
  return force ?? null;
}

/** The body (no person) whose own members suffered the act, named before them in the sentence ('الجيش الأميركي'; for
 * 'جنودنا' the speaker first), or null. */
export function ownLossesOwner(ctx: Context, hit: TriggerHit, words = ctx.words, members = loadSideRuleWords().get('own_members')!): ActorMention | null {
  if (hit.entry.type !== 'ASSAULT') return null;
  // A body, not a person: 'أحد أفرادها' after a tribe's sheikh is of the tribe, not of the sheikh.
  const owns = (a: ActorMention) => !a.place && a.form !== 'pronoun' && a.entity.type !== 'PERSON' && OWNER_SECTORS.has(a.sector ?? '');
  // 'خسائرنا كبيرة': the speaker's own losses.
  if (hit.entry.mode === 'losses' && hit.enclitic === 'نا') {
    const speaker = speakerAt(ctx, words[hit.first].start);
    if (speaker && owns(speaker)) return speaker;
  }
  const at = membersAt(words, hit, members);
  if (at < 0) return announcingForce(ctx, hit, members, owns);
  if (ownersPronoun(words[at], members) === 'نا') {
    const speaker = speakerAt(ctx, words[at].start);
    if (speaker && owns(speaker)) return speaker;
  }
  // The nearest before them; of mentions ending on the same word the widest ('الجيش الأميركي', not its nisba).
  const named = actorsOfSentence(ctx.sides, at).filter((a) => a.last < at && a.last < hit.first && owns(a));
  return named.sort((a, b) => b.last - a.last || a.first - b.first)[0] ?? null;
}
