// The hostile-input suite (inputs generated in test/hostile/ from a fixed seed): every input ends
// as a document or an error line, inputs = stored + duplicates + errors, every good report is
// stored, and the store stays sound. Waits for completion; reads no clock.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ingestPaths } from '../src/cli/ingest.js';
import { SqliteStore } from '../src/store/sqlite.js';
import { hostileInputs, HOSTILE_KINDS } from './hostile/generate.js';
import { countRead, missingGood, writeInputs } from './hostile/account.js';

const SEED = 17;
const PER_KIND = 100;
const GOOD = 150;

test('hostile inputs: every one accounted for, every good report stored', { timeout: 600_000 }, async (t) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'rasad-hostile-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const inputs = hostileInputs(SEED, PER_KIND, GOOD);
  assert.equal(inputs.length, HOSTILE_KINDS.length * PER_KIND + GOOD);
  const written = writeInputs(path.join(dir, 'in'), inputs);
  const read = await countRead(path.join(dir, 'in'), written);
  assert.deepEqual(read.unaccounted, [], 'entries with neither a document nor an error line');

  const store = new SqliteStore(path.join(dir, 'h.db'));
  try {
    const errorLines: string[] = [];
    const r = await ingestPaths(store, [path.join(dir, 'in')], { progress: false, warn: (l) => errorLines.push(l), batchSize: 50 });
    assert.equal(r.added + r.skipped + r.errors, read.documents + read.errors, 'documents read = stored + duplicates + errors');
    assert.equal(r.errors, read.errors);
    assert.equal(errorLines.length, r.errors);
    for (const l of errorLines) assert.match(l, /^rasad: .+: [a-z_]+: /s);
    assert.deepEqual(await missingGood(store, written), []);
    assert.ok(r.added >= written.good.length);
    const stats = await store.stats();
    assert.equal(stats.documents, r.added);
    assert.equal(stats.errors > 0, true);
    assert.equal((store.db.prepare('PRAGMA integrity_check').get() as { integrity_check: string }).integrity_check, 'ok');
    const nul = store.db.prepare(`SELECT count(*) AS n FROM documents WHERE instr(text, char(0)) > 0 OR instr(title, char(0)) > 0`).get() as { n: number };
    assert.equal(nul.n, 0, 'no stored text keeps a NUL');
    t.diagnostic(`${inputs.length} inputs: ${read.documents} documents and ${read.errors} error lines read; ${r.added} stored, ${r.skipped} duplicates`);
  } finally {
    await store.close();
  }
});
