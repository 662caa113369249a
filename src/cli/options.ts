// Option values checked before a command runs: each bad one is a UsageError naming the option.
import { parseDuration } from '../watch/duration.js';
import { UsageError } from './errors.js';
import { partialDateProblem } from '../partial-date.js';

/** YYYY, YYYY-MM or YYYY-MM-DD naming a real month and day; returned as given (trimmed). */
export function parseDateOption(v: string | undefined, name: string): string | undefined {
  if (v == null) return undefined;
  const s = v.trim();
  const problem = partialDateProblem(s);
  if (problem) throw new UsageError(`${name} ${v}: ${problem}`);
  return s;
}

/** A --from/--to pair: each a valid date, and --from not after --to. */
export function parseDateRange(from: string | undefined, to: string | undefined): { from?: string; to?: string } {
  const f = parseDateOption(from, '--from');
  const t = parseDateOption(to, '--to');
  // Compare on the shared prefix, so that --from 2024-03 --to 2024 is allowed.
  if (f && t) {
    const n = Math.min(f.length, t.length);
    if (f.slice(0, n) > t.slice(0, n)) throw new UsageError(`--from ${f} is after --to ${t}`);
  }
  return { from: f, to: t };
}

export interface DurationBounds {
  /** Smallest value accepted, in ms (default 1: zero is refused). */
  minMs?: number;
  /** Largest value accepted, in ms (default 30 days). */
  maxMs?: number;
}

const human = (ms: number) => (ms % 86_400_000 === 0 ? `${ms / 86_400_000}d` : ms % 1000 === 0 ? `${ms / 1000}s` : `${ms}ms`);

/** A duration ('500ms', '30s', '10m', '2h', '1d', or seconds) within bounds, in milliseconds. */
export function parseDurationOption(v: string, name: string, bounds: DurationBounds = {}): number {
  let ms: number;
  try {
    ms = parseDuration(v);
  } catch (e) {
    throw new UsageError(`${name}: ${(e as Error).message}`);
  }
  const min = bounds.minMs ?? 1;
  const max = bounds.maxMs ?? 30 * 86_400_000;
  if (ms < min) throw new UsageError(`${name} ${v}: must be at least ${human(min)}`);
  if (ms > max) throw new UsageError(`${name} ${v}: must be at most ${human(max)}`);
  return ms;
}

/** A whole number from `min` up. */
export function parseIntOption(v: string, name: string, min = 1, max = Number.MAX_SAFE_INTEGER): number {
  const n = Number(v);
  if (!/^\s*\d+\s*$/.test(v) || !Number.isSafeInteger(n) || n < min || n > max) {
    throw new UsageError(`${name} must be a whole number${max < Number.MAX_SAFE_INTEGER ? ` from ${min} to ${max}` : ` of at least ${min}`}: ${v}`);
  }
  return n;
}

/** Megabytes (a positive number, fractions allowed) as bytes. */
export function parseMegabytes(v: string, name: string): number {
  const n = Number(v);
  if (!v.trim() || !Number.isFinite(n) || n <= 0) throw new UsageError(`${name} must be a positive number of MB: ${v}`);
  return Math.round(n * 1048576);
}

/** One of a fixed set of values. */
export function parseChoice<T extends string>(v: string, name: string, choices: readonly T[]): T {
  if (!(choices as readonly string[]).includes(v)) throw new UsageError(`${name} must be one of ${choices.join(', ')}: ${v}`);
  return v as T;
}
