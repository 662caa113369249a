// Fighting between two sides and a strike of one side on another, told in one sentence, are two happenings.
import { country, fits, namedSide, near, type Sentenced } from './merge-sides.js';
import { DOUBTED_FLAG } from './report-filter.js';
import { eventWords } from './word-lists.js';
import { OWN_SUBJECT_FLAG } from './finish.js';

const FIGHTING = eventWords('fighting_words');
// The dead, the wounded and the losses of the fighting are its toll, not an act of their own (merge-retell.ts tollOfFighting).
const TOLL_MODES = new Set(['killing', 'wounding', 'losses']);

/** A word of fighting without a direction ('الاشتباكات بين قوات النظام والفصائل', 'تقاتل القوات الحركة'). */
const ofFighting = (e: Sentenced) => FIGHTING.has(e.hit.entry.lemma);
/** Clashes told by a noun; a verb of fighting may be a description ('فصائل تقاتل إلى جانب الجيش'). */
const clashes = (e: Sentenced) => e.hit.entry.pos === 'noun' && ofFighting(e);

/** Clashes and a directed attack told by a verb in one sentence ('تستمر الاشتباكات بين الجيش والمسلحين، فيما قصفت الطائرات
 * البلدة'): two acts, whatever sides the coder found for each. A noun of attack beside the clashes is mostly their start
 * or their part ('اندلعت معارك بعد هجوم للجيش', 'الأسبوع الثالث للمعارك ... بغارات مكثفة'), unless another day sets it apart
 * ('تدور المعارك منذ توغل القوات في السادس من آب'). */
export function fightingBesideStrike(a: Sentenced, b: Sentenced): boolean {
  if (a.sentence !== b.sentence || a.type !== 'ASSAULT' || b.type !== 'ASSAULT' || clashes(a) === clashes(b)) return false;
  const [fight, strike] = clashes(a) ? [a, b] : [b, a];
  // Clashes told between two sides; fighting named as a cause or a backdrop ('أغلق المطار بسبب المعارك', 'المدينة التي
  // دمرتها معارك ضارية') has one side at most, or is doubted by the report check.
  if (!fight.flags?.includes('two-sided') || fight.flags.includes(DOUBTED_FLAG)) return false;
  // Fighting told by a verb beside the noun ('تقاتل القوات الحركة في موسم قتال') is the same fighting, no strike.
  if (TOLL_MODES.has(strike.mode ?? '') || strike.hit.entry.frame.includes('sym') || ofFighting(strike)) return false;
  // A verb joined by ف after the fighting, with no subject of its own, tells what the fighters did in it ('أعلنت الكتائب
  // معركة "طوفان الأقصى"، فاقتحمت المستوطنات').
  const itsContent = (strike.trigger?.start ?? 0) > (fight.trigger?.start ?? 0) && !!strike.hit.proclitics?.includes('ف') && !strike.flags?.includes(OWN_SUBJECT_FLAG);
  return (strike.hit.pos === 'verb' && !itsContent) || (!!strike.date && !!fight.date && strike.date !== fight.date);
}

/** The losses a side suffered, told in the clause of the fighting they were suffered in ('تكبدت القوات خسائر كبيرة في
 * المعارك مع الجيش'): the fighting's toll, one act, whichever way round each reading has the sides (the verb of suffering
 * reads them right: its subject suffered). Returns the reading of the verb of suffering, or null. */
export function lossesInFighting<T extends Sentenced>(a: T, b: T): T | null {
  if (a.sentence !== b.sentence || a.clause !== b.clause || a.type !== 'ASSAULT' || b.type !== 'ASSAULT' || !near(a, b)) return null;
  const suffered = (e: Sentenced) => e.mode === 'losses' && e.hit.entry.frame.includes('victim');
  const [loss, fight] = suffered(a) ? [a, b] : [b, a];
  // ... and the losses noun the verb of suffering takes ('تكبدت ... خسائر') is that verb's act.
  const ownNoun = fight.mode === 'losses' && fight.hit.pos === 'noun' && !suffered(fight);
  if (!suffered(loss) || !(clashes(fight) || ownNoun)) return null;
  const [ls, lt, fs, ft] = [country(loss.source), country(loss.target), country(fight.source), country(fight.target)];
  return (fits(ls, fs) && fits(lt, ft)) || (fits(ls, ft) && fits(lt, fs)) ? loss : null;
}

/** The losses kept as the verb of suffering read them, with no named source of their own taking the fighting's party that
 * did not suffer them. */
export function keepLosses(loss: Sentenced, fight: Sentenced): void {
  if (namedSide(loss, 'source')) return;
  const suffered = country(loss.target);
  const by = [namedSide(fight, 'source'), namedSide(fight, 'target')].find((p) => !!p && p.entity !== loss.target?.entity && (!suffered || country(p) !== suffered || p.sector !== loss.target?.sector));
  if (by) [loss.source, loss.flags] = [by, (loss.flags ?? []).filter((f) => f !== 'guessed-source')];
}
