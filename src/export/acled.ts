// ACLED-style events: comma-separated with ACLED's 31 columns in ACLED's order. ACLED codes political
// violence, demonstrations and strategic developments; statements (PLOVER's verbal types) are outside
// its scope and are not exported, nor are events the text says did not happen or have not happened yet
// (modality denied, negated, threatened, intended, conditional).
import type { Doc, EventActor } from '../doc.js';
import type { StoredEvent } from '../store/store.js';
import { csvCell, entityOf, eventDay, locationCountry, numericEventId } from './common.js';
import { acledFatalities } from './fatalities.js';
import { acledCountries, sectorOf } from './tables.js';

/** ACLED's columns, in the order of ACLED's exports (ACLED codebook, 2023–). */
export const ACLED_COLUMNS = [
  'event_id_cnty', 'event_date', 'year', 'time_precision', 'disorder_type', 'event_type', 'sub_event_type',
  'actor1', 'assoc_actor_1', 'inter1', 'actor2', 'assoc_actor_2', 'inter2', 'interaction', 'civilian_targeting',
  'iso', 'region', 'country', 'admin1', 'admin2', 'admin3', 'location', 'latitude', 'longitude', 'geo_precision',
  'source', 'source_scale', 'notes', 'fatalities', 'tags', 'timestamp',
] as const;

export interface AcledType {
  disorder: 'Political violence' | 'Demonstrations' | 'Strategic developments';
  event_type: string;
  sub_event_type: string;
}

const PV = 'Political violence' as const;
const SD = 'Strategic developments' as const;
const ERV = 'Explosions/Remote violence';
const VAC = 'Violence against civilians';

const ARMED = new Set(['MIL', 'REB', 'INS', 'MNC', 'SPY', 'COP', 'UAF']);
const STATE = new Set(['GOV', 'MIL', 'COP', 'SPY', 'JUD', 'LEG']);
const CIVILIAN_TARGETS = new Set(['CVL', 'MED', 'HLH', 'NGO', 'REL', 'EDU', 'REF']);

/** People a report counts with no word of who they are ('قتل 20 شخصا'): a generic actor with no sector, as CAMEO
 * codes them (data/lexicon/unsectored_actors.tsv). ACLED counts such victims civilians; not the dead and wounded
 * counted as such ('سقوط 12 قتيلا'), who may have been fighters as well. */
const unnamedPeople = (a: EventActor | null | undefined) => !!a && !a.sector && !!a.entity?.startsWith('rasad:generic:') && !a.entity.startsWith('rasad:generic:casualties');

/** ACLED's event type for a Rasad event, or null when ACLED would not record it. */
export function acledType(e: Pick<StoredEvent, 'type' | 'mode' | 'modality' | 'source' | 'target'>): AcledType | null {
  if (e.modality !== 'asserted' && e.modality !== 'claimed') return null;
  const mode = (e.mode ?? '').toLowerCase();
  const tgt = sectorOf(e.target?.sector)?.sector ?? null;
  const civilians = CIVILIAN_TARGETS.has(tgt ?? '') || unnamedPeople(e.target);
  switch (e.type) {
    case 'ASSAULT':
      if (mode === 'air' || mode === 'drone') return { disorder: PV, event_type: ERV, sub_event_type: 'Air/drone strike' };
      if (mode === 'shelling' || mode === 'missile' || mode === 'artillery') return { disorder: PV, event_type: ERV, sub_event_type: 'Shelling/artillery/missile attack' };
      if (mode === 'bombing' || mode === 'ied' || mode === 'explosion') return { disorder: PV, event_type: ERV, sub_event_type: 'Remote explosive/landmine/IED' };
      if (mode === 'suicide') return { disorder: PV, event_type: ERV, sub_event_type: 'Suicide bomb' };
      if (mode === 'shootdown') return { disorder: SD, event_type: SD, sub_event_type: 'Disrupted weapons use' };
      if (mode === 'destruction') return { disorder: SD, event_type: SD, sub_event_type: 'Looting/property destruction' };
      if (mode === 'abduction') return { disorder: PV, event_type: VAC, sub_event_type: 'Abduction/forced disappearance' };
      if (mode === 'sexual') return { disorder: PV, event_type: VAC, sub_event_type: 'Sexual violence' };
      if (civilians || mode === 'massacre' || mode === 'torture' || (!ARMED.has(tgt ?? '') && (mode === 'killing' || mode === 'wounding') && tgt != null))
        return { disorder: PV, event_type: VAC, sub_event_type: 'Attack' };
      return { disorder: PV, event_type: 'Battles', sub_event_type: 'Armed clash' };
    case 'COERCE':
      if (mode === 'seizure' || mode === 'occupation' || mode === 'annexation') {
        const state = STATE.has(sectorOf(e.source?.sector)?.sector ?? '');
        return { disorder: PV, event_type: 'Battles', sub_event_type: state ? 'Government regains territory' : 'Non-state actor overtakes territory' };
      }
      if (mode === 'arrest') return { disorder: SD, event_type: SD, sub_event_type: 'Arrests' };
      if (mode === 'capture' && civilians) return { disorder: PV, event_type: VAC, sub_event_type: 'Abduction/forced disappearance' };
      return { disorder: SD, event_type: SD, sub_event_type: 'Other' };
    case 'PROTEST':
      if (mode === 'riot' || mode === 'violent') return { disorder: 'Demonstrations', event_type: 'Riots', sub_event_type: 'Violent demonstration' };
      return { disorder: 'Demonstrations', event_type: 'Protests', sub_event_type: 'Peaceful protest' };
    case 'MOBILIZE':
      return { disorder: SD, event_type: SD, sub_event_type: 'Change to group/activity' };
    case 'AGREE':
      return mode === 'agreement' ? { disorder: SD, event_type: SD, sub_event_type: 'Agreement' } : null;
    case 'RETREAT':
      if (mode === 'ceasefire') return { disorder: SD, event_type: SD, sub_event_type: 'Agreement' };
      if (mode === 'withdrawal') return { disorder: SD, event_type: SD, sub_event_type: 'Non-violent transfer of territory' };
      return { disorder: SD, event_type: SD, sub_event_type: 'Other' };
    default:
      return null;
  }
}

export interface AcledActors {
  actor1: string;
  assoc1: string;
  inter1: number;
  actor2: string;
  assoc2: string;
  inter2: number | null;
}

/** ACLED's type for a Rasad actor: from the sector table; a country named as an actor is its state (1). */
function sectorInter(a: EventActor, doc: Doc | null): number | null {
  const row = sectorOf(a.sector);
  if (row) return row.acledInter;
  if (unnamedPeople(a)) return 7;
  return !a.sector && entityOf(doc, a.entity)?.type === 'COUNTRY' ? 1 : null;
}

/** The named group behind a generic ACLED actor ("Protesters (Iraq)" ← "Iraqi teachers"): entities only. */
function named(a: EventActor | null): string {
  return a?.entity && a.name_en ? a.name_en : '';
}

/**
 * ACLED's actors and inter codes (1 state forces, 2 rebels, 3 political militias, 4 identity militias,
 * 5 rioters, 6 protesters, 7 civilians, 8 external/other). Protesters, rioters and civilians are named
 * generically with their country, the named group going to assoc_actor; a violent event with no named
 * perpetrator is an "Unidentified Armed Group". Null when ACLED would need an actor 1 that is unknown.
 */
export function acledActors(e: Pick<StoredEvent, 'source' | 'target'>, t: AcledType, country: string, doc: Doc | null = null): AcledActors | null {
  const place = country || 'International';
  let actor1: string;
  let assoc1 = '';
  let inter1: number;
  if (t.event_type === 'Protests' || t.event_type === 'Riots') {
    const riot = t.event_type === 'Riots';
    actor1 = `${riot ? 'Rioters' : 'Protesters'} (${place})`;
    inter1 = riot ? 5 : 6;
    assoc1 = named(e.source);
  } else if (e.source?.name_en) {
    inter1 = sectorInter(e.source, doc) ?? (t.disorder === PV ? 3 : 8);
    actor1 = inter1 === 7 ? `Civilians (${place})` : e.source.name_en;
    if (inter1 === 7) assoc1 = named(e.source);
  } else if (t.disorder === PV) {
    actor1 = `Unidentified Armed Group (${place})`;
    inter1 = 3;
  } else return null;
  let actor2 = '';
  let assoc2 = '';
  let inter2: number | null = null;
  if (e.target?.name_en && t.event_type !== 'Protests') {
    inter2 = sectorInter(e.target, doc) ?? (t.event_type === VAC ? 7 : t.disorder === PV ? 3 : 8);
    actor2 = inter2 === 7 ? `Civilians (${place})` : e.target.name_en;
    if (inter2 === 7) assoc2 = named(e.target);
  }
  return { actor1, assoc1, inter1, actor2, assoc2, inter2 };
}

/** ACLED's interaction code: the two inter codes, smaller first; `${inter1}0` with no actor 2. */
export function interaction(inter1: number, inter2: number | null): string {
  return inter2 ? `${Math.min(inter1, inter2)}${Math.max(inter1, inter2)}` : `${inter1}0`;
}

const GEO_PRECISION: Record<string, number> = { site: 1, city: 1, admin2: 2, admin1: 3, country: 3 };
const INTERNAL_ID = /\b(?:Q[1-9]\d*|rasad:[a-z]+:[a-z0-9][a-z0-9:._-]*)\b/g;

/** An entity's English name for an id, else '' (internal ids never reach the notes). */
function nameOf(id: string, e: StoredEvent, doc: Doc | null): string {
  const ent = entityOf(doc, id);
  if (ent?.name_en) return ent.name_en;
  for (const a of [e.source, e.target]) if (a?.entity === id && a.name_en) return a.name_en;
  return '';
}

function notesOf(e: StoredEvent, doc: Doc | null, from: string | null): string {
  const claimant = e.claimed_by ? nameOf(e.claimed_by, e, doc) : '';
  const summary = e.summary_en.replace(INTERNAL_ID, (id) => nameOf(id, e, doc) || 'an unnamed party');
  return [
    summary,
    e.modality === 'claimed' ? `(claimed${claimant ? ` by ${claimant}` : ''})` : '',
    from === 'published' ? '(date of publication)' : '',
  ].filter(Boolean).join(' ');
}

export function acledHeader(): string {
  return ACLED_COLUMNS.join(',') + '\n';
}

export function acledRow(e: StoredEvent, doc: Doc | null, now: Date): string | null {
  const t = acledType(e);
  if (!t) return null;
  const { day, from } = eventDay(e, doc);
  const l = e.location;
  const cc = locationCountry(e, doc) ?? e.target?.country ?? e.source?.country ?? null;
  // ACLED has no event without a country.
  const c = cc ? acledCountries().get(cc) ?? null : null;
  if (!c) return null;
  const actors = acledActors(e, t, c.country, doc);
  if (!actors) return null;
  const cells: unknown[] = [
    `${c.iso3}${numericEventId(e)}`,
    day ?? '',
    day ? day.slice(0, 4) : '',
    day ? (from === 'event' ? 1 : 2) : '',
    t.disorder,
    t.event_type,
    t.sub_event_type,
    actors.actor1,
    actors.assoc1,
    actors.inter1,
    actors.actor2,
    actors.assoc2,
    actors.inter2 ?? 0,
    interaction(actors.inter1, actors.inter2),
    t.event_type === VAC || (t.disorder === PV && actors.inter2 === 7) ? 'Civilian targeting' : '',
    c.isoNumeric ?? '',
    c.region,
    c.country,
    l?.precision === 'admin1' ? (l.name_en ?? '') : '',
    l?.precision === 'admin2' ? (l.name_en ?? '') : '',
    '',
    l?.name_en ?? '',
    l?.lat != null ? l.lat.toFixed(4) : '',
    l?.lon != null ? l.lon.toFixed(4) : '',
    l?.lat != null ? (GEO_PRECISION[l.precision ?? ''] ?? 3) : '',
    doc?.source.outlet ?? doc?.source.url ?? '',
    '',
    notesOf(e, doc, from),
    acledFatalities(e, doc),
    '',
    Math.floor(now.getTime() / 1000),
  ];
  return cells.map(csvCell).join(',') + '\n';
}
