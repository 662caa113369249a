// Entities of one document: KB recognition (countries, nisbas, places, organisations, people, gazetteer), people
// introduced by titles, places named after a settlement noun ('قرية X') with the country of a known place that locates them, people the statistical tagger finds next to a
// role or a speech verb and people in the frame 'وقال X Y، المتحدث ...', office holders for titles with no name,
// surnames, references (الأخير, بلاده, نظيره), state actors named without their country, and organisations named
// again by their head noun ('وقالت الحركة').
// One entity per referent, with all its mentions sorted by offset; entities in order of first mention. Pure.
import { splitSentences } from '../../arabic/sentences.js';
import type { Entity, Mention, Span } from '../../doc.js';
import type { Token } from '../../arabic/tokens.js';
import { ADMIN_CUES, CITY_CUES, matchText, type RawMention } from '../../kb/matcher.js';
import { getIndex, type DictEntry, type Index } from '../../kb/kb-index.js';
import { DocState, docDate } from './state.js';
import { findPeople } from './people.js';
import { givenNameBefore, personFromWords } from './new-person.js';
import { findSurnames, resolveCoref } from './coref.js';
import { linkBareStateActors } from './bare.js';
import { linkOrgAnaphora } from './anaphora.js';
import { findTaggedPeople } from './tagged.js';
import { findNamedThings } from './named-heads.js';
import { findNamedOrgs } from './named-orgs.js';
import { findDualHeads } from './dual-heads.js';
import { findNumberedUnits } from './numbered-units.js';
import { findPlaceOrgs } from './place-orgs.js';
import { findCuedPlaces } from './cued-places.js';
import { findPrefixedPlaces } from './prefixed-places.js';
import { findListedPlaces } from './listed-places.js';
import { findFramedPeople } from './framed-people.js';
import { entityCues } from './cues.js';
import { findGenericActors } from './generic.js';
import { linkBareCoalitions } from './bare-coalition.js';
import { findLeaderForces } from './leader-forces.js';
import { addDualSeas } from './dual-seas.js';
import { placeNamedSites } from './site-places.js';
import { givenNamePlace } from './given-places.js';
import { findRelatives } from './relatives.js';
import { locateUnchartedPlaces } from './located-places.js';
import { findRoleGivenNames } from './role-given.js';
import { nasabGoesOn } from './nasab.js';

export interface EntityInput {
  text: string;
  published: string | null;
  /** The document's sentences and tokens (its word layer) when the pipeline has them; else cut here. */
  sentences?: readonly Span[];
  tokens?: readonly Pick<Token, 'start' | 'end' | 'text' | 'kind' | 'norm'>[];
}

/** Picks one entity for a dictionary match: priority, then cue-driven place kind, document countries, population. */
function resolve(idx: Index, m: RawMention, docCountries: Set<string>): DictEntry {
  const top = Math.max(...m.entries.map((e) => e.prio));
  const place = (e: DictEntry) => idx.entities.get(e.id)!.type === 'PLACE';
  const inDoc = (e: DictEntry) => docCountries.has(idx.entities.get(e.id)!.country ?? '');
  let cands = m.entries.filter((e) => e.prio === top);
  // A place the KB reads by default in a country the report never names gives way to its namesake in a country the
  // report names ('طرابلس' in a report on Lebanon is Tripoli, Lebanon, not Libya's capital).
  if (docCountries.size && cands.every((e) => place(e) && !inDoc(e))) {
    const named = m.entries.filter((e) => place(e) && inDoc(e));
    if (named.length) cands = named;
  }
  if (cands.length === 1) return cands[0];
  const score = (e: DictEntry): number => {
    const info = idx.entities.get(e.id)!;
    let s = 0;
    if (m.placeCue && ADMIN_CUES.has(m.placeCue) && info.kind === 'admin1') s += 100;
    if (m.placeCue && CITY_CUES.has(m.placeCue) && info.kind === 'city') s += 100;
    if (info.country && docCountries.has(info.country)) s += 50;
    s += Math.min(40, Math.log10(1 + (info.population ?? 0)) * 5);
    return s;
  };
  return cands.reduce((a, b) => (score(b) > score(a) ? b : a));
}

/** A gazetteer place of fewer people than this, in a country the document never names, is taken for a namesake. */
const SMALL_PLACE = 100000;
/** A gazetteer place of this many people or more is read as itself even in a report that never names its country. */
const LARGE_PLACE = 1000000;

function sentenceIndex(spans: readonly Span[], words: { start: number }[]): Int32Array {
  const out = new Int32Array(words.length);
  let k = 0;
  words.forEach((w, i) => {
    while (k < spans.length - 1 && w.start >= spans[k].end) k++;
    out[i] = k;
  });
  return out;
}

/** Extracts the entities of a document (title line first, then the body, as the pipeline's cleaned text). */
export function extractEntities(input: EntityInput): Entity[] {
  const { text } = input;
  if (!text) return [];
  const idx = getIndex();
  const { words, mentions, nested } = matchText(text, idx, input.tokens);
  const s = new DocState(text, words, idx, docDate(input.published), sentenceIndex(input.sentences ?? splitSentences(text), words));

  // Countries named unambiguously steer the choice between places of the same name.
  const docCountries = new Set<string>();
  for (const m of mentions) {
    for (const e of m.entries) {
      const info = idx.entities.get(e.id)!;
      if (info.type === 'COUNTRY' && info.country) docCountries.add(info.country);
    }
  }
  // Countries the document itself names (countries, nisbas, KB places, organisations, people): a small gazetteer
  // place of another country whose name is also a common word, matched after a settlement word, is a namesake ('بلدتي يارون وشبعا، جنوبي لبنان' is not Ukraine's Yarun), left to the
  // settlement cues as an uncharted place of the report.
  const namedCountries = new Set<string>();
  const resolved = mentions.map((m) => resolve(idx, m, docCountries));
  for (const e of resolved) {
    const country = e.prio > 1 ? idx.entities.get(e.id)!.country : null;
    if (country) namedCountries.add(country);
  }
  const namesake = (e: DictEntry): boolean => {
    if (e.prio !== 1 || !e.cue || !namedCountries.size) return false;
    const info = idx.entities.get(e.id)!;
    return !!info.country && !namedCountries.has(info.country) && (info.population ?? 0) < SMALL_PLACE;
  };
  // ... also where the KB would read the name as a larger place of that country ('منطقة الحوز' in a report on Iraq is
  // not Morocco's Al Haouz province, though the province is read before the town of the same name).
  // (Not a region or city of a million people: 'منطقة عسير' in a Saudi paper that names no country.)
  const unnamedPlace = (e: DictEntry) => e.prio === 1 && !namedCountries.has(idx.entities.get(e.id)!.country ?? '') && (idx.entities.get(e.id)!.population ?? 0) < LARGE_PLACE;
  const mentionAt = new Set(mentions.map((m) => m.first));
  mentions.forEach((m, k) => {
    const e = resolved[k];
    if (givenNamePlace(idx, words, m, mentionAt)) return;
    if (namesake(e) || (unnamedPlace(e) && m.entries.every(unnamedPlace) && m.entries.some(namesake))) return;
    if (nasabGoesOn(idx, words, e.id, m.last, m.end)) return;
    if (m.first === m.last && addDualSeas(s, m.first)) return;
    // A known surname after an unknown given name is someone else ('مايك جونسون' is not Boris Johnson).
    const prev = m.first > 0 ? words[m.first - 1] : null;
    if (e.short && m.start === words[m.first].start && prev && prev.kind === 'word' && idx.givenNames.has(prev.norm)
      && !s.coveredBy(prev.i) && !idx.entities.get(e.id)!.person!.names_ar.some((n) => n.includes(prev.text))) {
      const np = personFromWords(s, [prev.i, ...Array.from({ length: m.last - m.first + 1 }, (_, k) => m.first + k)]);
      s.add(np.id, { start: np.start, end: np.end, first: prev.i, last: m.last, form: 'name', top: true }, np.info);
      return;
    }
    // A nisba or a group's one-word name right after a given name is a surname ('عبد الخالق الحوثي').
    const given = m.first === m.last && m.start === words[m.first].start && idx.entities.get(e.id)!.type !== 'PERSON' ? givenNameBefore(s, m.first) : [];
    if (given.length) {
      const np = personFromWords(s, [...given, m.first]);
      s.add(np.id, { start: np.start, end: np.end, first: given[0], last: m.last, form: 'name', top: true }, np.info);
      return;
    }
    s.add(e.id, { start: m.start, end: m.end, first: m.first, last: m.last, form: e.form, top: true });
  });
  for (const m of nested) {
    const e = resolve(idx, m, docCountries);
    // The nisba in a news agency's or a channel's name ('وكالة الأنباء الفرنسية') names no party of the report.
    const holder = e.form === 'nisba' ? s.coveredBy(m.first) : null;
    if (holder && s.typeOf(holder) === 'MEDIA') continue;
    s.add(e.id, { start: m.start, end: m.end, first: m.first, last: m.last, form: e.form, top: false });
  }

  const cues = entityCues();
  findNumberedUnits(s, cues.units);
  findDualHeads(s, cues.heads);
  findNamedThings(s, cues.heads);
  findPlaceOrgs(s, cues.placeOrgs);
  findCuedPlaces(s, cues.settlements, cues.heads);
  findPrefixedPlaces(s);
  findNamedOrgs(s, cues.tagger);
  findTaggedPeople(s, cues);
  findListedPlaces(s, cues.heads);
  findFramedPeople(s, cues);
  findPeople(s);
  findRoleGivenNames(s, cues.roles);
  findSurnames(s);
  findRelatives(s, cues.kin);
  findLeaderForces(s, cues.leaders);
  resolveCoref(s);
  linkBareStateActors(s);
  linkOrgAnaphora(s);
  locateUnchartedPlaces(s);
  findGenericActors(s);
  linkBareCoalitions(s);
  placeNamedSites(s);
  return toEntities(s);
}

function toEntities(s: DocState): Entity[] {
  const out: Entity[] = [];
  for (const e of s.entities.values()) {
    if (!e.mentions.length) continue;
    const mentions: Mention[] = e.mentions
      .map((m) => ({ start: m.start, end: m.end, text: s.text.slice(m.start, m.end), form: m.form }))
      .sort((a, b) => a.start - b.start || a.end - b.end);
    const i = e.info;
    out.push({
      id: i.id,
      type: i.type,
      name_en: i.name_en,
      name_ar: i.name_ar,
      country: i.country,
      role: i.type === 'PERSON' ? e.role : null,
      geo: i.geo,
      mentions,
      sector: i.sector ?? null,
    });
  }
  return out.sort((a, b) => a.mentions[0].start - b.mentions[0].start || a.id.localeCompare(b.id));
}
