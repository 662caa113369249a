// scripts/train-neural-ner.ts (session 31): cross-validation of the window network with its jackknifed output, read by
// train-ner.ts --mix (the ensemble on emission scores) and --neural (stacked features). Invented sentences and vectors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { normalizeArabic } from '../src/arabic/normalize.js';

const people = ['سامر', 'ناصر', 'فادي', 'رامي', 'كريم', 'باسل'];
const places = ['حلب', 'حمص', 'درعا', 'ادلب', 'دوما', 'حماة'];
const sentence = (i: number) =>
  [['قال', 'O'], ['الوزير', 'O'], [people[i % 6], 'B-PERS'], ['في', 'O'], [places[(i * 5 + 1) % 6], 'B-LOC'], ['ان', 'O'], ['الوضع', 'O'], ['هادئ', 'O']]
    .map(([w, t]) => `${w} ${t}`)
    .join('\n') + '\n\n';

const run = (script: string, args: string[]) => {
  const r = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(new URL(`../scripts/${script}`, import.meta.url)), ...args], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return r.stderr;
};

test('train-neural-ner --cv --jack-out, then train-ner --mix and --neural read its output', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'rasad-neural-'));
  try {
    const train = path.join(dir, 'train.txt');
    writeFileSync(train, Array.from({ length: 20 }, (_, i) => sentence(i)).join(''));
    const words = [...people, ...places, 'قال', 'الوزير', 'في', 'ان', 'الوضع', 'هادئ'].map(normalizeArabic);
    const vec = (i: number) => Array.from({ length: 4 }, (_, d) => (d === (i < 6 ? 0 : i < 12 ? 1 : 2 + (i % 2)) ? 1 : 0.05 * d).toFixed(3)).join(' ');
    writeFileSync(path.join(dir, 'v.vec'), `${words.length} 4\n${words.map((w, i) => `${w} ${vec(i)}`).join('\n')}\n`);
    const jack = path.join(dir, 'jack.json');
    const log = run('train-neural-ner.ts', [train, '--vectors', path.join(dir, 'v.vec'), '--cv', '2', '--epochs', '3', '--hidden', '8', '--buckets', '1024', '--jack-out', jack]);
    assert.match(log, /neural tagger, cv 2 folds\nALL +P [\d.]+ +R [\d.]+ +F1 [\d.]+/);
    const j = JSON.parse(readFileSync(jack, 'utf8'));
    assert.equal(j.sentences.length, 20);
    assert.equal(j.sentences[0].lp.length, 8 * 9);
    assert.equal(j.sentences[0].tags.length, 8);
    const base = ['--cv', '2', '--seeds', '1', '--epochs', '2', '--no-stack'];
    const mixed = run('train-ner.ts', [train, ...base, '--mix', jack, '--mix-grid', '0,12']);
    // Weight 0 is the perceptron alone.
    const f1 = (label: string) => mixed.split(`${label}\n`)[1].match(/F1 +([\d.]+)/)![1];
    assert.equal(f1('cv 2 folds, first pass + 0 x network log-probabilities'), f1('cv 2 folds, first pass'));
    assert.ok(Number(f1('cv 2 folds, first pass + 12 x network log-probabilities')) >= 0);
    assert.match(run('train-ner.ts', [train, ...base, '--neural', jack]), /cv 2 folds, first pass\nALL/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
