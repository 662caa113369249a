// A worker thread that builds the stories view of a SQLite store file (read-only) and posts back
// what GET /api/stories serves: stories with their timelines and event counts, and duplicates.
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import type { Doc } from '../doc.js';
import { storiesPayload } from './stories-payload.js';

if (!parentPort) throw new Error('stories-worker must run in a worker thread');
const db = new Database((workerData as { file: string }).file, { readonly: true, fileMustExist: true });
try {
  const docs: Doc[] = [];
  for (const r of db.prepare('SELECT analysis FROM documents').iterate() as Iterable<{ analysis: string }>) docs.push(JSON.parse(r.analysis) as Doc);
  parentPort.postMessage({ ok: true, payload: storiesPayload(docs) });
} catch (e) {
  parentPort.postMessage({ ok: false, error: (e as Error).message });
} finally {
  db.close();
}
