// The PostgreSQL store: the same Store contract as SQLite, for many workers on one database.
// One transaction per batch; idempotent by content id (INSERT ... ON CONFLICT DO NOTHING, so two
// workers storing the same document at once still leave one copy). Full-text search runs over a
// tsvector of our own normalised, clitic-split, stemmed form of the text (indexForm) with the
// 'simple' configuration; queries come from queryTerms, as in the SQLite store.
import pg from 'pg';
import type { PoolClient } from 'pg';
import { docFromRows, docRows, EVENT_READ, storedEventFromRow, type StoredRows } from './rows.js';
import { insertLayers, pgText } from './pg-rows.js';
import { isErrorDoc, type Doc, type ErrorDoc } from '../doc.js';
import { indexForm, queryTerms, type SearchTermCache } from '../arabic/search-form.js';
import { GenerationalMap } from '../generational-map.js';
import { migratePg } from './pg-schema.js';
import { StoreMissingError } from './errors.js';
import { snippetFor } from './snippet.js';
import { SEARCH_TERMS_GENERATION, type DocumentSummary, type EventFilter, type PutResult, type SearchHit, type Store, type StoreStats, type StoredEvent } from './store.js';

export interface PgOptions {
  /** Schema to use (created if missing); also read from a `schema` parameter of the URL. */
  schema?: string;
  /** Pool size. */
  max?: number;
  /** Milliseconds to wait for a connection. */
  connectTimeoutMs?: number;
  /** Open a store that exists only (read commands): no schema or tables are created. */
  mustExist?: boolean;
}

/** Splits our own `schema` parameter off a connection URL (pg would ignore it). */
export function parsePgUrl(url: string): { url: string; schema?: string } {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return { url };
  }
  const schema = u.searchParams.get('schema') ?? undefined;
  if (schema === undefined) return { url };
  u.searchParams.delete('schema');
  return { url: u.toString(), schema };
}

/** The URL without its password, for messages. */
export function redactPgUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return url;
  }
}

/** Opens a pg pool on `url` (honouring a `schema` URL parameter) with errors on idle clients swallowed. */
export function makePool(url: string, opts: PgOptions = {}): { pool: pg.Pool; schema?: string } {
  const parsed = parsePgUrl(url);
  const schema = opts.schema ?? parsed.schema;
  if (schema !== undefined && !/^[A-Za-z_][A-Za-z0-9_]{0,62}$/.test(schema)) throw new Error(`bad schema name: ${schema}`);
  const pool = new pg.Pool({
    connectionString: parsed.url,
    max: opts.max ?? 4,
    connectionTimeoutMillis: opts.connectTimeoutMs ?? 10_000,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  // A server restart kills idle clients; the pool replaces them, so the error is not fatal.
  pool.on('error', () => {});
  return { pool, schema };
}

const t = pgText;

function eventWhere(f: EventFilter, args: unknown[]): string[] {
  const where: string[] = [];
  const p = (v: unknown) => {
    args.push(v);
    return `$${args.length}`;
  };
  if (f.type) where.push(`type = ${p(f.type)}`);
  if (f.country) {
    const c = p(f.country);
    where.push(`(source_country = ${c} OR target_country = ${c})`);
  }
  if (f.modality) where.push(`modality = ${p(f.modality)}`);
  if (f.from) where.push(`date COLLATE "C" >= ${p(f.from)}`);
  if (f.to) where.push(`date COLLATE "C" <= ${p(f.to)}`);
  if (f.docId) where.push(`doc_id = ${p(f.docId)}`);
  return where;
}


export class PostgresStore implements Store {
  private constructor(
    readonly pool: pg.Pool,
    readonly schema: string | undefined,
  ) {}

  /** The search terms of the words written lately (analysed once per store), bounded. */
  private searchTerms: SearchTermCache = new GenerationalMap(SEARCH_TERMS_GENERATION);

  /** Connects and migrates. `url` is a postgres:// URL; a `schema` parameter selects a schema. */
  static async open(url: string, opts: PgOptions = {}): Promise<PostgresStore> {
    const { pool, schema } = makePool(url, opts);
    try {
      const client = await pool.connect();
      try {
        if (opts.mustExist) {
          const r = await client.query<{ t: string | null }>(`SELECT to_regclass('rasad_migrations')::text AS t`);
          if (!r.rows[0].t) throw new StoreMissingError(`no Rasad store in ${schema ? `schema ${schema}` : 'the default schema'} of ${redactPgUrl(url)}`);
        }
        await migratePg(client, schema);
      } finally {
        client.release();
      }
    } catch (e) {
      await pool.end().catch(() => {});
      throw e;
    }
    return new PostgresStore(pool, schema);
  }

  /** Runs `fn` in one transaction on one pooled connection. */
  async transaction<T>(fn: (client: PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const out = await fn(client);
      await client.query('COMMIT');
      return out;
    } catch (e) {
      await client.query('ROLLBACK').catch(() => {});
      throw e;
    } finally {
      client.release();
    }
  }

  async putBatch(docs: (Doc | ErrorDoc)[]): Promise<PutResult> {
    return this.transaction((c) => this.putBatchIn(c, docs));
  }

  /**
   * The body of putBatch inside a transaction the caller holds (the queue stores a batch and marks
   * its jobs done in one transaction). Rows are written in id order so that concurrent batches
   * sharing documents lock them in the same order and cannot deadlock.
   */
  async putBatchIn(client: PoolClient, docs: (Doc | ErrorDoc)[]): Promise<PutResult> {
    const result: PutResult = { added: 0, skipped: 0, errors: 0 };
    // Per input, the last word wins: an error record, or a document that clears it.
    const errorState = new Map<string, ErrorDoc | null>();
    const fresh = new Map<string, Doc>();
    for (const d of docs) {
      if (isErrorDoc(d)) {
        errorState.set(d.input, d);
        result.errors++;
        continue;
      }
      errorState.set(d.input, null);
      if (fresh.has(d.id)) result.skipped++;
      else fresh.set(d.id, d);
    }
    const cleared = [...errorState].filter(([, e]) => e === null).map(([input]) => input);
    if (cleared.length) await client.query('DELETE FROM errors WHERE input = ANY($1::text[])', [cleared]);
    const errs = [...errorState.values()].filter((e): e is ErrorDoc => e !== null).sort((a, b) => (a.input < b.input ? -1 : a.input > b.input ? 1 : 0));
    if (errs.length) {
      await client.query(
        `INSERT INTO errors (input, code, message, at) SELECT *, now() FROM unnest($1::text[], $2::text[], $3::text[])
         ON CONFLICT (input) DO UPDATE SET code = excluded.code, message = excluded.message, at = excluded.at`,
        [errs.map((e) => t(e.input)), errs.map((e) => t(e.error.code)), errs.map((e) => t(e.error.message))],
      );
    }
    if (!fresh.size) return result;

    const list = [...fresh.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const rows = list.map(docRows);
    const col = (i: number) => rows.map((r) => (typeof r.document[i] === 'string' ? t(r.document[i] as string) : r.document[i]));
    const ins = await client.query<{ id: string }>(
      `INSERT INTO documents (id, input, title, outlet, url, published, published_inferred, language, text, analysis, fts)
       SELECT u.id, u.input, u.title, u.outlet, u.url, u.published, u.inferred, u.language, u.text, u.analysis,
              to_tsvector('simple', u.title_form) || to_tsvector('simple', u.body_form)
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::bool[], $8::text[], $9::text[], $10::text[], $11::text[], $12::text[])
         AS u(id, input, title, outlet, url, published, inferred, language, text, analysis, title_form, body_form)
       ON CONFLICT (id) DO NOTHING RETURNING id`,
      [
        col(0), col(1), col(2), col(3), col(4), col(5), list.map((d) => !!d.source.published_inferred), col(7), col(8), col(9),
        list.map((d) => t(indexForm(d.source.title ?? '', this.searchTerms))), list.map((d) => t(indexForm(d.text, this.searchTerms))),
      ],
    );
    const added = new Set(ins.rows.map((r) => r.id));
    result.added += added.size;
    result.skipped += list.length - added.size;
    if (added.size) await insertLayers(client, rows.filter((r) => added.has(r.document[0] as string)));
    return result;
  }

  async hasDocument(id: string): Promise<boolean> {
    return (await this.pool.query('SELECT 1 FROM documents WHERE id = $1', [id])).rowCount! > 0;
  }

  async getDocument(id: string): Promise<Doc | null> {
    const doc = await this.pool.query('SELECT id, input, title, outlet, url, published, language, text, analysis FROM documents WHERE id = $1', [id]);
    if (!doc.rows.length) return null;
    const layer = async (table: string, cols = '*') => (await this.pool.query(`SELECT ${cols} FROM ${table} WHERE doc_id = $1 ORDER BY idx`, [id])).rows;
    const [entities, mentions, times, quantities, quotes, events] = await Promise.all([
      layer('entities'), layer('mentions'), layer('times'), layer('quantities'), layer('quotes'), layer('events', EVENT_READ),
    ]);
    const rows: StoredRows = { document: doc.rows[0], entities, mentions, times, quantities, quotes, events };
    return docFromRows(rows);
  }

  async listDocuments(opts: { limit?: number; offset?: number } = {}): Promise<DocumentSummary[]> {
    const r = await this.pool.query<DocumentSummary>(
      `SELECT d.id, d.input, d.title, d.outlet, d.url, d.published, d.language,
              (SELECT count(*)::int FROM events e WHERE e.doc_id = d.id) AS events,
              (SELECT count(*)::int FROM entities n WHERE n.doc_id = d.id) AS entities
       FROM documents d
       ORDER BY d.published IS NULL, d.published COLLATE "C" DESC, d.input COLLATE "C", d.id LIMIT $1 OFFSET $2`,
      [opts.limit ?? 100, opts.offset ?? 0],
    );
    return r.rows;
  }

  async listEvents(f: EventFilter = {}): Promise<StoredEvent[]> {
    const args: unknown[] = [];
    const where = eventWhere(f, args);
    args.push(f.limit ?? 1000, f.offset ?? 0);
    const r = await this.pool.query(
      `SELECT ${EVENT_READ} FROM events ${where.length ? 'WHERE ' + where.join(' AND ') : ''}
       ORDER BY date IS NULL, date COLLATE "C", doc_id COLLATE "C", idx LIMIT $${args.length - 1} OFFSET $${args.length}`,
      args,
    );
    return r.rows.map(storedEventFromRow);
  }

  /** Events in store (insertion) order, in keyset pages: memory stays constant on a large store. */
  async *iterateEvents(f: EventFilter = {}, pageSize = 500): AsyncGenerator<StoredEvent> {
    let last = 0;
    for (;;) {
      const args: unknown[] = [last];
      const where = ['seq > $1', ...eventWhere(f, args)];
      args.push(pageSize);
      const r = await this.pool.query(
        `SELECT seq, ${EVENT_READ} FROM events WHERE ${where.join(' AND ')} ORDER BY seq LIMIT $${args.length}`,
        args,
      );
      for (const row of r.rows) yield storedEventFromRow(row);
      if (r.rows.length < pageSize) return;
      last = Number(r.rows[r.rows.length - 1].seq);
    }
  }

  /**
   * Every query term must occur (each as a phrase of the lexemes PostgreSQL's parser makes of it,
   * as FTS5 treats a quoted term). `rank` is the negated ts_rank, so that lower is better as with
   * SQLite's bm25.
   */
  async search(query: string, limit = 20): Promise<SearchHit[]> {
    const terms = queryTerms(query);
    if (!terms.length) return [];
    const q = terms.map((_, i) => `phraseto_tsquery('simple', $${i + 1})`).join(' && ');
    const r = await this.pool.query<{ id: string; title: string | null; text: string; rank: number }>(
      `SELECT d.id, d.title, d.text, ts_rank(d.fts, q.q) AS rank
       FROM documents d, (SELECT ${q} AS q) q
       WHERE d.fts @@ q.q ORDER BY rank DESC, d.id LIMIT $${terms.length + 1}`,
      [...terms.map((x) => t(x)), limit],
    );
    return r.rows.map((row) => ({ id: row.id, title: row.title, rank: -row.rank, snippet: snippetFor(row.text, terms) }));
  }

  /** Documents are only ever added: their count grows with every write (views are cached on it). */
  async version(): Promise<number> {
    const r = await this.pool.query<{ n: string }>('SELECT count(*) AS n FROM documents');
    return Number(r.rows[0].n);
  }

  async stats(): Promise<StoreStats> {
    const r = await this.pool.query<Record<string, number>>(
      `SELECT (SELECT count(*)::int FROM documents) AS documents, (SELECT count(*)::int FROM errors) AS errors,
              (SELECT count(DISTINCT entity_id)::int FROM entities) AS entities, (SELECT count(*)::int FROM mentions) AS mentions,
              (SELECT count(*)::int FROM times) AS times, (SELECT count(*)::int FROM quantities) AS quantities,
              (SELECT count(*)::int FROM quotes) AS quotes, (SELECT count(*)::int FROM events) AS events`,
    );
    const byType = await this.pool.query<{ type: string; n: number }>('SELECT type, count(*)::int AS n FROM events GROUP BY type ORDER BY n DESC, type');
    const s = r.rows[0];
    return {
      documents: s.documents,
      errors: s.errors,
      entities: s.entities,
      mentions: s.mentions,
      times: s.times,
      quantities: s.quantities,
      quotes: s.quotes,
      events: s.events,
      eventsByType: Object.fromEntries(byType.rows.map((x) => [x.type, x.n])),
    };
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}

/** Null when a PostgreSQL server answers at `url` within `timeoutMs`, else why not. */
export async function probePg(url: string, timeoutMs = 2000): Promise<string | null> {
  const client = new pg.Client({ connectionString: parsePgUrl(url).url, connectionTimeoutMillis: timeoutMs });
  client.on('error', () => {});
  try {
    await client.connect();
    await client.query('SELECT 1');
    return null;
  } catch (e) {
    return (e as Error).message || String(e);
  } finally {
    await client.end().catch(() => {});
  }
}
