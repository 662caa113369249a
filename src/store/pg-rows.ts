// Writing the rows of documents (src/store/rows.ts) to PostgreSQL: one INSERT per table per batch,
// one array parameter per column. Shared by the store and its v4 migration.
import type { PoolClient } from 'pg';
import { ENTITY_COLUMNS, EVENT_COLUMNS, MENTION_COLUMNS, QUANTITY_COLUMNS, QUOTE_COLUMNS, TIME_COLUMNS, type DocRows, type Row } from './rows.js';

/** PostgreSQL array type of each column that is not text. */
const COLUMN_TYPES: Record<string, string> = {
  idx: 'int4', start: 'int4', end: 'int4', evidence_start: 'int4', evidence_end: 'int4',
  lat: 'float8', lon: 'float8', value: 'float8', intensity: 'float8', confidence: 'float8',
};

/** Text for a PostgreSQL text column: NUL is the one character it cannot hold. */
export const pgText = (s: string | null | undefined): string | null => (s == null ? null : s.includes('\u0000') ? s.replace(/\u0000/g, '') : s);

const cell = (v: Row[number]) => (typeof v === 'string' ? pgText(v) : v);

/** INSERT of many rows in one statement: one array parameter per column, unnest()ed. */
export async function insertRows(client: PoolClient, table: string, cols: readonly string[], rows: Row[], tail = ''): Promise<void> {
  if (!rows.length) return;
  const types = cols.map((c) => (table === 'times' && c === 'value' ? 'text' : COLUMN_TYPES[c] ?? 'text'));
  const arrays = cols.map((_, i) => rows.map((r) => cell(r[i])));
  const sql = `INSERT INTO ${table} (${cols.map((n) => `"${n}"`).join(', ')})
    SELECT * FROM unnest(${types.map((ty, i) => `$${i + 1}::${ty}[]`).join(', ')}) ${tail}`;
  await client.query(sql, arrays);
}

/** The layer rows of documents (all but `documents` and, unless `events`, the events). */
export async function insertLayers(client: PoolClient, docs: DocRows[], events = true): Promise<void> {
  const all = (k: keyof DocRows) => docs.flatMap((d) => d[k] as Row[]);
  await insertRows(client, 'entities', ENTITY_COLUMNS, all('entities'), 'ON CONFLICT DO NOTHING');
  await insertRows(client, 'mentions', MENTION_COLUMNS, all('mentions'));
  await insertRows(client, 'times', TIME_COLUMNS, all('times'));
  await insertRows(client, 'quantities', QUANTITY_COLUMNS, all('quantities'));
  await insertRows(client, 'quotes', QUOTE_COLUMNS, all('quotes'));
  if (events) await insertRows(client, 'events', EVENT_COLUMNS, all('events'));
}
