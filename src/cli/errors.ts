// How a failed command ends: one line on stderr with the cause, the stack only with --verbose,
// and the exit status the README documents (2: bad usage, or the command could not run at all).
import { CommanderError } from 'commander';
import { causeOf, StoreMissingError, StoreOpenError } from '../store/errors.js';

/** A bad option or argument: exit 2 with the message. */
export class UsageError extends Error {}

export const EXIT_USAGE = 2;

/** The one line a user sees for an error that stopped a command. */
export function errorLine(e: unknown): string {
  if (e instanceof UsageError || e instanceof StoreMissingError || e instanceof StoreOpenError) return e.message;
  const err = e as NodeJS.ErrnoException;
  const cause = causeOf(e);
  return typeof err?.path === 'string' && !cause.includes(err.path) ? `${err.path}: ${cause}` : cause;
}

/** Commander's own outcomes (help, version, its usage errors) as an exit status; null for other errors. */
export function commanderExit(e: unknown): number | null {
  if (!(e instanceof CommanderError)) return null;
  return e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help' ? 0 : EXIT_USAGE;
}

/**
 * Reports an error that stopped a command on `write` (stderr) and returns the exit status.
 * Commander has already printed its own usage errors.
 */
export function reportFailure(e: unknown, verbose: boolean, write: (s: string) => void): number {
  const fromCommander = commanderExit(e);
  if (fromCommander !== null) return fromCommander;
  // Errors of our own making say all there is to say; others (a bug, an odd system error) point to --verbose.
  const known = e instanceof UsageError || e instanceof StoreMissingError || e instanceof StoreOpenError;
  write(`rasad: ${errorLine(e)}${known || verbose ? '' : ' (--verbose for the stack trace)'}\n`);
  if (verbose && e instanceof Error && e.stack) write(`${e.stack}\n${e.cause instanceof Error && e.cause.stack ? `caused by: ${e.cause.stack}\n` : ''}`);
  return EXIT_USAGE;
}
