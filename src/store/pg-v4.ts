// PostgreSQL schema v4, the counterpart of SQLite's v3 (src/store/sqlite-v3.ts): each fact stored
// once. The layer tables gain `idx` (entities) and `extra`; a span's text may be NULL (it is then
// the document's text at its offsets); an event's record keeps only what has no column; the
// analysis JSON keeps the sentences and warnings. Existing rows are rewritten from the analysis
// JSON, in pages of documents, inside the migration's transaction. Events are updated in place, so
// that their store order (seq) is kept.
import type { PoolClient } from 'pg';
import type { Doc } from '../doc.js';
import { docRows, fullRecord } from './rows.js';
import { insertLayers } from './pg-rows.js';

export const PG_V4_SQL = `
  ALTER TABLE entities ADD COLUMN idx INTEGER, ADD COLUMN extra TEXT;
  ALTER TABLE mentions ALTER COLUMN text DROP NOT NULL;
  ALTER TABLE times ALTER COLUMN text DROP NOT NULL, ADD COLUMN extra TEXT;
  ALTER TABLE quantities ALTER COLUMN text DROP NOT NULL, ADD COLUMN extra TEXT;
  ALTER TABLE quotes ADD COLUMN extra TEXT;
`;

/** A stored analysis of an older schema, with every layer present. */
function oldDoc(json: string): Doc {
  const d = JSON.parse(json) as Doc;
  return { ...d, sentences: d.sentences ?? [], entities: d.entities ?? [], times: d.times ?? [], quantities: d.quantities ?? [], quotes: d.quotes ?? [], events: d.events ?? [] };
}

export async function rewritePgV4(client: PoolClient): Promise<void> {
  let last = '';
  for (;;) {
    const page = await client.query<{ id: string; analysis: string }>('SELECT id, analysis FROM documents WHERE id COLLATE "C" > $1 ORDER BY id COLLATE "C" LIMIT 200', [last]);
    if (!page.rows.length) break;
    const ids = page.rows.map((r) => r.id);
    const docs = page.rows.map((r) => oldDoc(r.analysis));
    const rows = docs.map(docRows);
    for (const table of ['entities', 'mentions', 'times', 'quantities', 'quotes']) await client.query(`DELETE FROM ${table} WHERE doc_id = ANY($1::text[])`, [ids]);
    await insertLayers(client, rows, false);
    await client.query('UPDATE documents d SET analysis = u.analysis FROM unnest($1::text[], $2::text[]) AS u(id, analysis) WHERE d.id = u.id', [ids, rows.map((r) => r.document[r.document.length - 1])]);
    const events = rows.flatMap((r) => r.events);
    if (events.length) {
      await client.query(
        'UPDATE events e SET record = u.record FROM unnest($1::text[], $2::int4[], $3::text[]) AS u(doc_id, idx, record) WHERE e.doc_id = u.doc_id AND e.idx = u.idx',
        // v4's record: every field without a column (v5's leaves out more, src/store/rows.ts eventRow).
        [events.map((e) => e[0]), events.map((e) => e[1]), docs.flatMap((d) => d.events.map(fullRecord))],
      );
    }
    last = ids[ids.length - 1];
    if (page.rows.length < 200) break;
  }
  await client.query('ALTER TABLE entities ALTER COLUMN idx SET NOT NULL');
}
