// What the merging rules ask of two readings of an act: their sides, places, days, counts of dead and words.
import type { EventRecord } from '../../doc.js';
import type { TriggerEntry } from './lexicon.js';
import { guessed, ownPlace } from './merge-absorb.js';

/** The lexicon entry whose rule coded an event. */
export type RuleOf = Pick<TriggerEntry, 'pos' | 'lemma' | 'type' | 'cameo' | 'frame'>;

/** `also`: the types of acts told in the same breath and folded into this one ('الأحكام العرفية والتعبئة العامة'). */
export type Sentenced = EventRecord & { sentence: number; clause: number; flags?: string[]; also?: string[]; uncharted?: string[]; placesAfter?: string[]; within?: string; openerAt?: number; hit: { entry: RuleOf; pos?: 'verb' | 'noun'; enclitic?: string | null; proclitics?: readonly string[] } };

/** A noun made definite by the article or a pronoun ('المساعدات', 'مقتلهم') names an act already told. */
export const pointsBack = (e: Sentenced) => !!e.hit.enclitic || DEFINITE.test(e.trigger?.text ?? '');

export const sameRule = (a: Sentenced, b: Sentenced) => {
  const [x, y] = [a.hit.entry, b.hit.entry];
  return x === y || (x.pos === y.pos && x.lemma === y.lemma && x.type === y.type && x.cameo === y.cameo && x.frame.join('|') === y.frame.join('|'));
};

export const namedSide = (e: Sentenced, side: 'source' | 'target') => (guessed(e).includes(side) ? null : e[side]);

export const SYMMETRIC_TYPES = new Set(['CONSULT', 'AGREE', 'COOPERATE']);
// A generic actor of no known country ('المسلحون', 'militants') names no party that could differ from another.
export const country = (a: EventRecord['source']) => a?.country ?? (a?.entity?.startsWith('rasad:generic:') ? null : a?.entity) ?? null;
export const fits = (x: string | null, y: string | null) => x === null || y === null || x === y;

/** Two readings of one sentence's act: parties that do not contradict each other (either way round). */
export function compatible(a: Sentenced, b: Sentenced): boolean {
  // A side absent or guessed in one reading is compatible with the side the other names.
  const [as, at, bs, bt] = [country(namedSide(a, 'source')), country(namedSide(a, 'target')), country(namedSide(b, 'source')), country(namedSide(b, 'target'))];
  if (fits(as, bs) && fits(at, bt)) return true;
  // The other way round only for fighting told without a direction (اشتباكات، معارك), not for
  // two directed acts (A shells B; B shoots down A's helicopters).
  // Talks and agreements are the same act whichever side is named first ('وقعت مصر والسودان اتفاقا').
  if (a.type === b.type && SYMMETRIC_TYPES.has(a.type) && fits(as, bt) && fits(at, bs)) return true;
  const undirected = (e: Sentenced) => e.mode === 'military' && e.hit.entry.frame.includes('sym');
  return ((a.mode === b.mode && a.mode === 'military') || undirected(a) || undirected(b)) && fits(as, bt) && fits(at, bs);
}

export const lemmaOf = (e: Sentenced) => `${e.hit.entry.pos}:${e.hit.entry.lemma}`;

export const sameWord = (a: EventRecord, b: EventRecord) => !!a.trigger && a.trigger.text === b.trigger?.text;

/** Triggers a few words apart: one act told twice, not two acts of one actor ('تدمير مخزن ... وأخرى تظهر تدمير مجموعة'). */
export const near = (a: EventRecord, b: EventRecord) => !!a.trigger && !!b.trigger && Math.abs(a.trigger.start - b.trigger.start) <= 60;

// (0, 0) is no place anyone reports from: coordinates not known.
const sameSpot = (p: EventRecord['location'], q: EventRecord['location']) =>
  typeof p?.lat === 'number' && typeof q?.lat === 'number' && (p.lat !== 0 || p.lon !== 0) && p.lat === q.lat && p.lon === q.lon;

export function sameLocation(a: Sentenced, b: Sentenced): boolean {
  const [x, y] = [ownPlace(a), ownPlace(b)];
  // (A named site placed at its town's coordinates is in that town: 'مطار عدن' and 'عدن'.)
  // ('منطقة التواهي في عدن' is in Aden: a place and the wider one the text puts it in.)
  if (x && y) return x === y || sameSpot(a.location, b.location) || a.within === y || b.within === x;
  // Two acts with no place on the map whose sentences name other villages ('قصفت المدفعية بلدة الخيام. وشن
  // الاحتلال غارات على بلدة عيترون'): two places, not one told twice.
  const [p, q] = [a.uncharted ?? [], b.uncharted ?? []];
  return !!x || !!y || !p.length || !q.length || p.some((id) => q.includes(id));
}

export const killed = (e: EventRecord) => e.numbers.filter((n) => n.kind === 'killed').map((n) => n.value);
/** Counts that tell one toll: equal, or within a tenth of each other ('أكثر من 20' and '21 على الأقل'). */
export const closeCounts = (x: number, y: number) => Math.abs(x - y) <= Math.max(1, 0.1 * Math.max(x, y));
/** No two counts of dead that differ: none in one of them, or one count close to the other's. */
export const countsAgree = (a: EventRecord, b: EventRecord) => {
  const [ka, kb] = [killed(a), killed(b)];
  return !ka.length || !kb.length || ka.some((x) => kb.some((y) => closeCounts(x, y)));
};
export const days = (d: string | null) => (d && /^\d{4}-\d{2}-\d{2}$/.test(d) ? Date.parse(d) / 86_400_000 : null);

/** A side the text names, as an act's party: its country, or the entity when it has none. */
export const namedParty = (e: Sentenced, side: 'source' | 'target') => country(namedSide(e, side));
/** A state named without a body ('مصر') acts through its government: no sector reads as GOV. */
export const sectorOf = (a: NonNullable<EventRecord['source']>) => a.sector ?? 'GOV';
export const sameParty = (x: EventRecord['source'], y: EventRecord['source']) =>
  !!x && !!y && ((!!x.entity && x.entity === y.entity) || (!!x.country && x.country === y.country && sectorOf(x) === sectorOf(y)));

export const namesNoSide = (e: Sentenced) => !namedSide(e, 'source') && !namedSide(e, 'target');

// The article alone: with a preposition fused to it ('للمعارك', 'بالقصف') the noun is governed, often a new act ('تعرضت السيارة للقصف').
export const DEFINITE = /^[وف]?ال/;
/** A place the text gives each, and not the same one, unless one is a whole country (the region the other lies in). */
export const placesDiffer = (a: Sentenced, b: Sentenced) => !sameLocation(a, b) && a.location?.precision !== 'country' && b.location?.precision !== 'country';

/** The word an act is told with, its root as the lexicon writes it: the verb's perfect, the noun without its ة ('سيطرة' / 'سيطر'). */
export const rootWord = (e: Sentenced) => e.hit.entry.lemma.split('/')[0].replace(/[هة]$/, '');

// A named side outweighs a guessed one: the record kept is the one that reads its sides in the text.
// Between readings otherwise equal, a verb's, whose sides are its subject and object, outweighs a noun's.
export const richness = (e: Sentenced) =>
  (['source', 'target'] as const).reduce((n, side) => n + (namedSide(e, side) ? 3 : e[side] ? 1 : 0), 0) + (e.location ? 1 : 0) + (e.date ? 1 : 0) + e.numbers.length + (e.claimed_by ? 1 : 0) + (e.hit.entry.pos === 'verb' ? 0.5 : 0);
