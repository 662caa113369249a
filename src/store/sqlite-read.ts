// Reading a whole document back from the SQLite tables (schema v4: src/store/sqlite-v4.ts, rows.ts), for the
// store and for read-only connections (the stories thread).
import type Database from 'better-sqlite3';
import type { Doc } from '../doc.js';
import { docFromRows, type StoredRows } from './rows.js';
import { SQLITE_EVENT_READ } from './sqlite-v4.js';

type R = Record<string, unknown>;

/** A reader of documents by id over `db`, its statements prepared once. */
export function documentReader(db: Database.Database): (id: string) => Doc | null {
  const doc = db.prepare('SELECT rid, id, input, title, outlet, url, published, language, text, analysis FROM documents WHERE id = ?');
  const layer = (table: string) => db.prepare(`SELECT * FROM ${table} WHERE doc = ? ORDER BY idx`);
  const entities = layer('entities');
  // A mention's entity id, from the entity it refers to.
  const mentions = db.prepare('SELECT m.idx, m.start, m.end, m.text, m.form, e.entity_id FROM mentions m JOIN entities e ON e.doc = m.doc AND e.idx = m.entity WHERE m.doc = ? ORDER BY m.idx');
  const times = layer('times');
  const quantities = layer('quantities');
  const quotes = layer('quotes');
  const events = db.prepare(`SELECT ${SQLITE_EVENT_READ} FROM events e JOIN documents d ON d.rid = e.doc WHERE e.doc = ? ORDER BY e.idx`);
  return (id) => {
    const document = doc.get(id) as R | undefined;
    if (!document) return null;
    const key = document.rid;
    const rows: StoredRows = {
      document,
      entities: entities.all(key) as R[],
      mentions: mentions.all(key) as R[],
      times: times.all(key) as R[],
      quantities: quantities.all(key) as R[],
      quotes: quotes.all(key) as R[],
      events: events.all(key) as R[],
    };
    return docFromRows(rows);
  };
}

/** Every document of the store, in store order, read in pages of ids. */
export function* allDocuments(db: Database.Database, pageSize = 200): Generator<Doc> {
  const read = documentReader(db);
  const page = db.prepare('SELECT rid, id FROM documents WHERE rid > ? ORDER BY rid LIMIT ?');
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
