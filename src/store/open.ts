// Picks the store a command works on: PostgreSQL when a URL is given, else the SQLite file.
import { DEFAULT_DB, SqliteStore } from './sqlite.js';
import { PostgresStore, redactPgUrl } from './postgres.js';
import type { Store } from './store.js';

export interface StoreChoice {
  /** SQLite database file (default .rasad/rasad.db). */
  db?: string;
  /** postgres:// URL; wins over `db`. A `schema` URL parameter selects a schema. */
  pg?: string;
}

export async function openStore(choice: StoreChoice = {}): Promise<Store> {
  if (choice.pg) return PostgresStore.open(choice.pg);
  return new SqliteStore(choice.db ?? DEFAULT_DB);
}

/** Where the chosen store is, for messages (no password). */
export function describeStore(choice: StoreChoice = {}): string {
  return choice.pg ? redactPgUrl(choice.pg) : (choice.db ?? DEFAULT_DB);
}
