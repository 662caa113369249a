// What the watcher remembers per URL: the validators for conditional requests (ETag,
// Last-Modified) and what became of each article URL (stored, or failed and how often). Kept
// beside the documents: a watch_state table in the SQLite file (created here, outside the
// document schema) or in PostgreSQL (migration 3 of src/store/pg-schema.ts).
import type { Store } from '../store/store.js';
import { SqliteStore } from '../store/sqlite.js';
import { PostgresStore } from '../store/postgres.js';

export interface UrlState {
  url: string;
  etag: string | null;
  lastModified: string | null;
  /** 'feed' for feeds; 'done' once an article is stored; 'failed' after an error. */
  status: 'feed' | 'done' | 'failed' | null;
  attempts: number;
  docId: string | null;
  error: string | null;
}

export interface WatchState {
  get(url: string): Promise<UrlState | null>;
  put(s: UrlState): Promise<void>;
}

export const emptyState = (url: string): UrlState => ({ url, etag: null, lastModified: null, status: null, attempts: 0, docId: null, error: null });

interface Row {
  url: string;
  etag: string | null;
  last_modified: string | null;
  status: UrlState['status'];
  attempts: number;
  doc_id: string | null;
  error: string | null;
}

const fromRow = (r: Row): UrlState => ({
  url: r.url, etag: r.etag, lastModified: r.last_modified, status: r.status, attempts: r.attempts, docId: r.doc_id, error: r.error,
});

export class MemoryWatchState implements WatchState {
  readonly map = new Map<string, UrlState>();
  async get(url: string) {
    const s = this.map.get(url);
    return s ? { ...s } : null;
  }
  async put(s: UrlState) {
    this.map.set(s.url, { ...s });
  }
}

export class SqliteWatchState implements WatchState {
  constructor(private readonly store: SqliteStore) {
    store.db.exec(`CREATE TABLE IF NOT EXISTS watch_state (
      url TEXT PRIMARY KEY, etag TEXT, last_modified TEXT, status TEXT, attempts INTEGER NOT NULL DEFAULT 0,
      doc_id TEXT, error TEXT, checked_at TEXT NOT NULL)`);
  }
  async get(url: string) {
    const r = this.store.db.prepare('SELECT * FROM watch_state WHERE url = ?').get(url) as Row | undefined;
    return r ? fromRow(r) : null;
  }
  async put(s: UrlState) {
    this.store.db
      .prepare('INSERT OR REPLACE INTO watch_state (url, etag, last_modified, status, attempts, doc_id, error, checked_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
      .run(s.url, s.etag, s.lastModified, s.status, s.attempts, s.docId, s.error, new Date().toISOString());
  }
}

export class PgWatchState implements WatchState {
  constructor(private readonly store: PostgresStore) {}
  async get(url: string) {
    const r = await this.store.pool.query<Row>('SELECT * FROM watch_state WHERE url = $1', [url]);
    return r.rows.length ? fromRow(r.rows[0]) : null;
  }
  async put(s: UrlState) {
    await this.store.pool.query(
      `INSERT INTO watch_state (url, etag, last_modified, status, attempts, doc_id, error, checked_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, now())
       ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified, status = excluded.status,
         attempts = excluded.attempts, doc_id = excluded.doc_id, error = excluded.error, checked_at = excluded.checked_at`,
      [s.url, s.etag, s.lastModified, s.status, s.attempts, s.docId, s.error?.replace(/\u0000/g, '') ?? null],
    );
  }
}

/**
 * The state kept in the same database as the store. A store of another kind cannot hold it: the
 * state is then kept in memory, and `warn` is told so (a restart fetches every article again).
 */
export function watchStateFor(store: Store, warn: (line: string) => void = () => {}): WatchState {
  if (store instanceof SqliteStore) return new SqliteWatchState(store);
  if (store instanceof PostgresStore) return new PgWatchState(store);
  warn(
    `rasad watch: this store (${store.constructor.name}) cannot keep the watch state; it is kept in memory, ` +
      'so after a restart every feed and article is fetched again (stored articles are still not stored twice)',
  );
  return new MemoryWatchState();
}
