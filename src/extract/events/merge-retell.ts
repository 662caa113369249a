// More ways a report tells one happening twice: a toll in the next sentence after the fighting it came from,
// a statement carried on in the next sentence without its speaker, what a call asks for told in its clause.
import type { EventRecord } from '../../doc.js';
import { ownPlace } from './merge-absorb.js';
import { type Sentenced, namedSide, namedParty, compatible, countsAgree, days, rootWord, lemmaOf } from './merge-sides.js';
import { SAID_AGAIN_FLAG } from './retelling-cues.js';

const VERBAL_QUADS = new Set(['verbal-cooperation', 'verbal-conflict']);
export const isVerbal = (e: EventRecord) => VERBAL_QUADS.has(e.quad);

export const withinDays = (a: EventRecord, b: EventRecord, n: number) => {
  const [da, db] = [days(a.date), days(b.date)];
  return da === null || db === null || Math.abs(da - db) <= n;
};
export const withinADay = (a: EventRecord, b: EventRecord) => withinDays(a, b, 1);
/** The days between a truce's announcement and its taking effect, as reports tell them. */
export const TRUCE_DAYS = 4;

/** Dead told in the sentence after dead, with the sides the coder took from them and no place or other count of their
 * own ('قتل خمسة من أفراد الأسرة في الغارة. وقتل أيضا طفلان منها'): the same happening's dead, told on. */
export function tollGoesOn(earlier: Sentenced, later: Sentenced): boolean {
  if (later.mode !== 'killing' || earlier.mode !== 'killing' || !later.flags?.includes('inherited-sides') || later.sentence - earlier.sentence !== 1) return false;
  return earlier.type === 'ASSAULT' && later.type === 'ASSAULT' && !ownPlace(later) && compatible(earlier, later) && countsAgree(earlier, later) && withinADay(earlier, later);
}

/** The sentences that tell an attack, not only its dead. */
export const attackSentences = (events: Sentenced[]) => new Set(events.filter((e) => e.type === 'ASSAULT' && e.mode !== 'killing').map((e) => e.sentence));

/** Fighting or the seizure of ground, then in the next sentence dead with no place of their own and at most one
 * side the text names and no other count of dead ('سيطرت القوات على الحي. وقال السكان إن عشرين مسلحا سقطوا قتلى'): the toll of that fighting. */
const fought = (e: Sentenced) => e.type === 'ASSAULT' || (e.type === 'COERCE' && e.mode === 'seizure');
// (Not dead whose own sentence tells the attack they fell in: 'لقوا مصرعهم جراء قصف قوات النظام'; `attacked`, those sentences.)
export function tollOfFighting(earlier: Sentenced, later: Sentenced, attacked: ReadonlySet<number>): boolean {
  if (attacked.has(later.sentence) || later.type !== 'ASSAULT' || later.mode !== 'killing' || later.sentence - earlier.sentence !== 1) return false;
  if (!fought(earlier) || earlier.mode === 'killing' || ownPlace(later)) return false;
  const named = (['source', 'target'] as const).filter((side) => !!namedSide(later, side)).length;
  return named <= 1 && compatible(earlier, later) && countsAgree(earlier, later) && withinADay(earlier, later);
}

/** A warning, demand or accusation carried on in the next sentence by a word that names no one ('حذرت المنظمة من ...
 * وقال مديرها: "إن ... تهدد حياة المرضى"'): the statement just told, said at more length. */
// (Not a word that opens its sentence, which tells a new statement of a speaker the coder did not know: 'واستنكر المجلس'.)
const OPENING = 12;
export function statementGoesOn(earlier: Sentenced, later: Sentenced): boolean {
  if (later.sentence - earlier.sentence !== 1 || later.type !== earlier.type || !isVerbal(later) || !later.trigger) return false;
  return !later.source && !later.target && !!earlier.source && later.trigger.start - later.evidence.start > OPENING;
}

/** What a call asks for, told by a noun after it ('دعت الأمم المتحدة الأطراف إلى الاجتماع للتوقيع على اتفاق'): the
 * call's content, not an act of its own; the record kept is the call's. Only talks, deals, aid and the like are asked
 * for: a fight it asks to stop ('طالبوا بوقف القصف') happened, a refusal or threat told after it is another act. */
const ASKED_WITHIN = 120;
export function demandedAct(a: Sentenced, b: Sentenced): boolean {
  const [call, asked] = (a.trigger?.start ?? 0) <= (b.trigger?.start ?? 0) ? [a, b] : [b, a];
  if (a.sentence !== b.sentence || call.type !== 'DEMAND' || call.mode !== 'appeal' || !asked.quad.endsWith('cooperation') || asked.hit.pos !== 'noun' || !call.trigger || !asked.trigger) return false;
  return asked.trigger.start - call.trigger.end <= ASKED_WITHIN && compatible(call, asked);
}

/** A statement said again ('وكرر رفض التعاون مع الرئيس'): the one told before with its word, whoever the coder took
 * for its sides the second time, so long as each party it names is one of the first telling's (either way round). */
export function saidAgain(a: Sentenced, b: Sentenced): boolean {
  if (!b.flags?.includes(SAID_AGAIN_FLAG) || a.sentence >= b.sentence || a.type !== b.type || rootWord(a) !== rootWord(b) || a.modality !== b.modality) return false;
  const parties = new Set((['source', 'target'] as const).map((side) => namedParty(a, side)).filter(Boolean));
  return (['source', 'target'] as const).every((side) => !namedParty(b, side) || parties.has(namedParty(b, side)));
}

/** Support told with the means it is given by, a noun governed by ب a few words after the verb ('تدعم الدول قوات المقاومة
 * بالضربات الجوية وشحنات الأسلحة'): one act of support, not an attack of its own. */
const SUPPORT_TYPES = new Set(['AID', 'SUPPORT']);
const MEANS_WITHIN = 40;
export function supportedBy(a: Sentenced, b: Sentenced): boolean {
  const [verb, means] = (a.trigger?.start ?? 0) <= (b.trigger?.start ?? 0) ? [a, b] : [b, a];
  if (a.sentence !== b.sentence || a.clause !== b.clause || !SUPPORT_TYPES.has(verb.type) || verb.hit.entry.pos !== 'verb' || means.hit.entry.pos !== 'noun') return false;
  if (!verb.trigger || !means.trigger || !/^ب/u.test(means.trigger.text) || means.type === verb.type) return false;
  return means.trigger.start - verb.trigger.end <= MEANS_WITHIN;
}

const namedParties = (e: Sentenced) => (['source', 'target'] as const).map((side) => namedParty(e, side)).filter((p): p is string => !!p);

/** A statement in the headline or the lead that names one party only, read perhaps in the wrong role ('الأمم المتحدة تتهم
 * إسرائيل' read with Israel accusing), and a statement with the same word naming that party and another: one statement. */
export function leadOneParty(a: Sentenced, b: Sentenced, lead: number): boolean {
  if (a.type !== b.type || !isVerbal(a) || lemmaOf(a) !== lemmaOf(b) || a.modality !== b.modality || (a.date && b.date && a.date !== b.date)) return false;
  const [one, two] = namedParties(a).length === 1 ? [a, b] : [b, a];
  const [p1, p2] = [namedParties(one), namedParties(two)];
  return one.sentence <= lead && p1.length === 1 && p2.length === 2 && p2.includes(p1[0]);
}
