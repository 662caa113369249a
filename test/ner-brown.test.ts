import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { brownClusters } from '../src/ner/brown.js';
import { clusterTokens } from '../src/ner/clusters.js';
import { parseTsv } from '../src/data-files.js';
import { normalizeArabic } from '../src/arabic/normalize.js';
import { towns, people, slotText } from './word-class-text.js';

// A small text in which towns and people fill the same slots: the tree must put each group under one node.
const text = slotText();

/** The longest prefix the paths of the words share. */
function common(paths: Map<string, string>, words: string[]): string {
  const ps = words.map((w) => paths.get(normalizeArabic(w)) ?? '');
  let n = 0;
  while (ps.every((p) => p.length > n && p[n] === ps[0][n])) n++;
  return ps[0].slice(0, n);
}

for (const active of [8, 100]) {
  test(`brown clusters (${active} live clusters): a path per cluster, towns and people in subtrees of their own`, () => {
    const corpus = clusterTokens(text);
    const paths = brownClusters(corpus, { active, minCount: 2 });
    const all = [...new Set(paths.values())];
    assert.ok(all.every((p) => /^[01]+$/.test(p)));
    // The leaves of a binary tree, one per cluster live after the window: no path is the prefix of another.
    assert.ok(all.length <= active);
    for (const p of all) assert.ok(!all.some((o) => o !== p && o.startsWith(p)), p);
    const t = common(paths, towns);
    const p = common(paths, people);
    assert.ok(t && p && !t.startsWith(p) && !p.startsWith(t), `towns ${t}, people ${p}`);
    const named = new Set([...towns, ...people].map(normalizeArabic));
    for (const w of [...paths.keys()].filter((w) => !named.has(w))) {
      assert.ok(!paths.get(w)!.startsWith(t) && !paths.get(w)!.startsWith(p), w);
    }
    assert.deepEqual([...brownClusters(corpus, { active, minCount: 2 })], [...paths]);
  });
}

test('brown clusters over starting classes: the classes are the leaves', () => {
  const corpus = clusterTokens(text);
  const init = new Map<string, number>([...towns.map((w) => [w, 0] as const), ...people.map((w) => [w, 1] as const), ['الى', 2], ['في', 2], ['وصل', 3], ['قال', 3]]);
  const paths = brownClusters(corpus, { active: 2, minCount: 1, init });
  assert.equal(new Set(towns.map((w) => paths.get(w))).size, 1);
  assert.equal(new Set(people.map((w) => paths.get(w))).size, 1);
  assert.notEqual(paths.get(towns[0]), paths.get(people[0]));
  assert.equal(new Set(paths.values()).size, 4);
});

test('scripts/build-brown.ts reads text and writes prefix columns', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'rasad-brown-'));
  try {
    writeFileSync(path.join(dir, 'a.txt'), text);
    const out = path.join(dir, 'out.tsv');
    const script = fileURLToPath(new URL('../scripts/build-brown.ts', import.meta.url));
    execFileSync(process.execPath, ['--import', 'tsx', script, dir, '--active', '4', '--min-count', '2', '--prefixes', '1,2', '--out', out, '--source', 'toy'], { stdio: 'pipe' });
    const rows = parseTsv(readFileSync(out, 'utf8'));
    const row = rows.find((r) => r.word === 'بغداد');
    assert.ok(row && row.source === 'toy' && /^[01]+$/.test(row.bits), JSON.stringify(row));
    assert.equal(row.b1, row.bits.slice(0, 1));
    assert.equal(row.b2, row.bits.slice(0, 2));
    // Columns of another class file copied over, for its words only.
    const classes = path.join(dir, 'classes.tsv');
    writeFileSync(classes, '# toy classes\nword\tc2\tsource\nبغداد\t1\ttoy\nمحمد\t0\ttoy\n');
    execFileSync(process.execPath, ['--import', 'tsx', script, dir, '--active', '4', '--min-count', '2', '--prefixes', '2', '--no-bits', '--keep', 'c2', '--keep-from', classes, '--out', out], { stdio: 'pipe' });
    const kept = parseTsv(readFileSync(out, 'utf8'));
    assert.deepEqual(kept.map((r) => [r.word, r.c2, r.b2.length > 0, 'bits' in r]), [['بغداد', '1', true, false], ['محمد', '0', true, false]]);
    assert.match(readFileSync(out, 'utf8'), /# c2 from classes.tsv: toy classes/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
