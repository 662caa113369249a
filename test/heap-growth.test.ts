// The heap growing factor rasad fixes at start-up (src/ingest/heap-growth.ts): a V8 flag any process can set.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { boundHeapGrowth, HEAP_GROWING_PERCENT } from '../src/ingest/heap-growth.js';

test('heap growth: the factor is bounded below V8\'s 4x and setting it twice is harmless', () => {
  assert.ok(HEAP_GROWING_PERCENT > 0 && HEAP_GROWING_PERCENT < 300);
  boundHeapGrowth();
  boundHeapGrowth();
  boundHeapGrowth(0);
});

// A churning heap that keeps about 75 MB live: its peak heap with the factor fixed against V8's own choice.
function peakHeapMb(percent: number | null): { peak: number; live: number } {
  const script = `
    import v8 from 'node:v8';
    ${percent === null ? '' : `v8.setFlagsFromString('--heap-growing-percent=${percent}');`}
    const live = Array.from({ length: 150 }, () => new Array(12_500).fill(0).map((_, i) => ({ i })));
    let peak = 0;
    for (let r = 0; r < 600; r++) {
      live[r % live.length] = new Array(12_500).fill(0).map((_, i) => ({ i }));
      peak = Math.max(peak, process.memoryUsage().heapTotal);
    }
    globalThis.gc();
    console.log(JSON.stringify({ peak: peak / 1048576, live: process.memoryUsage().heapUsed / 1048576 }));`;
  const r = spawnSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', script], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout) as { peak: number; live: number };
}

test('heap growth: with the factor fixed, a churning heap peaks well below what V8 lets it reach', () => {
  const fixed = peakHeapMb(HEAP_GROWING_PERCENT);
  const own = peakHeapMb(null);
  assert.ok(fixed.peak < 3 * fixed.live, `peak ${fixed.peak.toFixed(0)} MB for ${fixed.live.toFixed(0)} MB live`);
  assert.ok(fixed.peak < 0.75 * own.peak, `peak ${fixed.peak.toFixed(0)} MB fixed, ${own.peak.toFixed(0)} MB V8's choice`);
});
