// Groups that act across borders (data/kb/transnational.tsv) are coded by the country of each act:
// 'Islamic State' attacking in Homs is a Syrian side, in Suruç a Turkish one. And an act on a place that
// names no target is aimed at that place's country (data/lexicon/place_targets.tsv), marked as guessed.
import type { Doc, Entity, EventActor, EventRecord } from '../../doc.js';
import { normalizeArabic } from '../../arabic/normalize.js';
import { loadSideRuleWords } from './side-rule-words.js';
import { loadTsv } from '../../data-files.js';
import { countryName } from './countries.js';
import { spansWithin } from '../sorted-spans.js';
import { markRetellings } from './retelling-cues.js';

export function transnationalGroups(): Set<string> {
  return new Set(loadTsv('kb/transnational.tsv').map((r) => r.id).filter(Boolean));
}

/** Mentions of places by the country they lie in, most first: those inside a span, or the whole document's. */
function placeTally(doc: Doc, span?: { start: number; end: number }): [string, number][] {
  const tally = new Map<string, number>();
  for (const e of doc.entities) {
    if (e.type !== 'PLACE' || !e.country) continue;
    const n = span ? e.mentions.filter((m) => m.start >= span.start && m.end <= span.end).length : e.mentions.length;
    if (n) tally.set(e.country, (tally.get(e.country) ?? 0) + n);
  }
  return [...tally].sort((a, b) => b[1] - a[1]);
}

/** The country most of the place mentions inside a span lie in, or null when there is none. */
function placesCountry(doc: Doc, span: { start: number; end: number }): string | null {
  return placeTally(doc, span)[0]?.[0] ?? null;
}

/** Events whose side is a transnational group, with that side's country set to where the act took place. */
export function placeTransnationalSides<T extends Pick<EventRecord, 'source' | 'target' | 'location' | 'evidence'>>(
  events: T[], doc: Doc, groups: Set<string> = transnationalGroups(),
): T[] {
  if (!groups.size || !doc.entities.some((e) => groups.has(e.id))) return events;
  const countryOf = new Map(doc.entities.map((e) => [e.id, e.country]));
  const isGroup = (side: EventActor | null) => !!side?.entity && groups.has(side.entity);
  const place = (side: EventActor | null, where: string | null): EventActor | null =>
    isGroup(side) && where ? { ...side!, country: where } : side;
  return events.map((e) => {
    // Only an event with a group for a side needs its place's country (the span scan is not free).
    if (!isGroup(e.source) && !isGroup(e.target)) return e;
    const where = (e.location?.entity ? countryOf.get(e.location.entity) : null) ?? placesCountry(doc, e.evidence);
    const source = place(e.source, where);
    const target = place(e.target, where);
    return source === e.source && target === e.target ? e : { ...e, source, target };
  });
}

export interface PlaceTargetRule {
  ownCountry: boolean;
  /** Only for an event whose source is named (and has a country). */
  sourceNamed?: boolean;
}

export function placeTargetRules(): Map<string, PlaceTargetRule> {
  return new Map(loadTsv('lexicon/place_targets.tsv').map((r) => [r.type, { ownCountry: r.own_country === 'yes', sourceNamed: r.source_named === 'yes' }]));
}

type Placed = Pick<EventRecord, 'type' | 'source' | 'target' | 'location'> & { flags: string[]; evidence?: EventRecord['evidence'] };

const OCCUPIED = loadSideRuleWords().get('occupied')!;
/** Whether the place is called occupied right after a mention of it inside the span ('كفرشوبا اللبنانية المحتلة'). */
function calledOccupied(doc: Doc, place: Entity, span: { start: number; end: number }): boolean {
  return place.mentions.some((m) => m.start >= span.start && m.end <= span.end
    && normalizeArabic(doc.text.slice(m.end, m.end + 40)).split(/[\s\u00a0]+/).filter(Boolean).slice(0, 2).some((w) => OCCUPIED.has(w.replace(/[،,.»"]+$/, ''))));
}

/** The occupier the report names: the country of its occupation forces or authorities (generic_actors.tsv, country
 * 'occupier'), the most mentioned, or null. */
function occupierOf(doc: Doc): string | null {
  const found = doc.entities.filter((e) => /^rasad:generic:occupation_[a-z_]+:(in-)?[A-Z]{3}$/.test(e.id) && e.country).sort((a, b) => b.mentions.length - a.mentions.length);
  return found[0]?.country ?? null;
}

/** Events of the types in place_targets.tsv that name no target, given the country of the place they struck (flag `place-target`);
 * a place the text calls occupied is the occupier's ('تلال كفرشوبا اللبنانية المحتلة'), and with no occupier named no guess is made. */
export function targetPlaces<T extends Placed>(events: T[], doc: Doc, rules: Map<string, PlaceTargetRule> = placeTargetRules()): T[] {
  const byId = new Map(doc.entities.map((e) => [e.id, e]));
  let occupier: string | null | undefined;
  return events.map((e) => {
    const rule = rules.get(e.type);
    const place = e.location?.entity ? byId.get(e.location.entity) : undefined;
    const occupied = place?.type === 'PLACE' && !!e.evidence && calledOccupied(doc, place, e.evidence);
    const country = !place || place.type !== 'PLACE' ? null : occupied ? (occupier === undefined ? (occupier = occupierOf(doc)) : occupier) : place.country;
    if (!rule || e.target || !country) return e;
    if (!rule.ownCountry && e.source?.country === country) return e;
    if (rule.sourceNamed && !e.source?.country) return e;
    const home = doc.entities.find((x) => x.type === 'COUNTRY' && x.country === country);
    const target: EventActor = { entity: home?.id ?? `iso:${country}`, name_en: home?.name_en ?? countryName(country), country, sector: null };
    return { ...e, target, flags: [...e.flags, 'place-target'] };
  });
}

type Sided = Pick<EventRecord, 'source' | 'target' | 'location'> & { flags: string[] };

/** The country most of the document's places lie in: three mentions at least and twice any other, else null. */
function placesHome(doc: Doc): string | null {
  const [best, next] = placeTally(doc);
  return best && best[1] >= 3 && (!next || best[1] >= 2 * next[1]) ? best[0] : null;
}

/** International bodies and their staff belong to no country; a person or group otherwise unknown is local. */
const INTERNATIONAL = new Set(['IGO', 'NGO']);

/** Sides that are people or groups the text gives no country (a doctor, a battalion, a local spokesman) take the
 * country of the event's place, else the country of the report's places, as ACLED codes local actors; marked as
 * guessed (flags `local-source`, `local-target`). Organisations are left alone: the unknown ones are as often foreign. */
export function localSides<T extends Sided>(events: T[], doc: Doc): T[] {
  const byId = new Map(doc.entities.map((e) => [e.id, e]));
  let home: string | null | undefined;
  const local = (side: EventActor | null) => {
    const e = side?.entity ? byId.get(side.entity) : undefined;
    return !!e && !side!.country && (e.type === 'PERSON' || e.type === 'GROUP') && !e.id.startsWith('rasad:generic:') && !INTERNATIONAL.has(side!.sector ?? e.sector ?? '');
  };
  return events.map((e) => {
    if (!local(e.source) && !local(e.target)) return e;
    const place = e.location?.entity ? byId.get(e.location.entity) : undefined;
    const where = place?.country ?? (home === undefined ? (home = placesHome(doc)) : home);
    if (!where) return e;
    const flags = [...e.flags];
    const source = local(e.source) ? (flags.push('local-source'), { ...e.source!, country: where }) : e.source;
    const target = local(e.target) && where !== source?.country ? (flags.push('local-target'), { ...e.target!, country: where }) : e.target;
    return { ...e, source, target, flags };
  });
}

/** Each event of the body with the places off the map (villages named by a cue, with no coordinates) its sentence
 * names, by id: they tell two acts of the same kind apart where neither has a location (merge.ts, sameLocation).
 * `placesAfter`: the places, on the map or off it, between its trigger and the next act's trigger in the sentence,
 * the places its own clause names ('قصف بلدتي A وB، واستهدف بلدة C': A and B are the shelling's, C the strike's).
 * The headline and the lead (sentences up to `lead`) summarise the body and name its places loosely: none there. */
export function withUnchartedPlaces<T extends Pick<EventRecord, 'evidence' | 'trigger' | 'quad'> & { sentence: number; flags?: string[]; hit?: { entry: { pos: string } } }>(
  coded: T[], doc: Doc, lead: number,
): (T & { uncharted?: string[]; placesAfter?: string[] })[] {
  // (And the words that mark an act as told before, flagged for the merge: retelling-cues.ts.)
  const events = markRetellings(coded, doc);
  const mentions = doc.entities
    .filter((e) => e.type === 'PLACE')
    .flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, id: e.id, charted: !!e.geo })))
    .sort((a, b) => a.start - b.start);
  if (!mentions.length) return events;
  const uncharted = mentions.filter((m) => !m.charted);
  const ids = (spans: typeof mentions, from: number, to: number) => [...new Set(spansWithin(spans, from, to).map((m) => m.id))];
  // The trigger starts of each sentence, so that an act's next one is found without scanning the document's events.
  const starts = new Map<number, number[]>();
  for (const o of events) if (o.trigger) starts.set(o.sentence, [...(starts.get(o.sentence) ?? []), o.trigger.start]);
  return events.map((e) => {
    if (e.sentence <= lead) return e;
    const from = e.trigger?.start ?? e.evidence.start;
    const next = (starts.get(e.sentence) ?? []).reduce((n, t) => (t > from && t < n ? t : n), e.evidence.end);
    const all = ids(uncharted, e.evidence.start, e.evidence.end);
    const after = ids(mentions, from, next);
    return { ...e, ...(all.length ? { uncharted: all } : {}), ...(after.length ? { placesAfter: after } : {}) };
  });
}
