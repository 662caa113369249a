// `rasad export`: the stored events in one of the export formats, streamed to a file or stdout.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { exportChunks, isExportFormat, type ExportStats } from '../export/index.js';
import { parseEventQuery, QueryError } from '../export/query.js';
import type { Store } from '../store/store.js';

export interface ExportCliOptions {
  format: string;
  output?: string;
  type?: string;
  actor?: string;
  country?: string;
  place?: string;
  from?: string;
  to?: string;
  modality?: string;
  text?: string;
  limit?: string;
}

export class UsageError extends Error {}

/** Writes the export; returns what was written. Throws UsageError on a bad format or filter. */
export async function runExport(store: Store, o: ExportCliOptions, stdout: Writable = process.stdout): Promise<ExportStats> {
  if (!isExportFormat(o.format)) throw new UsageError(`unknown format: ${o.format} (jsonl, gdelt, acled, plover, geojson)`);
  let q;
  try {
    q = parseEventQuery({ type: o.type, actor: o.actor, country: o.country, place: o.place, from: o.from, to: o.to, modality: o.modality, text: o.text, limit: o.limit }, Number.MAX_SAFE_INTEGER);
  } catch (e) {
    if (e instanceof QueryError) throw new UsageError(e.message);
    throw e;
  }
  const out: Writable = o.output && o.output !== '-' ? createWriteStream(o.output) : stdout;
  const stats: ExportStats = { events: 0, written: 0 };
  for await (const chunk of exportChunks(store, o.format, q, { stats })) {
    if (!out.write(chunk)) await once(out, 'drain');
  }
  if (out !== stdout) {
    out.end();
    await once(out, 'finish');
  }
  return stats;
}
