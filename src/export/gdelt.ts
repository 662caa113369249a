// GDELT-style events: tab-separated like the GDELT 2.0 event files, all 61 of GDELT's event columns in
// GDELT's order (empty where Rasad does not know the value), then Rasad's own columns. A header row is
// added (GDELT's own files have none) so that pandas and R read it by name.
import type { Doc, EventActor } from '../doc.js';
import type { StoredEvent } from '../store/store.js';
import { exportCameo, gdeltQuadClass } from './cameo.js';
import { eventDay, locationCountry, numericEventId, num, sentenceIndex, tsvCell } from './common.js';
import { cameoCountry, cameoGroup, fipsOf, sectorOf } from './tables.js';

const ACTOR = (n: 1 | 2) =>
  [
    'Code', 'Name', 'CountryCode', 'KnownGroupCode', 'EthnicCode', 'Religion1Code', 'Religion2Code',
    'Type1Code', 'Type2Code', 'Type3Code',
  ].map((c) => `Actor${n}${c}`);
const GEO = (p: string) => ['Type', 'FullName', 'CountryCode', 'ADM1Code', 'ADM2Code', 'Lat', 'Long', 'FeatureID'].map((c) => `${p}Geo_${c}`);

/** The 61 columns of a GDELT 2.0 event record, in GDELT's order (GDELT Event Codebook 2.0). */
export const GDELT_EVENT_COLUMNS: readonly string[] = [
  'GLOBALEVENTID', 'SQLDATE', 'MonthYear', 'Year', 'FractionDate',
  ...ACTOR(1),
  ...ACTOR(2),
  'IsRootEvent', 'EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass', 'GoldsteinScale',
  'NumMentions', 'NumSources', 'NumArticles', 'AvgTone',
  ...GEO('Actor1'),
  ...GEO('Actor2'),
  ...GEO('Action'),
  'DATEADDED', 'SOURCEURL',
];

/** Rasad's columns after GDELT's. */
export const RASAD_GDELT_COLUMNS = [
  'RasadEventType', 'RasadModality', 'RasadClaimedBy', 'RasadCoderCameo', 'RasadPlaceId', 'RasadDocId', 'RasadEventIndex',
] as const;

export const GDELT_COLUMNS: readonly string[] = [...GDELT_EVENT_COLUMNS, ...RASAD_GDELT_COLUMNS];

/** GDELT's ActionGeo_Type: 1 country, 4 world city, 5 world state (first-level division). */
function geoType(precision: string | null | undefined): string {
  if (!precision) return '';
  if (precision === 'country') return '1';
  if (precision === 'admin1') return '5';
  return '4';
}

function fractionDate(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  const doy = (Date.UTC(y, m - 1, d) - Date.UTC(y, 0, 1)) / 86400000;
  return (y + doy / 365).toFixed(4);
}

/** DATEADDED in GDELT's YYYYMMDDHHMMSS form (UTC). */
export function gdeltTimestamp(d: Date): string {
  return d.toISOString().replace(/[-:T]/g, '').slice(0, 14);
}

export function gdeltHeader(): string {
  return GDELT_COLUMNS.join('\t') + '\n';
}

/** An actor's ten GDELT columns: CAMEO actor code = CAMEO country + sector (POL written COP; al-Qaeda IMGREB, CAMEO's
 * international militarized group, with no country), name upper-cased. */
function actorCells(a: EventActor | null): unknown[] {
  if (!a) return Array(10).fill('');
  const sector = sectorOf(a.sector)?.sector ?? '';
  const country = cameoGroup(a) ? '' : cameoCountry(a);
  return [`${cameoCountry(a)}${sector}`, a.name_en ? a.name_en.toUpperCase() : '', country, '', '', '', '', sector, '', ''];
}

export function gdeltRow(e: StoredEvent, doc: Doc | null, added: Date): string {
  const { day } = eventDay(e, doc);
  const cameo = exportCameo(e);
  const si = sentenceIndex(e, doc);
  // GDELT marks events from the lead paragraph as root events: here, the title or first body sentence.
  const root = si != null && si <= 1 ? 1 : 0;
  const l = e.location;
  const hasGeo = l?.lat != null && l?.lon != null;
  const fips = fipsOf(locationCountry(e, doc), l?.lat, l?.lon);
  const type = hasGeo ? geoType(l?.precision) : '';
  const actionGeo = hasGeo
    ? [type, l?.name_en ?? '', fips, type === '1' ? fips : '', '', num(l?.lat), num(l?.lon), type === '1' ? fips : '']
    : Array(8).fill('');
  const cells: unknown[] = [
    numericEventId(e),
    day ? day.replace(/-/g, '') : '',
    day ? day.slice(0, 7).replace('-', '') : '',
    day ? day.slice(0, 4) : '',
    day ? fractionDate(day) : '',
    ...actorCells(e.source),
    ...actorCells(e.target),
    root,
    cameo.code,
    cameo.code.slice(0, 3),
    cameo.code.slice(0, 2),
    gdeltQuadClass(cameo.code) ?? '',
    num(cameo.goldstein, 1),
    1, 1, 1,
    '',
    ...Array(16).fill(''),
    ...actionGeo,
    gdeltTimestamp(added),
    doc?.source.url ?? doc?.source.outlet ?? doc?.input ?? '',
    e.type,
    e.modality,
    e.claimed_by ?? '',
    cameo.coderCode ?? '',
    l?.entity ?? '',
    e.doc_id,
    e.idx,
  ];
  return cells.map(tsvCell).join('\t') + '\n';
}
