// One trigger hit coded as an event: its sides (src/extract/events/sides-rules.ts), place, date,
// numbers, modality and the checks that it is reported.
import { QUAD } from './lexicon.js';
import type { Word } from '../../arabic/words.js';
import { firstFrom } from '../sorted-spans.js';
import type { TriggerHit } from './triggers.js';
import { toEventActor, toEventLocation, type ActorMention } from './actors.js';
import { cuesBefore, modalityOf } from './modality.js';
import { holderOf } from '../../kb/control.js';
import { PAIR_WORDS, canAct, isVictim, ownForcesAt, agentAfter, tellerPronounBefore, responsibilityClaimant, findSource, speakerAt, firstPerson, isOwnCountryPronoun, coordinated, countryActor, armed, otherParty, recentPair, dualVerb, pairActors, demandedTarget, speakerOf } from './sides-rules.js';
import { findTarget } from './sides/find-target.js';
import { SYMMETRIC, AIMED_AT_OTHER_PARTY, VERBAL, MATERIAL_CONFLICT, STATE_SECTORS, forceFrom } from './kinds.js';
import { eventWords } from './word-lists.js';
import { loadSideRuleWords } from './side-rule-words.js';
import { type Context, clauseBounds, type CodedEvent, type CodeOptions } from './context.js';
import { asked, backReference, concrete, reported } from './report-checks.js';
import { findLocation, findDate, findNumbers, isFuture, ownDate, OWN_DATE_FLAG } from './attributes.js';
import { chooseSides, actorsOfSentence, ownerOfObject, onAfter } from './sides/choose.js';
import { actTogether } from './joined-actors.js';
import { bomber, sideOf } from './conflict-sides.js';
import { subjectAfter, victimSubject, opensClause, genericSubjectBefore } from './finish.js';
import { activeKilling } from './victims.js';
import { ownLossesOwner } from './own-losses.js';
import { undergoneDoer } from './undergone-doer.js';
import { supportedAct } from './support-verb.js';
import { takenBackAfter, claimantOf, carrierOf, layerOf } from './claimed-after.js';
import { withByAgent, forceAfterFrom } from './by-agent.js';
import { toldAsAccident } from './accident.js';
import { objectSides, placeObject } from './member-object.js';
import { earlierAct, withoutSidesBefore, EARLIER_FLAG } from './earlier-act.js';
import { retaliatedAct, ANSWERED_FLAG } from './retaliated-act.js';
import { genitiveAgent } from './genitive-agent.js';
import { strikeAgent, withAgentFirst, FORCE_SECTORS } from './strike-agent.js';
import { withNominativeSubject } from './nominative-subject.js';
import { resultOfAct, RESULT_FLAG } from './result-of.js';
import { forceBeforeName } from './force-before-name.js';
import { tellersOf } from './tellers.js';
import { peopleOverThing } from './struck-people.js';
import { withCountedSubject } from './counted-subject.js';
import { isStruckThing } from '../entities/generic.js';
import { actorsInRange, finiteHal, participle, mainSubject, speakerInSentence, pronounSubject, affiliatedSubject, officialsBody, experiencerOf, answeredAct, carriedSubject } from './speech-sides.js';

/** Words at most in a subheading: a short line of nouns inside the body. */
const SUBHEADING_WORDS = 3;
function subheading(ctx: Context, hit: TriggerHit): boolean {
  const sentence = ctx.words[hit.first].sentence;
  // The first line is a headline, or the whole of a short text.
  if (hit.pos === 'verb' || sentence === 0) return false;
  const [from, to] = ctx.sentenceWords[sentence];
  return ctx.words.slice(from, to).filter((w) => w.kind === 'word').length <= SUBHEADING_WORDS;
}

const RELATIVE = eventWords('relative_pronouns');
/** A present verb right after a relative pronoun, 'والتي' too ('الحكومة والتي تدعمها الميليشيات'), describes. */
function describes(ctx: Context, hit: TriggerHit): boolean {
  const prev = ctx.words[hit.first - 1];
  return hit.pos === 'verb' && hit.tense === 'imperfect' && !!prev && prev.kind === 'word' && prev.sentence === ctx.words[hit.first].sentence && prev.readings.some((r) => RELATIVE.has(r.stem) && r.proclitics.every((p) => p === 'و'));
}

/** The named group a generic actor belongs to by a partitive من right after it (its name in quote marks or not), else the
 * actor itself. */
function groupOf(ctx: Context, a: ActorMention): ActorMention {
  const of = ctx.words[a.last + 1];
  if (!a.entity.id.startsWith('rasad:generic:') || !of || of.kind !== 'word' || of.norm !== 'من') return a;
  // The name may stand in quote marks ('خمسة مسلحين من «طالبان»').
  let at = a.last + 2;
  while (ctx.words[at]?.kind === 'punct' && /^["«“]$/.test(ctx.words[at].text)) at++;
  const group = actorsOfSentence(ctx.sides, a.first).find((m) => m.first === at && !m.place && (m.entity.type === 'GROUP' || m.entity.type === 'ORG') && !m.entity.id.startsWith('rasad:generic:'));
  return group ?? a;
}

/** The first word starting at or after `at` (findIndex's answer: -1 when none). */
const firstWordFrom = (words: Word[], at: number): number => (firstFrom(words, at) < words.length ? firstFrom(words, at) : -1);

const FIGHTING_WORDS = eventWords('fighting_words');
const LOOSE_FIGHTING = loadSideRuleWords().get('loose_fighting')!;
/** The one armed party named in the clause before a noun of fighting, other than `side` and not of its side (its country's
 * same sector), when `side` stands there too: the two parties of the fighting the noun names again. */
function otherFighter(ctx: Context, hit: TriggerHit, side: ActorMention, clause: [number, number]): ActorMention | null {
  const before = (a: ActorMention) => a.first >= clause[0] && a.last < hit.first;
  if (!before(side) || ctx.words[hit.first].readings.some((r) => LOOSE_FIGHTING.has(r.stem))) return null;
  const fighters = actorsOfSentence(ctx.sides, hit.first).filter((a) => before(a) && !a.place && a.form !== 'pronoun' && FORCE_SECTORS.has(a.sector ?? '') && a.entity.id !== side.entity.id && !(a.entity.country && a.entity.country === side.entity.country && a.sector === side.sector));
  return new Set(fighters.map((a) => a.entity.id)).size === 1 ? fighters[0] : null;
}

/** An actor standing where an act names who suffered it (victims.ts victimSlotsOf), with no preposition or after a
 * partitive من ('قتل ثلاثة عناصر من الجيش'). */
const inVictimSlot = (ctx: Context, a: ActorMention) => (!a.prep || a.prep === 'من') && !!ctx.sides.victimSlots?.has(a.first);

/** The coded event of one trigger hit, or null when the hit is no event. */
export function codeHit(ctx: Context, hit: TriggerHit, opts: CodeOptions): CodedEvent | null {
  const { doc, words } = ctx;
  // A trigger word inside a name is part of the name: 'قوات الاحتلال', 'قوات حفظ السلام'.
  const sentenceStart = ctx.sentenceWords[words[hit.first].sentence]?.[0] ?? 0;
  if (actorsInRange(ctx, sentenceStart, hit.first + 1).some((a) => !a.place && a.last >= hit.last && a.form !== 'pronoun')) return null;
  // A subheading of the body ('* هجوم جوي') names the topic of the lines after it, a present verb after a relative
  // pronoun ('الوحدة التي يدعمها الصندوق') describes, and a question asks: none reports, whatever the report check would say.
  if (subheading(ctx, hit) || describes(ctx, hit) || asked(ctx, hit)) return null;
  // An act told as what another came after ('بعد أربعة أيام على هجوم') or answers ('ردا على') is told by its own phrase alone.
  const earlier = earlierAct(ctx, hit) ?? retaliatedAct(ctx, hit);
  const bounds = clauseBounds(ctx, hit);
  let clause: [number, number] = earlier ? [earlier.opener, Math.min(bounds[1], earlier.end ?? Infinity)] : bounds;
  // The words that introduce the speech ('نفت دمشق أن', 'ادعى الجيش أنه') still govern its modality.
  const cueFrom = clause[0];
  // An act told inside reported speech: its actors are within the speech; the speaker is handled below.
  const speech = ctx.doc.quotes.find((q) => q.start <= words[hit.first].start && words[hit.first].start < q.end);
  if (speech) {
    const qFirst = firstWordFrom(words, speech.start);
    if (qFirst > clause[0] && qFirst <= hit.first) clause = [qFirst, clause[1]];
  }
  // 'ودانت الشبكة' is a finite verb with its own subject, even where the lexicon lists it with the participles.
  const asVerb: TriggerHit = finiteHal(ctx, hit) ? { ...hit, pos: 'verb' } : hit;
  // 'نجح الجيش في قتل العشرات من المسلحين': the verb that carries the noun names who did it and to whom.
  const supported = supportedAct(ctx, hit, clause);
  let source = supported?.source ?? (hit.entry.frame.includes('none') && hit.entry.mode === 'killing' && hit.pos === 'noun' ? null : findSource(ctx, asVerb, clause));
  if (!supported && asVerb.pos === 'verb' && !victimSubject({ hit }) && opensClause(ctx, { hit })) source = forceBeforeName(ctx, hit) ?? source;
  // VSO with a force named by what it is right after an active verb ('وقصفت قوات الأمن مواقع المسلحين'): its subject.
  if (!source && asVerb.pos === 'verb' && !victimSubject({ hit }) && opensClause(ctx, { hit })) source = subjectAfter(ctx, { hit }, true);
  if (!source && asVerb.pos === 'verb' && !victimSubject({ hit })) source = genericSubjectBefore(ctx, { hit });
  // Inside reported speech, 'we' and 'his country' are the speaker: 'قال روحاني إن بلاده مستعدة'.
  const quoted = speakerAt(ctx, words[hit.first].start);
  let speechTarget: ActorMention | null = null;
  let unnamed = false;
  let official: ActorMention | null = null;
  if (VERBAL.has(hit.entry.type)) {
    const fits = (a: ActorMention) => canAct(ctx, a);
    // 'وتعهد البرلمان ...، داعيا الأمم المتحدة إلى': a participle's subject is its sentence's main subject.
    if (participle(ctx, hit)) source = speakerInSentence(ctx, hit, quoted) ?? mainSubject(ctx, hit, fits) ?? quoted ?? source;
    // 'قال X إنه يرفض': the pronoun is the subject; an actor after the verb is its object, the teller speaks.
    // (The pronoun stands for the main clause's subject, not for whoever is named last before it: 'أعلن X، آمر كتيبة
    // تحرس السجن الذي يقبع فيه Y، أنه لا يعترف'.)
    else if (pronounSubject(ctx, asVerb)) source = quoted ?? mainSubject(ctx, hit, fits) ?? (source && source.first > hit.last ? null : source);
    // 'اتهمت لجنة تابعة للأمم المتحدة إسرائيل': the body the committee belongs to speaks, not the object after it.
    // 'وانتقد مسؤول في الخارجية الأمريكية روسيا': the official's body speaks.
    const body = source && source.first < hit.first ? null : officialsBody(ctx, asVerb, clause);
    if (body && (!source || source.first > body.first)) source = official = body;
    const owner = affiliatedSubject(ctx, asVerb, clause[1]);
    if (owner && (!source || source.first > owner.first)) source = owner;
    // 'وتواجه حماس اتهامات': the subject of the experiencer verb is the one accused; who accuses is not named.
    const experiencer = experiencerOf(ctx, hit, clause[0], fits);
    if (experiencer !== undefined) {
      speechTarget = experiencer;
      source = null;
      unnamed = true;
    }
    // 'رفضت الحكومة دعوة البعثة': the mission's call, aimed at the government.
    const answered = answeredAct(ctx, hit, clause[0], source);
    if (answered) [source, speechTarget] = [answered.source, answered.target];
  }
  // In reported speech, the speaker concerns, accuses, praises: what the clause names is the target.
  if (!speechTarget && quoted && (hit.entry.type === 'ACCUSE' || hit.entry.type === 'SUPPORT') && source && source.entity.country !== quoted.entity.country && !isOwnCountryPronoun(ctx, source)) {
    speechTarget = source;
    source = quoted;
  }
  if (!source && !unnamed && !quoted && VERBAL.has(hit.entry.type)) source = carriedSubject(ctx, asVerb, (a) => canAct(ctx, a), (at) => speakerAt(ctx, at));
  if (quoted && !unnamed && VERBAL.has(hit.entry.type) && (!source || firstPerson(hit, words) || isOwnCountryPronoun(ctx, source))) source = quoted;
  // The trigger is itself the speech verb of a quote ('كما حذر ... من'): its speaker acts.
  if (!source && !unnamed && VERBAL.has(hit.entry.type)) {
    const own = ctx.doc.quotes.find((q) => q.cueStart !== undefined && q.cueStart >= words[hit.first].start && q.cueStart < words[hit.last].end && q.speaker);
    const e = own && ctx.doc.entities.find((x) => x.id === own.speaker);
    if (e) source = ctx.actors.find((a) => a.entity.id === e.id) ?? null;
  }
  // A dual verb: the last pair named together ('وأكد باقري وحسنوف ... واتفقا').
  if (dualVerb(hit, words) && !(source && coordinated(ctx, source))) {
    const pair = recentPair(ctx, hit.first);
    if (pair) {
      source = pair[0];
      speechTarget = pair[1];
    }
  }
  // 'وأشار البلدان بأصابع الاتهام', 'تبادل الطرفان': the pair itself is the subject.
  if (!source && !speechTarget) {
    const pairBefore = ctx.words.slice(clause[0], hit.first).some((w) => w.kind === 'word' && w.readings.some((r) => PAIR_WORDS.has(r.stem) || PAIR_WORDS.has('ال' + r.stem)));
    const pair = pairBefore ? recentPair(ctx, hit.first) ?? pairActors(ctx) : null;
    if (pair && pair[0] && pair[1]) {
      source = pair[0];
      speechTarget = pair[1];
    }
  }
  // 'وقالت الوزارة إنها أحصت 54 قتيلا', 'أعلن الحزب مقتل ثلاثة من عناصره': who tells the count of the dead did not kill them.
  if (source && quoted && source.entity.id === quoted.entity.id && hit.pos === 'noun' && source.first < hit.first && (hit.entry.mode === 'killing' || hit.entry.mode === 'wounding')) source = null;
  // 'تعرضت المدينة لقصف': the subject is the one attacked.
  // ('تعرضت المنازل للقصف الإسرائيلي': the nisba of the act noun is who did it.)
  if (hit.entry.frame.includes('victim')) {
    const doer = undergoneDoer(ctx, hit, clause);
    if (source && !(doer && source.entity.id === doer.entity.id)) speechTarget = source;
    source = doer;
  }
  let target = speechTarget ?? supported?.target ?? findTarget(ctx, hit, clause, source);
  let src: ActorMention | null = source;
  if (Array.isArray(target)) {
    if (!src) [src, target] = target;
    else target = target[0].entity.id === src.entity.id ? target[1] : target[0];
  }
  let tgt = target as ActorMention | null;
  // 'دعا قيادي في التنظيم يدعى خالد ...': the official named right after his body is the speaker, not the target.
  const namedOfficial = (m: ActorMention | null) => !!official && !!m && m.entity.type === 'PERSON' && m.first > official.last && m.first - official.last <= 3;
  if (namedOfficial(tgt)) tgt = null;
  // 'استشهد ثلاثة فلسطينيين برصاص الجيش الإسرائيلي', 'قُتل جنديان بنيران القوات التركية': who died comes
  // after the verb, who killed them after 'برصاص', 'على يد', 'من قبل'.
  if (hit.entry.type === 'ASSAULT' && (hit.entry.mode === 'killing' || hit.entry.mode === 'wounding')) {
    const agent = agentAfter(ctx, hit, clause);
    if (agent && agent.entity.id !== src?.entity.id) {
      if (src && src.first > hit.last && (!tgt || tgt.entity.id === agent.entity.id)) tgt = src;
      src = agent;
      if (tgt && tgt.entity.id === agent.entity.id) tgt = null;
    }
  }
  // 'وقتل مستوطن إسرائيلي طفلا فلسطينيا': a verb of killing that opens its clause, with an actor right after it and
  // another right after that one, is active: the first its subject, the second its object (not 'وقتل جندي في اشتباك').
  const active = activeKilling(ctx, hit);
  if (active) {
    src = active[0];
    if (active[1] || tgt?.entity.id === src.entity.id) tgt = active[1];
  }
  // Otherwise who stands right after such a verb suffered it ('وقتل عراقيان في تفجير'), of this act or of one told with
  // it ('وقتل جنديان أميركيان في هجوم'): the target, not the source.
  else if (src && inVictimSlot(ctx, src)) {
    if (!tgt) tgt = src;
    src = null;
  }
  // 'قصف الطيران الحربي', 'غارات التحالف', 'قصف المدفعية الإسرائيلية': a force named right after a noun of a strike is
  // who struck (its genitive agent), never what was struck ('قصف المدينة', 'استهداف الجيش' are objects).
  const agent = strikeAgent(ctx, hit);
  if (agent && (!src || src.entity.id === agent.entity.id || src.first > hit.last)) [src, tgt] = withAgentFirst(agent, src, tgt);
  // 'اعتقال الشرطة ثلاثة ناشطين': a verbal noun's genitive with an accusative after it did the act.
  const done = agent ? null : genitiveAgent(ctx, hit, (a) => canAct(ctx, a));
  if (done && (!src || done.intransitive || src.first > hit.last || src.entity.id === done.agent.entity.id)) [src, tgt] = [done.agent, done.object ?? (tgt?.entity.id === done.agent.entity.id ? null : tgt)];
  // A deployment or alert aimed at its own country is none: 'القوات المسلحة الإيرانية' is the force moved.
  if (hit.entry.type === 'MOBILIZE' && tgt && src && tgt.entity.country && tgt.entity.country === src.entity.country) tgt = null;
  // 'أجرى لافروف وظريف محادثة': a coordinated subject is the other side of a symmetric act.
  if (src && !tgt && SYMMETRIC.has(hit.entry.type)) tgt = coordinated(ctx, src);
  // Who suffered is the target: 'مقتل 51 جنديا أرمينيا', 'الخسائر الأرمنية'.
  if (!tgt && MATERIAL_CONFLICT.has(hit.entry.type)) {
    const victim = actorsInRange(ctx, clause[0], clause[1]).find((a) => a.first >= clause[0] && a.last < clause[1] && !a.place && isVictim(ctx, a) && (!src || a.entity.country !== src.entity.country));
    if (victim) tgt = victim;
  }
  // 'أعلنت أوكرانيا أنها استعادت السيطرة': the pronoun that opens the reported clause is the teller.
  if (!src && tellerPronounBefore(ctx, hit)) {
    const teller = speakerAt(ctx, words[hit.first].start);
    if (teller && teller.entity.type !== 'MEDIA' && teller.entity.id !== tgt?.entity.id) src = teller;
  }
  // 'أعلن الحوثيون مسؤوليتهم عن الهجوم', 'تبنى تنظيم داعش الهجوم', 'هجوم انتحاري تبنته طالبان': by the claimant.
  const takenBack = takenBackAfter(ctx, hit);
  const claimant = MATERIAL_CONFLICT.has(hit.entry.type) ? responsibilityClaimant(ctx, hit, clause) ?? claimantOf(takenBack) : null;
  if (claimant && !src) src = claimant;
  // 'الغارات التي نفذتها مقاتلات تركية', 'الهجوم الذي شنه الحوثيون': the party the act is taken back to did it.
  const carrier = MATERIAL_CONFLICT.has(hit.entry.type) ? carrierOf(takenBack) : null;
  if (carrier && carrier.entity.id !== src?.entity.id) [src, tgt] = [carrier, tgt?.entity.id === carrier.entity.id ? src : tgt];
  // 'تعرضت حلب لقصف من الطيران الروسي': the force after 'من' did it.
  const by = !src && hit.entry.type === 'ASSAULT' ? forceAfterFrom(ctx, hit, clause) : null;
  if (by) [src, tgt] = [by, by.entity.id === tgt?.entity.id ? null : tgt];
  // 'قواتها قصفت', 'قصفت طائراته': the teller's own forces act.
  if (!src && MATERIAL_CONFLICT.has(hit.entry.type) && ownForcesAt(ctx, hit)) {
    const teller = speakerAt(ctx, words[hit.first].start);
    if (teller && teller.entity.type !== 'MEDIA' && forceFrom(hit.entry.type, teller.sector) && (!tgt || teller.entity.country !== tgt.entity.country)) src = teller;
  }
  // The sides model (./sides/): fills or corrects the sides named in the sentence before anything is guessed.
  ({ source: src, target: tgt } = chooseSides(ctx.sides, hit, clause, { source: src, target: tgt }, opts.sides, tellersOf(ctx, hit, clause)));
  ({ source: src, target: tgt } = withNominativeSubject(ctx, hit, src, tgt, opts.sides));
  tgt = peopleOverThing(ctx, hit, clause, src, tgt);
  [src, tgt] = withCountedSubject(ctx, hit, src, tgt);
  // (The text names who carried the act out: no model's preference moves it.)
  if (carrier && src?.entity.id !== carrier.entity.id) [src, tgt] = [carrier, tgt?.entity.id === carrier.entity.id ? null : tgt];
  if (tgt && tgt === layerOf(takenBack)) tgt = null;
  if (earlier) [src, tgt] = withoutSidesBefore(ctx, earlier, src, tgt);
  // The model may not make him the target again, nor the strike's genitive agent ('هجمات المتمردين') its target.
  if (namedOfficial(tgt)) tgt = null;
  if (agent && tgt?.entity.id === agent.entity.id) [src, tgt] = withAgentFirst(agent, src, tgt);
  // 'تم اعتقال ثلاثة شبان من قبل قوات الأمن': the agent phrase names who did it, whatever the model read.
  [src, tgt] = withByAgent(ctx, hit, clause, src, tgt);
  // 'أصيب خمسة أشخاص إثر انقلاب سيارة': with nobody named who did it, an accident befell them.
  if ((!src || inVictimSlot(ctx, src)) && toldAsAccident(ctx, hit)) return null;
  // 'مسلحا من تنظيم القاعدة', 'عناصر من حزب الله': people named by what they are, of a group named after من, are that group.
  src = src && groupOf(ctx, src);
  tgt = tgt && groupOf(ctx, tgt);
  // Who the act names as having suffered it ('اغتيال النائب X', 'تعرض X لمحاولة اغتيال') is its target, never its source.
  if (hit.entry.type === 'ASSAULT' && ctx.sides.victimSlots?.size) {
    if (src && inVictimSlot(ctx, src)) {
      if (!tgt) tgt = src;
      src = null;
    }
    const suffered = tgt ? null : actorsOfSentence(ctx.sides, hit.first).find((a) => a.first >= clause[0] && a.last < clause[1] && inVictimSlot(ctx, a) && a.entity.id !== src?.entity.id);
    if (suffered) tgt = groupOf(ctx, suffered);
  }
  // 'أعلن الجيش مقتل اثنين من جنوده': the body whose own members suffered the act is its target, not who did it.
  const losing = ownLossesOwner(ctx, hit);
  if (losing) {
    if (src?.entity.id === losing.entity.id) src = null;
    if (!(tgt && tgt.sector && tgt.entity.country === losing.entity.country)) tgt = losing;
  }
  // 'وقام المتظاهرون بنصب خيامهم', 'ما قاله المتظاهرون': a protest named by its protesters is theirs, before a country or
  // a place that stands in for them.
  if (hit.entry.type === 'PROTEST' && (!src || src.entity.type === 'COUNTRY' || src.place)) {
    const own = actorsOfSentence(ctx.sides, hit.first).find((a) => a.first <= hit.last && a.last >= hit.first && a.entity.id.startsWith('rasad:generic:') && !STATE_SECTORS.has(a.entity.sector ?? '') && !isStruckThing(a.entity.id));
    if (own && own.entity.id !== tgt?.entity.id) src = own;
  }
  // Whom protesters demand or denounce ('مطالبين باستقالة X') is the protest's target, before the frame's place.
  // A bare country demanded ('شعارات مناهضة للصين') does not replace its own body named already ('خارج السفارة الصينية').
  const demanded = demandedTarget(ctx, hit, src);
  if (demanded && !(tgt && !demanded.sector && tgt.sector && tgt.entity.country && tgt.entity.country === demanded.entity.country)) tgt = demanded;
  // A fight or attack told by one party, with the other party named: the teller's side acts.
  let guessedAttacker = false;
  if (!src && tgt && MATERIAL_CONFLICT.has(hit.entry.type)) {
    const teller = speakerAt(ctx, words[hit.first].start);
    if (teller && teller.entity.type !== 'MEDIA' && forceFrom(hit.entry.type, teller.sector) && teller.entity.country && teller.entity.country !== tgt.entity.country) src = teller;
    else if (hit.entry.type === 'ASSAULT') guessedAttacker = !!(src = bomber(ctx, hit, armed(otherParty(ctx, tgt))));
  }
  ({ source: src, target: tgt } = objectSides(ctx, hit, clause, src, tgt));
  // 'هاجموا سيارتين لقوات النظام', 'استهدفت منزلا لقيادي في الحركة', 'شنت غارات على مواقع لجماعة الحوثي': the owner of the
  // thing struck is the target.
  const on = hit.entry.frame.includes('علي') ? onAfter(words, hit, clause[1]) : -1;
  if (!tgt && hit.entry.type === 'ASSAULT' && (hit.entry.frame.includes('obj') || on > 0)) {
    const owner = ownerOfObject(words, on > 0 ? { ...hit, last: on } : hit, actorsOfSentence(ctx.sides, hit.first), (a) => a.last < clause[1] && !a.place);
    if (owner && owner.entity.id !== src?.entity.id && !(src && owner.entity.country && owner.entity.country === src.entity.country && owner.sector === src.sector)) tgt = owner;
  }
  // 'انفجرت عبوة في سوق', 'استهدف هجوم مدرسة': with nobody named, the thing struck in the clause stands for the people
  // there (it exists only where an attack word stands by: entities/generic.ts), before any guess from the place.
  if (!tgt && hit.entry.type === 'ASSAULT') {
    const thing = actorsOfSentence(ctx.sides, hit.first).find((a) => a.first >= clause[0] && a.last < clause[1] && isStruckThing(a.entity.id));
    if (thing) tgt = thing;
  }
  // Fighting told by a noun ('وتقاتل القوات الحركة في أول موسم قتال'; event_words fighting_words) after both parties in its
  // clause, with one side named: the other is the one armed party of another side named before it, before any guess.
  if (src && !tgt && hit.entry.type === 'ASSAULT' && hit.pos === 'noun' && FIGHTING_WORDS.has(hit.entry.lemma)) tgt = otherFighter(ctx, hit, src, clause);
  let guessedTarget = false;
  // An attack on a place held by another side is an attack on that side (on a disputed place, the
  // side that held it then: data/kb/control.tsv).
  const location = findLocation(ctx, hit, clause, earlier);
  const date = findDate(ctx, hit, earlier);
  const side = location ? holderOf(location.entity.id, date ?? ctx.doc.source.published) ?? location.entity.country : null;
  if (src && !tgt && hit.entry.type === 'ASSAULT' && side && side !== src.entity.country) {
    tgt = countryActor(ctx, side) ?? null;
  }
  // An attack on a place with no side named: on the place's holder, by the other party of the report.
  let guessedSource = guessedAttacker;
  if (!src && !tgt && hit.entry.type === 'ASSAULT' && side && location) {
    const held = countryActor(ctx, side);
    // On a disputed place the other side is the state it belongs to by law; elsewhere, the report's other party.
    const lawful = location.entity.country;
    const other = bomber(ctx, hit, armed(!held ? null : lawful && lawful !== side ? countryActor(ctx, lawful) : otherParty(ctx, held)));
    if (held && other) {
      tgt = held;
      src = other;
      guessedSource = true;
    }
  }
  // Two parties joined by و act (or suffer) together: not one against the other (joined-actors.ts); victims stay victims.
  if (src && tgt && actTogether(words, hit, src, tgt)) victimSubject({ hit }) ? (src = null) : (tgt = null);
  // A party's retreat, surrender or truce is aimed at the report's other party; an outsider's is not guessed.
  const retreatOfParty = hit.entry.type === 'RETREAT' && !!src && (!ctx.guess || !!ctx.dyad?.sides.includes(sideOf(src)));
  if (src && !tgt && (AIMED_AT_OTHER_PARTY.has(hit.entry.type) || retreatOfParty) && !(hit.entry.type === 'ASSAULT' && placeObject(ctx, hit, clause, src))) {
    tgt = otherParty(ctx, src);
    // Nor is he the other party guessed.
    if (namedOfficial(tgt)) tgt = null;
    guessedTarget = !!tgt;
  }
  // Nobody acts on itself: a target read as the source again is no target.
  if (src && tgt && src.entity.id === tgt.entity.id) tgt = null;
  const numbers = findNumbers(ctx, hit);
  const cues = cuesBefore(words, cueFrom, hit.first);
  const modality = hit.entry.type === 'REJECT' && cues.every((c) => c.kind !== 'negated') ? 'asserted' : modalityOf(cues.filter((c) => !(c.kind === 'threatened' && hit.entry.type === 'THREATEN')), isFuture(hit));
  // Types with a learned report check get the rule verdicts as evidence; the others obey them.
  const flags: string[] = [];
  if (!claimant && !concrete(ctx, hit, src, tgt, location, numbers, date)) flags.push('unconcrete');
  if (MATERIAL_CONFLICT.has(hit.entry.type) && !claimant && !reported(ctx, hit, modality, numbers)) flags.push('unreported');
  if (modality !== 'asserted') flags.push(`modality=${modality}`);
  const learned = opts.learned?.has(hit.entry.type) ?? false;
  if (flags.some((f) => f === 'unconcrete' || f === 'unreported') && !learned) return null;
  const attribution = cues.find((c) => c.kind === 'claimed' || c.kind === 'report');
  // Who tells it: the speaker of the speech it stands in, else the subject of the cue before it.
  const speaker = quoted ?? (attribution ? speakerOf(ctx, attribution, clause[0]) : null);
  const sentence = doc.sentences[words[hit.first].sentence];
  const trigger = { start: words[hit.first].start, end: words[hit.last].end };
  const ev: CodedEvent = {
    type: hit.entry.type,
    mode: hit.entry.mode,
    cameo: hit.entry.cameo,
    quad: QUAD[hit.entry.type],
    intensity: hit.entry.intensity,
    source: toEventActor(src),
    target: toEventActor(tgt),
    location: toEventLocation(location),
    ...(location?.within ? { within: location.within } : {}),
    date,
    modality: claimant && modality === 'asserted' ? 'claimed' : modality === 'asserted' && speaker && src && speaker.entity.country && speaker.entity.country !== src.entity.country && attribution?.kind === 'claimed' ? 'claimed' : modality,
    claimed_by: speaker?.entity.id ?? null,
    numbers,
    summary_en: '',
    evidence: { start: sentence.start, end: sentence.end },
    // A side guessed from the report's conflict adds nothing: only what the text names does.
    confidence: Math.min(0.95, 0.45 + (src && !guessedSource ? 0.2 : 0) + (tgt && !guessedTarget ? 0.1 : 0) + (hit.pos === 'verb' ? 0.1 : 0) + (location || date ? 0.05 : 0) + (hit.entry.requires.length ? 0.05 : 0)),
    trigger: { ...trigger, text: doc.text.slice(trigger.start, trigger.end), rule: `${hit.entry.pos}:${hit.entry.lemma} (${hit.entry.type} ${hit.entry.cameo}, frame ${hit.entry.frame.join('|')})` },
    sentence: words[hit.first].sentence,
    clause: clause[0],
    hit,
    flags: [...flags, ...(claimant ? ['responsibility-claimed'] : []), ...(backReference(ctx, hit) ? ['back-reference'] : []), ...(date && (earlier || ownDate(ctx, hit)) ? [OWN_DATE_FLAG] : []), ...(earlier ? [EARLIER_FLAG] : []), ...(earlier && !earlier.span ? [ANSWERED_FLAG] : []), ...(resultOfAct(ctx, hit) ? [RESULT_FLAG] : []), ...(guessedTarget ? ['guessed-target'] : []), ...(guessedSource ? ['guessed-source'] : []), src && tgt && !guessedTarget ? 'two-sided' : 'one-sided'],
  };
  return ev;
}
