// The embedded store: one SQLite file (WAL), one transaction per batch, idempotent by content id.
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { isErrorDoc, type Doc, type ErrorDoc } from '../doc.js';
import { indexForm, queryTerms } from '../arabic/search-form.js';
import { SQLITE_MIGRATIONS } from './schema.js';
import { snippetFor } from './snippet.js';
import { StoreMissingError } from './errors.js';
import type { DocumentSummary, EntityRow, EventFilter, StoreChanges, PutResult, SearchHit, Store, StoreStats, StoredEvent } from './store.js';

export const DEFAULT_DB = path.join('.rasad', 'rasad.db');

/** SQL conditions (with their arguments) for an event filter. */
function eventConditions(f: EventFilter): { where: string[]; args: unknown[] } {
  const where: string[] = [];
  const args: unknown[] = [];
  if (f.type) { where.push('type = ?'); args.push(f.type); }
  if (f.country) { where.push('(source_country = ? OR target_country = ?)'); args.push(f.country, f.country); }
  if (f.modality) { where.push('modality = ?'); args.push(f.modality); }
  if (f.from) { where.push('date >= ?'); args.push(f.from); }
  if (f.to) { where.push('date <= ?'); args.push(f.to); }
  if (f.docId) { where.push('doc_id = ?'); args.push(f.docId); }
  return { where, args };
}

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
    this.db.pragma('foreign_keys = ON');
    this.migrate();
  }

  private migrate(): void {
    const version = this.db.pragma('user_version', { simple: true }) as number;
    for (let v = version; v < SQLITE_MIGRATIONS.length; v++) {
      this.db.transaction(() => {
        this.db.exec(SQLITE_MIGRATIONS[v]);
        this.db.pragma(`user_version = ${v + 1}`);
      })();
    }
  }

  private statements = new Map<string, Database.Statement>();

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
    const db = { prepare: (sql: string) => this.stmt(sql) };
    db.prepare(
      `INSERT INTO documents (id, input, title, outlet, url, published, published_inferred, language, text, analysis, analysed_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(d.id, d.input, d.source.title, d.source.outlet, d.source.url, d.source.published, d.source.published_inferred ? 1 : 0, d.language, d.text, JSON.stringify(d), now);
    const ent = db.prepare(`INSERT OR IGNORE INTO entities VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    const men = db.prepare(`INSERT INTO mentions VALUES (?, ?, ?, ?, ?, ?)`);
    for (const e of d.entities) {
      ent.run(d.id, e.id, e.type, e.name_en, e.name_ar, e.country, e.role, e.geo?.lat ?? null, e.geo?.lon ?? null, e.geo?.precision ?? null);
      for (const m of e.mentions) men.run(d.id, e.id, m.start, m.end, m.text, m.form);
    }
    const tim = db.prepare(`INSERT INTO times VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);
    d.times.forEach((t, i) => tim.run(d.id, i, t.start, t.end, t.text, t.value, t.granularity, t.kind ?? null));
    const qty = db.prepare(`INSERT INTO quantities VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);
    d.quantities.forEach((q, i) => qty.run(d.id, i, q.start, q.end, q.text, q.value, q.unit, q.kind));
    const quo = db.prepare(`INSERT INTO quotes VALUES (?, ?, ?, ?, ?, ?)`);
    d.quotes.forEach((q, i) => quo.run(d.id, i, q.start, q.end, q.speaker, q.cue));
    const ev = db.prepare(`INSERT INTO events VALUES (${Array(27).fill('?').join(', ')})`);
    d.events.forEach((e, i) =>
      ev.run(
        d.id, i, e.type, e.mode ?? null, e.cameo, e.quad, e.intensity,
        e.source?.entity ?? null, e.source?.name_en ?? null, e.source?.country ?? null, e.source?.sector ?? null,
        e.target?.entity ?? null, e.target?.name_en ?? null, e.target?.country ?? null, e.target?.sector ?? null,
        e.location?.entity ?? null, e.location?.name_en ?? null, e.location?.lat ?? null, e.location?.lon ?? null,
        e.date, e.modality, e.claimed_by, e.summary_en, e.evidence.start, e.evidence.end, e.confidence, JSON.stringify(e),
      ),
    );
    db.prepare(`INSERT INTO documents_fts (doc_id, title, body) VALUES (?, ?, ?)`).run(d.id, indexForm(d.source.title ?? ''), indexForm(d.text));
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
    return !!this.db.prepare('SELECT 1 FROM documents WHERE id = ?').get(id);
  }

  async getDocument(id: string): Promise<Doc | null> {
    const row = this.db.prepare('SELECT analysis FROM documents WHERE id = ?').get(id) as { analysis: string } | undefined;
    return row ? (JSON.parse(row.analysis) as Doc) : null;
  }

  async listDocuments(opts: { limit?: number; offset?: number } = {}): Promise<DocumentSummary[]> {
    return this.db
      .prepare(
        `SELECT d.id, d.input, d.title, d.outlet, d.url, d.published, d.language,
                (SELECT COUNT(*) FROM events e WHERE e.doc_id = d.id) AS events,
                (SELECT COUNT(*) FROM entities n WHERE n.doc_id = d.id) AS entities
         FROM documents d ORDER BY d.published IS NULL, d.published DESC, d.input LIMIT ? OFFSET ?`,
      )
      .all(opts.limit ?? 100, opts.offset ?? 0) as DocumentSummary[];
  }

  async listEvents(f: EventFilter = {}): Promise<StoredEvent[]> {
    const { where, args } = eventConditions(f);
    const sql = `SELECT doc_id, idx, record FROM events ${where.length ? 'WHERE ' + where.join(' AND ') : ''}
                 ORDER BY date IS NULL, date, doc_id, idx LIMIT ? OFFSET ?`;
    const rows = this.db.prepare(sql).all(...args, f.limit ?? 1000, f.offset ?? 0) as { doc_id: string; idx: number; record: string }[];
    return rows.map((r) => ({ ...(JSON.parse(r.record) as StoredEvent), doc_id: r.doc_id, idx: r.idx }));
  }

  /**
   * Events in insertion (rowid) order, in keyset pages of `pageSize`: no statement stays open
   * between pages, so the connection remains free for other queries while a consumer awaits.
   */
  async *iterateEvents(f: EventFilter = {}, pageSize = 500): AsyncGenerator<StoredEvent> {
    const cond = eventConditions(f);
    const where = ['rowid > ?', ...cond.where];
    const args = cond.args;
    const page = this.db.prepare(`SELECT rowid AS rid, doc_id, idx, record FROM events WHERE ${where.join(' AND ')} ORDER BY rowid LIMIT ?`);
    let last = 0;
    for (;;) {
      const rows = page.all(last, ...args, pageSize) as { rid: number; doc_id: string; idx: number; record: string }[];
      for (const r of rows) yield { ...(JSON.parse(r.record) as StoredEvent), doc_id: r.doc_id, idx: r.idx };
      if (rows.length < pageSize) return;
      last = rows[rows.length - 1].rid;
    }
  }

  async search(query: string, limit = 20): Promise<SearchHit[]> {
    const terms = queryTerms(query);
    if (!terms.length) return [];
    const match = terms.map((t) => `"${t.replace(/"/g, '""')}"`).join(' AND ');
    const rows = this.db
      .prepare(
        `SELECT f.doc_id AS id, d.title, d.text, bm25(documents_fts) AS rank
         FROM documents_fts f JOIN documents d ON d.id = f.doc_id
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
    return (this.stmt('SELECT COALESCE(MAX(rowid), 0) AS v FROM documents').get() as { v: number }).v;
  }

  /** What up to `limitDocs` documents stored after `version` brought, and the version they reach. */
  async changesAfter(version: number, limitDocs: number): Promise<StoreChanges> {
    const docs = this.stmt('SELECT rowid AS rid, id, outlet, published, title FROM documents WHERE rowid > ? ORDER BY rowid LIMIT ?').all(version, limitDocs) as ({ rid: number } & StoreChanges['docs'][number])[];
    const events: StoredEvent[] = [];
    const entities: EntityRow[] = [];
    const evs = this.stmt('SELECT doc_id, idx, record FROM events WHERE doc_id = ? ORDER BY idx');
    const ents = this.stmt(
      `SELECT e.doc_id, e.entity_id AS id, e.type, e.name_en, e.name_ar, e.country, e.lat, e.lon, e.precision, COUNT(m.entity_id) AS mentions
       FROM entities e LEFT JOIN mentions m ON m.doc_id = e.doc_id AND m.entity_id = e.entity_id WHERE e.doc_id = ? GROUP BY e.entity_id`,
    );
    for (const d of docs) {
      for (const r of evs.all(d.id) as { doc_id: string; idx: number; record: string }[]) events.push({ ...(JSON.parse(r.record) as StoredEvent), doc_id: r.doc_id, idx: r.idx });
      for (const r of ents.all(d.id) as (Omit<EntityRow, 'geo'> & { lat: number | null; lon: number | null; precision: string | null })[]) {
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
