// The export formats, streamed: events are read from the store page by page, documents through a
// bounded cache, and output is produced as a sequence of string chunks.
import type { Store, StoredEvent } from '../store/store.js';
import { acledHeader, acledRow } from './acled.js';
import { DocCache, evidenceText } from './common.js';
import { geojsonFeature } from './geojson.js';
import { gdeltHeader, gdeltRow } from './gdelt.js';
import { ploverRow } from './plover.js';
import { matchingEvents, type EventQuery, type MatchOptions } from './query.js';

export const EXPORT_FORMATS = ['jsonl', 'gdelt', 'acled', 'plover', 'geojson'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export function isExportFormat(f: string): f is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(f);
}

export const FORMAT_INFO: Record<ExportFormat, { contentType: string; extension: string; description: string }> = {
  jsonl: { contentType: 'application/x-ndjson; charset=utf-8', extension: 'jsonl', description: 'Rasad events as stored (the contract fields plus doc_id, idx and evidence_text), one per line' },
  gdelt: { contentType: 'text/tab-separated-values; charset=utf-8', extension: 'tsv', description: 'GDELT 2.0-style event table, tab-separated, with a header row' },
  acled: { contentType: 'text/csv; charset=utf-8', extension: 'csv', description: 'ACLED-style event table, comma-separated, with a header row' },
  plover: { contentType: 'application/x-ndjson; charset=utf-8', extension: 'jsonl', description: 'PLOVER event records with the PLOVER manual\'s field names, one JSON object per line' },
  geojson: { contentType: 'application/geo+json; charset=utf-8', extension: 'geojson', description: 'GeoJSON FeatureCollection of events with coordinates' },
};

export interface ExportStats {
  events: number;
  written: number;
}

/**
 * The chunks of an export of the events matching `q`. `stats` (if given) is filled in as it goes:
 * events read and records written (ACLED and GeoJSON leave some events out).
 */
export async function* exportChunks(
  store: Store,
  format: ExportFormat,
  q: EventQuery,
  opts: MatchOptions & { now?: Date; stats?: ExportStats } = {},
): AsyncGenerator<string> {
  const now = opts.now ?? new Date();
  const docs = new DocCache(store);
  const stats = opts.stats ?? { events: 0, written: 0 };
  if (format === 'gdelt') yield gdeltHeader();
  if (format === 'acled') yield acledHeader();
  if (format === 'geojson') yield '{"type":"FeatureCollection","features":[\n';
  let first = true;
  let buf = '';
  for await (const e of matchingEvents(store, q, opts)) {
    stats.events++;
    const doc = await docs.get(e.doc_id);
    let out: string | null = null;
    switch (format) {
      case 'jsonl':
        out = JSON.stringify(jsonlRecord(e, doc ? evidenceText(e, doc) : null)) + '\n';
        break;
      case 'gdelt':
        out = gdeltRow(e, doc, now);
        break;
      case 'acled':
        out = acledRow(e, doc, now);
        break;
      case 'plover':
        out = ploverRow(e, doc, now);
        break;
      case 'geojson': {
        const f = geojsonFeature(e, doc);
        if (f) {
          out = (first ? '' : ',\n') + JSON.stringify(f);
          first = false;
        }
        break;
      }
    }
    if (out == null) continue;
    stats.written++;
    buf += out;
    if (buf.length >= 64 * 1024) {
      yield buf;
      buf = '';
    }
  }
  if (buf) yield buf;
  if (format === 'geojson') yield '\n]}\n';
}

function jsonlRecord(e: StoredEvent, evidence: string | null) {
  return { ...e, evidence_text: evidence };
}
