// The store options every store command shares (--db / --pg), and opening the store they name:
// read commands open only a store that exists; write commands create one.
import type { Command } from 'commander';
import { DEFAULT_DB } from '../store/sqlite.js';
import type { Store } from '../store/store.js';
import { UsageError } from './errors.js';

export interface StoreFlags {
  db: string;
  pg?: string;
}

export function withStoreOptions(cmd: Command, defaultDb: string = DEFAULT_DB): Command {
  return cmd
    .option('--db <file>', 'SQLite database file', defaultDb)
    .option('--pg <url>', 'PostgreSQL URL instead of SQLite (postgres://user@host:5432/db[?schema=name])');
}

/** 'read': the store must exist (nothing is created); 'write': created when missing. */
export type StoreMode = 'read' | 'write';

export async function openStoreFor(o: StoreFlags, mode: StoreMode): Promise<Store> {
  if (o.pg !== undefined) checkPgUrl(o.pg);
  // Imported here: the PostgreSQL driver is loaded by the commands that open a store, not at start-up.
  const { openStore } = await import('../store/open.js');
  return openStore({ db: o.db, pg: o.pg, mustExist: mode === 'read' });
}

/** A postgres:// (or postgresql://) URL with a host or a socket directory. */
export function checkPgUrl(url: string): void {
  if (!/^postgres(ql)?:\/\/./i.test(url)) throw new UsageError(`--pg ${url}: not a PostgreSQL URL (postgres://user@host:5432/db[?schema=name])`);
}

/** Where the store is, for messages (no password). */
export async function storeName(o: StoreFlags): Promise<string> {
  const { describeStore } = await import('../store/open.js');
  return describeStore({ db: o.db, pg: o.pg });
}

/** Runs `fn` on the store and closes it afterwards. */
export async function withStore<T>(o: StoreFlags, mode: StoreMode, fn: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStoreFor(o, mode);
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}
