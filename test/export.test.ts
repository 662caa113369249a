// Exports: every format parses (header and column counts, JSON lines, GeoJSON structure), maps
// types sensibly, streams through any Store, and `rasad export` writes it.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { exportChunks, type ExportFormat } from '../src/export/index.js';
import { GDELT_COLUMNS, RASAD_GDELT_COLUMNS } from '../src/export/gdelt.js';
import { ACLED_COLUMNS, acledType, interaction } from '../src/export/acled.js';
import { fatalityFigure, isKilledAndWounded } from '../src/export/fatalities.js';
import { exportFixtureDoc } from './export-fixtures.js';
import { ploverMapping } from '../src/export/plover.js';
import { csvCell, tsvCell, numericEventId } from '../src/export/common.js';
import { cameoCodes, ploverVocabulary } from '../src/export/tables.js';
import { exportCameo, gdeltQuadClass, isCameoCode } from '../src/export/cameo.js';
import { loadTsv } from '../src/data-files.js';
import { parseEventQuery, type EventQuery } from '../src/export/query.js';
import { SqliteStore } from '../src/store/sqlite.js';
import type { Store, StoredEvent } from '../src/store/store.js';
import type { Doc, EventRecord } from '../src/doc.js';
import { fixtureDocs, hostileDoc, YEMEN_SENTENCE } from './server-fixtures.js';
import { ROOT } from './helpers.js';

/** The GDELT 2.0 event table's 61 columns, as the GDELT Event Codebook 2.0 lists them. */
const GDELT_2_EVENT_COLUMNS = [
  'GLOBALEVENTID', 'SQLDATE', 'MonthYear', 'Year', 'FractionDate',
  'Actor1Code', 'Actor1Name', 'Actor1CountryCode', 'Actor1KnownGroupCode', 'Actor1EthnicCode', 'Actor1Religion1Code',
  'Actor1Religion2Code', 'Actor1Type1Code', 'Actor1Type2Code', 'Actor1Type3Code',
  'Actor2Code', 'Actor2Name', 'Actor2CountryCode', 'Actor2KnownGroupCode', 'Actor2EthnicCode', 'Actor2Religion1Code',
  'Actor2Religion2Code', 'Actor2Type1Code', 'Actor2Type2Code', 'Actor2Type3Code',
  'IsRootEvent', 'EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass', 'GoldsteinScale',
  'NumMentions', 'NumSources', 'NumArticles', 'AvgTone',
  'Actor1Geo_Type', 'Actor1Geo_FullName', 'Actor1Geo_CountryCode', 'Actor1Geo_ADM1Code', 'Actor1Geo_ADM2Code',
  'Actor1Geo_Lat', 'Actor1Geo_Long', 'Actor1Geo_FeatureID',
  'Actor2Geo_Type', 'Actor2Geo_FullName', 'Actor2Geo_CountryCode', 'Actor2Geo_ADM1Code', 'Actor2Geo_ADM2Code',
  'Actor2Geo_Lat', 'Actor2Geo_Long', 'Actor2Geo_FeatureID',
  'ActionGeo_Type', 'ActionGeo_FullName', 'ActionGeo_CountryCode', 'ActionGeo_ADM1Code', 'ActionGeo_ADM2Code',
  'ActionGeo_Lat', 'ActionGeo_Long', 'ActionGeo_FeatureID',
  'DATEADDED', 'SOURCEURL',
];

/** ACLED's 31 columns, as ACLED's exports and codebook list them. */
const ACLED_31_COLUMNS = [
  'event_id_cnty', 'event_date', 'year', 'time_precision', 'disorder_type', 'event_type', 'sub_event_type',
  'actor1', 'assoc_actor_1', 'inter1', 'actor2', 'assoc_actor_2', 'inter2', 'interaction', 'civilian_targeting',
  'iso', 'region', 'country', 'admin1', 'admin2', 'admin3', 'location', 'latitude', 'longitude', 'geo_precision',
  'source', 'source_scale', 'notes', 'fatalities', 'tags', 'timestamp',
];

/** The PLOVER manual's required record fields (table "PLOVER JSON") and its entity object (table "Information object for entities"). */
const PLOVER_REQUIRED = ['id', 'date', 'actor', 'event'];
const PLOVER_ENTITY_FIELDS = ['code', 'sector', 'entity_text', 'identifier_id', 'identifier_text'];

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

/** RFC 4180 CSV, enough for the tests (quoted fields with commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let q = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (q) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') q = false;
      else cell += ch;
    } else if (ch === '"') q = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else if (ch !== '\r') cell += ch;
  }
  if (cell || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
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

describe('ACLED as ACLED', () => {
  let xs: SqliteStore;
  let xdoc: Doc;
  before(async () => {
    xs = new SqliteStore(':memory:');
    xdoc = exportFixtureDoc();
    await xs.putBatch([xdoc]);
  });
  after(() => xs.close());
  const acled = async () => {
    const rows = parseCsv(await run('acled', {}, xs));
    assert.deepEqual(rows[0], [...ACLED_COLUMNS]);
    return rows.slice(1).map((r) => {
      assert.equal(r.length, ACLED_COLUMNS.length);
      return Object.fromEntries(ACLED_COLUMNS.map((c, i) => [c, r[i]]));
    });
  };
  const bySummary = (recs: Record<string, string>[], start: string) => recs.find((r) => r.notes.startsWith(start))!;

  test('ACLED\'s 31 columns, in ACLED\'s order', () => {
    assert.deepEqual([...ACLED_COLUMNS], ACLED_31_COLUMNS);
    assert.equal(ACLED_COLUMNS.length, 31);
  });

  test('country, iso and region come from the place\'s country code: Geneva is in Switzerland', async () => {
    const r = bySummary(await acled(), 'Syrian activists protested');
    assert.deepEqual([r.country, r.iso, r.region, r.location, r.geo_precision], ['Switzerland', '756', 'Europe', 'Geneva', '1']);
    assert.match(r.event_id_cnty, /^CHE\d+$/);
    // Protesters are named generically, the named group goes to assoc_actor_1; a protest has no actor 2.
    assert.deepEqual([r.actor1, r.assoc_actor_1, r.inter1, r.actor2, r.inter2, r.interaction], ['Protesters (Switzerland)', 'Syrian activists', '6', '', '', '60']);
    const aleppo = bySummary(await acled(), 'Syrian police arrested');
    assert.deepEqual([aleppo.country, aleppo.iso, aleppo.region], ['Syria', '760', 'Middle East']);
  });

  test('inter codes from the sector table (POL is COP: state forces); never 0 for actor 1', async () => {
    const recs = await acled();
    const arrest = bySummary(recs, 'Syrian police arrested');
    assert.deepEqual([arrest.actor1, arrest.inter1, arrest.actor2, arrest.assoc_actor_2, arrest.inter2, arrest.interaction], ['Syrian police', '1', 'Civilians (Syria)', 'Aleppo doctors', '7', '17']);
    const unnamed = bySummary(recs, 'Doctors were killed');
    assert.deepEqual([unnamed.actor1, unnamed.inter1, unnamed.actor2, unnamed.assoc_actor_2, unnamed.interaction, unnamed.civilian_targeting], ['Unidentified Armed Group (Syria)', '3', 'Civilians (Syria)', 'Aleppo doctors', '37', 'Civilian targeting']);
    for (const r of recs) {
      assert.ok(r.actor1 !== '', 'every row has an actor 1');
      assert.match(r.inter1, /^[1-8]$/);
      assert.match(r.interaction, /^[1-8][0-8]$/);
      assert.notEqual(r.interaction.slice(0, 1), '0');
    }
    assert.ok(!recs.some((r) => r.notes.startsWith('Reinforcements')), 'a strategic development with no actor 1 is left out');
    assert.equal(interaction(3, null), '30');
    assert.equal(interaction(7, 1), '17');
  });

  test('no internal ids in notes: the claimant is named', async () => {
    const recs = await acled();
    const claimed = bySummary(recs, 'Russia says');
    assert.equal(claimed.notes, 'Russia says its aircraft struck positions in Aleppo (Russia) (claimed by Russia) (date of publication)');
    for (const r of recs) assert.doesNotMatch(r.notes, /\bQ\d+\b|rasad:/);
  });

  test('fatalities by ACLED\'s conservative rule', async () => {
    const recs = await acled();
    assert.equal(bySummary(recs, 'The war left').fatalities, '0', 'killed and wounded together are not fatalities');
    assert.equal(bySummary(recs, 'Shelling killed dozens').fatalities, '10', '«عشرات» (tens) is 10');
    assert.equal(bySummary(recs, 'An air strike killed').fatalities, '12', 'the lowest of two reports');
    assert.equal(bySummary(recs, 'Syrian police arrested').fatalities, '0');
  });

  test('the fatality rule on its own', () => {
    const q = xdoc.quantities.find((x) => x.text === '143 ألف')!;
    assert.equal(isKilledAndWounded(xdoc, q), true);
    assert.equal(isKilledAndWounded(xdoc, xdoc.quantities.find((x) => x.text === '15')!), false);
    assert.equal(fatalityFigure(xdoc, { ...q, text: 'أكثر من 110', value: 110, min: 111, approximate: true, end: q.start }, 110), 110);
  });
});

describe('PLOVER as the manual has it', () => {
  let xs: SqliteStore;
  before(async () => {
    xs = new SqliteStore(':memory:');
    await xs.putBatch([exportFixtureDoc()]);
  });
  after(() => xs.close());
  const plover = async () => (await run('plover', {}, xs)).trim().split('\n').map((l) => JSON.parse(l));
  const bySummary = (recs: { summary_en: string }[], start: string) => recs.find((r) => r.summary_en.startsWith(start)) as Record<string, any> | undefined;

  test('quads from the manual\'s quad table: SANCTION is verbal conflict (3); DEMAND is the manual\'s REQUEST', async () => {
    const recs = await plover();
    const sanction = bySummary(recs, 'The EU imposed')!;
    assert.deepEqual([sanction.event, sanction.quad_code, sanction.mode, sanction.context], [['SANCTION'], 3, ['discontinue'], ['economic']]);
    assert.deepEqual(sanction.actor[0], { code: 'IGO', sector: null, entity_text: null, identifier_id: 'Q458', identifier_text: 'European Union', country_name: null, rasad_id: 'Q458' });
    const demand = bySummary(recs, 'The UN demanded')!;
    assert.deepEqual([demand.event, demand.quad_code, demand.event_scale], [['REQUEST'], 3, 0]);
  });

  test('appeals (CAMEO 020) are left out: PLOVER has no category for them', async () => {
    const recs = await plover();
    assert.equal(bySummary(recs, 'The UN called'), undefined);
    assert.equal(ploverMapping({ type: 'DEMAND', mode: 'appeal', cameo: '020', modality: 'asserted', intensity: 3 }).event, null);
    assert.equal(ploverMapping({ type: 'DEMAND', mode: 'demand', cameo: '0234', modality: 'asserted', intensity: 3 }).event, null);
  });

  test('negated and intended events carry the manual\'s auxiliary modes in context', async () => {
    const recs = await plover();
    assert.deepEqual(bySummary(recs, 'Russian aircraft did not')!.context, ['military', 'negation']);
    assert.deepEqual(bySummary(recs, 'Russia intends')!.context, ['military', 'future']);
    assert.deepEqual(ploverMapping({ type: 'THREATEN', mode: 'threat', cameo: '130', modality: 'conditional', intensity: -4 }).context, ['hypothetical']);
  });

  test('modes only from the manual\'s list for the event; contexts only from its context list', async () => {
    const v = ploverVocabulary();
    for (const r of await plover()) {
      for (const m of r.mode ?? []) assert.ok(v.modes.get(r.event[0])?.has(m), `${r.event[0]} mode ${m}`);
      for (const c of r.context ?? []) assert.ok(v.contexts.has(c), `context ${c}`);
      assert.equal(r.quad_code, v.quads.get(r.event[0]));
    }
    // Every mode the coder can emit maps into the manual's lists (or to no mode).
    for (const row of loadTsv('lexicon/triggers.tsv')) {
      const m = ploverMapping({ type: row.type as EventRecord['type'], mode: row.mode, cameo: row.cameo, modality: 'asserted', intensity: 0 });
      if (m.event) assert.ok(!m.mode || v.modes.get(m.event)?.has(m.mode), `${row.type} ${row.mode} → ${m.mode}`);
    }
    const police = bySummary(await plover(), 'Syrian police')!;
    assert.deepEqual([police.actor[0].sector, police.mode, police.recipient[0].identifier_text], ['COP', ['arrest'], 'Aleppo doctors']);
  });

  test('size.dead follows the conservative rule', async () => {
    const recs = await plover();
    assert.equal(bySummary(recs, 'The war left')!.size.dead, 0);
    assert.equal(bySummary(recs, 'An air strike killed')!.size.dead, 12);
    assert.equal(bySummary(recs, 'Syrian police')!.size.dead, null);
  });
});

describe('CAMEO at export', () => {
  const triggers = loadTsv('lexicon/triggers.tsv');
  const cameo = (code: string, mode: string, trigger = '') => exportCameo({ cameo: code, mode, intensity: -5, trigger: trigger ? { start: 0, end: 1, text: trigger } : undefined });

  test('the code list holds CAMEO\'s codes and names', () => {
    assert.equal(cameoCodes().get('186'), 'Assassinate');
    assert.equal(cameoCodes().get('0234'), 'Appeal for military protection or peacekeeping');
    assert.equal(cameoCodes().get('190'), 'Use conventional military force');
    for (const root of ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '13', '14', '15', '16', '17', '18', '19', '20'])
      assert.ok([...cameoCodes().keys()].some((c) => c.startsWith(root)), `root ${root}`);
    assert.ok(!isCameoCode('199') && !isCameoCode('0') && !isCameoCode('2099'));
  });

  test('every code the coder can emit leaves the export as a valid CAMEO code', () => {
    for (const r of triggers) {
      for (const form of r.forms.split('|')) {
        const out = cameo(r.cameo, r.mode, form.split('/')[0]);
        assert.ok(isCameoCode(out.code), `${r.type} ${r.cameo} ${r.mode} «${form}» → '${out.code}'`);
      }
    }
  });

  test('known misuses are recoded as the CAMEO manual defines the codes', () => {
    assert.equal(cameo('0234', 'aid', 'مساعدة').code, '070', 'aid delivered is not an appeal for protection');
    assert.equal(cameo('186', 'killing', 'مقتل').code, '190', 'a killing is not an assassination');
    assert.equal(cameo('186', 'killing', 'لقي مصرعه').code, '190');
    assert.equal(cameo('186', 'killing', 'اغتيال').code, '186', 'an assassination stays 186');
    assert.equal(cameo('186', 'killing', 'اغتال').coderCode, null);
    assert.equal(cameo('1823', 'torture').code, '1822');
    assert.equal(cameo('1721', 'martial-law', 'حظر التجول').code, '1723');
    assert.equal(cameo('1721', 'martial-law', 'حالة الطوارئ').code, '1724');
    assert.equal(cameo('153', 'mobilisation').code, '154');
    assert.equal(cameo('195', 'shootdown', 'إسقاط').code, '190');
    assert.equal(cameo('195', 'air', 'غارات').code, '195');
    assert.deepEqual(cameo('042', 'meeting', 'استقبل'), { code: '043', goldstein: 2.8, coderCode: '042' });
    assert.equal(cameo('042', 'visit', 'زيارة').code, '042');
    assert.deepEqual(cameo('999', 'x'), { code: '', goldstein: -5, coderCode: '999' }, 'an invalid code is left empty, not exported');
  });

  test('QuadClass by GDELT\'s root-code rule', () => {
    assert.deepEqual(['010', '020', '0234', '057', '060', '073', '087', '090', '100', '138', '141', '163', '195', '202'].map(gdeltQuadClass), [1, 1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 4, 4]);
    assert.equal(gdeltQuadClass(''), null);
  });
});

describe('the exports load in pandas', () => {
  // The first Python that has pandas: $RASAD_PYTHON, python3 on the PATH, or the system's (a pyenv python3
  // on the PATH does not see Debian's python3-pandas).
  const python = [process.env.RASAD_PYTHON, 'python3', '/usr/bin/python3']
    .filter((p): p is string => !!p)
    .find((p) => spawnSync(p, ['-c', 'import pandas'], { encoding: 'utf8' }).status === 0);

  test('GDELT, ACLED, PLOVER and JSONL read as the README says', { skip: python ? false : 'pandas is not installed (python3 -c "import pandas" failed): apt-get install python3-pandas to run this test' }, async () => {
    const xs = new SqliteStore(':memory:');
    const all = [...fixtureDocs(), exportFixtureDoc()];
    const n = all.reduce((k, d) => k + d.events.length, 0);
    await xs.putBatch(all);
    const dir = mkdtempSync(path.join(tmpdir(), 'rasad-pandas-'));
    const files: string[] = [];
    for (const [format, ext] of [['gdelt', 'tsv'], ['acled', 'csv'], ['plover', 'jsonl'], ['jsonl', 'jsonl']] as const) {
      const f = path.join(dir, `events.${format}.${ext}`);
      writeFileSync(f, await run(format, {}, xs));
      files.push(f);
    }
    await xs.close();
    const r = spawnSync(python!, [path.join(ROOT, 'test', 'python', 'load_exports.py'), ...files], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const got = JSON.parse(r.stdout);
    assert.deepEqual(got.gdelt.columns.slice(0, 61), GDELT_2_EVENT_COLUMNS);
    assert.equal(got.gdelt.rows, n);
    assert.ok(got.gdelt.event_codes.includes('040') && got.gdelt.event_codes.includes('020'), 'leading zeros survive');
    assert.ok(got.gdelt.ids_unique);
    assert.deepEqual(got.acled.columns, ACLED_31_COLUMNS);
    assert.equal(got.acled.fatalities_dtype, 'int64');
    assert.equal(got.acled.inter1_dtype, 'int64');
    assert.ok(got.acled.interactions.every((i: number) => i >= 10), 'no interaction 00 or 01');
    assert.ok(got.acled.countries.includes('Switzerland') && !got.acled.countries.includes('CHE'));
    for (const f of ['id', 'date', 'actor', 'recipient', 'event', 'event_loc', 'event_text', 'quad_code', 'event_scale', 'mode', 'context'])
      assert.ok(got.plover.columns.includes(f), `PLOVER field ${f}`);
    assert.ok(!got.plover.events.includes('DEMAND') && got.plover.events.includes('REQUEST'));
    assert.deepEqual(got.plover.actor_fields.filter((k: string) => PLOVER_ENTITY_FIELDS.includes(k)).sort(), [...PLOVER_ENTITY_FIELDS].sort());
    assert.ok(got.plover.dates.every((d: string) => /^\d{4}-\d{2}-\d{2}$/.test(d)));
    assert.equal(got.jsonl.rows, n);
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
