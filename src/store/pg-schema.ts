// PostgreSQL schema migrations: versioned, each applied once in its own transaction under an
// advisory lock (so that many workers starting together migrate once), recorded in
// rasad_migrations. Every document table carries doc_id and has a primary key that starts with it,
// so the schema can be sharded by document id (Citus: create_distributed_table on documents.id and
// on doc_id for the others, colocated); foreign keys only ever point from a document's rows to
// that same document.
import type { PoolClient } from 'pg';
import { PG_V4_SQL, rewritePgV4 } from './pg-v4.js';

/** A migration: SQL, and for one that rewrites rows, a step run after it in the same transaction. */
export type PgMigration = string | { sql: string; rewrite: (client: PoolClient) => Promise<void> };

export const PG_MIGRATIONS: PgMigration[] = [
  // 1: documents and their layers, with the full-text column over the normalised search form.
  `
  CREATE TABLE documents (
    id TEXT PRIMARY KEY,
    input TEXT NOT NULL,
    title TEXT,
    outlet TEXT,
    url TEXT,
    published TEXT,
    published_inferred BOOLEAN NOT NULL DEFAULT FALSE,
    language TEXT NOT NULL,
    text TEXT NOT NULL,
    analysis TEXT NOT NULL,
    analysed_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    -- to_tsvector('simple', indexForm(title)) || to_tsvector('simple', indexForm(text)):
    -- src/arabic/search-form.ts does the Arabic normalising, clitic splitting and stemming.
    fts TSVECTOR NOT NULL
  );
  CREATE INDEX documents_published ON documents (published);
  CREATE INDEX documents_fts ON documents USING GIN (fts);
  CREATE TABLE errors (
    input TEXT PRIMARY KEY,
    code TEXT NOT NULL,
    message TEXT NOT NULL,
    at TIMESTAMPTZ NOT NULL DEFAULT now()
  );
  CREATE TABLE entities (
    doc_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    entity_id TEXT NOT NULL,
    type TEXT NOT NULL,
    name_en TEXT,
    name_ar TEXT,
    country TEXT,
    role TEXT,
    lat DOUBLE PRECISION,
    lon DOUBLE PRECISION,
    precision TEXT,
    PRIMARY KEY (doc_id, entity_id)
  );
  CREATE INDEX entities_entity ON entities (entity_id);
  CREATE TABLE mentions (
    doc_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    entity_id TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    form TEXT NOT NULL,
    PRIMARY KEY (doc_id, idx)
  );
  CREATE TABLE times (
    doc_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    value TEXT NOT NULL,
    granularity TEXT NOT NULL,
    kind TEXT,
    PRIMARY KEY (doc_id, idx)
  );
  CREATE TABLE quantities (
    doc_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    value DOUBLE PRECISION NOT NULL,
    unit TEXT,
    kind TEXT NOT NULL,
    PRIMARY KEY (doc_id, idx)
  );
  CREATE TABLE quotes (
    doc_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    speaker TEXT,
    cue TEXT NOT NULL,
    PRIMARY KEY (doc_id, idx)
  );
  CREATE TABLE events (
    doc_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    -- Store (insertion) order for iterateEvents (a plain sequence: Citus distributes it too).
    seq BIGSERIAL NOT NULL,
    type TEXT NOT NULL,
    mode TEXT,
    cameo TEXT,
    quad TEXT,
    intensity DOUBLE PRECISION,
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
    lat DOUBLE PRECISION,
    lon DOUBLE PRECISION,
    date TEXT,
    modality TEXT,
    claimed_by TEXT,
    summary_en TEXT,
    evidence_start INTEGER,
    evidence_end INTEGER,
    confidence DOUBLE PRECISION,
    record TEXT NOT NULL,
    PRIMARY KEY (doc_id, idx)
  );
  CREATE INDEX events_type ON events (type);
  CREATE INDEX events_date ON events (date);
  CREATE INDEX events_source_country ON events (source_country);
  CREATE INDEX events_target_country ON events (target_country);
  CREATE INDEX events_seq ON events (seq);
  `,
  // 2: the work queue (src/queue/pg-queue.ts): raw documents keyed by input and content hash,
  // claimed with SELECT ... FOR UPDATE SKIP LOCKED under a lease that expires.
  `
  CREATE TABLE queue (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    input TEXT NOT NULL,
    hash TEXT NOT NULL,
    raw TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'running', 'done', 'failed')),
    attempts INTEGER NOT NULL DEFAULT 0,
    claim TEXT,
    worker TEXT,
    lease_until TIMESTAMPTZ,
    doc_id TEXT,
    error TEXT,
    enqueued_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    done_at TIMESTAMPTZ,
    UNIQUE (input, hash)
  );
  CREATE INDEX queue_todo ON queue (id) WHERE state IN ('pending', 'running');
  `,
  // 3: HTTP state of the watcher (src/watch): conditional-request validators and what became of
  // each URL. Not document data: a reference (or coordinator-local) table under Citus.
  `
  CREATE TABLE watch_state (
    url TEXT PRIMARY KEY,
    etag TEXT,
    last_modified TEXT,
    status TEXT,
    attempts INTEGER NOT NULL DEFAULT 0,
    doc_id TEXT,
    error TEXT,
    checked_at TIMESTAMPTZ NOT NULL DEFAULT now()
  );
  `,
  // 4: each fact stored once (src/store/rows.ts, src/store/pg-v4.ts).
  { sql: PG_V4_SQL, rewrite: rewritePgV4 },
  // 5: an event's location precision gets a column, so that its record can leave out what its columns
  // rebuild (src/store/rows.ts eventRow). Older records keep every field, which win over the columns.
  `ALTER TABLE events ADD COLUMN location_precision TEXT;`,
];

/** A quoted SQL identifier. */
export function quoteIdent(name: string): string {
  return '"' + name.replace(/"/g, '""') + '"';
}

/**
 * Brings the current schema (the first of search_path, created when `schema` is given) up to the
 * latest version. Each migration runs in its own transaction; concurrent callers serialise on an
 * advisory lock and the later ones find nothing left to do.
 */
export async function migratePg(client: PoolClient, schema?: string): Promise<number> {
  if (schema) await client.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(schema)}`).catch(async (e: { code?: string }) => {
    // Two processes creating the same schema at once: the loser sees a unique violation.
    if (e.code !== '23505' && e.code !== '42P06') throw e;
  });
  let version = 0;
  for (;;) {
    await client.query('BEGIN');
    try {
      await client.query(`SELECT pg_advisory_xact_lock(hashtext('rasad:migrate:' || current_schema()))`);
      await client.query(`CREATE TABLE IF NOT EXISTS rasad_migrations (version INTEGER PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())`);
      const r = await client.query<{ v: number | null }>('SELECT max(version) AS v FROM rasad_migrations');
      version = r.rows[0].v ?? 0;
      if (version >= PG_MIGRATIONS.length) {
        await client.query('COMMIT');
        return version;
      }
      const m = PG_MIGRATIONS[version];
      await client.query(typeof m === 'string' ? m : m.sql);
      if (typeof m !== 'string') await m.rewrite(client);
      await client.query('INSERT INTO rasad_migrations (version) VALUES ($1)', [version + 1]);
      await client.query('COMMIT');
    } catch (e) {
      await client.query('ROLLBACK').catch(() => {});
      throw e;
    }
  }
}
