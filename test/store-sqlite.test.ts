import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SqliteStore } from '../src/store/sqlite.js';
import { SQLITE_MIGRATIONS } from '../src/store/schema.js';
import { runStoreContract } from './store-contract.js';

runStoreContract('sqlite', async () => new SqliteStore(':memory:'));

test('sqlite: a file store survives reopening and migrates once', async () => {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'rasad-db-')), 'x.db');
  const a = new SqliteStore(file);
  assert.equal(a.db.pragma('journal_mode', { simple: true }), 'wal');
  await a.close();
  const b = new SqliteStore(file);
  assert.equal(b.db.pragma('user_version', { simple: true }), SQLITE_MIGRATIONS.length);
  await b.close();
});
