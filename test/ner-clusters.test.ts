import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { clusterTokens, clusterVocabulary, countWords, exchangeClusters } from '../src/ner/clusters.js';
import { parseTsv } from '../src/data-files.js';
import { normalizeArabic } from '../src/arabic/normalize.js';
import { towns, people, slotText } from './word-class-text.js';

// A small text in which towns and people fill the same slots: the classes must find that.
const text = slotText();

test('clusterTokens: lines, punctuation apart, matching form', () => {
  assert.deepEqual(clusterTokens('قال أحمد: "نعم".\n\nوصل إلى بغداد'), [
    ['قال', 'احمد', ':', '"', 'نعم', '".'],
    ['وصل', 'الي', 'بغداد'],
  ]);
});

test('vocabulary: frequent words first, a minimum count and a cap', () => {
  const count = countWords([['a', 'b', 'a'], ['c', 'a', 'b']]);
  assert.deepEqual(clusterVocabulary(count, 1), ['a', 'b', 'c']);
  assert.deepEqual(clusterVocabulary(count, 2), ['a', 'b']);
  assert.deepEqual(clusterVocabulary(count, 1, 1), ['a']);
});

test('exchange classes put words of the same slot together', () => {
  const corpus = clusterTokens(text);
  const cls = exchangeClusters(corpus, { classes: 4, minCount: 2, iterations: 10 });
  const of = (w: string) => cls.get(normalizeArabic(w));
  const same = (ws: string[]) => new Set(ws.map(of)).size === 1 && of(ws[0]) !== undefined;
  assert.ok(same(towns), `towns: ${towns.map(of)}`);
  assert.ok(same(people), `people: ${people.map(of)}`);
  assert.notEqual(of(towns[0]), of(people[0]));
  // Deterministic.
  assert.deepEqual([...exchangeClusters(corpus, { classes: 4, minCount: 2, iterations: 10 })], [...cls]);
});

test('scripts/build-clusters.ts reads a folder of text and JSON Lines (.gz) and writes the TSV', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'rasad-clusters-'));
  try {
    writeFileSync(path.join(dir, 'a.txt'), text);
    const docs = text.split('\n').map((l, i) => JSON.stringify({ id: String(i), title: '', text: l })).join('\n');
    writeFileSync(path.join(dir, 'b.jsonl.gz'), gzipSync(docs));
    const out = path.join(dir, 'out.tsv');
    const script = fileURLToPath(new URL('../scripts/build-clusters.ts', import.meta.url));
    execFileSync(process.execPath, ['--import', 'tsx', script, dir, '--classes', '2,4', '--min-count', '2', '--out', out, '--source', 'toy'], { stdio: 'pipe' });
    const rows = parseTsv(readFileSync(out, 'utf8'));
    assert.ok(rows.length >= towns.length + people.length);
    const row = rows.find((r) => r.word === 'بغداد');
    assert.ok(row && /^\d+$/.test(row.c2) && /^\d+$/.test(row.c4) && row.source === 'toy');
    assert.match(readFileSync(out, 'utf8'), /^# Word classes/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
