// The PostgreSQL store against a real server (RASAD_TEST_PG, default the local test database):
// the same contract as SQLite, plus migrations and search parity. Skipped when no server answers.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import pg from 'pg';
import { PostgresStore, probePg } from '../src/store/postgres.js';
import { PG_MIGRATIONS } from '../src/store/pg-schema.js';
import { SqliteStore } from '../src/store/sqlite.js';
import { analyzeText } from '../src/pipeline.js';
import { runStoreContract } from './store-contract.js';

const PG_URL = process.env.RASAD_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/test';
const why = await probePg(PG_URL, 2000);
const skip = why ? `no PostgreSQL server at ${PG_URL} (${why})` : false;

const schemas: string[] = [];
const freshSchema = () => {
  const s = `rasad_t_${process.pid}_${Date.now().toString(36)}_${schemas.length}`;
  schemas.push(s);
  return s;
};

after(async () => {
  if (skip || !schemas.length) return;
  const c = new pg.Client({ connectionString: PG_URL });
  await c.connect();
  for (const s of schemas) await c.query(`DROP SCHEMA IF EXISTS "${s}" CASCADE`);
  await c.end();
});

if (skip) {
  test('postgres store', { skip }, () => {});
} else {
  runStoreContract('postgres', () => PostgresStore.open(PG_URL, { schema: freshSchema() }));

  test('postgres: migrations are versioned, idempotent and safe when run concurrently', async () => {
    const schema = freshSchema();
    const stores = await Promise.all([1, 2, 3].map(() => PostgresStore.open(PG_URL, { schema })));
    const again = await PostgresStore.open(`${PG_URL}?schema=${schema}`);
    try {
      const r = await again.pool.query<{ version: number }>('SELECT version FROM rasad_migrations ORDER BY version');
      assert.deepEqual(r.rows.map((x) => x.version), PG_MIGRATIONS.map((_, i) => i + 1));
      assert.equal(again.schema, schema);
    } finally {
      await Promise.all([...stores, again].map((s) => s.close()));
    }
  });

  test('postgres: search hits and snippets match SQLite, and concurrent batches keep one copy', async () => {
    const texts = [
      'قصف الجيش الأذربيجاني مواقع أرمنية في إقليم ناغورني قره باغ، وقالت وزارة الدفاع إن 5 مدنيين قتلوا.',
      'أعلنت الحكومة التركية دعمها لأذربيجان، وقال الرئيس أردوغان إن أنقرة ستقف إلى جانب باكو.',
      'دعت روسيا إلى وقف إطلاق النار فوراً، وأجرى الرئيس بوتين اتصالاً هاتفياً مع رئيس الوزراء الأرميني.',
    ];
    const docs = texts.map((x, i) => analyzeText(`خبر ${i}\n\n${x}`, { title: `خبر ${i}`, outlet: null, url: null, published: '2020-10-0' + (i + 1) }, `n${i}.txt`));
    const store = await PostgresStore.open(PG_URL, { schema: freshSchema() });
    const lite = new SqliteStore(':memory:');
    try {
      const results = await Promise.all([store.putBatch(docs), store.putBatch([...docs].reverse()), store.putBatch(docs.slice(1))]);
      assert.equal(results.reduce((n, r) => n + r.added, 0), 3);
      await lite.putBatch(docs);
      for (const q of ['أرمينيا', 'الرئيس', 'وزارة الدفاع', 'باكو', 'وقف إطلاق النار', 'Erdogan', 'قتلوا']) {
        const a = (await store.search(q)).map((h) => [h.id, h.title, h.snippet]).sort();
        const b = (await lite.search(q)).map((h) => [h.id, h.title, h.snippet]).sort();
        assert.deepEqual(a, b, q);
      }
      assert.deepEqual(await store.stats(), await lite.stats());
      const it: string[] = [];
      for await (const e of store.iterateEvents()) it.push(`${e.doc_id}:${e.idx}`);
      assert.equal(it.length, (await store.stats()).events);
    } finally {
      await store.close();
      await lite.close();
    }
  });
}
