// Why a store could not be opened, in words a user can act on.

/** A read command was pointed at a store that holds nothing (no database file, no Rasad schema). */
export class StoreMissingError extends Error {}

/** A store exists (or should) but cannot be opened: the message names the store and the cause. */
export class StoreOpenError extends Error {}

const ERRNO: Record<string, string> = {
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EISDIR: 'is a directory',
  ENOTDIR: 'a part of the path is not a directory',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on the device',
  ECONNREFUSED: 'connection refused (is the server running?)',
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'host name lookup failed',
  ETIMEDOUT: 'timed out',
  EHOSTUNREACH: 'host unreachable',
  ECONNRESET: 'connection reset',
  EADDRINUSE: 'address already in use',
  EADDRNOTAVAIL: 'address not available on this machine',
};

const SQLITE: Record<string, string> = {
  SQLITE_NOTADB: 'not a SQLite database',
  SQLITE_CORRUPT: 'the database file is damaged',
  SQLITE_CANTOPEN: 'cannot open the file (a directory, a missing directory, or no permission)',
  SQLITE_READONLY: 'the database is read-only',
  SQLITE_BUSY: 'the database is locked by another process',
  SQLITE_FULL: 'the disk is full',
  SQLITE_PERM: 'permission denied',
  SQLITE_IOERR: 'input/output error',
};

const PG: Record<string, string> = {
  '28P01': 'password authentication failed',
  '28000': 'authentication rejected',
  '3D000': 'the database does not exist',
  '3F000': 'the schema does not exist',
  '42501': 'permission denied',
  '57P03': 'the server is starting up or shutting down',
  '53300': 'too many connections',
};

/** The cause of an I/O, SQLite or PostgreSQL error in a few words (no stack). */
export function causeOf(e: unknown): string {
  // node's net.connect to 'localhost' tries ::1 and 127.0.0.1 and reports both in an AggregateError with no message.
  if (e instanceof AggregateError && e.errors.length) return causeOf(e.errors[0]);
  const err = e as { code?: unknown; message?: unknown };
  const code = typeof err?.code === 'string' ? err.code : '';
  const message = typeof err?.message === 'string' ? err.message.split('\n')[0] : String(e);
  // mkdir -p through a path one of whose parts is a file.
  if (code === 'EEXIST' && (e as { syscall?: string }).syscall === 'mkdir') return 'a part of the path is a file, not a directory';
  if (ERRNO[code]) return ERRNO[code];
  if (SQLITE[code]) return SQLITE[code];
  if (code.startsWith('SQLITE_IOERR')) return SQLITE.SQLITE_IOERR;
  if (PG[code]) return `${PG[code]} (${message})`;
  if (/connection timeout|timeout expired/i.test(message)) return 'no answer from the server (connection timed out)';
  return message || code || 'unknown error';
}
