// scripts/train-ner.ts: rounds of self-training (--self-rounds) recorded in the model header; cross-validation folds
// run by separate processes (--cv-folds, --cv-out) and merged (--cv-merge) report what one run reports.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const people = ['محمد', 'عثمان', 'إبراهيم', 'موسى', 'علي', 'يوسف'];
const places = ['الخرطوم', 'باماكو', 'مقديشو', 'كادونا', 'عدن', 'طرابلس'];
const verbs = ['قال', 'أعلن', 'أكد'];
/** A sentence "X said in PLACE that the talks continue", tagged or not. */
const sentence = (i: number, tagged: boolean): string => {
  const rows: [string, string][] = [
    [verbs[i % verbs.length], 'O'],
    [people[i % people.length], 'B-PERS'],
    ['في', 'O'],
    [places[(i * 5 + 1) % places.length], 'B-LOC'],
    ['إن', 'O'],
    ['المحادثات', 'O'],
    ['مستمرة', 'O'],
  ];
  return rows.map(([w, t]) => (tagged ? `${w} ${t}` : w)).join('\n') + '\n\n';
};

const script = fileURLToPath(new URL('../scripts/train-ner.ts', import.meta.url));
/** Runs the trainer; returns what it logs (stderr). */
function trainerLog(args: string[]): string {
  const r = spawnSync(process.execPath, ['--import', 'tsx', script, ...args], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return r.stderr;
}

function writeFixture(dir: string): void {
  writeFileSync(path.join(dir, 'train.txt'), Array.from({ length: 24 }, (_, i) => sentence(i, true)).join(''));
  writeFileSync(path.join(dir, 'self.txt'), Array.from({ length: 12 }, (_, i) => sentence(i + 100, false)).join(''));
}

function trainHeader(dir: string, extra: string[]): { self: Record<string, number | string> } {
  const out = path.join(dir, `m${extra.length}.bin.gz`);
  const args = [path.join(dir, 'train.txt'), '--self', path.join(dir, 'self.txt'), '--self-first'];
  trainerLog([...args, '--no-dev', '--seeds', '1', '--epochs', '3', '--folds', '2', '--out', out, ...extra]);
  const header = JSON.parse(readFileSync(out.replace('.bin.gz', '.header.json'), 'utf8'));
  return { self: header.meta.self };
}

test('train-ner --self-rounds: the self-trained stack tags the unlabelled sentences again, and the header says how many rounds', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'rasad-self-'));
  try {
    writeFixture(dir);
    const one = trainHeader(dir, []);
    assert.ok(Number(one.self.added) > 0, 'some unlabelled sentences are added');
    assert.equal(one.self.rounds, undefined, 'one round is the default and not recorded');
    const two = trainHeader(dir, ['--self-rounds', '2']);
    assert.equal(two.self.rounds, 2);
    assert.ok(Number(two.self.added) > 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('train-ner --cv-folds / --cv-out / --cv-merge: folds run apart and merged score as one cross-validation', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'rasad-cv-'));
  try {
    writeFixture(dir);
    const cv = [path.join(dir, 'train.txt'), '--self', path.join(dir, 'self.txt'), '--self-first', '--cv', '3', '--seeds', '1', '--epochs', '1', '--folds', '2'];
    const scores = (log: string) => log.split('\n').filter((l) => /^(ALL|PERS|LOC) /.test(l));
    const whole = scores(trainerLog(cv));
    trainerLog([...cv, '--cv-folds', '1', '--cv-out', path.join(dir, 'a.json')]);
    trainerLog([...cv, '--cv-folds', '2,3', '--cv-out', path.join(dir, 'b.json')]);
    const merged = scores(trainerLog(['--cv-merge', `${path.join(dir, 'a.json')},${path.join(dir, 'b.json')}`]));
    assert.ok(whole.length >= 6, whole.join('\n'));
    assert.deepEqual(merged, whole);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

/** A silver table (src/ner/silver.ts) that says the fixture's people are people. */
function writeSilver(file: string, type = 'PERS'): void {
  const counts = (t: string) => ['PERS', 'LOC', 'ORG', 'MISC'].map((x) => (x === t ? 9 : 0)).join('\t');
  const rows = people.map((p) => `w\t${p}\t10\t${counts(type)}\ttest`);
  writeFileSync(file, ['# test table', 'kind\tkey\tn\tPERS\tLOC\tORG\tMISC\tsource', ...rows, `n\tعلي يوسف\t3\t${counts(type)}\ttest`].join('\n') + '\n');
}

test('train-ner --silver / --silver-folds / --silver-jack: the model records the list; cross-validation reads a table per fold', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'rasad-silver-'));
  try {
    writeFixture(dir);
    const t = (name: string, type?: string) => {
      writeSilver(path.join(dir, name), type);
      return path.join(dir, name);
    };
    const out = path.join(dir, 'm.bin.gz');
    const train = [path.join(dir, 'train.txt'), '--seeds', '1', '--epochs', '2', '--folds', '2'];
    trainerLog([...train, '--no-dev', '--silver', t('s.tsv'), '--out', out]);
    assert.ok(JSON.parse(readFileSync(out.replace('.bin.gz', '.header.json'), 'utf8')).lists.includes('silver'));
    // Jackknifed tables for the final model: a sentence of fold j reads PREFIX.f<j>.tsv.
    for (const f of ['j.f1.tsv', 'j.f2.tsv']) t(f);
    trainerLog([...train, '--no-dev', '--silver', t('s.tsv'), '--silver-jack', path.join(dir, 'j'), '--out', out]);
    const cv = [...train, '--cv', '3'];
    const folds = ['a1.tsv', 'a2.tsv', 'a3.tsv'].map((f) => t(f));
    assert.match(trainerLog([...cv, '--silver-folds', folds.join(',')]), /cv 5 folds|cv 3 folds/);
    for (const f of ['j.f1.tsv', 'j.f2.tsv', 'j.f3.tsv', 'j.p12.tsv', 'j.p13.tsv', 'j.p23.tsv']) t(f, f.includes('p') ? 'LOC' : 'PERS');
    assert.match(trainerLog([...cv, '--silver-jack', path.join(dir, 'j')]), /cv 3 folds, first pass/);
    // A missing table fails.
    const r = spawnSync(process.execPath, ['--import', 'tsx', script, ...cv, '--silver-jack', path.join(dir, 'none')], { encoding: 'utf8' });
    assert.notEqual(r.status, 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
