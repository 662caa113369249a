// SQLite schema v3: each fact stored once (src/store/rows.ts). The layers leave the analysis JSON
// for their tables (which gain `idx` and `extra`, and become WITHOUT ROWID tables keyed by
// (doc_id, idx), so that no second index repeats the document id; entities_entity, which served
// only the count of distinct entities, goes too); an event's record keeps only
// what has no column; the full-text table holds the index and the document id alone (contentless)
// instead of a second copy of the searchable text. An existing store is rewritten
// from its analysis JSON, page by page, in the migration's transaction.
import type Database from 'better-sqlite3';
import type { Doc } from '../doc.js';
import { docRows, fullRecord, ENTITY_COLUMNS, MENTION_COLUMNS, QUANTITY_COLUMNS, QUOTE_COLUMNS, TIME_COLUMNS, type DocRows } from './rows.js';

const DOC_FK = 'doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE';

/**
 * The tables of the layers, v3, under `suffix` (the migration builds them beside the old ones), and
 * the full-text table (always named documents_fts: SQLite cannot rename a contentless table that
 * stores its unindexed columns, so the migration renames the old one away first).
 */
export function layerTablesSql(suffix = ''): string {
  return `
  CREATE TABLE entities${suffix} (
    ${DOC_FK}, idx INTEGER NOT NULL, entity_id TEXT NOT NULL, type TEXT NOT NULL, name_en TEXT, name_ar TEXT,
    country TEXT, role TEXT, lat REAL, lon REAL, precision TEXT, extra TEXT,
    PRIMARY KEY (doc_id, idx)
  ) WITHOUT ROWID;
  CREATE TABLE mentions${suffix} (
    ${DOC_FK}, idx INTEGER NOT NULL, entity_id TEXT NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL,
    text TEXT, form TEXT NOT NULL,
    PRIMARY KEY (doc_id, idx)
  ) WITHOUT ROWID;
  CREATE TABLE times${suffix} (
    ${DOC_FK}, idx INTEGER NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL, text TEXT,
    value TEXT NOT NULL, granularity TEXT NOT NULL, kind TEXT, extra TEXT,
    PRIMARY KEY (doc_id, idx)
  ) WITHOUT ROWID;
  CREATE TABLE quantities${suffix} (
    ${DOC_FK}, idx INTEGER NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL, text TEXT,
    value REAL NOT NULL, unit TEXT, kind TEXT NOT NULL, extra TEXT,
    PRIMARY KEY (doc_id, idx)
  ) WITHOUT ROWID;
  CREATE TABLE quotes${suffix} (
    ${DOC_FK}, idx INTEGER NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL, speaker TEXT, cue TEXT NOT NULL, extra TEXT,
    PRIMARY KEY (doc_id, idx)
  ) WITHOUT ROWID;
  CREATE VIRTUAL TABLE documents_fts USING fts5(
    doc_id UNINDEXED, title, body, content = '', contentless_unindexed = 1, tokenize = 'unicode61 remove_diacritics 0'
  );
  `;
}

const insertSql = (table: string, cols: readonly string[]) => `INSERT INTO ${table} (${cols.map((c) => `"${c}"`).join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`;

/** Inserts of the layer rows of one document into tables named with `suffix`. */
export function layerWriter(db: Database.Database, suffix = ''): (rows: DocRows) => void {
  const tables: [keyof DocRows, string, readonly string[]][] = [
    ['entities', 'entities', ENTITY_COLUMNS], ['mentions', 'mentions', MENTION_COLUMNS], ['times', 'times', TIME_COLUMNS],
    ['quantities', 'quantities', QUANTITY_COLUMNS], ['quotes', 'quotes', QUOTE_COLUMNS],
  ];
  const stmts = tables.map(([key, table, cols]) => [key, db.prepare(insertSql(table + suffix, cols))] as const);
  return (rows) => {
    for (const [key, stmt] of stmts) for (const r of rows[key] as unknown[][]) stmt.run(...r);
  };
}

/** A stored analysis of an older schema, with every layer present. */
function oldDoc(json: string): Doc {
  const d = JSON.parse(json) as Doc;
  return { ...d, sentences: d.sentences ?? [], entities: d.entities ?? [], times: d.times ?? [], quantities: d.quantities ?? [], quotes: d.quotes ?? [], events: d.events ?? [] };
}

export function migrateSqliteV3(db: Database.Database): void {
  db.exec('ALTER TABLE documents_fts RENAME TO documents_fts_v2');
  db.exec(layerTablesSql('_v3'));
  db.exec(`INSERT INTO documents_fts (doc_id, title, body) SELECT doc_id, title, body FROM documents_fts_v2`);
  const page = db.prepare('SELECT rowid AS rid, analysis FROM documents WHERE rowid > ? ORDER BY rowid LIMIT 200');
  const setAnalysis = db.prepare('UPDATE documents SET analysis = ? WHERE rowid = ?');
  const setRecord = db.prepare('UPDATE events SET record = ? WHERE doc_id = ? AND idx = ?');
  const write = layerWriter(db, '_v3');
  let last = 0;
  for (;;) {
    const rows = page.all(last) as { rid: number; analysis: string }[];
    for (const r of rows) {
      const doc = oldDoc(r.analysis);
      const out = docRows(doc);
      write(out);
      setAnalysis.run(out.document[out.document.length - 1], r.rid);
      // v3's record: every field without a column (v4 leaves out more, src/store/sqlite-v4.ts).
      doc.events.forEach((e, i) => setRecord.run(fullRecord(e), doc.id, i));
    }
    if (rows.length < 200) break;
    last = rows[rows.length - 1].rid;
  }
  db.exec(`
    DROP TABLE documents_fts_v2; DROP TABLE mentions; DROP TABLE times; DROP TABLE quantities; DROP TABLE quotes; DROP TABLE entities;
    ALTER TABLE entities_v3 RENAME TO entities;
    ALTER TABLE mentions_v3 RENAME TO mentions;
    ALTER TABLE times_v3 RENAME TO times;
    ALTER TABLE quantities_v3 RENAME TO quantities;
    ALTER TABLE quotes_v3 RENAME TO quotes;
  `);
}
