// The tier-up budget rasad sets at start-up (src/ingest/tier-up.ts): a V8 flag any process can set.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { delayTierUp, INTERRUPT_BUDGET } from '../src/ingest/tier-up.js';

test('tier-up: the budget is above V8\'s default and setting it twice is harmless', () => {
  assert.ok(INTERRUPT_BUDGET > 67_584);
  delayTierUp();
  delayTierUp();
  delayTierUp(0);
});

// How many functions V8 optimises in a script whose work is spread over many small functions, by --trace-opt.
function optimised(budget: number | null): number {
  const script = `
    import v8 from 'node:v8';
    ${budget === null ? '' : `v8.setFlagsFromString('--interrupt-budget=${budget}');`}
    const fs = Array.from({ length: 60 }, (_, k) => new Function('x', 'let s = 0; for (let i = 0; i < 40; i++) s += (x * i + ' + k + ') % 7; return s;'));
    let t = 0;
    for (let r = 0; r < 300; r++) for (const f of fs) t += f(r);
    console.log(t);`;
  const r = spawnSync(process.execPath, ['--trace-opt', '--input-type=module', '-e', script], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return (r.stdout.match(/completed optimizing/g) ?? []).length;
}

test('tier-up: with the budget set, fewer lukewarm functions are sent to the optimising compiler', () => {
  const own = optimised(null);
  const delayed = optimised(INTERRUPT_BUDGET);
  assert.ok(delayed < own, `${delayed} optimised with the budget, ${own} without`);
});
