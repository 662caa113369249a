// kill -9 of the server during a POST: the store it leaves passes integrity_check, and the client
// posting everything again (a POST is idempotent by content id) ends with the rows of a clean run.
// Waits for conditions (the server's address line, responses, exits); reads no clock.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { request } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SqliteStore } from '../src/store/sqlite.js';
import { ROOT } from './helpers.js';
import { integrity, REPORT_LINES, rows } from './kill-fixtures.js';

const LINES = REPORT_LINES;
const REPORTS = Array.from({ length: 8 }, (_, i) => ({
  title: `تقرير رقم ${i + 1}`,
  text: [0, 1, 2].map((k) => LINES[(i + k) % LINES.length]).join(' ') + ` وذكر التقرير ${i + 3} ضحايا.`,
  published: `2024-05-${String(i + 1).padStart(2, '0')}`,
}));

interface Server {
  child: ChildProcess;
  url: string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Starts `rasad serve` on the store at a free port; resolves once it prints its address. */
function serve(db: string): Promise<Server> {
  const env = { ...process.env };
  delete env.NODE_TEST_CONTEXT;
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'serve', '--db', db, '--port', '0'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((r) => child.on('exit', (code, signal) => r({ code, signal })));
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stderr!.on('data', (b: Buffer) => (err += b.toString()));
    child.stdout!.on('data', (b: Buffer) => {
      out += b.toString();
      const m = out.match(/at (http:\/\/\S+?)\/?\s/);
      if (m) resolve({ child, url: m[1], exited });
    });
    void exited.then(({ code }) => reject(new Error(`the server exited (${code}) before serving: ${err}`)));
  });
}

/** Sends one request; `sent` is called once the whole body is written. */
function send(url: string, method: string, body: string | null, sent?: () => void): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers: body ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } : {} }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body ?? undefined, () => sent?.());
  });
}

/** Posts a report and waits for its outcome (following the job's status URL when answered 202). */
async function post(base: string, report: object): Promise<number> {
  const r = await send(`${base}/api/documents`, 'POST', JSON.stringify(report));
  if (r.status !== 202) return r.status;
  const statusUrl = (JSON.parse(r.body) as { status_url: string }).status_url;
  for (;;) {
    const s = JSON.parse((await send(`${base}${statusUrl}`, 'GET', null)).body) as { status: string; http_status?: number };
    if (s.status !== 'analysing') return s.http_status ?? 0;
    await new Promise((res) => setImmediate(res));
  }
}

test('server: kill -9 during a POST leaves a sound store that resumes to the rows of a clean run', { timeout: 600_000 }, async (t) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'rasad-kill-'));
  const servers: Server[] = [];
  t.after(() => {
    for (const s of servers) if (s.child.exitCode === null && s.child.signalCode === null) s.child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });
  const start = async (db: string) => {
    const s = await serve(db);
    servers.push(s);
    return s;
  };
  const fresh = async (name: string) => {
    const db = path.join(dir, name);
    await new SqliteStore(db).close();
    return db;
  };

  // The clean run: every report posted once.
  const cleanDb = await fresh('clean.db');
  const clean = await start(cleanDb);
  for (const r of REPORTS) assert.equal(await post(clean.url, r), 201);
  clean.child.kill('SIGKILL');
  await clean.exited;

  // Killed while the first POST loads the pipeline, then while a later one is analysed or stored.
  const db = await fresh('killed.db');
  for (const victim of [0, 4]) {
    const s = await start(db);
    for (let i = 0; i < victim; i++) assert.ok([200, 201].includes(await post(s.url, REPORTS[i])));
    const pending = send(`${s.url}/api/documents`, 'POST', JSON.stringify(REPORTS[victim]), () => s.child.kill('SIGKILL')).catch((e: Error) => e);
    assert.equal((await s.exited).signal, 'SIGKILL');
    await pending;
    assert.equal(integrity(db), 'ok');
  }
  // The client posts everything again: what is stored is answered 200, the rest stored now.
  const resumed = await start(db);
  for (const r of REPORTS) assert.ok([200, 201].includes(await post(resumed.url, r)));
  resumed.child.kill('SIGKILL');
  await resumed.exited;
  assert.equal(integrity(db), 'ok');
  const [want, got] = [rows(cleanDb), rows(db)];
  assert.equal(got.documents.length, REPORTS.length);
  assert.deepEqual(got, want);
});
