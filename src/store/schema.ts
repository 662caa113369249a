// Schema migrations, shared in spirit with the PostgreSQL store (which keys every table by doc_id;
// SQLite from v4 by the document's integer key).
// A migration is SQL, or a function for one that rewrites rows (v3: src/store/sqlite-v3.ts).
import type Database from 'better-sqlite3';
import { migrateSqliteV3 } from './sqlite-v3.js';
import { migrateSqliteV4 } from './sqlite-v4.js';

export const SQLITE_MIGRATIONS: (string | ((db: Database.Database) => void))[] = [
  `
  CREATE TABLE documents (
    id TEXT PRIMARY KEY,
    input TEXT NOT NULL,
    title TEXT,
    outlet TEXT,
    url TEXT,
    published TEXT,
    published_inferred INTEGER NOT NULL DEFAULT 0,
    language TEXT NOT NULL,
    text TEXT NOT NULL,
    analysis TEXT NOT NULL,
    analysed_at TEXT NOT NULL
  );
  CREATE INDEX documents_published ON documents(published);
  CREATE TABLE errors (
    input TEXT PRIMARY KEY,
    code TEXT NOT NULL,
    message TEXT NOT NULL,
    at TEXT NOT NULL
  );
  CREATE TABLE entities (
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    entity_id TEXT NOT NULL,
    type TEXT NOT NULL,
    name_en TEXT,
    name_ar TEXT,
    country TEXT,
    role TEXT,
    lat REAL,
    lon REAL,
    precision TEXT,
    PRIMARY KEY (doc_id, entity_id)
  );
  CREATE INDEX entities_entity ON entities(entity_id);
  CREATE TABLE mentions (
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    entity_id TEXT NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    text TEXT NOT NULL,
    form TEXT NOT NULL
  );
  CREATE INDEX mentions_doc ON mentions(doc_id);
  CREATE TABLE times (
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    text TEXT NOT NULL,
    value TEXT NOT NULL,
    granularity TEXT NOT NULL,
    kind TEXT,
    PRIMARY KEY (doc_id, idx)
  );
  CREATE TABLE quantities (
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    text TEXT NOT NULL,
    value REAL NOT NULL,
    unit TEXT,
    kind TEXT NOT NULL,
    PRIMARY KEY (doc_id, idx)
  );
  CREATE TABLE quotes (
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    speaker TEXT,
    cue TEXT NOT NULL,
    PRIMARY KEY (doc_id, idx)
  );
  CREATE TABLE events (
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    type TEXT NOT NULL,
    mode TEXT,
    cameo TEXT,
    quad TEXT,
    intensity REAL,
    source_entity TEXT,
    source_name TEXT,
    source_country TEXT,
    source_sector TEXT,
    target_entity TEXT,
    target_name TEXT,
    target_country TEXT,
    target_sector TEXT,
    location_entity TEXT,
    location_name TEXT,
    lat REAL,
    lon REAL,
    date TEXT,
    modality TEXT,
    claimed_by TEXT,
    summary_en TEXT,
    evidence_start INTEGER,
    evidence_end INTEGER,
    confidence REAL,
    record TEXT NOT NULL,
    PRIMARY KEY (doc_id, idx)
  );
  CREATE INDEX events_type ON events(type);
  CREATE INDEX events_date ON events(date);
  CREATE INDEX events_source_country ON events(source_country);
  CREATE INDEX events_target_country ON events(target_country);
  CREATE VIRTUAL TABLE documents_fts USING fts5(doc_id UNINDEXED, title, body, tokenize = 'unicode61 remove_diacritics 0');
  `,
  // Indexes in the API's listing orders (events: date IS NULL, date, doc_id, idx; documents: newest
  // first): a page is read in order rather than sorted out of the whole table.
  `
  CREATE INDEX IF NOT EXISTS documents_listing ON documents(published IS NULL, published DESC, input);
  CREATE INDEX IF NOT EXISTS events_listing ON events(date IS NULL, date, doc_id, idx);
  CREATE INDEX IF NOT EXISTS events_type_listing ON events(type, date IS NULL, date, doc_id, idx);
  `,
  // 3: each fact stored once (src/store/rows.ts).
  migrateSqliteV3,
  // 4: the document's id stored once, other tables keyed by its integer key (src/store/sqlite-v4.ts).
  migrateSqliteV4,
];
