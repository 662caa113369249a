// `rasad ingest`: analyse inputs and store them, one transaction per batch.
import type { AnalysisResult } from '../doc.js';
import { isErrorDoc } from '../doc.js';
import { readInputs } from '../ingest/read.js';
import { analyzeResult } from '../pipeline.js';
import type { PutResult, Store } from '../store/store.js';
import { progressBar } from './progress.js';

export interface IngestOptions {
  batchSize?: number;
  maxBytes?: number;
  warn?: (line: string) => void;
  progress?: boolean;
}

export async function ingestPaths(store: Store, paths: string[], opts: IngestOptions = {}): Promise<PutResult> {
  const batchSize = opts.batchSize ?? 200;
  const warn = opts.warn ?? ((l: string) => process.stderr.write(l + '\n'));
  const total: PutResult = { added: 0, skipped: 0, errors: 0 };
  const progress = progressBar(opts.progress ?? true);
  let batch: AnalysisResult[] = [];
  const flush = async () => {
    if (!batch.length) return;
    const r = await store.putBatch(batch);
    total.added += r.added;
    total.skipped += r.skipped;
    total.errors += r.errors;
    batch = [];
  };
  for await (const raw of readInputs(paths, { maxBytes: opts.maxBytes })) {
    const doc = analyzeResult(raw);
    if (isErrorDoc(doc)) warn(`rasad: ${doc.input}: ${doc.error.code}: ${doc.error.message}`);
    batch.push(doc);
    progress.tick(doc.input);
    if (batch.length >= batchSize) await flush();
  }
  await flush();
  progress.stop();
  return total;
}
