// openStore: the one way every command opens its store. A store that must exist is never created
// (no file, no directory, no schema); a store that cannot be opened is named with the cause.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openStore } from '../src/store/open.js';
import { StoreMissingError, StoreOpenError } from '../src/store/errors.js';
import { SqliteStore } from '../src/store/sqlite.js';
import { PostgresStore, probePg } from '../src/store/postgres.js';

const PG_URL = process.env.RASAD_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/test';
const pgWhy = await probePg(PG_URL, 2000);
const schemas: string[] = [];

after(async () => {
  if (pgWhy || !schemas.length) return;
  const c = new pg.Client({ connectionString: PG_URL });
  await c.connect();
  for (const s of schemas) await c.query(`DROP SCHEMA IF EXISTS "${s}" CASCADE`);
  await c.end();
});

test('SQLite: a store that must exist is opened when it does, never created when it does not', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'rasad-open-'));
  const db = path.join(dir, 'new', 'r.db');
  await assert.rejects(openStore({ db, mustExist: true }), StoreMissingError);
  assert.equal(existsSync(path.join(dir, 'new')), false);
  const created = await openStore({ db });
  assert.ok(created instanceof SqliteStore);
  await created.close();
  const again = await openStore({ db, mustExist: true });
  assert.equal((await again.stats()).documents, 0);
  await again.close();
  writeFileSync(path.join(dir, 'junk.db'), 'x'.repeat(4096));
  await assert.rejects(openStore({ db: path.join(dir, 'junk.db'), mustExist: true }), (e: Error) => e instanceof StoreOpenError && /not a SQLite database/.test(e.message));
});

test('PostgreSQL: a schema without a store is reported and left uncreated; an unreachable server is named', { skip: pgWhy ? `no PostgreSQL server at ${PG_URL} (${pgWhy})` : false }, async () => {
  const schema = `rasad_open_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
  schemas.push(schema);
  const url = `${PG_URL}${PG_URL.includes('?') ? '&' : '?'}schema=${schema}`;
  await assert.rejects(openStore({ pg: url, mustExist: true }), (e: Error) => e instanceof StoreMissingError && e.message.includes(`schema ${schema}`));
  const c = new pg.Client({ connectionString: PG_URL });
  await c.connect();
  try {
    assert.equal((await c.query('SELECT 1 FROM pg_namespace WHERE nspname = $1', [schema])).rowCount, 0);
  } finally {
    await c.end();
  }
  const created = await openStore({ pg: url });
  assert.ok(created instanceof PostgresStore);
  await created.close();
  const again = await openStore({ pg: url, mustExist: true });
  assert.equal((await again.stats()).documents, 0);
  await again.close();
  await assert.rejects(openStore({ pg: 'postgres://nobody:pw@127.0.0.1:1/none' }), (e: Error) => e instanceof StoreOpenError && /postgres:\/\/nobody:\*\*\*@127\.0\.0\.1:1\/none: connection refused/.test(e.message));
});
