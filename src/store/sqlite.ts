// The embedded store: one SQLite file (WAL), one transaction per batch, idempotent by content id.
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { isErrorDoc, type Doc, type ErrorDoc } from '../doc.js';
import { queryTerms, type SearchTermCache } from '../arabic/search-form.js';
import { GenerationalMap } from '../generational-map.js';
import { SQLITE_MIGRATIONS } from './schema.js';
import { docRows, DOCUMENT_COLUMNS, storedEventFromRow, type DocRows } from './rows.js';
import { ftsWriter, rowWriter, SQLITE_EVENT_READ } from './sqlite-v4.js';
import { documentReader } from './sqlite-read.js';
import { snippetFor } from './snippet.js';
import { StoreMissingError } from './errors.js';
import { SEARCH_TERMS_GENERATION, type DocumentSummary, type EntityRow, type EventFilter, type StoreChanges, type PutResult, type SearchHit, type Store, type StoreStats, type StoredEvent } from './store.js';

const INSERT_DOCUMENT = `INSERT INTO documents (${DOCUMENT_COLUMNS.join(', ')}, analysed_at) VALUES (${DOCUMENT_COLUMNS.map(() => '?').join(', ')}, ?)`;

export const DEFAULT_DB = path.join('.rasad', 'rasad.db');

/** SQL conditions (with their arguments) for an event filter, over `events e JOIN documents d`. */
function eventConditions(f: EventFilter): { where: string[]; args: unknown[] } {
  const where: string[] = [];
  const args: unknown[] = [];
  if (f.type) { where.push('e.type = ?'); args.push(f.type); }
  if (f.country) { where.push('(e.source_country = ? OR e.target_country = ?)'); args.push(f.country, f.country); }
  if (f.modality) { where.push('e.modality = ?'); args.push(f.modality); }
  if (f.from) { where.push('e.date >= ?'); args.push(f.from); }
  if (f.to) { where.push('e.date <= ?'); args.push(f.to); }
  if (f.docId) { where.push('e.doc = (SELECT rid FROM documents WHERE id = ?)'); args.push(f.docId); }
  return { where, args };
}

const EVENTS_FROM = `SELECT ${SQLITE_EVENT_READ} FROM events e JOIN documents d ON d.rid = e.doc`;

export class SqliteStore implements Store {
  readonly db: Database.Database;

  /** `mustExist`: open an existing file only (read commands), creating neither it nor its directory. */
  constructor(file: string = DEFAULT_DB, opts: { mustExist?: boolean } = {}) {
    if (file !== ':memory:' && !opts.mustExist) mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    this.db = new Database(file, { fileMustExist: !!opts.mustExist });
    if (opts.mustExist && this.db.pragma('user_version', { simple: true }) === 0) {
      this.db.close();
      throw new StoreMissingError(`no store at ${file}: the file is not a Rasad store (no Rasad tables; check --db)`);
    }
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.migrate();
    this.db.pragma('foreign_keys = ON');
  }

  /**
   * Brings the schema to the latest version, each migration in its transaction, with foreign keys off (a
   * migration may rebuild a table that others refer to; v4 checks the references before it commits). A
   * store whose tables were rewritten is vacuumed, so that the file shrinks to the new layout.
   */
  private migrate(): void {
    const version = this.db.pragma('user_version', { simple: true }) as number;
    this.db.pragma('foreign_keys = OFF');
    for (let v = version; v < SQLITE_MIGRATIONS.length; v++) {
      this.db.transaction(() => {
        const m = SQLITE_MIGRATIONS[v];
        if (typeof m === 'string') this.db.exec(m);
        else m(this.db);
        this.db.pragma(`user_version = ${v + 1}`);
      })();
    }
    if (version > 0 && version < SQLITE_MIGRATIONS.length) this.db.exec('VACUUM');
  }

  private statements = new Map<string, Database.Statement>();
  /** The search terms of the words written lately (the words most reports share are analysed once per store), bounded. */
  private searchTerms: SearchTermCache = new GenerationalMap(SEARCH_TERMS_GENERATION);
  private writeRows?: (key: number, rows: DocRows) => void;
  private writeFts?: ReturnType<typeof ftsWriter>;
  private readDocument?: (id: string) => Doc | null;

  /** Prepared once per store. */
  private stmt(sql: string): Database.Statement {
    let s = this.statements.get(sql);
    if (!s) {
      s = this.db.prepare(sql);
      this.statements.set(sql, s);
    }
    return s;
  }

  private insertDoc(d: Doc, now: string): void {
    const rows = docRows(d);
    const key = Number(this.stmt(INSERT_DOCUMENT).run(...rows.document, now).lastInsertRowid);
    (this.writeRows ??= rowWriter(this.db))(key, rows);
    (this.writeFts ??= ftsWriter(this.db))(key, d.source.title, d.text, this.searchTerms);
  }

  async putBatch(docs: (Doc | ErrorDoc)[]): Promise<PutResult> {
    const result: PutResult = { added: 0, skipped: 0, errors: 0 };
    const exists = this.db.prepare('SELECT 1 FROM documents WHERE id = ?');
    const err = this.db.prepare('INSERT OR REPLACE INTO errors (input, code, message, at) VALUES (?, ?, ?, ?)');
    const clearErr = this.db.prepare('DELETE FROM errors WHERE input = ?');
    const now = new Date().toISOString();
    this.db.transaction(() => {
      const seen = new Set<string>();
      for (const d of docs) {
        if (isErrorDoc(d)) {
          err.run(d.input, d.error.code, d.error.message, now);
          result.errors++;
          continue;
        }
        clearErr.run(d.input);
        if (seen.has(d.id) || exists.get(d.id)) {
          result.skipped++;
          continue;
        }
        seen.add(d.id);
        this.insertDoc(d, now);
        result.added++;
      }
    })();
    return result;
  }

  async hasDocument(id: string): Promise<boolean> {
    return !!this.stmt('SELECT 1 FROM documents WHERE id = ?').get(id);
  }

  async getDocument(id: string): Promise<Doc | null> {
    this.readDocument ??= documentReader(this.db);
    return this.readDocument(id);
  }

  async listDocuments(opts: { limit?: number; offset?: number } = {}): Promise<DocumentSummary[]> {
    return this.db
      .prepare(
        `SELECT d.id, d.input, d.title, d.outlet, d.url, d.published, d.language,
                (SELECT COUNT(*) FROM events e WHERE e.doc = d.rid) AS events,
                (SELECT COUNT(*) FROM entities n WHERE n.doc = d.rid) AS entities
         FROM documents d ORDER BY d.published IS NULL, d.published DESC, d.input LIMIT ? OFFSET ?`,
      )
      .all(opts.limit ?? 100, opts.offset ?? 0) as DocumentSummary[];
  }

  async listEvents(f: EventFilter = {}): Promise<StoredEvent[]> {
    const { where, args } = eventConditions(f);
    const sql = `${EVENTS_FROM} ${where.length ? 'WHERE ' + where.join(' AND ') : ''}
                 ORDER BY e.date IS NULL, e.date, d.id, e.idx LIMIT ? OFFSET ?`;
    const rows = this.db.prepare(sql).all(...args, f.limit ?? 1000, f.offset ?? 0) as Record<string, unknown>[];
    return rows.map(storedEventFromRow);
  }

  /**
   * Events in insertion (rowid) order, in keyset pages of `pageSize`: no statement stays open
   * between pages, so the connection remains free for other queries while a consumer awaits.
   */
  async *iterateEvents(f: EventFilter = {}, pageSize = 500): AsyncGenerator<StoredEvent> {
    const cond = eventConditions(f);
    const where = ['e.rowid > ?', ...cond.where];
    const args = cond.args;
    const page = this.db.prepare(`${EVENTS_FROM.replace('SELECT ', 'SELECT e.rowid AS rid, ')} WHERE ${where.join(' AND ')} ORDER BY e.rowid LIMIT ?`);
    let last = 0;
    for (;;) {
      const rows = page.all(last, ...args, pageSize) as Record<string, unknown>[];
      for (const r of rows) yield storedEventFromRow(r);
      if (rows.length < pageSize) return;
      last = rows[rows.length - 1].rid as number;
    }
  }

  async search(query: string, limit = 20): Promise<SearchHit[]> {
    const terms = queryTerms(query);
    if (!terms.length) return [];
    const match = terms.map((t) => `"${t.replace(/"/g, '""')}"`).join(' AND ');
    const rows = this.db
      .prepare(
        `SELECT d.id, d.title, d.text, bm25(documents_fts) AS rank
         FROM documents_fts f JOIN documents d ON d.rid = f.rowid
         WHERE documents_fts MATCH ? ORDER BY rank LIMIT ?`,
      )
      .all(match, limit) as { id: string; title: string | null; text: string; rank: number }[];
    return rows.map((r) => ({ id: r.id, title: r.title, rank: r.rank, snippet: snippetFor(r.text, terms) }));
  }

  async stats(): Promise<StoreStats> {
    const count = (t: string) => (this.db.prepare(`SELECT COUNT(*) AS n FROM ${t}`).get() as { n: number }).n;
    const byType = this.db.prepare('SELECT type, COUNT(*) AS n FROM events GROUP BY type ORDER BY n DESC').all() as { type: string; n: number }[];
    return {
      documents: count('documents'),
      errors: count('errors'),
      entities: (this.db.prepare('SELECT COUNT(DISTINCT entity_id) AS n FROM entities').get() as { n: number }).n,
      mentions: count('mentions'),
      times: count('times'),
      quantities: count('quantities'),
      quotes: count('quotes'),
      events: count('events'),
      eventsByType: Object.fromEntries(byType.map((r) => [r.type, r.n])),
    };
  }

  /** Documents are only ever added: the last document's rowid grows with every write. */
  async version(): Promise<number> {
    return (this.stmt('SELECT COALESCE(MAX(rid), 0) AS v FROM documents').get() as { v: number }).v;
  }

  /** What up to `limitDocs` documents stored after `version` brought, and the version they reach. */
  async changesAfter(version: number, limitDocs: number): Promise<StoreChanges> {
    const docs = this.stmt('SELECT rid, id, outlet, published, title FROM documents WHERE rid > ? ORDER BY rid LIMIT ?').all(version, limitDocs) as ({ rid: number } & StoreChanges['docs'][number])[];
    const events: StoredEvent[] = [];
    const entities: EntityRow[] = [];
    const evs = this.stmt(`${EVENTS_FROM} WHERE e.doc = ? ORDER BY e.idx`);
    const ents = this.stmt(
      `SELECT d.id AS doc_id, e.entity_id AS id, e.type, e.name_en, e.name_ar, e.country, e.lat, e.lon, e.precision, COUNT(m.entity) AS mentions
       FROM entities e JOIN documents d ON d.rid = e.doc LEFT JOIN mentions m ON m.doc = e.doc AND m.entity = e.idx WHERE e.doc = ? GROUP BY e.entity_id`,
    );
    for (const d of docs) {
      for (const r of evs.all(d.rid) as Record<string, unknown>[]) events.push(storedEventFromRow(r));
      for (const r of ents.all(d.rid) as (Omit<EntityRow, 'geo'> & { lat: number | null; lon: number | null; precision: string | null })[]) {
        const { lat, lon, precision, ...rest } = r;
        entities.push({ ...rest, name_en: rest.name_en ?? '', name_ar: rest.name_ar ?? '', geo: lat != null && lon != null ? ({ lat, lon, precision } as EntityRow['geo']) : null });
      }
    }
    return { version: docs.length ? docs[docs.length - 1].rid : version, docs: docs.map(({ rid: _, ...d }) => d), events, entities };
  }

  async close(): Promise<void> {
    this.db.close();
  }
}
