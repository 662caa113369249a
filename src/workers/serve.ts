// The message loop of an analysis thread: raw results in, analyses out, in the order received.
// The pool (pool.ts) relies on that order to know which document a thread is working on.
import { parentPort, workerData } from 'node:worker_threads';
import type { AnalysisResult } from '../doc.js';
import type { RawResult } from '../ingest/read.js';
import { useSharedData, type SharedData } from './shared-data.js';
import { currentThreadId } from './thread-cpu.js';
import { entityCues } from '../extract/entities/cues.js';

/** A short report analysed before the thread says it is ready: the pipeline loads its data lazily. */
const WARM_UP: RawResult = {
  ok: true,
  doc: { input: 'warm-up', title: null, body: 'قصفت القوات مواقع في المدينة يوم الاثنين وقتل شخصان.', published: '2020-01-01', outlet: null, url: null, warnings: [] },
};

/**
 * Serves analyses on the thread's port, with the NER models and word tables the pool shared (workerData.shared). The first document is analysed (and the
 * tagger loaded) before `ready`, so that loading the pipeline's data is not charged to the budget of a real document.
 */
export function serveAnalysis(analyse: (r: RawResult) => AnalysisResult): void {
  if (!parentPort) throw new Error('an analysis script must run in a worker thread');
  const port = parentPort;
  useSharedData((workerData as { shared?: SharedData } | null)?.shared);
  analyse(WARM_UP);
  // The NER tagger loads when a document first needs it: here, so that no real document's budget pays for it.
  entityCues().tagger();
  // An analysis goes back as its JSON text (what every caller writes or stores: a JSON document): one string
  // is copied in one go, where the structured clone of the object graph cost about twice as much CPU time in
  // this thread and again in the receiving one.
  port.on('message', (m: { id: number; raw: RawResult }) => {
    port.postMessage({ id: m.id, json: JSON.stringify(analyse(m.raw)) });
  });
  // The kernel id of this thread: the pool reads the CPU time it runs (thread-cpu.ts).
  port.postMessage({ ready: true, tid: currentThreadId() });
}
