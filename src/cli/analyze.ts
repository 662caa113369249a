// `rasad analyze`: the contract JSON, one line per document, on stdout.
import { readFileSync } from 'node:fs';
import { isErrorDoc, type AnalysisResult, type Doc } from '../doc.js';
import { readInputs } from '../ingest/read.js';
import { analyzeResult, newRunCaches } from '../pipeline.js';
import { inputProgress } from './count-inputs.js';

/** The contract serialisation: internal-only fields are dropped. */
export function toContractJson(d: AnalysisResult): string {
  if (isErrorDoc(d)) return JSON.stringify(d);
  const { warnings: _w, ...rest } = d as Doc;
  return JSON.stringify(rest);
}

/** The NER tagger is loaded only for --format conll (its weights are the largest data file). */
async function loadConllTagger(): Promise<{ tagConll: (conll: string) => string }> {
  const { loadTagger } = await import('../ner/tagger.js');
  return loadTagger();
}

export interface AnalyzeOptions {
  format: 'jsonl' | 'conll';
  maxBytes?: number;
  write?: (line: string) => void;
  warn?: (line: string) => void;
  /** Milliseconds between progress lines when stderr is not a terminal. */
  progressIntervalMs?: number;
}

/** Returns the exit status: 0 all analysed, 1 some documents failed. */
export async function runAnalyze(paths: string[], opts: AnalyzeOptions): Promise<number> {
  const write = opts.write ?? ((l: string) => process.stdout.write(l + '\n'));
  let warn = opts.warn ?? ((l: string) => process.stderr.write(l + '\n'));
  if (opts.format === 'conll') {
    const { tagConll } = await loadConllTagger();
    for (const p of paths) write(tagConll(readFileSync(p, 'utf8')).replace(/\n$/, ''));
    return 0;
  }
  let failed = 0;
  const progress = await inputProgress(paths, { intervalMs: opts.progressIntervalMs });
  if (!opts.warn) warn = (l) => progress.log(l);
  const run = newRunCaches();
  try {
    for await (const r of readInputs(paths, { maxBytes: opts.maxBytes })) {
      const doc = analyzeResult(r, {}, undefined, run);
      if (isErrorDoc(doc)) {
        failed++;
        warn(`rasad: ${doc.input}: ${doc.error.code}: ${doc.error.message}`);
      } else {
        for (const w of doc.warnings ?? []) warn(`rasad: ${doc.input}: warning: ${w}`);
      }
      write(toContractJson(doc));
      progress.tick(doc.input);
    }
  } finally {
    progress.stop();
  }
  return failed ? 1 : 0;
}
