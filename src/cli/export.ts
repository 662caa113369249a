// `rasad export`: the stored events in one of the export formats, streamed to a file or stdout.
import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { exportChunks, isExportFormat, type ExportFormat, type ExportStats } from '../export/index.js';
import { parseEventQuery, QueryError, type EventQuery } from '../export/query.js';
import type { Store } from '../store/store.js';
import { UsageError } from './errors.js';
import { causeOf } from '../store/errors.js';
import { parseDateRange } from './options.js';

export { UsageError };

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

/** The format and the query of the options; throws UsageError on a bad one (before any store is opened). */
export function checkExportOptions(o: ExportCliOptions): { format: ExportFormat; query: EventQuery } {
  if (!isExportFormat(o.format)) throw new UsageError(`unknown format: ${o.format} (jsonl, gdelt, acled, plover, geojson)`);
  parseDateRange(o.from, o.to);
  try {
    const query = parseEventQuery({ type: o.type, actor: o.actor, country: o.country, place: o.place, from: o.from, to: o.to, modality: o.modality, text: o.text, limit: o.limit }, Number.MAX_SAFE_INTEGER);
    return { format: o.format, query };
  } catch (e) {
    // The query's messages name the parameter (as the HTTP API does): here it is an option.
    if (e instanceof QueryError) throw new UsageError(e.message.replace(/^(type|actor|country|place|from|to|modality|text|limit)\b/, '--$1'));
    throw e;
  }
}

/** Opens the output file, so that a bad path fails before anything is read. */
async function openOutput(file: string): Promise<WriteStream> {
  const s = createWriteStream(file);
  try {
    await once(s, 'open');
  } catch (e) {
    throw new UsageError(`--output ${file}: ${causeOf(e)}`);
  }
  return s;
}

/** Writes the export; returns what was written. Throws UsageError on a bad format or filter. */
export async function runExport(store: Store, o: ExportCliOptions, stdout: Writable = process.stdout): Promise<ExportStats> {
  const { format, query } = checkExportOptions(o);
  const out: Writable = o.output && o.output !== '-' ? await openOutput(o.output) : stdout;
  // A write error (disk full ...) fails the export instead of escaping as an unhandled event.
  let failed: Error | null = null;
  const onError = (e: Error) => (failed = e);
  out.on('error', onError);
  const stats: ExportStats = { events: 0, written: 0 };
  try {
    for await (const chunk of exportChunks(store, format, query, { stats })) {
      if (failed) throw failed;
      if (!out.write(chunk)) await once(out, 'drain');
    }
    if (out !== stdout) {
      out.end();
      await once(out, 'finish');
    }
    if (failed) throw failed;
  } finally {
    out.off('error', onError);
    if (out !== stdout) out.destroy();
  }
  return stats;
}
