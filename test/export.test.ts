// Exports: every format parses (header and column counts, JSON lines, GeoJSON structure), maps
// types sensibly, streams through any Store, and `rasad export` writes it.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { exportChunks, type ExportFormat } from '../src/export/index.js';
import { GDELT_COLUMNS, RASAD_GDELT_COLUMNS } from '../src/export/gdelt.js';
import { ACLED_COLUMNS, acledType } from '../src/export/acled.js';
import { GDELT_2_EVENT_COLUMNS, parseCsv, PLOVER_ENTITY_FIELDS, PLOVER_REQUIRED } from './export-fixtures.js';
import { csvCell, tsvCell, numericEventId } from '../src/export/common.js';
import { parseEventQuery, type EventQuery } from '../src/export/query.js';
import { SqliteStore } from '../src/store/sqlite.js';
import type { Store, StoredEvent } from '../src/store/store.js';
import type { Doc } from '../src/doc.js';
import { fixtureDocs, hostileDoc, YEMEN_SENTENCE } from './server-fixtures.js';
import { ROOT } from './helpers.js';

function evidenceOf(d: Doc, i: number): string {
  return d.text.slice(d.events[i].evidence.start, d.events[i].evidence.end).trim();
}

let store: SqliteStore;
let docs: Doc[];

before(async () => {
  store = new SqliteStore(':memory:');
  docs = [...fixtureDocs(), hostileDoc()];
  await store.putBatch(docs);
});
after(() => store.close());

async function run(format: ExportFormat, q: EventQuery = {}, s: Store = store): Promise<string> {
  let out = '';
  for await (const c of exportChunks(s, format, q, { now: new Date('2024-06-01T12:00:00Z') })) out += c;
  return out;
}

describe('formats', () => {
  test('GDELT: the 61 GDELT 2.0 event columns in GDELT\'s order, then Rasad\'s; GDELT codes', async () => {
    const lines = (await run('gdelt')).split('\n').filter(Boolean);
    assert.equal(GDELT_2_EVENT_COLUMNS.length, 61);
    assert.deepEqual(lines[0].split('\t').slice(0, 61), [...GDELT_2_EVENT_COLUMNS]);
    assert.deepEqual(lines[0].split('\t').slice(61), [...RASAD_GDELT_COLUMNS]);
    const rows = lines.slice(1).map((l) => l.split('\t'));
    assert.equal(rows.length, 9);
    for (const r of rows) assert.equal(r.length, GDELT_COLUMNS.length);
    const col = (r: string[], name: string) => r[GDELT_COLUMNS.indexOf(name)];
    const ids = rows.map((r) => Number(col(r, 'GLOBALEVENTID')));
    assert.ok(ids.every((n) => Number.isSafeInteger(n)));
    assert.equal(new Set(ids).size, ids.length);
    const air = rows.find((r) => col(r, 'RasadDocId') === docs[0].id && col(r, 'RasadEventIndex') === '0')!;
    assert.equal(col(air, 'SQLDATE'), '20240307');
    assert.equal(col(air, 'MonthYear'), '202403');
    assert.equal(col(air, 'Actor1Code'), 'SAUMIL');
    assert.equal(col(air, 'Actor1Name'), 'SAUDI-LED COALITION');
    assert.equal(col(air, 'Actor1Type1Code'), 'MIL');
    assert.equal(col(air, 'Actor2CountryCode'), 'YEM');
    assert.deepEqual([col(air, 'EventCode'), col(air, 'EventBaseCode'), col(air, 'EventRootCode'), col(air, 'QuadClass'), col(air, 'GoldsteinScale')], ['195', '195', '19', '4', '-10']);
    // GDELT's geographic country codes are FIPS 10-4 (Yemen YM), not ISO.
    assert.deepEqual([col(air, 'ActionGeo_Type'), col(air, 'ActionGeo_FullName'), col(air, 'ActionGeo_CountryCode'), col(air, 'ActionGeo_Lat'), col(air, 'ActionGeo_Long')], ['4', 'Sanaa', 'YM', '15.3547', '44.2066']);
    assert.equal(col(air, 'RasadPlaceId'), 'Q2471');
    assert.equal(col(air, 'Actor1Geo_Type'), '');
    assert.equal(col(air, 'IsRootEvent'), '1');
    assert.equal(col(air, 'DATEADDED'), '20240601120000');
    assert.equal(col(air, 'SOURCEURL'), 'https://example.org/yemen-strikes');
    assert.equal(col(air, 'RasadModality'), 'asserted');
    // The meeting in Ankara: the coder's 042 ("Make a visit") is exported as 040, root 04 → QuadClass 1.
    const meet = rows.find((r) => col(r, 'RasadEventType') === 'CONSULT')!;
    assert.deepEqual([col(meet, 'EventCode'), col(meet, 'EventRootCode'), col(meet, 'QuadClass'), col(meet, 'RasadCoderCameo')], ['040', '04', '1', '042']);
    assert.equal(col(meet, 'ActionGeo_CountryCode'), 'TU');
    // The withdrawal (087, root 08) is material cooperation by GDELT's rule.
    assert.equal(col(rows.find((r) => col(r, 'RasadEventType') === 'RETREAT')!, 'QuadClass'), '2');
  });

  test('ACLED: CSV with ACLED columns; PLOVER types mapped, statements and non-events left out', async () => {
    const rows = parseCsv(await run('acled'));
    assert.deepEqual(rows[0], [...ACLED_COLUMNS]);
    for (const r of rows.slice(1)) assert.equal(r.length, ACLED_COLUMNS.length, r.join('|'));
    const recs = rows.slice(1).map((r) => Object.fromEntries(ACLED_COLUMNS.map((c, i) => [c, r[i]])));
    // Yemen: the air strike and the Houthis' claim; the coalition's denial is not an ACLED event.
    const yemen = recs.filter((r) => r.location === 'Sanaa');
    assert.equal(yemen.length, 2);
    assert.deepEqual([yemen[0].event_type, yemen[0].sub_event_type, yemen[0].disorder_type], ['Explosions/Remote violence', 'Air/drone strike', 'Political violence']);
    assert.deepEqual([yemen[0].actor1, yemen[0].inter1, yemen[0].inter2, yemen[0].interaction, yemen[0].civilian_targeting], ['Saudi-led coalition', '1', '7', '17', 'Civilian targeting']);
    assert.deepEqual([yemen[0].event_date, yemen[0].year, yemen[0].time_precision, yemen[0].fatalities, yemen[0].country], ['2024-03-07', '2024', '1', '5', 'Yemen']);
    assert.deepEqual([yemen[0].latitude, yemen[0].longitude, yemen[0].geo_precision], ['15.3547', '44.2066', '1']);
    assert.match(yemen[0].event_id_cnty, /^YEM\d+$/);
    const sudan = recs.filter((r) => r.location === 'Omdurman');
    assert.deepEqual(sudan.map((r) => `${r.event_type}/${r.sub_event_type}`).sort(), ['Battles/Armed clash', 'Battles/Government regains territory']);
    assert.ok(!recs.some((r) => r.location === 'Ankara'), 'support and consultations are outside ACLED');
    assert.equal(recs.length, 5);
  });

  test('ACLED type mapping', () => {
    const m = (type: StoredEvent['type'], mode: string | null, tgt: string | null = null, modality: StoredEvent['modality'] = 'asserted') =>
      acledType({ type, mode, modality, source: null, target: tgt ? { entity: null, name_en: 'x', country: null, sector: tgt } : null })?.sub_event_type ?? null;
    assert.equal(m('ASSAULT', 'shelling'), 'Shelling/artillery/missile attack');
    assert.equal(m('ASSAULT', 'bombing'), 'Remote explosive/landmine/IED');
    assert.equal(m('ASSAULT', 'shooting', 'CVL'), 'Attack');
    assert.equal(m('ASSAULT', 'shooting', 'MIL'), 'Armed clash');
    assert.equal(m('ASSAULT', 'abduction'), 'Abduction/forced disappearance');
    assert.equal(m('ASSAULT', 'shootdown'), 'Disrupted weapons use');
    assert.equal(m('PROTEST', 'demonstration'), 'Peaceful protest');
    assert.equal(m('COERCE', 'arrest'), 'Arrests');
    assert.equal(m('MOBILIZE', 'deployment'), 'Change to group/activity');
    assert.equal(m('RETREAT', 'ceasefire'), 'Agreement');
    assert.equal(m('ACCUSE', 'accusation'), null);
    assert.equal(m('ASSAULT', 'air', null, 'threatened'), null);
  });

  test('PLOVER: one JSON object per line with the manual\'s fields, actors, place and text', async () => {
    const lines = (await run('plover')).trim().split('\n');
    assert.equal(lines.length, 9);
    const recs = lines.map((l) => JSON.parse(l));
    for (const r of recs) {
      for (const f of PLOVER_REQUIRED) assert.ok(f in r, `required field ${f}`);
      assert.ok(Array.isArray(r.actor) && Array.isArray(r.event));
      for (const a of [...r.actor, ...r.recipient]) assert.deepEqual(Object.keys(a).filter((k) => PLOVER_ENTITY_FIELDS.includes(k)), PLOVER_ENTITY_FIELDS);
    }
    const air = recs.find((r) => r.cite_info.citation === docs[0].id && r.id.endsWith('-0'))!;
    assert.deepEqual([air.event, air.mode, air.context, air.date, air.quad_code, air.event_scale], [['ASSAULT'], ['aerial'], ['military'], '2024-03-07', 4, -9.5]);
    assert.deepEqual(air.event_text, [evidenceOf(docs[0], 0)]);
    assert.ok(air.event_text[0].startsWith(YEMEN_SENTENCE));
    assert.deepEqual(air.actor, [{ code: 'SAU', sector: 'MIL', entity_text: 'التحالف', identifier_id: null, identifier_text: 'Saudi-led coalition', country_name: 'Saudi Arabia', rasad_id: 'rasad:saudi-led-coalition' }]);
    assert.equal(air.recipient[0].sector, 'CVL');
    const loc = air.event_loc;
    assert.deepEqual([loc.resolved_place, loc.extracted_place, loc.lat, loc.lon, loc.country, loc.country_code, loc.city, loc.feature_class, loc.resolution, loc.wikidata_id], ['Sanaa', 'صنعاء', 15.3547, 44.2066, 'Yemen', 'YEM', 'Sanaa', 'P', 4, 'Q2471']);
    assert.equal(air.size.dead, 5);
    assert.equal(air.cite_info.url, 'https://example.org/yemen-strikes');
    assert.equal(air.coded_date, '2024-06-01');
    assert.equal(air.text_info.start, docs[0].events[0].evidence.start);
    assert.ok(recs.find((r) => r.modality === 'denied' && r.event[0] === 'ASSAULT'));
    const claimed = recs.find((r) => r.modality === 'claimed' && r.event[0] === 'ASSAULT')!;
    assert.equal(claimed.comment, 'claimed by Houthis');
  });

  test('GeoJSON: a FeatureCollection of Points at [lon, lat] with flat properties', async () => {
    const fc = JSON.parse(await run('geojson'));
    assert.equal(fc.type, 'FeatureCollection');
    assert.equal(fc.features.length, 9);
    for (const f of fc.features) {
      assert.equal(f.type, 'Feature');
      assert.equal(f.geometry.type, 'Point');
      const [lon, lat] = f.geometry.coordinates;
      assert.ok(lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90);
      for (const v of Object.values(f.properties)) assert.ok(v === null || typeof v !== 'object', 'flat properties');
    }
    const sanaa = fc.features.find((f: any) => f.properties.location_name === 'Sanaa');
    assert.deepEqual(sanaa.geometry.coordinates, [44.2066, 15.3547]);
    assert.equal(JSON.parse(await run('geojson', { types: ['PROTEST'] })).features.length, 0, 'an empty collection is still valid');
  });

  test('JSONL: the stored events with their sentence', async () => {
    const recs = (await run('jsonl', { country: 'SDN' })).trim().split('\n').map((l) => JSON.parse(l));
    assert.equal(recs.length, 3);
    for (const r of recs) {
      assert.equal(r.doc_id, docs[1].id);
      assert.equal(typeof r.evidence_text, 'string');
      assert.ok(r.evidence_text.length > 10);
    }
  });

  test('untrusted text cannot break rows or become spreadsheet formulas', async () => {
    assert.equal(tsvCell('a\tb\nc'), 'a b c');
    assert.equal(csvCell('=HYPERLINK("http://x")'), `"'=HYPERLINK(""http://x"")"`);
    assert.equal(csvCell('-10'), '-10');
    assert.equal(csvCell('@cmd'), "'@cmd");
    const hostile = (await run('gdelt', { country: 'IRQ' })).split('\n').filter(Boolean);
    assert.equal(hostile.length, 2);
    assert.equal(hostile[1].split('\t').length, GDELT_COLUMNS.length);
    const acled = parseCsv(await run('acled', { country: 'IRQ' }));
    assert.equal(acled.length, 2);
    assert.equal(acled[1].length, ACLED_COLUMNS.length);
  });

  test('numeric ids are stable and exact', () => {
    const id = numericEventId({ doc_id: 'ffffffffff' + '0'.repeat(54), idx: 4095 });
    assert.ok(Number.isSafeInteger(id));
    assert.equal(id, 0xffffffffff * 4096 + 4095);
  });
});

describe('streaming', () => {
  test('SqliteStore.iterateEvents pages through everything, with filters', async () => {
    const all: StoredEvent[] = [];
    for await (const e of store.iterateEvents({}, 2)) all.push(e);
    assert.equal(all.length, 9);
    assert.equal(new Set(all.map((e) => `${e.doc_id}:${e.idx}`)).size, 9);
    const sdn: StoredEvent[] = [];
    for await (const e of store.iterateEvents({ country: 'SDN', type: 'ASSAULT' }, 1)) sdn.push(e);
    assert.deepEqual(sdn.map((e) => e.summary_en), ['The Sudanese army fought the RSF in Omdurman']);
  });

  test('a store without iterateEvents is paged through listEvents: same export', async () => {
    let calls = 0;
    const paged: Store = {
      putBatch: (d) => store.putBatch(d),
      hasDocument: (id) => store.hasDocument(id),
      getDocument: (id) => store.getDocument(id),
      listDocuments: (o) => store.listDocuments(o),
      listEvents: (f) => {
        calls++;
        return store.listEvents(f);
      },
      search: (q, l) => store.search(q, l),
      stats: () => store.stats(),
      close: async () => {},
    };
    const sort = (s: string) => s.trim().split('\n').sort().join('\n');
    const out = async (format: ExportFormat, q: EventQuery, s: Store) => {
      let o = '';
      for await (const c of exportChunks(s, format, q, { now: new Date(0), pageSize: 2 })) o += c;
      if (format === 'geojson') return JSON.stringify((JSON.parse(o).features as { id: string }[]).sort((a, b) => a.id.localeCompare(b.id)));
      return sort(o);
    };
    const same = async (format: ExportFormat, q: EventQuery) => {
      const a = await out(format, q, paged);
      const b = await out(format, q, store);
      assert.ok(a === b, `${format} ${JSON.stringify(q)} differs`);
    };
    await same('plover', {});
    assert.ok(calls >= 5, `paged in pages of 2 (${calls} calls)`);
    await same('gdelt', parseEventQuery({ type: 'ASSAULT,COERCE', from: '2024' }));
    await same('geojson', parseEventQuery({ modality: 'denied' }));
  });

  test('limit and offset apply to exports too', async () => {
    const lines = (await run('jsonl', { limit: 3, offset: 2 })).trim().split('\n');
    assert.equal(lines.length, 3);
  });
});

describe('rasad export', () => {
  const rasad = (args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src', 'cli', 'main.ts'), ...args], { cwd: ROOT, encoding: 'utf8' });

  test('writes a file with the filters applied; bad usage exits 2', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'rasad-export-'));
    const db = path.join(dir, 'x.db');
    const s = new SqliteStore(db);
    await s.putBatch(fixtureDocs());
    await s.close();
    const out = path.join(dir, 'events.tsv');
    const r = rasad(['export', '--format', 'gdelt', '--db', db, '--type', 'ASSAULT', '--country', 'SDN', '-o', out]);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, /1 records written from 1 events/);
    assert.equal(readFileSync(out, 'utf8').trim().split('\n').length, 2);
    const geo = rasad(['export', '-f', 'geojson', '--db', db]);
    assert.equal(geo.status, 0, geo.stderr);
    assert.equal(JSON.parse(geo.stdout).features.length, 8);
    assert.equal(rasad(['export', '--format', 'xml', '--db', db]).status, 2);
    assert.equal(rasad(['export', '--format', 'acled', '--db', db, '--from', 'last week']).status, 2);
  });
});
