// One event per happening per document: the title and the lead often report what the body
// reports again; same-sentence repeats of one act are one event too.
import type { EventRecord } from '../../doc.js';
import { absorb, guessed, ownPlace } from './merge-absorb.js';
import { type Sentenced, pointsBack, sameRule, namedSide, country, fits, compatible, lemmaOf, sameWord, near, sameLocation, killed, closeCounts, countsAgree, days, namedParty, sameParty, namesNoSide, DEFINITE, placesDiffer, rootWord, richness } from './merge-sides.js';
import { foldIntoRetold } from './merge-fold.js';
import { foldDefinite } from './merge-definite.js';
import { RELATIVE_FLAG } from './retelling-cues.js';
import { OWN_DATE_FLAG } from './attributes.js';
import { EARLIER_FLAG } from './earlier-act.js';
import { isVerbal, withinADay, withinDays, TRUCE_DAYS, tollGoesOn, saidAgain, supportedBy, leadOneParty, attackSentences, tollOfFighting, statementGoesOn, demandedAct } from './merge-retell.js';
import { positionIndex, file, positionsOf, firstAt, lastAt } from './merge-index.js';
import { OWN_SUBJECT_FLAG } from './finish.js';
import { fightingBesideStrike, keepLosses, lossesInFighting } from './merge-fighting.js';
import { regionAndTown } from './merge-region.js';
import { RESULT_FLAG } from './result-of.js';

const typesMeet = (a: Sentenced, b: Sentenced) => a.type === b.type || !!a.also?.includes(b.type) || !!b.also?.includes(a.type);

// A target the coder guessed (the other party of the conflict) does not tell two acts apart.
const key = (e: Sentenced) => `${e.source?.country ?? e.source?.entity ?? '-'}|${e.flags?.includes('guessed-target') ? '-' : e.target?.country ?? e.target?.entity ?? '-'}`;

/** Two acts of one sentence, the later told by a verb that names its own subject, another actor than
 * the first act's ('قصف الطيران الحربي المنطقة، فيما قصفت قوات النظام البلدة'): two acts, not one told twice. */
function ownActs(a: Sentenced, b: Sentenced): boolean {
  const [first, later] = (a.trigger?.start ?? 0) <= (b.trigger?.start ?? 0) ? [a, b] : [b, a];
  return !!later.flags?.includes(OWN_SUBJECT_FLAG) && !!first.source && first.source.entity !== later.source?.entity;
}

/** Two acts of one sentence, the later told after a word that opens a further report ('، كما قامت الطائرات بقصف',
 * 'فيما استهدفت المدفعية'): two happenings, whatever sides the coder found. Not a toll ('فيما قتل خمسة': the attack's dead,
 * see tollOfAttack), not a definite noun pointing back to the act ('، فيما تواصل القصف'), and only after an act whose doer is named. */
const TOLL_MODES = new Set(['killing', 'wounding']);
function toldApart(a: Sentenced, b: Sentenced): boolean {
  const [first, later] = (a.trigger?.start ?? 0) <= (b.trigger?.start ?? 0) ? [a, b] : [b, a];
  if (later.openerAt === undefined || later.openerAt < (first.trigger?.end ?? Infinity)) return false;
  if (TOLL_MODES.has(first.mode ?? '') || TOLL_MODES.has(later.mode ?? '')) return false;
  // The act before the opener names who did it: one that names nobody ('أن الغارات دمرت مباني، فيما') may be an act told before.
  if (!namedSide(first, 'source') || first.flags?.includes('inherited-sides')) return false;
  return later.hit.pos === 'verb' || !pointsBack(later);
}

/** Two acts each dated by a time word of its own, on two days ('بعد القصف المتكرر أول أمس الخميس للمستشفى، اقتحمته
 * أمس'): two acts, not one told twice. An act without one takes the nearest time word of its sentence, perhaps
 * another act's ('هذه المواجهة', 'الشهيد الذي استشهد يوم الجمعة'): such a date never sets it apart. */
const ownDated = (e: Sentenced) => !!e.flags?.includes(OWN_DATE_FLAG);
// An act told as what another came after ('بعد أربعة أيام على هجوم') is never the act its sentence tells.
const earlier = (e: Sentenced) => !!e.flags?.includes(EARLIER_FLAG);
const onTwoDays = (a: Sentenced, b: Sentenced) => (ownDated(a) && ownDated(b) && a.date !== b.date) || (a.sentence === b.sentence && earlier(a) !== earlier(b));
/** An act told as what another came after is no other act, unless told on its day, or it is its toll told after it
 * ('بعد يومين على هجوم انتحاري ... أوقع 32 قتيلا'). */
function mayMerge(a: Sentenced, b: Sentenced): boolean {
  if (earlier(a) === earlier(b) || (!!a.date && a.date === b.date)) return true;
  const [act, other] = earlier(a) ? [a, b] : [b, a];
  return other.sentence === act.sentence && !other.date && TOLL_MODES.has(other.mode ?? '') && (other.trigger?.start ?? 0) > (act.trigger?.start ?? 0);
}

/** A death toll and the attack it came from, told in one sentence ('قتل عشرة في غارات شنتها الطائرات
 * على البلدة'), are one happening: the attack with its dead. */
function tollOfAttack(a: Sentenced, b: Sentenced): boolean {
  if (a.sentence !== b.sentence || a.type !== 'ASSAULT' || b.type !== 'ASSAULT') return false;
  // The dead are named in many ways (the people, their town, their side): whoever did it decides.
  // ... and the dead told a few words from the attack ('قتلوا في الغارات التي نفذتها') are its dead even when one of
  // the two readings has the sides the other way round; further apart, contradicting sides tell two happenings.
  const [as, at, bs, bt] = [namedParty(a, 'source'), namedParty(a, 'target'), namedParty(b, 'source'), namedParty(b, 'target')];
  // (The wounded count as the dead do: 'أدى إلى مقتل ثلاثة وإصابة عشرة'.)
  const told = (mode: string) => (a.mode === mode) !== (b.mode === mode);
  return (told('killing') || told('wounding')) && (compatible(a, b) || fits(as, bs) || (near(a, b) && fits(as, bt) && fits(at, bs)));
}

/** The destruction or the dead an attack caused, told after a result verb in its sentence ('شنت الطائرات غارة ... ما أسفر
 * عن تدمير دبابة'): the attack's toll, one happening, kept as the attack tells it, whatever sides the toll's noun read. */
function resultOfAttack(act: Sentenced, result: Sentenced): boolean {
  const told = (e: Sentenced) => !!e.flags?.includes(RESULT_FLAG);
  return act.sentence === result.sentence && act.type === 'ASSAULT' && result.type === 'ASSAULT' && told(result) && !told(act) && (act.trigger?.start ?? 0) < (result.trigger?.start ?? 0);
}

/** Fighting and the ground it takes, named by two nouns in one clause with sides that agree ('فرضت حصارا
 * حول المدينة بعد تقدم قواتها'): one happening, an attack and a seizure at once. Kept as the first type, the other in `also`. */
const GROUND_AND_FIRE = new Set(['ASSAULT', 'COERCE']);
/** The kinds of coercion that take or close ground; an arrest or an expulsion told beside an incursion is an act of its own
 * ('يتواصل التوغل والقصف ... عبر الإخلاء والتهجير القسري'). */
const GROUND_MODES = new Set(['seizure', 'occupation', 'blockade']);
const holdsGround = (e: Sentenced) => e.type !== 'COERCE' || GROUND_MODES.has(e.mode ?? '');
function groundAndFire(a: Sentenced, b: Sentenced): boolean {
  if (a.sentence !== b.sentence || a.clause !== b.clause || a.type === b.type || !GROUND_AND_FIRE.has(a.type) || !GROUND_AND_FIRE.has(b.type) || !holdsGround(a) || !holdsGround(b)) return false;
  // A verb tells an act of its own ('اعتقلت ... خلال اقتحامها'): only two nouns of one clause are read as one.
  return a.hit.pos === 'noun' && b.hit.pos === 'noun' && compatible(a, b);
}

// Talks between the same two parties in one report are one meeting or call, told again; the same
// country's deployments in one report are one mobilisation.
const sameSource = (a: EventRecord, b: EventRecord) => !!a.source?.entity && a.source.entity === b.source?.entity;

/** The same person (not just the same country) doing the same kind of act, said with the same word:
 * one statement reported twice ('مستعدة لتقديم تنازلات' ... 'تنازلات متبادلة'). */
function sameTeller(a: Sentenced, b: Sentenced): boolean {
  return a.quad.startsWith('verbal') && !!a.source?.entity && a.source.entity === b.source?.entity && sameRule(a, b);
}

/** The target the clause named; one the coder guessed (the other party of the conflict) counts as none. */
const namedTarget = (e: Sentenced) => (e.flags?.includes('guessed-target') ? null : country(e.target));
const sameCountry = (a: EventRecord, b: EventRecord) => !!country(a.source) && country(a.source) === country(b.source);

/** A readiness the speaker states ('مستعدة لـ', 'على استعداد') qualifies the act it goes with. */
const readiness = (e: EventRecord) => e.type === 'AGREE' && e.mode === 'intent';

/** One side's statement in one sentence said twice over ('حذر ... مؤكدا أن إيران لن تسمح'), or an
 * act and the readiness that goes with it ('على اتصال بأطراف النزاع وأنها على استعداد للمساعدة'). */
function oneStatement(a: Sentenced, b: Sentenced): boolean {
  if (a.sentence !== b.sentence || !isVerbal(a) || !isVerbal(b) || !sameCountry(a, b) || !fits(namedTarget(a), namedTarget(b))) return false;
  return (a.type === b.type && sameVoice(a, b)) || readiness(a) || readiness(b);
}

/** Said by one voice: the same actor, or one actor and the speech it stands in. Two officials of one
 * country speaking in one sentence ('دعت موسكو ... وقال جباروف إنه يجب') make two statements. */
function sameVoice(a: EventRecord, b: EventRecord): boolean {
  const [as, bs] = [a.source?.entity ?? null, b.source?.entity ?? null];
  return (as !== null && as === bs) || (!!a.claimed_by && (a.claimed_by === bs || a.claimed_by === b.claimed_by)) || (!!b.claimed_by && b.claimed_by === as);
}

/** The headline and the lead summarise what the body then tells: the same side saying the same
 * thing with the same word there and in the body is one statement ('بلاده مستعدة لاتخاذ أي إجراء'). */
function retold(a: Sentenced, b: Sentenced, lead: number): boolean {
  // ... or the same voice goes on about it in the next sentence ('أعربا عن قلقهما' / 'تم الإعراب فيها عن قلق موسكو وطهران').
  if (Math.min(a.sentence, b.sentence) > lead && (Math.abs(a.sentence - b.sentence) > 1 || !sameVoice(a, b))) return false;
  return a.type === b.type && isVerbal(a) && sameCountry(a, b) && lemmaOf(a) === lemmaOf(b) && fits(namedTarget(a), namedTarget(b));
}

/** Two acts of one sentence told with two words, each followed by places of its own ('أطلق قذائف على بلدتي يارون وشبعا، واستهدفت طائراته
 * بلدة مركبا'): two acts at two places, not one told twice. */
function twoVillages(a: Sentenced, b: Sentenced): boolean {
  const [p, q] = [a.placesAfter ?? [], b.placesAfter ?? []];
  // A definite noun after the act points back to it ('قتلوا في الغارات ... وأن القتلى نقلوا إلى مستشفى X'), wherever it goes.
  const later = (a.trigger?.start ?? 0) > (b.trigger?.start ?? 0) ? a : b;
  return lemmaOf(a) !== lemmaOf(b) && !pointsBack(later) && !!p.length && !!q.length && !p.some((id) => q.includes(id));
}

/** One attack's dead counted again in another sentence: the same type, place and sides that agree,
 * nearly the same count of killed, on the same day or the day before (the report's day and the act's). */
function sameToll(a: Sentenced, b: Sentenced): boolean {
  if (a.sentence === b.sentence || a.type !== 'ASSAULT' || b.type !== 'ASSAULT' || !compatible(a, b)) return false;
  if (!a.location?.entity || a.location.entity !== b.location?.entity) return false;
  const [da, db] = [days(a.date), days(b.date)];
  if (da !== null && db !== null && Math.abs(da - db) > 1) return false;
  return killed(a).some((x) => killed(b).some((y) => closeCounts(x, y)));
}

/** The headline's act told in the body: the same type, one side named in both and the same, the
 * other sides agreeing (absent or guessed in one), no other place, no other day, no other count of dead. */
function headlined(a: Sentenced, b: Sentenced, title = false): boolean {
  // A whole country named as the place in one and a town in the other do not set them apart; nor, in the headline, a
  // province and a town near its centre (not the lead and the sentence after it: 'صواريخ على عسقلان' / 'مواقع في غلاف غزة').
  if (a.type !== b.type || !compatible(a, b) || (placesDiffer(a, b) && !(title && regionAndTown(a, b))) || (a.date && b.date && a.date !== b.date)) return false;
  // Another count of dead is another happening: a war's toll in the headline is not the day's strike.
  if (!countsAgree(a, b)) return false;
  const c = (e: Sentenced, side: 'source' | 'target') => country(namedSide(e, side));
  return (['source', 'target'] as const).some((side) => !!c(a, side) && c(a, side) === c(b, side));
}

/** The document key an act is retold under: its type and both the sides it names (none when a side is not named). */
const actKey = (e: Sentenced) => {
  const [s, t] = [namedParty(e, 'source'), namedParty(e, 'target')];
  return s && t ? `act:${e.type}|${s}|${t}` : null;
};

/** The same act told again further on in the report ('رفضت مصر المقترح' ... 'وجاء رفض الحكومة المصرية للمقترح'):
 * the same type and modality, both sides named and the same, no other place, no other day, and no
 * other count of dead. Two strikes of one side on another in two places or on two days stay two. */
function sameAct(a: Sentenced, b: Sentenced): boolean {
  // A raid and the deaths it caused are two acts of one type: the kind of act (mode) or the word must agree too.
  if (a.sentence === b.sentence || a.type !== b.type || a.modality !== b.modality) return false;
  if ((a.mode ?? null) !== (b.mode ?? null) && lemmaOf(a) !== lemmaOf(b)) return false;
  if (!(['source', 'target'] as const).every((side) => sameParty(namedSide(a, side), namedSide(b, side)))) return false;
  if (!sameLocation(a, b) || (a.date && b.date && a.date !== b.date)) return false;
  // Without a day in each, only the very same parties (not two bodies of one government) tell one act.
  const sameEntities = (['source', 'target'] as const).every((side) => !!a[side]?.entity && a[side]?.entity === b[side]?.entity);
  if (!(a.date && b.date) && !sameEntities) return false;
  const [ka, kb] = [killed(a), killed(b)];
  return !ka.length || !kb.length || ka.some((x) => kb.some((y) => closeCounts(x, y)));
}

/** A headline that names no side ('المعارضة تسيطر على ...') is the act the lead then tells with its
 * sides: the same type and the same trigger word, in the first sentences of the body. */
function bareHeadline(a: Sentenced, b: Sentenced, lead: number): boolean {
  const [title, body] = a.sentence === 0 ? [a, b] : [b, a];
  if (title.sentence !== 0 || body.sentence === 0 || body.sentence > lead + 1) return false;
  return title.type === body.type && lemmaOf(title) === lemmaOf(body) && namesNoSide(title) && sameLocation(title, body);
}

/** The lead told again in the sentence after it, as reports do ('استهدفت المقاومة ... ميناء حيفا'). */
function leadRetold(a: Sentenced, b: Sentenced, lead: number): boolean {
  const [first, next] = a.sentence < b.sentence ? [a, b] : [b, a];
  return first.sentence === lead && next.sentence === lead + 1 && headlined(first, next);
}

/** A definite act noun ('القصف', 'المداهمات', 'الغارات') names an act the reader already knows: the one of its
 * type told in the sentence before or the one before that, when the sides do not contradict it and no other
 * day or count of dead sets it apart ('قصفت قوات النظام المخيم ... وأوضحت المجموعة أن القصف أحدث دمارا'). */
const BACK_SPAN = 2;
// `words`: the words the earlier act was told with in its own sentence ('قتل 18 إثر سقوط صاروخ' ... 'سقط الصاروخ').
function definiteRetold(earlier: Sentenced, later: Sentenced, words: ReadonlySet<string> = new Set()): boolean {
  if (later.hit.pos !== 'noun' || !later.trigger) return false;
  // A noun the text itself points back with ('تلك الهجمات', 'خلال اقتحامها'): the nearest act of its kind told before, however far.
  if (later.flags?.includes('back-reference')) return pointsBackTo(earlier, later);
  if (!DEFINITE.test(later.trigger.text)) return false;
  // The noun of the act told before ('قصفت' ... 'القصف'), or one of the same narrow kind ('اعتقلت' ... 'الاعتقالات'); the
  // noun of another act ('تمكنت من التقدم' after 'معارك') is a new one.
  const root = (e: Sentenced) => e.hit.entry.lemma.split('/')[0];
  // The dead of the attack just told ('أسفرت الغارات عن مقتل 14 ... ونقل القتلى') are its toll, whatever word told the attack.
  const toll = later.mode === 'killing';
  const toldWith = [...words].some((w) => w.split(':')[1]?.split('/')[0] === root(later));
  if (!toll && !toldWith && root(earlier) !== root(later) && (earlier.mode !== later.mode || !earlier.mode || earlier.mode === 'military')) return false;
  const gap = later.sentence - earlier.sentence;
  if (gap < 1 || gap > BACK_SPAN || earlier.type !== later.type || !compatible(earlier, later) || !countsAgree(earlier, later) || placesDiffer(earlier, later)) return false;
  const [da, db] = [days(earlier.date), days(later.date)];
  return da === null || db === null || Math.abs(da - db) <= 1;
}

function pointsBackTo(earlier: Sentenced, later: Sentenced): boolean {
  const before = earlier.sentence < later.sentence || (earlier.sentence === later.sentence && (earlier.trigger?.start ?? 0) < (later.trigger?.start ?? 0));
  return before && earlier.type === later.type && compatible(earlier, later) && countsAgree(earlier, later) && !onTwoDays(earlier, later);
}

/** The dead counted in the sentence after an attack, with the sides the coder took from it ('قصفت الطائرات
 * البلدة. وقتل 12 شخصا'): the toll of that attack, not another one. */
function tollRetold(earlier: Sentenced, later: Sentenced): boolean {
  if (later.mode !== 'killing' || !later.flags?.includes('inherited-sides') || later.sentence - earlier.sentence !== 1) return false;
  if (earlier.type !== 'ASSAULT' || later.type !== 'ASSAULT' || earlier.mode === 'killing' || !compatible(earlier, later) || placesDiffer(earlier, later)) return false;
  const [da, db] = [days(earlier.date), days(later.date)];
  return da === null || db === null || Math.abs(da - db) <= 1;
}

/** One act told again, with the same word, anywhere in the report ('وصلت طائرة مساعدات سعودية' ... 'المساعدات'; 'رفضت
 * الخارجية أي تعاون' ... 'وكرر رفض التعاون'): the same type and word, sides that do not contradict, no other day or
 * place or count of dead. Not for attacks, which a report tells many of with one word, unless at the very same place,
 * nor for warnings, accusations and demands. */
// A speaker warns, accuses and demands again and again in one report: each time is a statement of its own.
// (So are meetings: one leader receives many visitors in one report.)
const SAID_AGAIN = new Set(['THREATEN', 'ACCUSE', 'DEMAND', 'CONSULT']);
function sameWordRetold(a: Sentenced, b: Sentenced): boolean {
  if (SAID_AGAIN.has(a.type) || a.type !== b.type || a.sentence === b.sentence || rootWord(a) !== rootWord(b) || a.modality !== b.modality) return false;
  const samePlace = !!ownPlace(a) && ownPlace(a) === ownPlace(b);
  // An act told in a relative clause ('المستشفى الذي اقتحمه الجيش') is one the reader knows, before or after it is told
  // in full: no other place will do.
  const known = !!b.flags?.includes(RELATIVE_FLAG) || !!a.flags?.includes(RELATIVE_FLAG);
  if (a.type === 'ASSAULT' && !samePlace && !(known && !placesDiffer(a, b))) return false;
  // One party the text names in both, and the same: two acts with nobody named in common may be anyone's.
  const shared = (['source', 'target'] as const).some((side) => !!namedParty(a, side) && namedParty(a, side) === namedParty(b, side));
  // A later telling that names nobody ('وأعلن التحالف هدنة' after 'هدنة بين الطرفين') is the act told before, not an attack
  // or a seizure, which a report tells many of with one word.
  const sideless = b.type !== 'COERCE' && b.type !== 'ASSAULT' && namesNoSide(b);
  // A place taken, told again with its word and the same place ('منذ تحريرها' ... 'بعد استعادة المدينة'), is one seizure.
  const placeTaken = a.type === 'COERCE' && a.mode === 'seizure' && samePlace;
  // A truce is told on the day it was announced and the day it takes effect: a later telling that names nobody, a few days off, is the same truce.
  const truceDays = a.mode === 'ceasefire' && sideless && withinDays(a, b, TRUCE_DAYS);
  const sameDay = !a.date || !b.date || a.date === b.date || (known && withinADay(a, b)) || truceDays;
  return (shared || sideless || placeTaken) && compatible(a, b) && sameLocation(a, b) && sameDay && countsAgree(a, b);
}

export function mergeEvents<T extends Sentenced>(events: T[], hasTitle: boolean, repeats: ReadonlyMap<number, number> = new Map()): T[] {
  const out: T[] = [];
  // The headline and the first sentence of the body summarise the report.
  const lead = hasTitle ? 1 : 0;
  // Each test below only ever matches a kept event sharing one of these keys with the new one.
  const index = positionIndex<T>((o) => [`s:${o.sentence}`, `t:${o.type}`, `ts:${o.type}|${o.trigger?.start}`, `src:${o.source?.entity}`, `loc:${o.location?.entity}`, `k:${key(o)}`, ...[actKey(o) ?? []].flat()]);
  const at = (keys: string[]) => positionsOf(index, keys);
  const leadSentences = Array.from({ length: lead + 1 }, (_, s) => `s:${s}`);
  // The sentences each kept act is told in, its own and those of the tellings folded into it, with the words told there.
  const toldIn: Map<number, Set<string>>[] = [];
  const attacked = attackSentences(events);
  // The words of the definite nouns among each kept act's tellings ('الصاروخ'), and whether one was told in a relative clause.
  const definite: Set<string>[] = [];
  const relative: boolean[] = [];
  // (Not fighting told without a direction, 'الاشتباكات', 'المعارك': a war report's clashes go on from day to day.)
  const definiteWord = (e: T) => (e.hit.entry.pos === 'noun' && !e.hit.entry.frame.includes('sym') && DEFINITE.test(e.trigger?.text ?? '') ? [lemmaOf(e)] : []);
  for (const e of events) {
    const k = key(e);
    const sentence = at([`s:${e.sentence}`]);
    // A kept event is retold by this one in the lead, or in the sentence before or after.
    const retelling = e.sentence <= lead ? at([`t:${e.type}`, `s:${e.sentence}`]) : at([...leadSentences, `s:${e.sentence - 1}`, `s:${e.sentence}`, `s:${e.sentence + 1}`]);
    const find = (keys: number[], test: (o: T) => boolean) => firstAt(out, keys, (o) => mayMerge(o, e) && test(o));
    // One act told twice in a clause (same type, parties that agree), or the headline's act told
    // again in the body.
    // A sentence repeating an earlier one word for word tells its acts again (src/extract/events/merge-repeat.ts): the
    // act of its kind there (of its mode, if one is), whose record is kept.
    const told = repeats.has(e.sentence) ? at([`s:${repeats.get(e.sentence)}`]) : [];
    // (Another place or another day is another act told in the same words: 'قصفت الطائرات أمس مدينة صور' / '... مدينة النبطية'.)
    const again = (o: T) => o.type === e.type && compatible(o, e) && sameLocation(o, e) && (!o.date || !e.date || o.date === e.date);
    const repeated = find(told, (o) => again(o) && o.mode === e.mode) ?? find(told, again);
    let where =
      repeated ??
      // One trigger word read twice (two frames of one entry) is one act.
      find(at([`ts:${e.type}|${e.trigger?.start}`]), (o) => o.type === e.type && !!o.trigger && o.trigger.start === e.trigger?.start) ??
      find(retelling, (o) => oneStatement(o, e) || retold(o, e, lead)) ??
      find(sentence, (o) => o.sentence === e.sentence && o.type === e.type && compatible(o, e) && (o.clause === e.clause || (sameSource(o, e) && near(o, e))) && !ownActs(o, e) && !twoVillages(o, e) && !toldApart(o, e) && !fightingBesideStrike(o, e) && !onTwoDays(o, e)) ??
      // ... or across a clause break, a few words apart ('قصفت الطائرات البلدة، ما أدى إلى مقتل').
      find(sentence, (o) => o.sentence === e.sentence && o.type === e.type && near(o, e) && compatible(o, e) && !ownActs(o, e) && !twoVillages(o, e) && !toldApart(o, e) && !fightingBesideStrike(o, e) && !onTwoDays(o, e)) ??
      find(at([`src:${e.source?.entity}`]), (o) => o.type === e.type && sameTeller(o, e) && compatible(o, e)) ??
      find(sentence, (o) => tollOfAttack(o, e) || resultOfAttack(o, e) || !!lossesInFighting(o, e)) ??
      find(sentence, (o) => groundAndFire(o, e) || demandedAct(o, e) || supportedBy(o, e)) ??
      find(at([`loc:${e.location?.entity}`]), (o) => sameToll(o, e)) ??
      // The same noun again later in the sentence refers back to the act it named ('المساعدات').
      // The same word, even when two lexicon entries read it ('المساعدات' as relief and as aid), is the same act.
      // An indefinite noun in another clause names a new act of the kind ('وصلت طائرة مساعدات ... وسبق وصولها إرسال مساعدات برا').
      find(sentence, (o) => o.sentence === e.sentence && e.hit.entry.pos === 'noun' && (sameRule(o, e) || (o.type === e.type && sameWord(o, e))) && compatible(o, e) && (o.clause === e.clause || pointsBack(e))) ??
      find(hasTitle ? at(e.sentence === 0 ? [`t:${e.type}`] : ['s:0']) : [], (o) => hasTitle && (o.sentence === 0) !== (e.sentence === 0) && headlined(o, e, true)) ??
      find(hasTitle ? at(e.sentence === 0 ? [`t:${e.type}`] : ['s:0']) : [], (o) => hasTitle && bareHeadline(o, e, lead)) ??
      find(at([`t:${e.type}`]), (o) => leadOneParty(o, e, lead)) ??
      find(at([`s:${lead}`, `s:${lead + 1}`]), (o) => leadRetold(o, e, lead)) ??
      find(at([actKey(e) ?? []].flat()), (o) => actKey(o) === actKey(e) && sameAct(o, e)) ??
      find(at(e.sentence === 0 || e.type === 'CONSULT' || e.type === 'MOBILIZE' ? [`k:${k}`] : hasTitle ? ['s:0'] : []), (o) => key(o) === k && typesMeet(o, e) && (e.type === 'CONSULT' || e.type === 'MOBILIZE' || (hasTitle && (o.sentence === 0 || e.sentence === 0))) && (!o.date || !e.date || o.date === e.date) && (e.type === 'MOBILIZE' || sameLocation(o, e)) && countsAgree(o, e));
    // (The headline's acts are matched to the body by the headline rules above.)
    where ??= hasTitle && e.sentence === 0 ? undefined : find(at([`t:${e.type}`]), (o) => !(hasTitle && o.sentence === 0) && (sameWordRetold(o, e) || saidAgain(o, e)));
    // ... or a definite noun pointing back to the nearest act of its kind told just before.
    where ??= lastAt(out, e.flags?.includes('back-reference') ? at([`t:${e.type}`]) : at(Array.from({ length: BACK_SPAN }, (_, k) => `s:${e.sentence - 1 - k}`)), (o) => mayMerge(o, e) && definiteRetold(o, e, toldIn[out.indexOf(o)].get(o.sentence)));
    where ??= lastAt(out, at([`s:${e.sentence - 1}`]), (o) => mayMerge(o, e) && (tollRetold(o, e) || tollGoesOn(o, e) || tollOfFighting(o, e, attacked) || statementGoesOn(o, e)));
    if (where === undefined) {
      out.push(e);
      toldIn.push(new Map([[e.sentence, new Set([lemmaOf(e)])]]));
      definite.push(new Set(definiteWord(e)));
      relative.push(!!e.flags?.includes(RELATIVE_FLAG));
      file(index, out.length - 1, e);
      continue;
    }
    // Keep the body sentence over the headline, and the richer record; a later back-reference
    // ('خلال الاتصال الهاتفي') never becomes the evidence of the act it points back to.
    const backRef = !!e.flags?.includes('back-reference') || (repeated !== undefined && where === repeated);
    const same = out[where];
    toldIn[where].set(e.sentence, (toldIn[where].get(e.sentence) ?? new Set()).add(lemmaOf(e)));
    definiteWord(e).forEach((w) => definite[where].add(w));
    relative[where] ||= !!e.flags?.includes(RELATIVE_FLAG);
    // A call and what it asks for are kept as the call; support and its means as the support, taking nothing from the
    // means' reading (whose sides are the weapon's, not the supporter's).
    const means = supportedBy(same, e);
    const call = demandedAct(same, e) ? (same.type === 'DEMAND' ? same : e) : means ? (e.hit.entry.pos === 'verb' ? e : same) : null;
    // Two types of one happening: the kept record carries the other in `also` (what a call asks for is no act of its own).
    if (same.type !== e.type && !call) {
      same.also = [...new Set([...(same.also ?? []), e.type])];
      e.also = [...new Set([...(e.also ?? []), same.type])];
    }
    // The places told after either word of one act are the act's ('أطلق قذائف على بلدتي A وB').
    const placesAfter = [...new Set([...(same.placesAfter ?? []), ...(e.placesAfter ?? [])])];
    // Losses suffered in fighting are kept as the verb of suffering read them: its subject suffered.
    const sufferer = lossesInFighting(same, e);
    if (means) out[where] = call!;
    else if (resultOfAttack(same, e)) absorb(same, e);
    else if (sufferer) {
      const fight = sufferer === e ? same : e;
      keepLosses(sufferer, fight);
      absorb(sufferer, fight);
      out[where] = sufferer;
    } else if (call ? call === e : !backRef && ((same.sentence === 0 && hasTitle && e.sentence !== 0) || richness(e) > richness(same))) {
      absorb(e, same);
      out[where] = e;
    } else {
      absorb(same, e);
    }
    if (placesAfter.length) out[where].placesAfter = placesAfter;
    file(index, where, out[where]);
  }
  // In the order the text tells them, whichever mention of an act was kept.
  const startOf = (e: T) => e.trigger?.start ?? e.evidence.start;
  const folded = foldDefinite(out, out.map((_, k) => ({ words: toldIn[k], definite: definite[k], relative: relative[k] })));
  return foldIntoRetold(folded.out, folded.tellings.map((t) => t.words)).sort((a, b) => a.sentence - b.sentence || startOf(a) - startOf(b));
}
