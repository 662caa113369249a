// PLOVER JSON Lines: one event object per line with the PLOVER manual's field names (chapter "Data
// Fields": id, date, actor, recipient, event, event_loc, event_text, quad_code, event_scale, mode,
// context, text_info, cite_info, coder, coded_date, comment; entity objects with code, sector,
// entity_text, identifier_id, identifier_text; the Mordecai-style location object; size) and the
// manual's vocabulary (data/export/plover_vocabulary.tsv, rasad_modes.tsv, plover_modality.tsv).
// Rasad's own fields follow, as the manual allows ("providers should feel free to include named fields").
import type { Doc, EventActor, EventRecord } from '../doc.js';
import type { StoredEvent } from '../store/store.js';
import { exportCameo } from './cameo.js';
import { actorText, CODER, countOf, countryName, entityOf, eventDay, eventKey, evidenceText, locationCountry, sentenceIndex } from './common.js';
import { acledFatalities } from './fatalities.js';
import { ploverInternational, ploverVocabulary, rasadModes, sectorOf, type PloverMapping } from './tables.js';

const WIKIDATA = /^Q[1-9]\d*$/;
export const PLOVER_CODEBOOK = 'PLOVER manual 2021-09 (openeventdata/PLOVER)';

/** The PLOVER category, mode and contexts of a Rasad event; event null when PLOVER has no category for it. */
export function ploverMapping(e: Pick<EventRecord, 'type' | 'mode' | 'cameo' | 'modality' | 'intensity' | 'trigger'>): PloverMapping {
  // CAMEO's appeals (root 02) and public statements (01) have no PLOVER category.
  const code = exportCameo(e).code;
  if (code.startsWith('01') || code.startsWith('02')) return { event: null, mode: null, context: [] };
  const table = rasadModes();
  const m = table.get(`${e.type}\t${e.mode ?? ''}`) ?? table.get(`${e.type}\t*`) ?? { event: null, mode: null, context: [] };
  const aux = ploverVocabulary().modalities.get(e.modality);
  return { ...m, context: aux && !m.context.includes(aux) ? [...m.context, aux] : [...m.context] };
}

/** The manual's score of the category and mode (the mode's where the manual gives one). */
export function ploverScore(event: string, mode: string | null): number | null {
  const s = ploverVocabulary().scores;
  return (mode ? s.get(`${event}\t${mode}`) : undefined) ?? s.get(event) ?? null;
}

function entityObject(a: EventActor | null, doc: Doc | null, e: EventRecord) {
  if (!a) return [];
  const row = sectorOf(a.sector);
  const code = a.country ?? ((a.entity && ploverInternational().get(a.entity)) || row?.ploverCode || null);
  return [
    {
      code,
      sector: row ? row.ploverSector || null : a.sector ?? null,
      entity_text: actorText(doc, a, e),
      identifier_id: a.entity && WIKIDATA.test(a.entity) ? a.entity : null,
      identifier_text: a.name_en,
      country_name: a.country ? countryName(a.country) || null : null,
      rasad_id: a.entity,
    },
  ];
}

const RESOLUTION: Record<string, number> = { site: 5, city: 4, admin2: 3, admin1: 2, country: 1 };
const FEATURE: Record<string, [string, string]> = { site: ['S', 'BLDG'], city: ['P', 'PPL'], admin2: ['A', 'ADM2'], admin1: ['A', 'ADM1'], country: ['A', 'PCLI'] };

function locationObject(e: EventRecord, doc: Doc | null) {
  const l = e.location;
  if (!l) return null;
  const cc = locationCountry(e, doc);
  const ent = entityOf(doc, l.entity);
  const mention = ent?.mentions.find((m) => m.start >= e.evidence.start && m.end <= e.evidence.end);
  const p = l.precision ?? '';
  return {
    extracted_place: mention?.text ?? null,
    resolved_place: l.name_en,
    geonameid: null,
    lat: l.lat,
    lon: l.lon,
    city: p === 'city' ? l.name_en : null,
    district: p === 'admin2' ? l.name_en : null,
    province: p === 'admin1' ? l.name_en : null,
    country: cc ? countryName(cc) || null : null,
    country_code: cc,
    feature_class: FEATURE[p]?.[0] ?? null,
    feature_code: FEATURE[p]?.[1] ?? null,
    resolution: RESOLUTION[p] ?? null,
    wikidata_id: l.entity && WIKIDATA.test(l.entity) ? l.entity : null,
    rasad_id: l.entity,
  };
}

function commentOf(e: StoredEvent, doc: Doc | null, dateFrom: string | null): string | null {
  const claimant = e.claimed_by ? entityOf(doc, e.claimed_by)?.name_en ?? e.claimed_by : null;
  const parts = [
    e.modality === 'claimed' ? `claimed${claimant ? ` by ${claimant}` : ''}` : '',
    e.modality === 'denied' ? 'reported and denied' : '',
    dateFrom === 'published' ? 'date of publication' : '',
  ].filter(Boolean);
  return parts.length ? parts.join('; ') : null;
}

/** The PLOVER record of an event, or null when PLOVER has no category for it. */
export function ploverRecord(e: StoredEvent, doc: Doc | null, now: Date = new Date()) {
  const m = ploverMapping(e);
  if (!m.event) return null;
  const { day, from } = eventDay(e, doc);
  const killed = e.numbers.some((n) => n.kind === 'killed') ? acledFatalities(e, doc) : null;
  const sentence = evidenceText(e, doc);
  return {
    id: eventKey(e),
    date: day,
    actor: entityObject(e.source, doc, e),
    recipient: entityObject(e.target, doc, e),
    event: [m.event],
    event_loc: locationObject(e, doc),
    event_text: sentence ? [sentence] : [],
    quad_code: ploverVocabulary().quads.get(m.event) ?? null,
    event_scale: ploverScore(m.event, m.mode),
    mode: m.mode ? [m.mode] : null,
    context: m.context.length ? m.context : null,
    size: { dead: killed, injured: countOf(e, 'wounded'), arrested: countOf(e, 'captured') },
    text_info: { sequence: sentenceIndex(e, doc), start: e.evidence.start, end: e.evidence.end },
    cite_info: doc
      ? { citation: doc.id, url: doc.source.url, title: doc.source.title, language: doc.language, publication: doc.source.outlet, coder: CODER, codebook: PLOVER_CODEBOOK }
      : { citation: e.doc_id, coder: CODER, codebook: PLOVER_CODEBOOK },
    coder: CODER,
    coded_date: now.toISOString().slice(0, 10),
    comment: commentOf(e, doc, from),
    // Rasad's own fields.
    cameo: exportCameo(e).code || null,
    modality: e.modality,
    claimed_by: e.claimed_by,
    rasad_type: e.type,
    rasad_mode: e.mode ?? null,
    date_source: from,
    date_text: e.date,
    summary_en: e.summary_en,
    confidence: e.confidence,
    numbers: e.numbers,
  };
}

export function ploverRow(e: StoredEvent, doc: Doc | null, now?: Date): string | null {
  const r = ploverRecord(e, doc, now);
  return r ? JSON.stringify(r) + '\n' : null;
}
