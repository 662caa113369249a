// ACLED-style events: comma-separated with ACLED's column names, in ACLED's order (a subset).
// ACLED codes political violence, demonstrations and strategic developments; statements (PLOVER's
// verbal types) are outside its scope and are not exported, nor are events the text says did not
// happen or have not happened yet (modality denied, negated, threatened, intended, conditional).
import type { Doc, EventActor } from '../doc.js';
import type { StoredEvent } from '../store/store.js';
import { countryName, csvCell, eventDay, killed, locationCountry, numericEventId } from './common.js';

export const ACLED_COLUMNS = [
  'event_id_cnty', 'event_date', 'year', 'time_precision', 'disorder_type', 'event_type', 'sub_event_type',
  'actor1', 'assoc_actor_1', 'inter1', 'actor2', 'assoc_actor_2', 'inter2', 'interaction', 'civilian_targeting',
  'country', 'admin1', 'location', 'latitude', 'longitude', 'geo_precision',
  'source', 'notes', 'fatalities', 'timestamp',
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

/** ACLED's event type for a Rasad event, or null when ACLED would not record it. */
export function acledType(e: Pick<StoredEvent, 'type' | 'mode' | 'modality' | 'source' | 'target'>): AcledType | null {
  if (e.modality !== 'asserted' && e.modality !== 'claimed') return null;
  const mode = (e.mode ?? '').toLowerCase();
  const tgt = e.target?.sector ?? null;
  const civilians = tgt === 'CVL' || tgt === 'MED' || tgt === 'NGO' || tgt === 'REL';
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
        const state = STATE.has(e.source?.sector ?? '');
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

/**
 * ACLED's actor categories (the classic numeric inter codes): 1 state forces, 2 rebel groups,
 * 3 political militias, 4 identity militias, 5 rioters, 6 protesters, 7 civilians, 8 external/other.
 */
export function interCode(a: EventActor | null, role: 'actor1' | 'actor2', t: AcledType): number {
  if (role === 'actor1' && t.event_type === 'Protests') return 6;
  if (role === 'actor1' && t.event_type === 'Riots') return 5;
  if (!a) return role === 'actor1' && t.disorder === PV ? 3 : 0;
  switch (a.sector) {
    case 'GOV': case 'MIL': case 'COP': case 'SPY': case 'JUD': case 'LEG': return 1;
    case 'REB': case 'INS': return 2;
    case 'PTY': return 3;
    case 'CVL': case 'MED': case 'NGO': case 'REL': case 'BUS': return 7;
    case 'IGO': case 'MNC': return 8;
    default: return a.country && !a.sector ? 1 : 0;
  }
}

function actorName(a: EventActor | null, inter: number, role: 'actor1' | 'actor2', t: AcledType, country: string): string {
  if (a?.name_en) {
    // ACLED names civilians by country: "Civilians (Yemen)".
    if (inter === 7 && a.sector === 'CVL') return `Civilians (${countryName(a.country) || country || 'International'})`;
    return a.name_en;
  }
  if (role === 'actor1' && t.event_type === 'Protests') return `Protesters (${country || 'International'})`;
  if (role === 'actor1' && t.event_type === 'Riots') return `Rioters (${country || 'International'})`;
  if (role === 'actor1' && t.disorder === PV) return `Unidentified Armed Group (${country || 'International'})`;
  return '';
}

const GEO_PRECISION: Record<string, number> = { site: 1, city: 1, admin2: 2, admin1: 3, country: 3 };

export function acledHeader(): string {
  return ACLED_COLUMNS.join(',') + '\n';
}

export function acledRow(e: StoredEvent, doc: Doc | null, now: Date): string | null {
  const t = acledType(e);
  if (!t) return null;
  const { day, from } = eventDay(e, doc);
  const l = e.location;
  const cc = locationCountry(e, doc) ?? e.target?.country ?? e.source?.country ?? null;
  const country = countryName(cc);
  const inter1 = interCode(e.source, 'actor1', t);
  const inter2 = interCode(e.target, 'actor2', t);
  const interaction = inter2 ? `${Math.min(inter1, inter2)}${Math.max(inter1, inter2)}` : `${inter1}0`;
  const notes = [
    e.summary_en,
    e.modality === 'claimed' ? `(claimed${e.claimed_by ? ` by ${e.claimed_by}` : ''})` : '',
    from === 'published' ? '(date of publication)' : '',
  ].filter(Boolean).join(' ');
  const cells: unknown[] = [
    `${cc ?? 'XXX'}${numericEventId(e)}`,
    day ?? '',
    day ? day.slice(0, 4) : '',
    day ? (from === 'event' ? 1 : 2) : '',
    t.disorder,
    t.event_type,
    t.sub_event_type,
    actorName(e.source, inter1, 'actor1', t, country),
    '',
    inter1,
    actorName(e.target, inter2, 'actor2', t, country),
    '',
    inter2 || '',
    interaction,
    t.event_type === VAC || (t.event_type === ERV && e.target?.sector === 'CVL') ? 'Civilian targeting' : '',
    country,
    l?.precision === 'admin1' ? (l.name_en ?? '') : '',
    l?.name_en ?? '',
    l?.lat != null ? l.lat.toFixed(4) : '',
    l?.lon != null ? l.lon.toFixed(4) : '',
    l?.lat != null ? (GEO_PRECISION[l.precision ?? ''] ?? 3) : '',
    doc?.source.outlet ?? doc?.source.url ?? '',
    notes,
    killed(e),
    Math.floor(now.getTime() / 1000),
  ];
  return cells.map(csvCell).join(',') + '\n';
}
