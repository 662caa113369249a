// Stores written by the schema before "each fact once" (SQLite v2, PostgreSQL v3) open under the
// current schema and read the same: documents byte for byte, events, search, stats. The old rows
// are written here as the old stores wrote them (the whole analysis JSON, full event records).
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import type { Doc } from '../src/doc.js';
import { analyzeText } from '../src/pipeline.js';
import { indexForm } from '../src/arabic/search-form.js';
import { SqliteStore } from '../src/store/sqlite.js';
import { SQLITE_MIGRATIONS } from '../src/store/schema.js';
import { PostgresStore, probePg } from '../src/store/postgres.js';
import { PG_MIGRATIONS } from '../src/store/pg-schema.js';
import { docFromRows, docRows, DOCUMENT_COLUMNS, ENTITY_COLUMNS, EVENT_COLUMNS, eventFromRow, fullRecord, MENTION_COLUMNS, QUANTITY_COLUMNS, QUOTE_COLUMNS, TIME_COLUMNS } from '../src/store/rows.js';
import { layerWriter } from '../src/store/sqlite-v3.js';
import type { Store } from '../src/store/store.js';

/** Documents with every optional field the pipeline can write, in the pipeline's field order. */
function docs(): Doc[] {
  const texts = [
    'قصفت طائرات حربية مدينة حلب أمس، ما أدى إلى مقتل خمسة مدنيين وإصابة عشرات آخرين، وقال مسؤول محلي إن القصف استهدف سوقاً.',
    'أعلنت الحكومة التركية دعمها لأذربيجان، وقال الرئيس أردوغان إن أنقرة ستقف إلى جانب باكو في مطلع الشهر المقبل.',
  ];
  const out = texts.map((x, i) => analyzeText(`خبر ${i}\n\n${x}`, { title: `خبر ${i}`, outlet: null, url: null, published: `2021-03-0${i + 1}` }, `m${i}.txt`));
  const d = out[0];
  assert.ok(d.entities.length && d.quantities.length && d.events.length, 'the first text has entities, quantities and events');
  out[1] = {
    ...out[1],
    source: { ...out[1].source, published_inferred: true },
    times: [{ start: 0, end: 3, text: out[1].text.slice(0, 3), value: '2021-03', granularity: 'month', kind: 'date', modifier: 'early' }],
    quantities: [{ start: 0, end: 3, text: 'not the slice', value: 20, unit: 'person', kind: 'other', min: 20, max: 99, approximate: true }],
    quotes: [{ start: 4, end: 20, speaker: null, cue: 'قال', cueStart: 4, direct: false }],
    entities: out[1].entities.map((e, i) => (i ? e : { ...e, sector: null })),
    warnings: ['a warning'],
  };
  return out;
}

test('rows: a document made into rows and read back is the same, byte for byte', () => {
  const obj = (cols: readonly string[], row: unknown[]) => Object.fromEntries(cols.map((c, i) => [c, row[i]]));
  for (const d of docs()) {
    const r = docRows(d);
    const back = docFromRows({
      document: obj(DOCUMENT_COLUMNS, r.document), entities: r.entities.map((x) => obj(ENTITY_COLUMNS, x)), mentions: r.mentions.map((x) => obj(MENTION_COLUMNS, x)),
      times: r.times.map((x) => obj(TIME_COLUMNS, x)), quantities: r.quantities.map((x) => obj(QUANTITY_COLUMNS, x)), quotes: r.quotes.map((x) => obj(QUOTE_COLUMNS, x)),
      events: r.events.map((x) => obj(EVENT_COLUMNS, x)),
    });
    assert.equal(JSON.stringify(back), JSON.stringify(d));
  }
  assert.equal(docRows(docs()[1]).quantities[0][4], 'not the slice', 'a span text that is not the slice is kept');
});

test('rows: an event record leaves out what its columns rebuild, and keeps what they do not', () => {
  const d = docs()[0];
  const e = d.events[0];
  const record = (ev: Doc['events'][number]) => {
    const row = docRows({ ...d, events: [ev] }).events[0];
    const back = eventFromRow(Object.fromEntries(EVENT_COLUMNS.map((c, i) => [c, row[i]])));
    assert.equal(JSON.stringify(back), JSON.stringify(ev), 'the event reads back byte for byte');
    return JSON.parse(row[row.length - 1] as string) as Record<string, unknown>;
  };
  const slim = record(e);
  for (const k of ['source', 'target', 'location', 'evidence', 'mode', 'type', 'date']) assert.ok(!(k in slim), `${k} is left to its columns`);
  assert.ok('numbers' in slim && 'trigger' in slim, 'what has no column stays');
  // What the columns cannot tell apart stays in the record.
  const blank = { entity: null, name_en: null, country: null, sector: null };
  assert.deepEqual(record({ ...e, source: blank }).source, blank, 'a side of nulls is not a missing side');
  assert.equal(record({ ...e, mode: null }).mode, null, 'a null mode is not a missing one');
  assert.ok(!('mode' in record({ ...e, mode: undefined })));
  const place = { entity: 'Q1', name_en: 'Somewhere', lat: null, lon: 3, precision: null };
  assert.ok(!('location' in record({ ...e, location: place })));
  // Fields in another order than the columns give them: the record keeps them as they are.
  assert.deepEqual(Object.keys(record({ ...e, evidence: { end: 9, start: 2 } }).evidence as object), ['end', 'start']);
  assert.equal(fullRecord(e), JSON.stringify(Object.fromEntries(Object.entries(e).filter(([k]) => !['type', 'cameo', 'quad', 'intensity', 'date', 'modality', 'claimed_by', 'summary_en', 'confidence'].includes(k)))));
});

/** The event columns before SQLite v4 and PostgreSQL v5 (no location_precision), the record left out. */
const OLD_EVENT_COLUMNS = EVENT_COLUMNS.filter((c) => c !== 'location_precision' && c !== 'record');

/** The old layout's rows of one document: [table, values][] (mentions without idx). */
function oldRows(d: Doc): [string, unknown[]][] {
  const out: [string, unknown[]][] = [];
  for (const e of d.entities) {
    out.push(['entities', [d.id, e.id, e.type, e.name_en, e.name_ar, e.country, e.role, e.geo?.lat ?? null, e.geo?.lon ?? null, e.geo?.precision ?? null]]);
    for (const m of e.mentions) out.push(['mentions', [d.id, e.id, m.start, m.end, m.text, m.form]]);
  }
  d.times.forEach((t, i) => out.push(['times', [d.id, i, t.start, t.end, t.text, t.value, t.granularity, t.kind ?? null]]));
  d.quantities.forEach((q, i) => out.push(['quantities', [d.id, i, q.start, q.end, q.text, q.value, q.unit, q.kind]]));
  d.quotes.forEach((q, i) => out.push(['quotes', [d.id, i, q.start, q.end, q.speaker, q.cue]]));
  d.events.forEach((e, i) => {
    const row = docRows(d).events[i];
    out.push(['events', [...OLD_EVENT_COLUMNS.map((c) => row[EVENT_COLUMNS.indexOf(c)]), JSON.stringify(e)]]);
  });
  return out;
}

/** What a store answers, for comparing before and after. */
async function answers(store: Store, list: Doc[]) {
  const got = [];
  for (const d of list) got.push(JSON.stringify(await store.getDocument(d.id)));
  return {
    docs: got,
    events: JSON.stringify(await store.listEvents()),
    search: JSON.stringify((await store.search('حلب')).map((h) => [h.id, h.snippet])),
    stats: await store.stats(),
    iterated: JSON.stringify(await iterated(store)),
  };
}

async function iterated(store: Store) {
  const out = [];
  for await (const e of store.iterateEvents!()) out.push(e);
  return out;
}

/** Opens the old store at `file` (migrating it) beside a fresh store of the same documents (written in `freshOrder`), and
 * checks that the migrated one is at the last version and answers as the fresh one does. */
async function migratedLikeFresh(file: string, list: Doc[], freshOrder: Doc[], searchNote: string): Promise<{ old: SqliteStore; fresh: SqliteStore }> {
  const fresh = new SqliteStore(':memory:');
  await fresh.putBatch(freshOrder);
  const old = new SqliteStore(file);
  try {
    assert.equal(old.db.pragma('user_version', { simple: true }), SQLITE_MIGRATIONS.length);
    const a = await answers(old, list);
    assert.deepEqual(a.docs, list.map((d) => JSON.stringify(d)));
    assert.deepEqual(a, await answers(fresh, list));
    assert.ok(JSON.parse(a.search).length, searchNote);
  } catch (e) {
    await old.close();
    await fresh.close();
    throw e;
  }
  return { old, fresh };
}

test('sqlite: a v3 store migrates to integer document keys, keeps its order and reads the same', async () => {
  const list = docs();
  const dir = mkdtempSync(path.join(tmpdir(), 'rasad-migrate-'));
  const file = path.join(dir, 'v3.db');
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  for (const m of SQLITE_MIGRATIONS.slice(0, 3)) typeof m === 'string' ? db.exec(m) : m(db);
  db.pragma('user_version = 3');
  // As the v3 store wrote a document: the layers keyed by the content id, full event records, the id in the full-text row.
  const layers = layerWriter(db);
  const insertDoc = db.prepare(`INSERT INTO documents (${DOCUMENT_COLUMNS.join(', ')}, analysed_at) VALUES (${DOCUMENT_COLUMNS.map(() => '?').join(', ')}, 'then')`);
  const insertEvent = db.prepare(`INSERT INTO events (${[...OLD_EVENT_COLUMNS, 'record'].map((c) => `"${c}"`).join(', ')}) VALUES (${[...OLD_EVENT_COLUMNS, 'record'].map(() => '?').join(', ')})`);
  // Stored in reverse, so that the store order is not the order of the ids.
  for (const d of [...list].reverse()) {
    const rows = docRows(d);
    insertDoc.run(...rows.document);
    layers(rows);
    d.events.forEach((e, i) => insertEvent.run(...OLD_EVENT_COLUMNS.map((c) => rows.events[i][EVENT_COLUMNS.indexOf(c)]), fullRecord(e)));
    db.prepare('INSERT INTO documents_fts (doc_id, title, body) VALUES (?, ?, ?)').run(d.id, indexForm(d.source.title ?? ''), indexForm(d.text));
  }
  const before = db.prepare('SELECT rowid AS r, id FROM documents ORDER BY rowid').all();
  const order = db.prepare('SELECT doc_id, idx FROM events ORDER BY rowid').all() as { doc_id: string; idx: number }[];
  db.close();
  const { old, fresh } = await migratedLikeFresh(file, list, [...list].reverse(), 'the full-text index is rebuilt');
  try {
    assert.deepEqual(old.db.prepare('SELECT rid AS r, id FROM documents ORDER BY rid').all(), before, 'each document keeps its key');
    assert.deepEqual((await iterated(old)).map((e) => ({ doc_id: e.doc_id, idx: e.idx })), order, 'the events keep their store order');
    assert.deepEqual(old.db.prepare('PRAGMA foreign_key_check').all(), []);
    assert.equal(old.db.pragma('foreign_keys', { simple: true }), 1);
    assert.equal(old.db.pragma('freelist_count', { simple: true }), 0, 'the rewritten file is vacuumed');
    const cols = (t: string) => (old.db.prepare(`SELECT name FROM pragma_table_info('${t}')`).all() as { name: string }[]).map((c) => c.name);
    for (const t of ['entities', 'mentions', 'times', 'quantities', 'quotes', 'events']) assert.ok(!cols(t).includes('doc_id') && cols(t).includes('doc'), t);
    // Written on after the migration, the store takes new documents and refuses a row with no document.
    const extra = analyzeText('قتل جنديان في هجوم على نقطة تفتيش شمال بغداد.', { title: null, outlet: null, url: null, published: null }, 'x.txt');
    assert.deepEqual(await old.putBatch([extra]), { added: 1, skipped: 0, errors: 0 });
    assert.equal(JSON.stringify(await old.getDocument(extra.id)), JSON.stringify(extra));
    assert.throws(() => old.db.prepare('INSERT INTO times (doc, idx, start, end, value, granularity) VALUES (999, 0, 0, 1, ?, ?)').run('2020', 'year'), /FOREIGN KEY/);
  } finally {
    await old.close();
    await fresh.close();
  }
});

test('sqlite: a v2 store migrates to each fact once and reads the same', async () => {
  const list = docs();
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'rasad-migrate-')), 'old.db');
  const db = new Database(file);
  for (const m of SQLITE_MIGRATIONS.slice(0, 2)) db.exec(m as string);
  db.pragma('user_version = 2');
  for (const d of list) {
    db.prepare('INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)').run(
      d.id, d.input, d.source.title, d.source.outlet, d.source.url, d.source.published, d.source.published_inferred ? 1 : 0, d.language, d.text, JSON.stringify(d), 'now');
    for (const [table, values] of oldRows(d)) db.prepare(`INSERT INTO ${table} VALUES (${values.map(() => '?').join(', ')})`).run(...values);
    db.prepare('INSERT INTO documents_fts (doc_id, title, body) VALUES (?, ?, ?)').run(d.id, indexForm(d.source.title ?? ''), indexForm(d.text));
  }
  db.close();
  const { old, fresh } = await migratedLikeFresh(file, list, list, 'the old full-text index is carried over');
  try {
    const analysis = old.db.prepare('SELECT analysis FROM documents').all() as { analysis: string }[];
    assert.ok(analysis.every((r) => !r.analysis.includes('"entities"')), 'the layers left the analysis JSON');
  } finally {
    await old.close();
    await fresh.close();
  }
});

const PG_URL = process.env.RASAD_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/test';
const why = await probePg(PG_URL, 10_000);
const schema = `rasad_mig_${process.pid}_${Date.now().toString(36)}`;
after(async () => {
  if (why) return;
  const c = new pg.Client({ connectionString: PG_URL });
  await c.connect();
  await c.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  await c.query(`DROP SCHEMA IF EXISTS "${schema}_fresh" CASCADE`);
  await c.end();
});

test('postgres: a v3 store migrates to each fact once and reads the same', { skip: why ? `no PostgreSQL server at ${PG_URL} (${why})` : false }, async () => {
  const list = docs();
  const c = new pg.Client({ connectionString: PG_URL });
  await c.connect();
  try {
    await c.query(`CREATE SCHEMA "${schema}"; SET search_path = "${schema}"`);
    await c.query('CREATE TABLE rasad_migrations (version INTEGER PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())');
    for (let v = 0; v < 3; v++) {
      await c.query(PG_MIGRATIONS[v] as string);
      await c.query('INSERT INTO rasad_migrations (version) VALUES ($1)', [v + 1]);
    }
    for (const d of list) {
      await c.query(
        `INSERT INTO documents (id, input, title, outlet, url, published, published_inferred, language, text, analysis, fts)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, to_tsvector('simple', $11) || to_tsvector('simple', $12))`,
        [d.id, d.input, d.source.title, d.source.outlet, d.source.url, d.source.published, !!d.source.published_inferred, d.language, d.text, JSON.stringify(d), indexForm(d.source.title ?? ''), indexForm(d.text)],
      );
      let m = 0;
      for (const [table, values] of oldRows(d)) {
        const v = table === 'mentions' ? [values[0], m++, ...values.slice(1)] : values;
        // Events name their columns: the old table has its seq third.
        const cols = table === 'events' ? ` (${[...OLD_EVENT_COLUMNS, 'record'].map((x) => `"${x}"`).join(', ')})` : '';
        await c.query(`INSERT INTO ${table}${cols} VALUES (${v.map((_, i) => `$${i + 1}`).join(', ')})`, v);
      }
    }
  } finally {
    await c.end();
  }
  const old = await PostgresStore.open(`${PG_URL}?schema=${schema}`);
  const fresh = await PostgresStore.open(`${PG_URL}?schema=${schema}_fresh`);
  try {
    await fresh.putBatch(list);
    const a = await answers(old, list);
    assert.deepEqual(a.docs, list.map((d) => JSON.stringify(d)));
    assert.deepEqual(a, await answers(fresh, list));
    const r = await old.pool.query<{ version: number }>('SELECT max(version) AS version FROM rasad_migrations');
    assert.equal(r.rows[0].version, PG_MIGRATIONS.length);
  } finally {
    await old.close();
    await fresh.close();
  }
});
