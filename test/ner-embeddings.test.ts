import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { extendClasses, parseVectors, random, sphericalKMeans, trainEmbeddings, type Embeddings } from '../src/ner/embeddings.js';
import { clusterTokens } from '../src/ner/clusters.js';
import { clusterRows } from '../src/ner/knowledge.js';
import { parseTsv } from '../src/data-files.js';
import { normalizeArabic } from '../src/arabic/normalize.js';
import { towns, people, slotText } from './word-class-text.js';

// A small text in which towns and people fill slots of their own: each word's nearest vector is one of its group.
const text = slotText();
const opts = { dim: 16, window: 2, negatives: 4, epochs: 60, minCount: 2, subsample: 1, learningRate: 0.05, seed: 3 };

function nearest(e: Embeddings, word: string): string {
  const i = e.words.indexOf(normalizeArabic(word));
  let best = '';
  let bestDot = -Infinity;
  e.words.forEach((w, j) => {
    if (j === i) return;
    let s = 0;
    for (let d = 0; d < e.dim; d++) s += e.vectors[i * e.dim + d] * e.vectors[j * e.dim + d];
    if (s > bestDot) [best, bestDot] = [w, s];
  });
  return best;
}

test('skip-gram vectors: unit length, deterministic, each town nearest a town and each person nearest a person', () => {
  const corpus = clusterTokens(text);
  const e = trainEmbeddings(corpus, opts);
  for (let r = 0; r < e.words.length; r++) {
    const n = Math.hypot(...e.vectors.subarray(r * e.dim, (r + 1) * e.dim));
    assert.ok(Math.abs(n - 1) < 1e-4, `${e.words[r]} ${n}`);
  }
  const normTowns = towns.map(normalizeArabic);
  const normPeople = people.map(normalizeArabic);
  for (const t of towns) assert.ok(normTowns.includes(nearest(e, t)), `${t}: ${nearest(e, t)}`);
  for (const p of people) assert.ok(normPeople.includes(nearest(e, p)), `${p}: ${nearest(e, p)}`);
  assert.deepEqual(trainEmbeddings(corpus, opts).vectors, e.vectors);
});

test('spherical k-means: separate directions make separate classes; every class used', () => {
  const rand = random(5);
  const dirs = [[1, 0, 0], [0, 1, 0], [0, 0, 1]];
  const rows: number[] = [];
  for (let i = 0; i < 30; i++) {
    const v = dirs[i % 3].map((x) => x + (rand() - 0.5) * 0.2);
    const n = Math.hypot(...v);
    rows.push(...v.map((x) => x / n));
  }
  const cls = sphericalKMeans(Float32Array.from(rows), 3, 3, { iterations: 10, seed: 1 });
  for (let i = 3; i < 30; i++) assert.equal(cls[i], cls[i % 3], `row ${i}`);
  assert.equal(new Set(cls).size, 3);
});

test('extendClasses: rows after the fitted ones go to the nearest fitted centre; parseVectors reads the --vectors text', () => {
  const v = Float32Array.from([1, 0, 0.8, 0.6, 0, 1, 0.1, 0.995, 0.99, -0.14, -0.6, 0.8]);
  const cls = extendClasses(v, 2, 2, Int32Array.from([0, 0, 1, 1]));
  assert.deepEqual([...cls], [0, 0, 1, 1, 0, 1]);
  const e = parseVectors('2 2\nأ 0.6 0.8\nب -1 0\n');
  assert.deepEqual([e.words, e.dim, [...e.vectors]], [['أ', 'ب'], 2, [...Float32Array.from([0.6, 0.8, -1, 0])]]);
  // A word holding a space (a ligature normalised to several words): the numbers are the last fields.
  const spaced = parseVectors('1 2\nعبد الله 0.6 0.8\n');
  assert.deepEqual([spaced.words, [...spaced.vectors]], [['عبد الله'], [...Float32Array.from([0.6, 0.8])]]);
});

test('scripts/build-embedding-classes.ts writes e<N> columns the tagger reads, and keeps columns of another table', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'rasad-emb-'));
  try {
    writeFileSync(path.join(dir, 'a.txt'), text);
    const out = path.join(dir, 'out.tsv');
    const script = fileURLToPath(new URL('../scripts/build-embedding-classes.ts', import.meta.url));
    const args = ['--dim', '8', '--epochs', '5', '--min-count', '2', '--classes', '2,4', '--source', 'toy', '--out', out];
    execFileSync(process.execPath, ['--import', 'tsx', script, dir, ...args], { stdio: 'pipe' });
    const rows = parseTsv(readFileSync(out, 'utf8'));
    const row = rows.find((r) => r.word === 'بغداد');
    assert.ok(row && row.source === 'toy' && Number(row.e2) < 2 && Number(row.e4) < 4, JSON.stringify(row));
    assert.deepEqual(clusterRows([row]), [{ word: 'بغداد', classes: [`e2:${row.e2}`, `e4:${row.e4}`] }]);
    const classes = path.join(dir, 'classes.tsv');
    writeFileSync(classes, '# toy classes\nword\tc2\tsource\nبغداد\t1\ttoy\nكلمة\t0\ttoy\n');
    execFileSync(process.execPath, ['--import', 'tsx', script, dir, ...args, '--keep', 'c2', '--keep-from', classes], { stdio: 'pipe' });
    const kept = parseTsv(readFileSync(out, 'utf8'));
    // A kept word the text lacks has no vector: class N; a word of the text the kept table lacks has class N in c2.
    const pick = (w: string) => kept.find((r) => r.word === w);
    assert.deepEqual([pick('بغداد'), pick('كلمة')].map((r) => r && [r.word, r.c2, r.e2 !== '2', r.e4]), [['بغداد', '1', true, row.e4], ['كلمة', '0', false, '4']]);
    assert.equal(kept.length, rows.length + 1);
    const other = kept.find((r) => r.word !== 'بغداد' && r.word !== 'كلمة');
    assert.ok(other && other.c2 === '2' && Number(other.e2) < 2, JSON.stringify(other));
    assert.match(readFileSync(out, 'utf8'), /# c2 from classes.tsv: toy classes/);
    // Classes of the vectors a run wrote, k-means fitted on the most frequent words only.
    const vectors = path.join(dir, 'vectors.txt');
    execFileSync(process.execPath, ['--import', 'tsx', script, dir, ...args, '--vectors', vectors], { stdio: 'pipe' });
    const fitArgs = ['--from-vectors', vectors, '--fit-words', '6', '--classes', '2,4', '--source', 'toy', '--out', out];
    execFileSync(process.execPath, ['--import', 'tsx', script, ...fitArgs], { stdio: 'pipe' });
    const fit = parseTsv(readFileSync(out, 'utf8'));
    assert.equal(fit.length, rows.length);
    assert.ok(fit.every((r) => Number(r.e2) < 2 && Number(r.e4) < 4));
    assert.match(readFileSync(out, 'utf8'), /fitted on the 6 most frequent words/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
