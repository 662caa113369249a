// Reading a whole document back from the SQLite tables (schema v3: src/store/rows.ts), for the
// store and for read-only connections (the stories thread).
import type Database from 'better-sqlite3';
import type { Doc } from '../doc.js';
import { docFromRows, EVENT_READ, type StoredRows } from './rows.js';

type R = Record<string, unknown>;

/** A reader of documents by id over `db`, its statements prepared once. */
export function documentReader(db: Database.Database): (id: string) => Doc | null {
  const doc = db.prepare('SELECT id, input, title, outlet, url, published, language, text, analysis FROM documents WHERE id = ?');
  const layer = (table: string) => db.prepare(`SELECT * FROM ${table} WHERE doc_id = ? ORDER BY idx`);
  const entities = layer('entities');
  const mentions = layer('mentions');
  const times = layer('times');
  const quantities = layer('quantities');
  const quotes = layer('quotes');
  const events = db.prepare(`SELECT ${EVENT_READ} FROM events WHERE doc_id = ? ORDER BY idx`);
  return (id) => {
    const document = doc.get(id) as R | undefined;
    if (!document) return null;
    const rows: StoredRows = {
      document,
      entities: entities.all(id) as R[],
      mentions: mentions.all(id) as R[],
      times: times.all(id) as R[],
      quantities: quantities.all(id) as R[],
      quotes: quotes.all(id) as R[],
      events: events.all(id) as R[],
    };
    return docFromRows(rows);
  };
}

/** Every document of the store, in store order, read in pages of ids. */
export function* allDocuments(db: Database.Database, pageSize = 200): Generator<Doc> {
  const read = documentReader(db);
  const page = db.prepare('SELECT rowid AS rid, id FROM documents WHERE rowid > ? ORDER BY rowid LIMIT ?');
  let last = 0;
  for (;;) {
    const ids = page.all(last, pageSize) as { rid: number; id: string }[];
    for (const r of ids) {
      const d = read(r.id);
      if (d) yield d;
    }
    if (ids.length < pageSize) return;
    last = ids[ids.length - 1].rid;
  }
}
