// The contract every Store implementation passes (SQLite now, PostgreSQL later).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Store } from '../src/store/store.js';
import type { Doc, ErrorDoc } from '../src/doc.js';
import { analyzeText } from '../src/pipeline.js';

function sampleDoc(i: number, extra: Partial<Doc> = {}): Doc {
  const text = `عنوان الخبر رقم ${i}\n\nأعلنت الحكومة التركية دعم أذربيجان في النزاع، وقالت الوزارة إن القوات تقدمت.`;
  const d = analyzeText(text, { title: `عنوان الخبر رقم ${i}`, outlet: 'وكالة', url: null, published: `2020-10-0${(i % 9) + 1}` }, `doc${i}.txt`);
  const start = d.text.indexOf('أعلنت');
  return {
    ...d,
    entities: [{
      id: 'Q43', type: 'COUNTRY', name_en: 'Turkey', name_ar: 'تركيا', country: 'TUR', role: null,
      geo: { lat: 39, lon: 35, precision: 'country' },
      mentions: [{ start: d.text.indexOf('التركية'), end: d.text.indexOf('التركية') + 7, text: 'التركية', form: 'nisba' }],
    }],
    times: [{ start: 0, end: 5, text: d.text.slice(0, 5), value: '2020-10-06', granularity: 'day' }],
    quantities: [{ start: 0, end: 2, text: d.text.slice(0, 2), value: 2, unit: 'helicopter', kind: 'equipment' }],
    quotes: [{ start, end: d.text.length, speaker: 'Q43', cue: 'قالت' }],
    events: [{
      type: i % 2 ? 'SUPPORT' : 'ASSAULT', cameo: '051', quad: 'verbal-cooperation', intensity: 3.4,
      source: { entity: 'Q43', name_en: 'Turkey', country: 'TUR', sector: 'GOV' },
      target: { entity: 'Q227', name_en: 'Azerbaijan', country: 'AZE', sector: 'GOV' },
      location: null, date: `2020-10-0${(i % 9) + 1}`, modality: 'asserted', claimed_by: null, numbers: [],
      summary_en: 'Turkey backed Azerbaijan', evidence: { start, end: d.text.length }, confidence: 0.8,
    }],
    ...extra,
  };
}

export function runStoreContract(name: string, open: () => Promise<Store>): void {
  test(`${name}: a batch is stored and read back whole`, async () => {
    const store = await open();
    try {
      const docs = [sampleDoc(1), sampleDoc(2)];
      const r = await store.putBatch(docs);
      assert.deepEqual(r, { added: 2, skipped: 0, errors: 0 });
      const back = await store.getDocument(docs[0].id);
      assert.deepEqual(back, docs[0]);
      assert.equal(await store.hasDocument(docs[1].id), true);
      assert.equal(await store.getDocument('nope'), null);
      const s = await store.stats();
      assert.deepEqual([s.documents, s.entities, s.mentions, s.times, s.quantities, s.quotes, s.events], [2, 1, 2, 2, 2, 2, 2]);
    } finally {
      await store.close();
    }
  });

  test(`${name}: ingesting the same content twice adds nothing`, async () => {
    const store = await open();
    try {
      const d = sampleDoc(3);
      assert.equal((await store.putBatch([d, { ...d, input: 'copy.txt' }])).added, 1);
      assert.deepEqual(await store.putBatch([d]), { added: 0, skipped: 1, errors: 0 });
      assert.equal((await store.stats()).documents, 1);
    } finally {
      await store.close();
    }
  });

  test(`${name}: error records are kept without touching stored documents`, async () => {
    const store = await open();
    try {
      const d = sampleDoc(4);
      await store.putBatch([d]);
      const err: ErrorDoc = { id: null, input: 'bad.bin', error: { code: 'binary', message: 'not a text document' } };
      assert.deepEqual(await store.putBatch([err, err]), { added: 0, skipped: 0, errors: 2 });
      const s = await store.stats();
      assert.deepEqual([s.documents, s.errors], [1, 1]);
      assert.deepEqual(await store.getDocument(d.id), d);
    } finally {
      await store.close();
    }
  });

  test(`${name}: events filter by type, country, dates and document`, async () => {
    const store = await open();
    try {
      const docs = [1, 2, 3, 4].map((i) => sampleDoc(i));
      await store.putBatch(docs);
      assert.equal((await store.listEvents()).length, 4);
      assert.deepEqual((await store.listEvents({ type: 'SUPPORT' })).map((e) => e.date), ['2020-10-02', '2020-10-04']);
      assert.equal((await store.listEvents({ country: 'AZE' })).length, 4);
      assert.equal((await store.listEvents({ country: 'IRN' })).length, 0);
      assert.equal((await store.listEvents({ from: '2020-10-03', to: '2020-10-04' })).length, 2);
      const one = await store.listEvents({ docId: docs[0].id });
      assert.equal(one.length, 1);
      assert.equal(one[0].summary_en, 'Turkey backed Azerbaijan');
      assert.equal(one[0].doc_id, docs[0].id);
      const listed = await store.listDocuments();
      assert.equal(listed.length, 4);
      assert.equal(listed[0].published, '2020-10-05');
      assert.equal(listed[0].events, 1);
    } finally {
      await store.close();
    }
  });

  test(`${name}: Arabic full-text search folds spelling, clitics and suffixes`, async () => {
    const store = await open();
    try {
      await store.putBatch([sampleDoc(5)]);
      for (const q of ['الحكومه التركيه', 'حكومة', 'وأذربيجان', 'اعلنت']) {
        const hits = await store.search(q);
        assert.equal(hits.length, 1, q);
      }
      assert.equal((await store.search('روسيا')).length, 0);
      assert.equal((await store.search('   ')).length, 0);
      assert.equal((await store.search('"); DROP TABLE documents; --')).length, 0);
      const [hit] = await store.search('التركية');
      assert.ok(hit.snippet.includes('التركية'));
    } finally {
      await store.close();
    }
  });
}
