// The PostgreSQL store: the same Store contract as SQLite, for many workers on one database.
// One transaction per batch; idempotent by content id (INSERT ... ON CONFLICT DO NOTHING, so two
// workers storing the same document at once still leave one copy). Full-text search runs over a
// tsvector of our own normalised, clitic-split, stemmed form of the text (indexForm) with the
// 'simple' configuration; queries come from queryTerms, as in the SQLite store.
import pg from 'pg';
import type { PoolClient } from 'pg';
import { isErrorDoc, type Doc, type ErrorDoc } from '../doc.js';
import { indexForm, queryTerms } from '../arabic/search-form.js';
import { migratePg } from './pg-schema.js';
import { StoreMissingError } from './errors.js';
import { snippetFor } from './snippet.js';
import type { DocumentSummary, EventFilter, PutResult, SearchHit, Store, StoreStats, StoredEvent } from './store.js';

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

/** Text for a PostgreSQL text column: NUL is the one character it cannot hold. */
const t = (s: string | null | undefined): string | null => (s == null ? null : s.includes('\u0000') ? s.replace(/\u0000/g, '') : s);

type Col = [name: string, type: string];

/** INSERT of many rows in one statement: one array parameter per column, unnest()ed. */
async function insertRows(client: PoolClient, table: string, cols: Col[], rows: unknown[][], tail = ''): Promise<void> {
  if (!rows.length) return;
  const arrays = cols.map((_, i) => rows.map((r) => r[i]));
  const sql = `INSERT INTO ${table} (${cols.map(([n]) => `"${n}"`).join(', ')})
    SELECT * FROM unnest(${cols.map(([, ty], i) => `$${i + 1}::${ty}[]`).join(', ')}) ${tail}`;
  await client.query(sql, arrays);
}

const ENTITY_COLS: Col[] = [
  ['doc_id', 'text'], ['entity_id', 'text'], ['type', 'text'], ['name_en', 'text'], ['name_ar', 'text'], ['country', 'text'],
  ['role', 'text'], ['lat', 'float8'], ['lon', 'float8'], ['precision', 'text'],
];
const MENTION_COLS: Col[] = [['doc_id', 'text'], ['idx', 'int4'], ['entity_id', 'text'], ['start', 'int4'], ['end', 'int4'], ['text', 'text'], ['form', 'text']];
const TIME_COLS: Col[] = [['doc_id', 'text'], ['idx', 'int4'], ['start', 'int4'], ['end', 'int4'], ['text', 'text'], ['value', 'text'], ['granularity', 'text'], ['kind', 'text']];
const QUANTITY_COLS: Col[] = [['doc_id', 'text'], ['idx', 'int4'], ['start', 'int4'], ['end', 'int4'], ['text', 'text'], ['value', 'float8'], ['unit', 'text'], ['kind', 'text']];
const QUOTE_COLS: Col[] = [['doc_id', 'text'], ['idx', 'int4'], ['start', 'int4'], ['end', 'int4'], ['speaker', 'text'], ['cue', 'text']];
const EVENT_COLS: Col[] = [
  ['doc_id', 'text'], ['idx', 'int4'], ['type', 'text'], ['mode', 'text'], ['cameo', 'text'], ['quad', 'text'], ['intensity', 'float8'],
  ['source_entity', 'text'], ['source_name', 'text'], ['source_country', 'text'], ['source_sector', 'text'],
  ['target_entity', 'text'], ['target_name', 'text'], ['target_country', 'text'], ['target_sector', 'text'],
  ['location_entity', 'text'], ['location_name', 'text'], ['lat', 'float8'], ['lon', 'float8'],
  ['date', 'text'], ['modality', 'text'], ['claimed_by', 'text'], ['summary_en', 'text'],
  ['evidence_start', 'int4'], ['evidence_end', 'int4'], ['confidence', 'float8'], ['record', 'text'],
];

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

const toEvent = (r: { doc_id: string; idx: number; record: string }): StoredEvent => ({ ...(JSON.parse(r.record) as StoredEvent), doc_id: r.doc_id, idx: r.idx });

export class PostgresStore implements Store {
  private constructor(
    readonly pool: pg.Pool,
    readonly schema: string | undefined,
  ) {}

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
    const ins = await client.query<{ id: string }>(
      `INSERT INTO documents (id, input, title, outlet, url, published, published_inferred, language, text, analysis, fts)
       SELECT u.id, u.input, u.title, u.outlet, u.url, u.published, u.inferred, u.language, u.text, u.analysis,
              to_tsvector('simple', u.title_form) || to_tsvector('simple', u.body_form)
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::bool[], $8::text[], $9::text[], $10::text[], $11::text[], $12::text[])
         AS u(id, input, title, outlet, url, published, inferred, language, text, analysis, title_form, body_form)
       ON CONFLICT (id) DO NOTHING RETURNING id`,
      [
        list.map((d) => d.id), list.map((d) => t(d.input)), list.map((d) => t(d.source.title)), list.map((d) => t(d.source.outlet)),
        list.map((d) => t(d.source.url)), list.map((d) => t(d.source.published)), list.map((d) => !!d.source.published_inferred),
        list.map((d) => d.language), list.map((d) => t(d.text)), list.map((d) => JSON.stringify(d)),
        list.map((d) => t(indexForm(d.source.title ?? ''))), list.map((d) => t(indexForm(d.text))),
      ],
    );
    const added = new Set(ins.rows.map((r) => r.id));
    result.added += added.size;
    result.skipped += list.length - added.size;
    const docsAdded = list.filter((d) => added.has(d.id));
    if (!docsAdded.length) return result;

    const entities: unknown[][] = [];
    const mentions: unknown[][] = [];
    const times: unknown[][] = [];
    const quantities: unknown[][] = [];
    const quotes: unknown[][] = [];
    const events: unknown[][] = [];
    for (const d of docsAdded) {
      let m = 0;
      for (const e of d.entities) {
        entities.push([d.id, e.id, e.type, t(e.name_en), t(e.name_ar), e.country, t(e.role), e.geo?.lat ?? null, e.geo?.lon ?? null, e.geo?.precision ?? null]);
        for (const x of e.mentions) mentions.push([d.id, m++, e.id, x.start, x.end, t(x.text), x.form]);
      }
      d.times.forEach((x, i) => times.push([d.id, i, x.start, x.end, t(x.text), x.value, x.granularity, x.kind ?? null]));
      d.quantities.forEach((x, i) => quantities.push([d.id, i, x.start, x.end, t(x.text), x.value, x.unit, x.kind]));
      d.quotes.forEach((x, i) => quotes.push([d.id, i, x.start, x.end, x.speaker, t(x.cue)]));
      d.events.forEach((e, i) =>
        events.push([
          d.id, i, e.type, e.mode ?? null, e.cameo, e.quad, e.intensity,
          e.source?.entity ?? null, t(e.source?.name_en), e.source?.country ?? null, e.source?.sector ?? null,
          e.target?.entity ?? null, t(e.target?.name_en), e.target?.country ?? null, e.target?.sector ?? null,
          e.location?.entity ?? null, t(e.location?.name_en), e.location?.lat ?? null, e.location?.lon ?? null,
          e.date, e.modality, e.claimed_by, t(e.summary_en), e.evidence.start, e.evidence.end, e.confidence, JSON.stringify(e),
        ]),
      );
    }
    await insertRows(client, 'entities', ENTITY_COLS, entities, 'ON CONFLICT DO NOTHING');
    await insertRows(client, 'mentions', MENTION_COLS, mentions);
    await insertRows(client, 'times', TIME_COLS, times);
    await insertRows(client, 'quantities', QUANTITY_COLS, quantities);
    await insertRows(client, 'quotes', QUOTE_COLS, quotes);
    await insertRows(client, 'events', EVENT_COLS, events);
    return result;
  }

  async hasDocument(id: string): Promise<boolean> {
    return (await this.pool.query('SELECT 1 FROM documents WHERE id = $1', [id])).rowCount! > 0;
  }

  async getDocument(id: string): Promise<Doc | null> {
    const r = await this.pool.query<{ analysis: string }>('SELECT analysis FROM documents WHERE id = $1', [id]);
    return r.rows.length ? (JSON.parse(r.rows[0].analysis) as Doc) : null;
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
    const r = await this.pool.query<{ doc_id: string; idx: number; record: string }>(
      `SELECT doc_id, idx, record FROM events ${where.length ? 'WHERE ' + where.join(' AND ') : ''}
       ORDER BY date IS NULL, date COLLATE "C", doc_id COLLATE "C", idx LIMIT $${args.length - 1} OFFSET $${args.length}`,
      args,
    );
    return r.rows.map(toEvent);
  }

  /** Events in store (insertion) order, in keyset pages: memory stays constant on a large store. */
  async *iterateEvents(f: EventFilter = {}, pageSize = 500): AsyncGenerator<StoredEvent> {
    let last = 0;
    for (;;) {
      const args: unknown[] = [last];
      const where = ['seq > $1', ...eventWhere(f, args)];
      args.push(pageSize);
      const r = await this.pool.query<{ seq: string; doc_id: string; idx: number; record: string }>(
        `SELECT seq, doc_id, idx, record FROM events WHERE ${where.join(' AND ')} ORDER BY seq LIMIT $${args.length}`,
        args,
      );
      for (const row of r.rows) yield toEvent(row);
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
