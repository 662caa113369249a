import { test } from 'node:test';
import assert from 'node:assert/strict';
import { once } from '../src/once.js';

test('once builds its value on the first call only and hands back the same frozen object', () => {
  let builds = 0;
  const get = once(() => {
    builds++;
    return { n: 1 };
  });
  assert.equal(builds, 0);
  const a = get();
  const b = get();
  assert.equal(builds, 1);
  assert.equal(a, b);
  assert.ok(Object.isFrozen(a));
});
