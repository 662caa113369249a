// kill -9 of `rasad ingest` mid-run: the store it leaves passes integrity_check, and the same command run
// again (inputs already stored are skipped) ends with the rows of a clean run. Waits for conditions (a first
// stored document, exits); reads no clock.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { ROOT } from './helpers.js';
import { integrity, REPORT_LINES, rows } from './kill-fixtures.js';

const LINES = REPORT_LINES;
const COUNT = 60;

/** Runs `rasad ingest` on the folder into the store; `onStored` sees the child once a first document is stored. */
function ingest(dir: string, db: string, onStored?: (kill: () => void) => void): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  const env = { ...process.env };
  delete env.NODE_TEST_CONTEXT;
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'ingest', '--db', db, dir], { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'pipe'] });
  child.stderr!.resume();
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((r) => child.on('exit', (code, signal) => r({ code, signal })));
  if (onStored) {
    let done = false;
    void exited.then(() => (done = true));
    const look = () => {
      if (done) return;
      let stored = 0;
      try {
        const d = new Database(db, { readonly: true, fileMustExist: true });
        try {
          stored = (d.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
        } finally {
          d.close();
        }
      } catch {
        // Not created yet, or its schema not written yet: look again.
      }
      if (stored > 0) onStored(() => child.kill('SIGKILL'));
      else setImmediate(look);
    };
    look();
  }
  return exited;
}

test('ingest: kill -9 mid-run leaves a sound store; run again, it ends with the rows of a clean run', { timeout: 600_000 }, async (t) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'rasad-ingest-kill-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const docs = path.join(dir, 'reports');
  mkdirSync(docs);
  for (let i = 0; i < COUNT; i++) {
    const text = [0, 1, 2].map((k) => LINES[(i + k) % LINES.length]).join(' ') + ` وذكر التقرير رقم ${i + 1} أن ${i + 3} أشخاص أصيبوا.`;
    writeFileSync(path.join(docs, `report-${String(i).padStart(3, '0')}.txt`), `تقرير رقم ${i + 1}\n${text}\n`);
  }
  const cleanDb = path.join(dir, 'clean.db');
  assert.equal((await ingest(docs, cleanDb)).code, 0);

  const db = path.join(dir, 'killed.db');
  const killed = await ingest(docs, db, (kill) => kill());
  // Killed once a first document was stored (or, on a very fast machine, already finished: the rerun then adds nothing).
  assert.ok(killed.signal === 'SIGKILL' || killed.code === 0, JSON.stringify(killed));
  t.diagnostic(`first run: ${killed.signal ?? `exit ${killed.code}`}`);
  assert.equal(integrity(db), 'ok');
  assert.equal((await ingest(docs, db)).code, 0);
  assert.equal(integrity(db), 'ok');
  const [want, got] = [rows(cleanDb), rows(db)];
  assert.equal(got.documents.length, COUNT);
  assert.deepEqual(got, want);
});
