// PLOVER JSON Lines: one event object per line. Field names follow what PLOVER-coded data sets use
// (event_id, event_date, event_type, event_mode, event_text, context, source/target actors) and the
// PLOVER manual's JSON objects where it defines them (quad_code, event_scale, size, text_info,
// cite_info; actor objects with code and sector; a location object with GeoNames-style names).
import type { Doc, EventActor, EventRecord } from '../doc.js';
import type { StoredEvent } from '../store/store.js';
import { actorText, CODER, countOf, eventDay, eventKey, evidenceText, locationCountry, QUAD_CLASS, sentenceIndex } from './common.js';

/** PLOVER contexts implied by a mode (the manual's context vocabulary). */
const CONTEXT: Record<string, string[]> = {
  humanitarian: ['humanitarian'],
  'military-aid': ['military'],
  military: ['military'],
  'military-exercise': ['military'],
  economic: ['economic'],
  sanctions: ['economic'],
  strike: ['labor'],
};

function actor(a: EventActor | null, doc: Doc | null, e: EventRecord) {
  if (!a) return null;
  return {
    name: a.name_en,
    actor_text: actorText(doc, a, e),
    code: a.country,
    country: a.country,
    sector: a.sector,
    wikidata: a.entity && /^Q\d+$/.test(a.entity) ? a.entity : null,
    identifier_id: a.entity,
  };
}

export function ploverRecord(e: StoredEvent, doc: Doc | null) {
  const { day, from } = eventDay(e, doc);
  const l = e.location;
  return {
    event_id: eventKey(e),
    event_date: day,
    event_date_source: from,
    event_date_text: e.date,
    event_type: e.type,
    event_mode: e.mode ?? null,
    event_text: evidenceText(e, doc),
    context: CONTEXT[e.mode ?? ''] ?? [],
    quad_code: QUAD_CLASS[e.quad] ?? null,
    event_scale: e.intensity,
    cameo: e.cameo,
    modality: e.modality,
    claimed_by: e.claimed_by,
    source_actor: actor(e.source, doc, e),
    target_actor: actor(e.target, doc, e),
    location: l
      ? { name: l.name_en, latitude: l.lat, longitude: l.lon, precision: l.precision, cc3: locationCountry(e, doc), wikidata: l.entity && /^Q\d+$/.test(l.entity) ? l.entity : null, identifier_id: l.entity }
      : null,
    size: { dead: countOf(e, 'killed'), injured: countOf(e, 'wounded'), arrested: countOf(e, 'captured') },
    numbers: e.numbers,
    summary_en: e.summary_en,
    confidence: e.confidence,
    text_info: { sequence: sentenceIndex(e, doc), start: e.evidence.start, end: e.evidence.end },
    cite_info: doc
      ? { url: doc.source.url, title: doc.source.title, language: doc.language, publication: doc.source.outlet, published: doc.source.published, citation: doc.id, coder: CODER, codebook: 'PLOVER (CAMEO2PLOVER mapping)' }
      : { citation: e.doc_id, coder: CODER },
  };
}

export function ploverRow(e: StoredEvent, doc: Doc | null): string {
  return JSON.stringify(ploverRecord(e, doc)) + '\n';
}
