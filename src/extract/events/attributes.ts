// An event's place, date, numbers and tense, read from the layers around its trigger.
import { earlierAct, earlierPhraseAfter, dayBefore, type EarlierAct } from './earlier-act.js';
import type { EventRecord, Quantity, TimeExpr } from '../../doc.js';
import { perfectForms } from './lexicon.js';
import type { TriggerHit } from './triggers.js';
import { locative, type ActorMention } from './actors.js';
import { clauseBounds, type Context } from './context.js';
import { eventWords } from './word-lists.js';
import { reportOpenerAfter } from './act-openers.js';
import { once } from '../../once.js';
import { siteReferredTo } from './site-anaphora.js';
import { strikeNoun } from './strike-agent.js';
import { toldClause } from './told-clause.js';

/** The document's places with coordinates, by sentence: built once per document (ctx.lookups.places), so
 * finding an event's place costs the places of its sentence, not every actor of the report (linear in
 * document length). */
export interface SentencePlaces {
  places: ActorMention[];
  /** Countries named as where something is ('في سورية'): the place when the sentence names no finer one. */
  countriesIn: ActorMention[];
}

function placesOfSentence(ctx: Context, sentence: number): SentencePlaces {
  let index = ctx.lookups.places;
  if (!index) {
    index = new Map();
    for (const a of ctx.actors) {
      if (!a.entity.geo) continue;
      const isPlace = a.place;
      const countryIn = !isPlace && a.entity.type === 'COUNTRY' && locative(a.prep) && !nisbaOfStrike(ctx, a);
      if (!isPlace && !countryIn) continue;
      const s = ctx.words[a.first].sentence;
      let entry = index.get(s);
      if (!entry) index.set(s, (entry = { places: [], countriesIn: [] }));
      (isPlace ? entry.places : entry.countriesIn).push(a);
    }
    ctx.lookups.places = index;
  }
  return index.get(sentence) ?? { places: [], countriesIn: [] };
}

/** A country's nisba that qualifies the noun of a strike ('في غارة إسرائيلية', 'في هجوم روسي بطائرة مسيرة') says who struck,
 * not where: it took the noun's preposition. */
function nisbaOfStrike(ctx: Context, a: ActorMention): boolean {
  // ('تركية' is also a spelling of the country's name: one word after the noun reads as its adjective.)
  if (a.form !== 'nisba' && !(a.first === a.last && /يه$/.test(ctx.words[a.first].norm))) return false;
  for (const k of [1, 2]) {
    const w = ctx.words[a.first - k];
    if (!w || w.kind !== 'word' || w.sentence !== ctx.words[a.first].sentence) return false;
    if (strikeNoun(ctx, a.first - k)) return true;
  }
  return false;
}

/** An event's place, with the wider place that locates it in the text when there is one ('التواهي في عدن': Aden). */
export type Located = ActorMention & { within?: string };

export function findLocation(ctx: Context, hit: TriggerHit, clause: [number, number], earlier: EarlierAct | null = earlierAct(ctx, hit)): Located | null {
  const [from, to] = clause;
  const found = placesOfSentence(ctx, ctx.words[hit.first].sentence);
  const places = found.places.length ? found.places : found.countriesIn;
  const inClause = places.filter((a) => a.first >= from && a.last < to);
  // Outside its clause, not a place told after a word that opens a further report ('، فيما قصفت المدفعية مدينة رفح'): that report's.
  const further = reportOpenerAfter(ctx.words, hit.last);
  // An act told as what another came after has no place but its phrase's.
  const pool = inClause.length || earlier ? inClause : places.filter((a) => a.first < further);
  if (!pool.length) return siteReferredTo(ctx, clause);
  // Nearest after the trigger first, then nearest before; the most precise on ties.
  const best = [...pool].sort((a, b) => {
    const da = a.first > hit.last ? a.first - hit.last : (hit.first - a.last) + 3;
    const db = b.first > hit.last ? b.first - hit.last : (hit.first - b.last) + 3;
    return da - db || precisionRank(a) - precisionRank(b);
  })[0];
  return locatedPlace(ctx, pool, best);
}

const PRECISION_RANK: Record<string, number> = { site: 0, city: 1, admin2: 2, admin1: 3, country: 5 };
const precisionRank = (a: ActorMention) => PRECISION_RANK[a.entity.geo!.precision] ?? 4;
const placeLinks = once(() => eventWords('place_links'));

/** A wider place that only locates the finer one before it ('في منطقة الزبداني بريف دمشق', 'بلدة X شمال حلب')
 * is not where the event happened: the finer one is. Followed back along the chain. */
function locatedPlace(ctx: Context, pool: ActorMention[], place: ActorMention): Located {
  let at: Located = place;
  for (let step = 0; step < 3; step++) {
    const finer = pool.find((q) => q.last < at.first && q.entity.id !== at.entity.id && precisionRank(q) <= precisionRank(at)
      && linked(ctx, q.last, at.first) && (!q.entity.country || !at.entity.country || q.entity.country === at.entity.country));
    if (!finer) break;
    at = { ...finer, within: at.within ?? at.entity.id };
  }
  return at;
}

/** Two places' words joined as a location, not as a list: the wider one glued to ب ('بريف دمشق', 'بمحافظة حمص'),
 * or one linking word between ('شمال', 'قرب', 'في'), none of them after the conjunction ('وفي ريف حلب' adds a place). */
function linked(ctx: Context, last: number, first: number): boolean {
  const gap = first - last - 1;
  const w = ctx.words[gap === 0 ? first : last + 1];
  if (gap > 1 || w.kind !== 'word') return false;
  if (gap === 0) return w.readings.some((r) => r.proclitics[0] === 'ب');
  return w.readings.some((r) => !r.proclitics.length && placeLinks().has(r.stem));
}
export function findDate(ctx: Context, hit: TriggerHit, earlier: EarlierAct | null = earlierAct(ctx, hit)): string | null {
  const s = ctx.doc.sentences[ctx.words[hit.first].sentence];
  const trig = ctx.words[hit.first].start;
  const told = ctx.doc.times.filter((t: TimeExpr) => t.kind !== 'duration' && s && t.start >= s.start && t.end <= s.end && t.granularity !== 'decade' && t.granularity !== 'century');
  // The time words after a phrase that tells an earlier act are that act's, not this one's.
  const upTo = earlier || !told.some((t) => t.start > trig) ? Infinity : earlierPhraseAfter(ctx, hit.last);
  const times = told.filter((t) => t.start < upTo);
  // 'بعد أربعة أيام على هجوم': the day of the sentence (its nearest time word, or the report's) less the span.
  // A time word told after it is its own ('بعد ثلاثة أيام على الهجوم الذي أوقع 32 قتيلا الإثنين الماضي').
  if (earlier) {
    const at = ctx.words[earlier.opener].start;
    const own = times.find((t) => t.start > trig);
    if (own) return own.value;
    const anchor = times.filter((t) => t.end <= at).pop()?.value ?? ctx.doc.source.published?.slice(0, 10) ?? null;
    return dayBefore(anchor, earlier.span);
  }
  if (times.length) {
    const own = ownTime(ctx, hit);
    if (own) return own.value;
    // An act told after a teller ('وفي تقرير صدر أمس، أفادت الشبكة بأن 63 شخصا قتلوا ... الاثنين') is dated by a time of
    // what is told, not by the time of the telling.
    const toldPart = toldClause(ctx.words, hit.first, clauseBounds(ctx, hit)[1]);
    const ofTold = toldPart ? times.filter((t) => t.start >= ctx.words[toldPart[0]].start && t.end <= ctx.words[toldPart[1] - 1].end) : [];
    const near = ofTold.length ? ofTold : times;
    near.sort((a, b) => Math.abs(a.start - trig) - Math.abs(b.start - trig));
    return near[0].value;
  }
  // A past report with no date of its own happened on the publication date: a verb in the perfect
  // ('تظاهر' is perfect too), or a verbal noun a perfect light verb carries ('شنت غارات', 'أرسلت مساعدات').
  if (!ctx.doc.source.published) return null;
  if (hit.pos === 'verb' && hit.tense === 'perfect') return ctx.doc.source.published;
  if (hit.pos !== 'verb' && lightVerbBefore(ctx, hit)) return ctx.doc.source.published;
  return null;
}

/** The trigger is dated by a time word of its own: one that starts within the two words after it, in its clause
 * ('القصف المتكرر أول أمس الخميس', 'اقتحمت أمس'), not one of another act of the sentence nearer by chance. */
const OWN_DATE_WORDS = 3;
export const OWN_DATE_FLAG = 'own-date';
export const ownDate = (ctx: Context, hit: TriggerHit): boolean => !!ownTime(ctx, hit);

function ownTime(ctx: Context, hit: TriggerHit): TimeExpr | null {
  const s = ctx.words[hit.first].sentence;
  for (let k = hit.last + 1; k <= hit.last + OWN_DATE_WORDS && k < ctx.words.length; k++) {
    const w = ctx.words[k];
    if (w.sentence !== s || w.kind === 'punct') return null;
    const t = ctx.doc.times.find((x: TimeExpr) => x.start === w.start);
    if (t) return t.kind === 'duration' || t.granularity === 'decade' || t.granularity === 'century' ? null : t;
  }
  return null;
}

const lightVerbs = once(() => new Set([...eventWords('light_verbs')].flatMap(perfectForms)));

/** A light verb in the perfect within three words before a verbal noun: 'شن الجيش غارات', 'نظموا مظاهرة'. */
function lightVerbBefore(ctx: Context, hit: TriggerHit): boolean {
  const s = ctx.words[hit.first].sentence;
  for (let k = hit.first - 1; k >= Math.max(0, hit.first - 4); k--) {
    const w = ctx.words[k];
    if (w.sentence !== s || w.kind !== 'word') break;
    if (w.readings.some((r) => lightVerbs().has(r.stem))) return true;
  }
  return false;
}

/** Which counts belong to which acts: the dead to an attack, prisoners to an arrest or capture, troops and
 * hardware to a deployment, a delivery or a battle. A seizure of ground does not kill 30,000 people. */
const COUNTS_FOR: Record<string, Set<string>> = {
  killed: new Set(['ASSAULT']),
  wounded: new Set(['ASSAULT']),
  captured: new Set(['COERCE', 'ASSAULT', 'RETREAT']),
  equipment: new Set(['ASSAULT', 'MOBILIZE', 'AID', 'COERCE']),
  personnel: new Set(['MOBILIZE', 'AID', 'ASSAULT', 'PROTEST', 'RETREAT']),
};

export function findNumbers(ctx: Context, hit: TriggerHit): EventRecord['numbers'] {
  const s = ctx.doc.sentences[ctx.words[hit.first].sentence];
  return ctx.doc.quantities
    .filter((q: Quantity) => s && q.start >= s.start && q.end <= s.end && q.kind !== 'other' && (COUNTS_FOR[q.kind]?.has(hit.entry.type) ?? false))
    // A vague or bounded count stays marked as such, with the least it can mean ('عشرات': 10 or more).
    .map((q) => ({ kind: q.kind, value: q.value, unit: q.unit, ...(q.approximate ? { approximate: true, min: q.min ?? q.value } : {}) }));
}

export function isFuture(hit: TriggerHit): boolean {
  return hit.pos === 'verb' && hit.proclitics.includes('س');
}
