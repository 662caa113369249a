// The heap an analysis thread is started with: the young generation of THREAD_YOUNG_MB (fewer scavenges and
// mark-compacts than V8's default for the heap limit), and the old generation of the pool's memory limit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ResourceLimits } from 'node:worker_threads';
import { startWorker, THREAD_YOUNG_MB } from '../src/workers/pool.js';

async function limitsOf(memoryMb?: number): Promise<ResourceLimits> {
  const w = startWorker(new URL('./hostile/limits-worker.ts', import.meta.url), memoryMb);
  try {
    return await new Promise<ResourceLimits>((resolve, reject) => {
      w.once('message', resolve);
      w.once('error', reject);
    });
  } finally {
    await w.terminate();
  }
}

test('pool limits: a thread has the young generation of THREAD_YOUNG_MB and the old generation asked for', async () => {
  const limits = await limitsOf(300);
  assert.equal(limits.maxYoungGenerationSizeMb, THREAD_YOUNG_MB);
  assert.equal(limits.maxOldGenerationSizeMb, 300);
});

test('pool limits: without a memory limit the young generation is still THREAD_YOUNG_MB', async () => {
  const limits = await limitsOf();
  assert.equal(limits.maxYoungGenerationSizeMb, THREAD_YOUNG_MB);
  assert.ok(limits.maxOldGenerationSizeMb! > 300, 'V8 chooses the old generation');
});
