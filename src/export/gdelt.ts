// GDELT-style events: tab-separated like the GDELT 2.0 event files, with a header row (GDELT's own
// files have none) so that pandas and R read it by name. Columns are GDELT's names in GDELT's order,
// a subset of its 61; Rasad's own columns come last.
import type { Doc } from '../doc.js';
import type { StoredEvent } from '../store/store.js';
import { eventDay, locationCountry, numericEventId, QUAD_CLASS, num, sentenceIndex, tsvCell } from './common.js';

export const GDELT_COLUMNS = [
  'GLOBALEVENTID', 'SQLDATE', 'MonthYear', 'Year', 'FractionDate',
  'Actor1Code', 'Actor1Name', 'Actor1CountryCode', 'Actor1Type1Code',
  'Actor2Code', 'Actor2Name', 'Actor2CountryCode', 'Actor2Type1Code',
  'IsRootEvent', 'EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass', 'GoldsteinScale',
  'NumMentions', 'NumSources', 'NumArticles', 'AvgTone',
  'ActionGeo_Type', 'ActionGeo_FullName', 'ActionGeo_CountryCode', 'ActionGeo_Lat', 'ActionGeo_Long', 'ActionGeo_FeatureID',
  'DATEADDED', 'SOURCEURL',
  'RasadEventType', 'RasadModality', 'RasadClaimedBy', 'RasadDocId', 'RasadEventIndex',
] as const;

/** GDELT's ActionGeo_Type: 1 country, 4 world city, 5 world state (admin1). */
function geoType(precision: string | null | undefined): string {
  if (!precision) return '';
  if (precision === 'country') return '1';
  if (precision === 'admin1') return '5';
  return '4';
}

function fractionDate(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  const start = Date.UTC(y, 0, 1);
  const doy = (Date.UTC(y, m - 1, d) - start) / 86400000;
  return (y + doy / 365).toFixed(4);
}

/** DATEADDED in GDELT's YYYYMMDDHHMMSS form (UTC). */
export function gdeltTimestamp(d: Date): string {
  return d.toISOString().replace(/[-:T]/g, '').slice(0, 14);
}

export function gdeltHeader(): string {
  return GDELT_COLUMNS.join('\t') + '\n';
}

export function gdeltRow(e: StoredEvent, doc: Doc | null, added: Date): string {
  const { day } = eventDay(e, doc);
  const cameo = e.cameo ?? '';
  const actor = (a: StoredEvent['source']) => [
    a ? `${a.country ?? ''}${a.sector ?? ''}` : '',
    a?.name_en ? a.name_en.toUpperCase() : '',
    a?.country ?? '',
    a?.sector ?? '',
  ];
  const si = sentenceIndex(e, doc);
  // GDELT marks events from the lead paragraph as root events: here, the title or first body sentence.
  const root = si != null && si <= 1 ? 1 : 0;
  const l = e.location;
  const cells: unknown[] = [
    numericEventId(e),
    day ? day.replace(/-/g, '') : '',
    day ? day.slice(0, 7).replace('-', '') : '',
    day ? day.slice(0, 4) : '',
    day ? fractionDate(day) : '',
    ...actor(e.source),
    ...actor(e.target),
    root,
    cameo,
    cameo.slice(0, 3),
    cameo.slice(0, 2),
    QUAD_CLASS[e.quad] ?? '',
    num(e.intensity, 1),
    1, 1, 1,
    '',
    l?.lat != null ? geoType(l.precision) : '',
    l?.name_en ?? '',
    locationCountry(e, doc) ?? '',
    num(l?.lat),
    num(l?.lon),
    l?.entity ?? '',
    gdeltTimestamp(added),
    doc?.source.url ?? doc?.source.outlet ?? doc?.input ?? '',
    e.type,
    e.modality,
    e.claimed_by ?? '',
    e.doc_id,
    e.idx,
  ];
  return cells.map(tsvCell).join('\t') + '\n';
}
