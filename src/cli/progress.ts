// A progress bar on stderr, only when stderr is a terminal.
import cliProgress from 'cli-progress';

export interface Progress {
  tick(label?: string): void;
  stop(): void;
}

export function progressBar(enabled: boolean): Progress {
  if (!enabled || !process.stderr.isTTY) return { tick() {}, stop() {} };
  const bar = new cliProgress.SingleBar(
    { stream: process.stderr, format: 'rasad {bar} {value} docs | {rate} docs/s | {label}', hideCursor: true, clearOnComplete: true },
    cliProgress.Presets.shades_classic,
  );
  const started = Date.now();
  let n = 0;
  let shown = false;
  return {
    tick(label = '') {
      n++;
      // Only worth showing for more than a few documents.
      if (!shown && n >= 5) {
        bar.start(0, n);
        bar.setTotal(0);
        shown = true;
      }
      if (shown) {
        bar.setTotal(n);
        bar.update(n, { rate: (n / Math.max(0.001, (Date.now() - started) / 1000)).toFixed(1), label: label.slice(-40) });
      }
    },
    stop() {
      if (shown) bar.stop();
    },
  };
}
