// The shipped sides model (data/model/sides.json) is exactly what scripts/train-sides.ts writes from the code and
// the GSR span records as they are: same data and seed, same weights, and the setting cross-validation picks.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ROOT, sharedPath } from './helpers.js';

const GSR = sharedPath('data', 'arabic_event_gsr');
const present = existsSync(path.join(GSR, 'assault.spans.dev.jsonl'));

test('the shipped sides model is what the trainer writes', { skip: present ? false : 'GSR span records absent (../shared): skipped' }, () => {
  const out = execFileSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts', 'train-sides.ts'), GSR, '--check'], { cwd: ROOT, encoding: 'utf8' });
  assert.match(out, /is what the trainer writes/);
});
