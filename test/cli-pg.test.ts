// `rasad report`, `export`, `stats`, `search` and `serve` on a PostgreSQL store that workers
// filled (the local server, RASAD_TEST_PG; each test in its own schema, dropped afterwards), and a
// read command on a schema that holds no store. Skipped when no PostgreSQL server answers.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import pg from 'pg';
import { PostgresStore, probePg } from '../src/store/postgres.js';
import { PgQueue } from '../src/queue/pg-queue.js';
import { enqueuePaths } from '../src/queue/enqueue.js';
import { runWorker } from '../src/queue/worker.js';
import { ROOT } from './helpers.js';

const PG_URL = process.env.RASAD_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/test';
const why = await probePg(PG_URL, 2000);
const skip = why ? `no PostgreSQL server at ${PG_URL} (${why})` : false;

const schemas: string[] = [];
const children: ChildProcess[] = [];
const freshSchema = () => {
  const s = `rasad_cli_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
  schemas.push(s);
  return s;
};
const withSchema = (schema: string) => `${PG_URL}${PG_URL.includes('?') ? '&' : '?'}schema=${schema}`;

after(async () => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  if (skip || !schemas.length) return;
  const c = new pg.Client({ connectionString: PG_URL });
  await c.connect();
  for (const s of schemas) await c.query(`DROP SCHEMA IF EXISTS "${s}" CASCADE`);
  await c.end();
});

function cliEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.NODE_TEST_CONTEXT;
  return env;
}

function rasad(args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src', 'cli', 'main.ts'), ...args], {
    cwd: ROOT, encoding: 'utf8', env: cliEnv(), maxBuffer: 64 * 1024 * 1024,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A schema filled by `rasad worker`'s loop from the queue, as workers on other machines would. */
async function filledByWorkers(): Promise<{ url: string; documents: number; events: number }> {
  const url = withSchema(freshSchema());
  const store = await PostgresStore.open(url);
  try {
    const r = await enqueuePaths(new PgQueue(store), [path.join(ROOT, 'samples')]);
    assert.equal(r.errors, 0);
  } finally {
    await store.close();
  }
  await runWorker(url, { batchSize: 3, log: () => {} });
  const check = await PostgresStore.open(url);
  try {
    const s = await check.stats();
    assert.ok(s.documents >= 5 && s.events > 0, `workers stored ${s.documents} documents, ${s.events} events`);
    return { url, documents: s.documents, events: s.events };
  } finally {
    await check.close();
  }
}

if (skip) {
  test('rasad commands on PostgreSQL', { skip }, () => {});
} else {
  const filled = filledByWorkers();

  test('report --pg: the stories and claims of a store that workers filled', async () => {
    const { url, documents } = await filled;
    const r = rasad(['report', '--pg', url, '--format', 'json']);
    assert.equal(r.status, 0, r.stderr);
    const view = JSON.parse(r.stdout) as { documents: unknown[]; stories: unknown[] };
    assert.equal(view.documents.length, documents);
    assert.ok(view.stories.length > 0);
  });

  test('export --pg: every stored event, and the date filter applies', async () => {
    const { url, events } = await filled;
    const all = rasad(['export', '--pg', url, '-f', 'jsonl']);
    assert.equal(all.status, 0, all.stderr);
    const lines = all.stdout.trim().split('\n').map((l) => JSON.parse(l) as { date: string | null });
    assert.equal(lines.length, events);
    assert.match(all.stderr, new RegExp(`${events} records written from ${events} events`));
    const dated = lines.filter((e) => e.date && e.date >= '2024').length;
    const since = rasad(['export', '--pg', url, '-f', 'jsonl', '--from', '2024']);
    assert.equal(since.status, 0, since.stderr);
    assert.equal(since.stdout.trim() ? since.stdout.trim().split('\n').length : 0, dated);
  });

  test('stats and search --pg answer from the same store', async () => {
    const { url, documents } = await filled;
    const s = rasad(['stats', '--pg', url]);
    assert.equal(s.status, 0, s.stderr);
    assert.match(s.stdout, new RegExp(`^documents ${documents}\\b`));
    const q = rasad(['search', '--pg', url, 'صنعاء']);
    assert.equal(q.status, 0, q.stderr);
    assert.match(q.stdout, /صنعاء/);
  });

  test('serve --pg: the API lists the documents and events that workers stored', async () => {
    const { url, documents, events } = await filled;
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'serve', '--pg', url, '--port', '0'], {
      cwd: ROOT, env: cliEnv(), stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.push(child);
    let stdout = '';
    let stderr = '';
    child.stderr!.on('data', (b: Buffer) => (stderr += b.toString()));
    const base = await new Promise<string>((resolve, reject) => {
      child.stdout!.on('data', (b: Buffer) => {
        stdout += b.toString();
        const m = /serving the web UI and API at (http:\/\/\S+\/)/.exec(stdout);
        if (m) resolve(m[1]);
      });
      child.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${stderr}`)));
    });
    try {
      const st = (await (await fetch(`${base}api/stats`)).json()) as { documents: number; events: number };
      assert.deepEqual([st.documents, st.events], [documents, events]);
      const ev = (await (await fetch(`${base}api/events?limit=500`)).json()) as { items: unknown[] };
      assert.equal(ev.items.length, events);
      const docs = (await (await fetch(`${base}api/documents`)).json()) as { id: string }[] | { items: { id: string }[] };
      const first = (Array.isArray(docs) ? docs : docs.items)[0];
      // Every view the web UI asks for answers from the PostgreSQL store.
      for (const route of [`api/documents/${first.id}`, 'api/entities', 'api/claims', 'api/network', 'api/stories', 'api/search?q=%D8%B5%D9%86%D8%B9%D8%A7%D8%A1', 'api/export/gdelt', 'api/export/geojson']) {
        const res = await fetch(base + route);
        assert.equal(res.status, 200, `${route}: ${res.status} ${await res.text()}`);
        await res.arrayBuffer().catch(() => {});
      }
    } finally {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    }
  });

  test('a read command on a schema with no store says so, exits 2 and creates nothing', async () => {
    const schema = freshSchema();
    const r = rasad(['stats', '--pg', withSchema(schema)]);
    assert.equal(r.status, 2);
    assert.match(r.stderr, new RegExp(`^rasad: no Rasad store in schema ${schema} of postgres://`));
    assert.doesNotMatch(r.stderr, /\n\s+at /);
    const c = new pg.Client({ connectionString: PG_URL });
    await c.connect();
    try {
      const n = await c.query('SELECT 1 FROM pg_namespace WHERE nspname = $1', [schema]);
      assert.equal(n.rowCount, 0);
    } finally {
      await c.end();
    }
  });
}
