// Picks the store a command works on: PostgreSQL when a URL is given, else the SQLite file.
import { existsSync, statSync } from 'node:fs';
import { DEFAULT_DB, SqliteStore } from './sqlite.js';
import { PostgresStore, redactPgUrl } from './postgres.js';
import { causeOf, StoreMissingError, StoreOpenError } from './errors.js';
import type { Store } from './store.js';

export interface StoreChoice {
  /** SQLite database file (default .rasad/rasad.db). */
  db?: string;
  /** postgres:// URL; wins over `db`. A `schema` URL parameter selects a schema. */
  pg?: string;
  /**
   * For commands that only read: the store must exist already. Nothing is created (no file, no
   * directory, no schema); a missing store is a StoreMissingError.
   */
  mustExist?: boolean;
}

/**
 * Opens (and migrates) the chosen store. Throws StoreMissingError for a store that does not exist
 * when `mustExist`, and StoreOpenError, whose message names the store and the cause, otherwise.
 */
export async function openStore(choice: StoreChoice = {}): Promise<Store> {
  const where = describeStore(choice);
  if (choice.pg) {
    try {
      return await PostgresStore.open(choice.pg, { mustExist: choice.mustExist });
    } catch (e) {
      if (e instanceof StoreMissingError) throw e;
      throw new StoreOpenError(`cannot open the PostgreSQL store ${where}: ${causeOf(e)}`, { cause: e });
    }
  }
  const db = choice.db ?? DEFAULT_DB;
  if (choice.mustExist && db !== ':memory:') {
    if (!existsSync(db)) throw new StoreMissingError(`no store at ${db}: the file does not exist (check --db, or fill a store with rasad ingest)`);
    if (statSync(db).isDirectory()) throw new StoreOpenError(`cannot open the SQLite store ${db}: it is a directory`);
  }
  try {
    return new SqliteStore(db, { mustExist: choice.mustExist });
  } catch (e) {
    if (e instanceof StoreMissingError) throw e;
    throw new StoreOpenError(`cannot open the SQLite store ${where}: ${causeOf(e)}`, { cause: e });
  }
}

/** Where the chosen store is, for messages (no password). */
export function describeStore(choice: StoreChoice = {}): string {
  return choice.pg ? redactPgUrl(choice.pg) : (choice.db ?? DEFAULT_DB);
}
