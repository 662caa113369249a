// SQLite schema v4: the document's 64-character content id is stored once. `documents` gains an
// integer key (`rid`, an INTEGER PRIMARY KEY, so that VACUUM keeps it), and every other table refers
// to a document by it (`doc`); a mention refers to its entity by the entity's idx in the document; the
// full-text table's rowid is the document's key (no stored id column); an event's record leaves out
// what its columns rebuild (rows.ts eventRow; `location_precision` joins the columns for that). An
// existing v3 store is rewritten in the migration's transaction: the tables by SQL, the event records
// and the full-text index (contentless: it cannot be read back) from the stored rows and texts.
import type Database from 'better-sqlite3';
import { indexForm, type SearchTermCache } from '../arabic/search-form.js';
import { ENTITY_COLUMNS, EVENT_COLUMNS, eventFromRow, eventRow, MENTION_COLUMNS, QUANTITY_COLUMNS, QUOTE_COLUMNS, TIME_COLUMNS, type DocRows, type Row } from './rows.js';

const DOC_FK = 'doc INTEGER NOT NULL REFERENCES documents(rid) ON DELETE CASCADE';

/** The tables of v4 under `suffix` (the migration builds them beside the old ones), without indexes or the full-text table. */
export function v4TablesSql(suffix = ''): string {
  return `
  CREATE TABLE documents${suffix} (
    rid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, input TEXT NOT NULL, title TEXT, outlet TEXT, url TEXT, published TEXT,
    published_inferred INTEGER NOT NULL DEFAULT 0, language TEXT NOT NULL, text TEXT NOT NULL, analysis TEXT NOT NULL, analysed_at TEXT NOT NULL
  );
  CREATE TABLE entities${suffix} (
    ${DOC_FK}, idx INTEGER NOT NULL, entity_id TEXT NOT NULL, type TEXT NOT NULL, name_en TEXT, name_ar TEXT,
    country TEXT, role TEXT, lat REAL, lon REAL, precision TEXT, extra TEXT,
    PRIMARY KEY (doc, idx)
  ) WITHOUT ROWID;
  CREATE TABLE mentions${suffix} (
    ${DOC_FK}, idx INTEGER NOT NULL, entity INTEGER NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL,
    text TEXT, form TEXT NOT NULL,
    PRIMARY KEY (doc, idx)
  ) WITHOUT ROWID;
  CREATE TABLE times${suffix} (
    ${DOC_FK}, idx INTEGER NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL, text TEXT,
    value TEXT NOT NULL, granularity TEXT NOT NULL, kind TEXT, extra TEXT,
    PRIMARY KEY (doc, idx)
  ) WITHOUT ROWID;
  CREATE TABLE quantities${suffix} (
    ${DOC_FK}, idx INTEGER NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL, text TEXT,
    value REAL NOT NULL, unit TEXT, kind TEXT NOT NULL, extra TEXT,
    PRIMARY KEY (doc, idx)
  ) WITHOUT ROWID;
  CREATE TABLE quotes${suffix} (
    ${DOC_FK}, idx INTEGER NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL, speaker TEXT, cue TEXT NOT NULL, extra TEXT,
    PRIMARY KEY (doc, idx)
  ) WITHOUT ROWID;
  CREATE TABLE events${suffix} (
    ${DOC_FK}, idx INTEGER NOT NULL, type TEXT NOT NULL, mode TEXT, cameo TEXT, quad TEXT, intensity REAL,
    source_entity TEXT, source_name TEXT, source_country TEXT, source_sector TEXT,
    target_entity TEXT, target_name TEXT, target_country TEXT, target_sector TEXT,
    location_entity TEXT, location_name TEXT, lat REAL, lon REAL, location_precision TEXT,
    date TEXT, modality TEXT, claimed_by TEXT, summary_en TEXT, evidence_start INTEGER, evidence_end INTEGER, confidence REAL,
    record TEXT NOT NULL,
    PRIMARY KEY (doc, idx)
  );
  `;
}

// Events stay a rowid table (their rows outgrow what a WITHOUT ROWID page keeps inline); their rowid is
// the store order, which events_type (type, rowid) serves for an export of some types. The listing
// indexes end where the listing order leaves the table (the document's id).
const V4_INDEXES = `
  CREATE INDEX documents_listing ON documents(published IS NULL, published DESC, input);
  CREATE INDEX events_type ON events(type);
  CREATE INDEX events_date ON events(date);
  CREATE INDEX events_source_country ON events(source_country);
  CREATE INDEX events_target_country ON events(target_country);
  CREATE INDEX events_listing ON events(date IS NULL, date);
  CREATE INDEX events_type_listing ON events(type, date IS NULL, date);
  CREATE VIRTUAL TABLE documents_fts USING fts5(title, body, content = '', tokenize = 'unicode61 remove_diacritics 0');
`;

/** The SQLite name of a column of rows.ts. */
const sqliteColumn = (c: string) => (c === 'doc_id' ? 'doc' : c);
const insertSql = (table: string, cols: readonly string[]) =>
  `INSERT INTO ${table} (${cols.map((c) => `"${sqliteColumn(c)}"`).join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`;
const SQLITE_MENTION_COLUMNS = MENTION_COLUMNS.map((c) => (c === 'entity_id' ? 'entity' : c));
const ENTITY_ID = ENTITY_COLUMNS.indexOf('entity_id');
const MENTION_ENTITY = MENTION_COLUMNS.indexOf('entity_id');

/** The event columns an event is read back from, over `events e JOIN documents d ON d.rid = e.doc`. */
export const SQLITE_EVENT_READ = EVENT_COLUMNS.map((c) => (c === 'doc_id' ? 'd.id AS doc_id' : `e."${c}"`)).join(', ');

/** Inserts of the rows of one document other than its `documents` row, under its key, into tables named with `suffix`. */
export function rowWriter(db: Database.Database, suffix = ''): (key: number, rows: DocRows) => void {
  const tables: [keyof DocRows, readonly string[]][] = [
    ['entities', ENTITY_COLUMNS], ['mentions', SQLITE_MENTION_COLUMNS], ['times', TIME_COLUMNS], ['quantities', QUANTITY_COLUMNS], ['quotes', QUOTE_COLUMNS], ['events', EVENT_COLUMNS],
  ];
  const stmts = tables.map(([key, cols]) => [key, db.prepare(insertSql(key + suffix, cols))] as const);
  return (key, rows) => {
    // A mention names its entity by the entity's idx (ids are unique within a document; the first wins).
    const entityIdx = new Map<unknown, unknown>();
    for (const e of rows.entities) if (!entityIdx.has(e[ENTITY_ID])) entityIdx.set(e[ENTITY_ID], e[1]);
    for (const [table, stmt] of stmts) {
      for (const r of rows[table] as Row[]) {
        const values = [key, ...r.slice(1)];
        if (table === 'mentions') values[MENTION_ENTITY] = entityIdx.get(r[MENTION_ENTITY]) as number;
        stmt.run(...values);
      }
    }
  };
}

/** The full-text row of a document, under its key. */
export function ftsWriter(db: Database.Database): (key: number, title: string | null, text: string, terms: SearchTermCache) => void {
  const stmt = db.prepare('INSERT INTO documents_fts (rowid, title, body) VALUES (?, ?, ?)');
  return (key, title, text, terms) => void stmt.run(key, indexForm(title ?? '', terms), indexForm(text, terms));
}

const DOC_COPY = 'id, input, title, outlet, url, published, published_inferred, language, text, analysis, analysed_at';
// The v3 layer tables, copied under the document's key (mentions: the entity's idx for its id).
const LAYER_COPY = `
  INSERT INTO entities_v4 SELECT d.rid, x.idx, x.entity_id, x.type, x.name_en, x.name_ar, x.country, x.role, x.lat, x.lon, x.precision, x.extra
    FROM entities x JOIN documents_v4 d ON d.id = x.doc_id;
  INSERT INTO mentions_v4 SELECT d.rid, x.idx,
      (SELECT min(n.idx) FROM entities n WHERE n.doc_id = x.doc_id AND n.entity_id = x.entity_id), x.start, x.end, x.text, x.form
    FROM mentions x JOIN documents_v4 d ON d.id = x.doc_id;
  INSERT INTO times_v4 SELECT d.rid, x.idx, x.start, x.end, x.text, x.value, x.granularity, x.kind, x.extra FROM times x JOIN documents_v4 d ON d.id = x.doc_id;
  INSERT INTO quantities_v4 SELECT d.rid, x.idx, x.start, x.end, x.text, x.value, x.unit, x.kind, x.extra FROM quantities x JOIN documents_v4 d ON d.id = x.doc_id;
  INSERT INTO quotes_v4 SELECT d.rid, x.idx, x.start, x.end, x.speaker, x.cue, x.extra FROM quotes x JOIN documents_v4 d ON d.id = x.doc_id;
`;

/** v3 → v4; runs with foreign keys off (the old tables are dropped and the new ones renamed). */
export function migrateSqliteV4(db: Database.Database): void {
  db.exec(`DROP TABLE documents_fts; ${v4TablesSql('_v4')}`);
  db.exec(`INSERT INTO documents_v4 (rid, ${DOC_COPY}) SELECT rowid, ${DOC_COPY} FROM documents ORDER BY rowid; ${LAYER_COPY}`);
  const keyOf = db.prepare('SELECT rid FROM documents_v4 WHERE id = ?').pluck();
  const insertEvent = db.prepare(insertSql('events_v4', EVENT_COLUMNS));
  const events = db.prepare('SELECT rowid AS r, * FROM events WHERE rowid > ? ORDER BY rowid LIMIT 1000');
  for (let last = 0; ; ) {
    const page = events.all(last) as Record<string, unknown>[];
    for (const r of page) {
      const row = eventRow(r.doc_id as string, r.idx as number, eventFromRow(r));
      insertEvent.run(keyOf.get(r.doc_id), ...row.slice(1));
    }
    if (page.length < 1000) break;
    last = page[page.length - 1].r as number;
  }
  db.exec(`
    DROP TABLE events; DROP TABLE mentions; DROP TABLE entities; DROP TABLE times; DROP TABLE quantities; DROP TABLE quotes; DROP TABLE documents;
    ALTER TABLE documents_v4 RENAME TO documents;
    ALTER TABLE entities_v4 RENAME TO entities;
    ALTER TABLE mentions_v4 RENAME TO mentions;
    ALTER TABLE times_v4 RENAME TO times;
    ALTER TABLE quantities_v4 RENAME TO quantities;
    ALTER TABLE quotes_v4 RENAME TO quotes;
    ALTER TABLE events_v4 RENAME TO events;
    ${V4_INDEXES}
  `);
  const fts = ftsWriter(db);
  const terms: SearchTermCache = new Map();
  const docs = db.prepare('SELECT rid, title, text FROM documents WHERE rid > ? ORDER BY rid LIMIT 200');
  for (let last = 0; ; ) {
    const page = docs.all(last) as { rid: number; title: string | null; text: string }[];
    for (const d of page) fts(d.rid, d.title, d.text, terms);
    if (page.length < 200) break;
    last = page[page.length - 1].rid;
  }
  const broken = db.prepare('PRAGMA foreign_key_check').all();
  if (broken.length) throw new Error(`schema v4: ${broken.length} rows refer to no document`);
}
