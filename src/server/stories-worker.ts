// A worker thread that builds the stories view of a SQLite store file (read-only) and posts back
// what GET /api/stories serves: stories with their timelines and event counts, and duplicates.
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { allDocuments } from '../store/sqlite-read.js';
import { storiesPayload } from './stories-payload.js';

if (!parentPort) throw new Error('stories-worker must run in a worker thread');
const db = new Database((workerData as { file: string }).file, { readonly: true, fileMustExist: true });
try {
  const docs = [...allDocuments(db)];
  parentPort.postMessage({ ok: true, payload: storiesPayload(docs) });
} catch (e) {
  parentPort.postMessage({ ok: false, error: (e as Error).message });
} finally {
  db.close();
}
