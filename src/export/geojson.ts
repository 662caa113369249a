// GeoJSON: a FeatureCollection of Point features, one per event that has coordinates, with flat
// properties (QGIS and other GIS tools show nested objects poorly). Coordinates are [lon, lat].
import type { Doc } from '../doc.js';
import type { StoredEvent } from '../store/store.js';
import { eventDay, eventKey, evidenceText, killed, locationCountry, QUAD_CLASS } from './common.js';

export function geojsonFeature(e: StoredEvent, doc: Doc | null) {
  const l = e.location;
  if (!l || l.lat == null || l.lon == null || !Number.isFinite(l.lat) || !Number.isFinite(l.lon)) return null;
  const { day } = eventDay(e, doc);
  return {
    type: 'Feature' as const,
    id: eventKey(e),
    geometry: { type: 'Point' as const, coordinates: [l.lon, l.lat] },
    properties: {
      event_id: eventKey(e),
      doc_id: e.doc_id,
      idx: e.idx,
      type: e.type,
      mode: e.mode ?? null,
      cameo: e.cameo,
      quad: e.quad,
      quad_class: QUAD_CLASS[e.quad] ?? null,
      intensity: e.intensity,
      date: day,
      date_text: e.date,
      modality: e.modality,
      claimed_by: e.claimed_by,
      source_name: e.source?.name_en ?? null,
      source_entity: e.source?.entity ?? null,
      source_country: e.source?.country ?? null,
      source_sector: e.source?.sector ?? null,
      target_name: e.target?.name_en ?? null,
      target_entity: e.target?.entity ?? null,
      target_country: e.target?.country ?? null,
      target_sector: e.target?.sector ?? null,
      location_name: l.name_en,
      location_entity: l.entity,
      location_country: locationCountry(e, doc),
      precision: l.precision,
      killed: killed(e),
      summary_en: e.summary_en,
      evidence_text: evidenceText(e, doc),
      confidence: e.confidence,
      title: doc?.source.title ?? null,
      outlet: doc?.source.outlet ?? null,
      url: doc?.source.url ?? null,
      published: doc?.source.published ?? null,
    },
  };
}
