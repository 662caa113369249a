import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { featureKey, makeKnowledge, sentenceFeatures, tokenKeys, type NerKnowledge } from '../src/ner/features.js';
import { wordInfo } from '../src/ner/word-info.js';
import { SilverCounter, silverFirst, silverKnowledge, silverNameValue, silverRows, silverWordValues, type SilverRow } from '../src/ner/silver.js';
import { parseTsv } from '../src/data-files.js';
import { normalizeArabic } from '../src/arabic/normalize.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const base = makeKnowledge([], []);
const withSilver = (rows: SilverRow[]): NerKnowledge => ({ ...base, silver: silverKnowledge(rows) });
const keysOf = (words: string[], k: NerKnowledge, i: number) => [...tokenKeys(sentenceFeatures(words, k), i)];

test('silver word values: each type share in bins, the majority label with count and share', () => {
  const v = silverWordValues({ n: 40, counts: [30, 2, 0, 0] });
  assert.deepEqual(v.own, ['PERS:4', 'LOC:2', 'maj:PERS|4', 'majs:PERS|4']);
  assert.equal(v.near, 'PERS|4');
  assert.deepEqual(silverWordValues({ n: 30, counts: [0, 0, 0, 0] }).own, ['maj:O|4', 'majs:O|5']);
  assert.deepEqual(silverNameValue({ n: 10, counts: [0, 1, 9, 0] }), { type: 'ORG', share: '5' });
  assert.equal(silverNameValue({ n: 3, counts: [0, 0, 0, 0] }), null);
});

test('silver counter: sums a tagged text per stem and per whole name, and counts every occurrence of the names', () => {
  // «جيب» listed, so that «وجيب» is read as و + جيب.
  const k = makeKnowledge([{ name: 'جيب', type: 'PERS' }], []);
  const c = new SilverCounter();
  const add = (words: string[], tags: string[]) => c.add(words.map((w) => wordInfo(w, k)), words.map(normalizeArabic), tags);
  add(['قال', 'جيب', 'بوش', 'إن'], ['O', 'B-PERS', 'I-PERS', 'O']);
  add(['وجيب', 'بوش', 'مرشح'], ['B-PERS', 'I-PERS', 'O']);
  add(['جيب', 'بوش', 'قال'], ['O', 'O', 'O']);
  const rows = c.rows({ minWord: 1, minCommon: 100 });
  const name = rows.find((r) => r.kind === 'n');
  // The first word keyed by its stem: «وجيب» counts as «جيب».
  assert.deepEqual(name, { kind: 'n', key: 'جيب بوش', n: 3, counts: [2, 0, 0, 0] });
  assert.deepEqual(rows.find((r) => r.kind === 'w' && r.key === 'بوش'), { kind: 'w', key: 'بوش', n: 3, counts: [2, 0, 0, 0] });
  // A word never tagged as a name and seen fewer than minCommon times is left out.
  assert.ok(!rows.some((r) => r.key === 'قال'));
});

test('silver features: the word and its neighbours, and the longest silver name with its position', () => {
  const k = withSilver([
    { kind: 'w', key: 'بوش', n: 40, counts: [30, 0, 0, 0] },
    { kind: 'n', key: 'جيب بوش', n: 10, counts: [9, 0, 0, 0] },
    { kind: 'n', key: 'جيب بوش الابن', n: 2, counts: [0, 0, 0, 1] },
  ]);
  const words = ['وقال', 'جيب', 'بوش', 'إن'];
  const bush = keysOf(words, k, 2);
  assert.ok(bush.includes(featureKey('sv', 'PERS:4')));
  assert.ok(bush.includes(featureKey('snI', 'PERS')));
  assert.ok(bush.includes(featureKey('snIs', 'PERS|5')));
  assert.ok(keysOf(words, k, 1).includes(featureKey('snB', 'PERS')));
  assert.ok(keysOf(words, k, 1).includes(featureKey('sv+1', 'PERS|4')));
  assert.ok(keysOf(words, k, 3).includes(featureKey('snA', 'PERS')));
  assert.ok(keysOf(words, k, 0).includes(featureKey('sv', 'none')));
  // The longest name wins.
  const longer = ['جيب', 'بوش', 'الابن'];
  assert.ok(keysOf(longer, k, 1).includes(featureKey('snI', 'MISC')));
  assert.ok(!keysOf(longer, k, 1).includes(featureKey('snI', 'PERS')));
  // Off without the list: no silver key at all.
  const plain = keysOf(words, base, 2);
  assert.ok(!plain.includes(featureKey('sv', 'PERS:4')) && !plain.includes(featureKey('snI', 'PERS')));
  assert.equal(silverFirst(wordInfo('والولايات', base)), 'الولايات');
});

test('build-ner-silver.ts: a tiny text tagged by the shipped model gives a table the loader reads', { timeout: 120_000 }, () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'silver-'));
  const text = path.join(dir, 'tiny.txt');
  const out = path.join(dir, 'silver.tsv');
  const s = 'قال الرئيس الأمريكي باراك أوباما في واشنطن إن الولايات المتحدة ستدعم الأمم المتحدة.';
  writeFileSync(text, `${s}\n\n${s}\n\nوزار باراك أوباما مدينة الرياض.\n`);
  execFileSync(process.execPath, ['--import', 'tsx', path.join(root, 'scripts/build-ner-silver.ts'), text, '--model', path.join(root, 'data/model/ner.bin.gz'), '--out', out, '--min-word', '1', '--source', 'test'], { cwd: root, stdio: 'pipe' });
  assert.ok(existsSync(out));
  const rows = silverRows(parseTsv(readFileSync(out, 'utf8')));
  assert.ok(rows.every((r) => Number.isInteger(r.n) && r.counts.length === 4));
  const obama = rows.find((r) => r.kind === 'n' && r.key === 'باراك اوباما');
  assert.ok(obama, 'the name tagged three times');
  assert.equal(obama.n, 3);
  assert.ok(obama.counts[0] >= 2);
  assert.ok(parseTsv(readFileSync(out, 'utf8')).every((r) => r.source === 'test'));
});
