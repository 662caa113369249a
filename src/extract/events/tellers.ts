// Who tells of an attack is neither its doer nor its target: the police who announce a killing ('أعلنت الشرطة مقتل
// ...'), the source in the police who says a bomb went off ('قال مصدر في الشرطة إن عبوة انفجرت'), the officials an
// account is given by ('بحسب مسؤولين أمنيين'). The tellers of an act are barred from its sides only where the sides
// model chooses them (src/extract/events/sides/choose.ts): the hand rules that make a teller a side on the text's
// word ('قال الجيش إنه قصف', 'إن قواته قصفت', 'مقتل اثنين من جنوده') still do.
import type { Word } from '../../arabic/words.js';
import type { TriggerHit } from './triggers.js';
import type { ActorMention } from './actors.js';
import type { Context } from './context.js';
import { eventWords } from './word-lists.js';
import { loadSideRuleWords } from './side-rule-words.js';
import { firstPerson, ownForcesAt, tellerPronounBefore } from './sides-rules.js';
import { actorsOfSentence } from './sides/choose.js';
import { loadLexicon } from './lexicon.js';
import { kinshipNouns } from '../entities/relatives.js';
import { once } from '../../once.js';
import { PHRASE_WORDS, isTellerVerb, opensTold, endsPart, toldClauseOpener } from './told-clause.js';

/** How many words may stand between the teller and the act it tells as its object ('أعلنت الشرطة أمس مقتل', 'أعلن الجيش في
 * بيان مقتل'). */
const OBJECT_GAP = 2;
/** How many words the body named after a word of attribution may run ('بحسب المرصد السوري لحقوق الإنسان', 'نقلا عن مصادر
 * ليبية'): what follows is what it tells ('نقلا عن مصادر ليبية بشأن تورط الشريف'). */
const ATTRIBUTION_WORDS = 4;
/** Modes of an act told by what it did to people: its teller seldom did it ('أعلن الجيش مقتل'); an act a body announces as its
 * own object ('أعلن الجيش قصف مواقع') is its own. */
const SUFFERED_MODES = new Set(['killing', 'wounding', 'losses', 'massacre']);

const HAPPENED = eventWords('happened_verbs');
const ATTRIBUTION = loadSideRuleWords().get('attribution')!;
const TELLER_PRONOUNS = loadSideRuleWords().get('teller_pronoun')!;
const OWN_MEMBERS = loadSideRuleWords().get('own_members')!;
const KIN = once(kinshipNouns);

const bare = (w: Word) => w.readings.filter((r) => r.proclitics.every((p) => p === 'و' || p === 'ف'));
const isAttribution = (w: Word) => w.kind === 'word' && w.readings.some((r) => r.proclitics.every((p) => p === 'و' || p === 'ف' || p === 'ب') && ATTRIBUTION.has(r.stem));
const sufferedNoun = (w: Word) => w.kind === 'word' && w.readings.some((r) => (loadLexicon().forms.get(r.stem) ?? []).some((e) => e.pos === 'noun' && SUFFERED_MODES.has(e.mode)));

/** The word range [from, to) of the teller's phrase opened at `at`: up to what it tells (opensTold, an act's word, the end of
 * the sentence or `end`), at most `most` words. */
function phraseAfter(ctx: Context, at: number, end: number, most = PHRASE_WORDS): [number, number] {
  const { words } = ctx;
  let to = at + 1;
  while (to < end && to <= at + most && words[to].sentence === words[at].sentence && !opensTold(words, to) && !endsPart(words[to]) && !ctx.lookups.triggerWords?.has(to)) to++;
  return [at + 1, to];
}

/** 'أعلن الجيش أن جنوده قتلوا': the teller's members, with its pronoun, right before the verb did it (not 'خمسة من جنودنا في
 * انفجار', who suffered it). */
const ownMembersBefore = (ctx: Context, hit: TriggerHit) => {
  const w = ctx.words[hit.first - 1];
  return hit.pos === 'verb' && w?.kind === 'word' && w.sentence === ctx.words[hit.first].sentence && w.readings.some((r) => !!r.enclitic && OWN_MEMBERS.has(r.stem));
};

/** 'قال الجيش إنه قصف' (not 'إنه وقع انفجار', where the pronoun stands for nothing), 'قواته قصفت', 'قصفنا': the act is
 * the teller's own; so is a fight, which one of its parties most often tells ('قال الجيش إن اشتباكات اندلعت مع مسلحين'). */
function toldAsOwn(ctx: Context, hit: TriggerHit): boolean {
  if (hit.entry.frame.includes('sym') || ownForcesAt(ctx, hit) || ownMembersBefore(ctx, hit) || firstPerson(hit, ctx.words)) return true;
  const happened = (w: Word | undefined) => !!w && w.kind === 'word' && bare(w).some((r) => !r.enclitic && HAPPENED.has(r.stem));
  if (tellerPronounBefore(ctx, hit) && !happened(ctx.words[hit.first - 1])) return true;
  // 'أعلنت تركيا أنها ستطلق هجوما ... بعد أسبوعين على بدء غارات': what the teller tells of itself.
  const opener = toldClauseOpener(ctx.words, hit.first);
  return opener >= 0 && TELLER_PRONOUNS.has(ctx.words[opener].norm.replace(/^[وف]/, '')) && !happened(ctx.words[opener + 1]);
}

/** The act told right after the teller's last word: at most OBJECT_GAP words between, or a teller joined to it by و that
 * names no actor ('أعلنت وزارة الداخلية وقوات الحلف مقتل'). */
function near(words: Word[], last: number, act: number): boolean {
  const gap = act - last - 1;
  return gap <= OBJECT_GAP || (gap <= 2 * OBJECT_GAP && words[last + 1].kind === 'word' && words[last + 1].readings.some((r) => r.proclitics[0] === 'و'));
}

/** A phrase that names the teller's kin ('والد الشهيد X'): the person named is whom the act befell, not who tells it. */
const ofKin = (w: Word | undefined) => !!w && w.kind === 'word' && w.readings.some((r) => KIN().has(r.stem));

/** Whether an actor tells of an attack in its clause: named in the phrase after a verb of telling before it (event_words
 * teller_verbs), when the attack is told after it in a clause of its own ('قالت الشرطة إن مدنيين قتلوا') or by what it
 * did to people, as its object ('أعلنت الشرطة مقتل'); or named after a word of attribution ('بحسب مصادر أمنية عراقية').
 * Nobody when the text tells it as the teller's own act. */
export function tellersOf(ctx: Context, hit: TriggerHit, clause: [number, number]): (a: ActorMention) => boolean {
  const none = () => false;
  if (hit.entry.type !== 'ASSAULT' || toldAsOwn(ctx, hit)) return none;
  const { words } = ctx;
  const [from, to] = ctx.sentenceWords[words[hit.first].sentence];
  const actors = actorsOfSentence(ctx.sides, hit.first).filter((a) => a.first >= from && a.last < to);
  const phrases: [number, number][] = [];
  for (let k = from; k < to; k++) {
    if ((k >= hit.first && k <= hit.last) || ofKin(words[k + 1])) continue;
    const w = words[k];
    if (isAttribution(w)) phrases.push(phraseAfter(ctx, k, k < hit.first ? hit.first : to, ATTRIBUTION_WORDS));
    else if (k < hit.first && isTellerVerb(w)) {
      const [f, t] = phraseAfter(ctx, k, hit.first + 1);
      // What it tells: a clause after 'أن' or a quote, or an act it did not do as its object, right after it.
      const last = Math.max(-1, ...actors.filter((a) => a.first >= f && a.last < t).map((a) => a.last));
      const object = last >= 0 && near(words, last, t) && t >= clause[0] && sufferedNoun(words[t]);
      if (opensTold(words, t) || object) phrases.push([f, t]);
    }
  }
  if (!phrases.length) return none;
  // A nisba inside the name of a body of another country ('المرصد السوري لحقوق الإنسان', based in London) is not that body,
  // the teller: it is left to the rules that read it.
  const named = (a: ActorMention) => a.form === 'nisba' && actors.some((g) => g !== a && g.form !== 'nisba' && !g.entity.id.startsWith('rasad:generic:') && g.first <= a.first && a.last <= g.last && g.entity.country !== a.entity.country);
  return (a) => a.first >= 0 && phrases.some(([f, t]) => a.first >= f && a.last < t) && !named(a);
}
