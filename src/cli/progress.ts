// Progress on stderr. On a terminal: a bar (cli-progress) with the count, the total when known,
// the rate and the time left. Elsewhere (a log file, CI): one line every `intervalMs` (10 s).
// The total may arrive late (it is counted while the work runs) or never.
import { createRequire } from 'node:module';
import type * as CliProgress from 'cli-progress';

/** cli-progress is loaded for a bar on a terminal only (piped runs and logs never pay for it). */
const requireLazily = createRequire(import.meta.url);

export interface Progress {
  tick(label?: string): void;
  /** The number of items expected; null when it cannot be known. */
  setTotal(total: number | null): void;
  /** Writes a line (a warning) on the progress stream without breaking the bar. */
  log(line: string): void;
  stop(): void;
}

export interface ProgressSnapshot {
  done: number;
  total: number | null;
  elapsedMs: number;
  /**
   * Where the rate is measured from: the first item, so that start-up (loading the knowledge base
   * and the model, several seconds) does not count against the rate and the time left.
   */
  from?: { done: number; elapsedMs: number };
}

/** A clock reading in milliseconds; injected by tests. */
export type Clock = () => number;

export interface ProgressOptions {
  /** Where progress goes (default process.stderr); a terminal gets a bar, anything else lines. */
  stream?: { isTTY?: boolean; write(s: string): unknown };
  /** Milliseconds between two progress lines when the stream is not a terminal. */
  intervalMs?: number;
  now?: Clock;
  /** What is counted, plural. */
  unit?: string;
  /** The number of items expected, when known from the start. */
  total?: number | null;
}

export const PROGRESS_INTERVAL_MS = 10_000;

/** 45s, 4m 05s, 2h 03m. */
export function formatDuration(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m ${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(m / 60)}h ${String(m % 60).padStart(2, '0')}m`;
}

/** Items per second so far; null before there is anything to measure. */
export function rateOf(s: ProgressSnapshot): number | null {
  const done = s.done - (s.from?.done ?? 0);
  const ms = s.elapsedMs - (s.from?.elapsedMs ?? 0);
  return done > 0 && ms > 0 ? (done * 1000) / ms : null;
}

/** Milliseconds left at the rate so far; null without a total or a rate. */
export function etaOf(s: ProgressSnapshot): number | null {
  const rate = rateOf(s);
  return s.total !== null && s.done < s.total && rate ? ((s.total - s.done) * 1000) / rate : null;
}

/** "120 of 500 documents (24%), 3.1/s, about 2m 03s left" (parts unknown yet are left out). */
export function progressText(s: ProgressSnapshot, unit = 'documents'): string {
  const rate = rateOf(s);
  const eta = etaOf(s);
  const units = (n: number) => (n === 1 ? unit.replace(/s$/, '') : unit);
  const count = s.total !== null ? `${s.done} of ${s.total} ${units(s.total)} (${Math.floor((100 * s.done) / Math.max(1, s.total))}%)` : `${s.done} ${units(s.done)}`;
  return [count, rate === null ? 'starting' : `${rate.toFixed(rate < 10 ? 1 : 0)}/s`, eta === null ? null : `about ${formatDuration(eta)} left`]
    .filter(Boolean)
    .join(', ');
}

/** The bar's line: the bar itself only when the total is known (never drawn full before the end). */
export function barText(s: ProgressSnapshot, bar: (fraction: number) => string, label = '', unit = 'documents'): string {
  const fraction = s.total ? Math.min(1, s.done / s.total) : null;
  return `rasad ${fraction === null ? '' : bar(fraction) + ' '}${progressText(s, unit)}${label ? ` | ${label.slice(-40)}` : ''}`;
}

/** Progress on a terminal or as periodic lines; nothing when `enabled` is false. */
export function progressBar(enabled: boolean, opts: ProgressOptions = {}): Progress {
  const stream = opts.stream ?? process.stderr;
  const now = opts.now ?? (() => performance.now());
  const unit = opts.unit ?? 'documents';
  if (!enabled) return { tick() {}, setTotal() {}, log: (l) => void stream.write(l + '\n'), stop() {} };
  const started = now();
  let done = 0;
  let total: number | null = opts.total ?? null;
  let label = '';
  let stopped = false;
  let from: ProgressSnapshot['from'];
  const snapshot = (): ProgressSnapshot => ({ done, total, elapsedMs: now() - started, from });
  const count = () => {
    done++;
    if (done === 1) from = { done, elapsedMs: now() - started };
    // A count that turns out short was an estimate: the total becomes unknown rather than wrong.
    if (total !== null && done > total) total = null;
  };

  if (!stream.isTTY) {
    const timer = setInterval(() => stream.write(`rasad: ${progressText(snapshot(), unit)}\n`), opts.intervalMs ?? PROGRESS_INTERVAL_MS);
    timer.unref();
    return {
      tick: count,
      setTotal(n) {
        total = n !== null && n >= done ? n : null;
      },
      log: (l) => void stream.write(l + '\n'),
      stop() {
        clearInterval(timer);
      },
    };
  }

  const cliProgress = requireLazily('cli-progress') as typeof CliProgress;
  const bar = new cliProgress.SingleBar(
    {
      stream: stream as NodeJS.WritableStream,
      hideCursor: true,
      clearOnComplete: true,
      barsize: 24,
      // Redrawn even when unchanged: a logged line may have cleared it.
      forceRedraw: true,
      format: (options) => barText(snapshot(), (f) => cliProgress.Format.BarFormat(f, options), label, unit),
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(1, 0);
  return {
    tick(l = '') {
      if (stopped) return;
      count();
      label = l;
      bar.update(done);
    },
    setTotal(n) {
      if (stopped) return;
      total = n !== null && n >= done ? n : null;
      bar.update(done);
    },
    log(l) {
      if (stopped) return void stream.write(l + '\n');
      // Clear the bar's line, write, and draw the bar again below; the cursor position cli-progress
      // restores when it stops is saved again (ESC 7) on the bar's new line.
      stream.write(`\r\x1b[2K${l}\n\x1b7`);
      bar.render();
    },
    stop() {
      if (stopped) return;
      stopped = true;
      bar.stop();
    },
  };
}
