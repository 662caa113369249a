// `rasad enqueue`: reads inputs and queues their raw documents in PostgreSQL for workers.
// Inputs that cannot be read become error records in the store at once (nothing to analyse).
import { readInputs, type RawDoc } from '../ingest/read.js';
import type { ErrorDoc } from '../doc.js';
import type { PgQueue } from './pg-queue.js';

export interface EnqueueTotals {
  added: number;
  existing: number;
  errors: number;
}

export async function enqueuePaths(
  queue: PgQueue,
  paths: string[],
  opts: { maxBytes?: number; batchSize?: number; warn?: (line: string) => void } = {},
): Promise<EnqueueTotals> {
  const batchSize = opts.batchSize ?? 500;
  const warn = opts.warn ?? ((l: string) => process.stderr.write(l + '\n'));
  const total: EnqueueTotals = { added: 0, existing: 0, errors: 0 };
  let raws: RawDoc[] = [];
  let errors: ErrorDoc[] = [];
  const flush = async () => {
    if (raws.length) {
      const r = await queue.enqueue(raws);
      total.added += r.added;
      total.existing += r.existing;
    }
    if (errors.length) total.errors += (await queue.store.putBatch(errors)).errors;
    raws = [];
    errors = [];
  };
  for await (const r of readInputs(paths, { maxBytes: opts.maxBytes })) {
    if (r.ok) raws.push(r.doc);
    else {
      warn(`rasad: ${r.input}: ${r.error.code}: ${r.error.message}`);
      errors.push({ id: null, input: r.input, error: r.error });
    }
    if (raws.length + errors.length >= batchSize) await flush();
  }
  await flush();
  return total;
}
