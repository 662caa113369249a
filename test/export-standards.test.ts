// Exports that load as the real ones do: GDELT's 61 columns and CAMEO codes, ACLED's 31 columns, actors,
// countries and fatalities, PLOVER's fields, quads, modes and contexts, and each file read by pandas.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ExportFormat } from '../src/export/index.js';
import { ACLED_COLUMNS, interaction } from '../src/export/acled.js';
import { fatalityFigure, isKilledAndWounded } from '../src/export/fatalities.js';
import { ploverMapping } from '../src/export/plover.js';
import { cameoCodes, cameoCountry, cameoGroup, fipsOf, ploverVocabulary, sectorOf } from '../src/export/tables.js';
import { exportCameo, gdeltQuadClass, isCameoCode } from '../src/export/cameo.js';
import { loadTsv } from '../src/data-files.js';
import type { EventQuery } from '../src/export/query.js';
import { SqliteStore } from '../src/store/sqlite.js';
import type { Store } from '../src/store/store.js';
import type { Doc, EventRecord } from '../src/doc.js';
import { fixtureDocs } from './server-fixtures.js';
import { ACLED_31_COLUMNS, exportFixtureDoc, exportText, GDELT_2_EVENT_COLUMNS, parseCsv, PLOVER_ENTITY_FIELDS } from './export-fixtures.js';
import { ROOT } from './helpers.js';

const run = (format: ExportFormat, q: EventQuery, s: Store) => exportText(s, format, q);

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
    assert.deepEqual([r.actor1, r.assoc_actor_1, r.inter1, r.actor2, r.inter2, r.interaction], ['Protesters (Switzerland)', 'Syrian activists', '6', '', '0', '60']);
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
    const d = { ...xdoc, text: 'في عدوان قتل وأصاب عشرات الآلاف من الفلسطينيين. وقتل 5 أشخاص وأصيب 10 آخرون.' };
    const at = (t: string) => ({ ...q, start: d.text.indexOf(t), end: d.text.indexOf(t) + t.length, text: t });
    assert.equal(isKilledAndWounded(d, at('عشرات الآلاف')), true, 'killed and wounded tens of thousands');
    assert.equal(isKilledAndWounded(d, at('5')), false, 'five killed, ten wounded: five are dead');
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
    assert.deepEqual(sanction.actor[0], { code: 'EUR', sector: null, entity_text: null, identifier_id: 'Q458', identifier_text: 'European Union', country_name: null, rasad_id: 'Q458' });
    const demand = bySummary(recs, 'The UN demanded')!;
    assert.deepEqual([demand.event, demand.quad_code, demand.event_scale], [['REQUEST'], 3, 0]);
    assert.equal(demand.actor[0].code, 'UNO', 'the United Nations has its own code in the manual');
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
    // Every lexicon file with a cameo column (triggers.tsv and any that join it).
    const files = readdirSync(path.join(ROOT, 'data', 'lexicon')).filter((f) => f.endsWith('.tsv'));
    let checked = 0;
    for (const f of files) {
      const rows = loadTsv(`lexicon/${f}`);
      if (!rows.length || !('cameo' in rows[0])) continue;
      for (const r of rows) {
        for (const form of (r.forms ?? '').split('|')) {
          const out = cameo(r.cameo, r.mode ?? '', form.split('/')[0]);
          assert.ok(isCameoCode(out.code), `${f}: ${r.type} ${r.cameo} ${r.mode} «${form}» → '${out.code}'`);
          checked++;
        }
      }
    }
    assert.ok(checked >= triggers.length, `${checked} trigger forms checked`);
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

  test('GDELT geography: FIPS 10-4 country codes; Palestine is Gaza Strip (GZ) or West Bank (WE) by place', () => {
    assert.deepEqual([fipsOf('YEM', 15.35, 44.2), fipsOf('CHE', null, null), fipsOf('IRQ', 33.3, 44.4), fipsOf('AZE', 40.4, 49.9)], ['YM', 'SZ', 'IZ', 'AJ']);
    assert.equal(fipsOf('PSE', 31.52, 34.45), 'GZ', 'Gaza City');
    assert.equal(fipsOf('PSE', 31.9, 35.2), 'WE', 'Ramallah');
    assert.equal(fipsOf('PSE', null, null), '', 'Palestine as a whole has no one FIPS code');
    assert.equal(fipsOf('XXX', 1, 1), '');
  });

  test('CAMEO country codes: Romania is ROM; al-Qaeda and the Taliban are IMG, international militarized groups', () => {
    assert.equal(cameoCountry({ entity: 'Q218', country: 'ROU' }), 'ROM');
    assert.equal(cameoCountry({ entity: 'Q30', country: 'USA' }), 'USA');
    assert.equal(cameoCountry({ entity: 'rasad:org:al-qaeda', country: 'IRQ' }), 'IMG', 'wherever the act took place');
    assert.equal(cameoGroup({ entity: 'rasad:org:taliban' }), 'IMG');
    assert.equal(cameoGroup({ entity: 'Q30' }), null);
    assert.equal(cameoCountry({ entity: null, country: null }), '');
  });

  test('QuadClass by GDELT\'s root-code rule', () => {
    assert.deepEqual(['010', '020', '0234', '057', '060', '073', '087', '090', '100', '138', '141', '163', '195', '202'].map(gdeltQuadClass), [1, 1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 4, 4]);
    assert.equal(gdeltQuadClass(''), null);
  });
});

describe('one sector vocabulary', () => {
  test('every sector written in data/kb and data/lexicon is in data/export/sectors.tsv', () => {
    for (const dir of ['kb', 'lexicon']) {
      for (const f of readdirSync(path.join(ROOT, 'data', dir)).filter((x) => x.endsWith('.tsv'))) {
        const rows = loadTsv(`${dir}/${f}`);
        if (!rows.length || !('sector' in rows[0])) continue;
        for (const r of rows) for (const s of r.sector.split('|').filter(Boolean)) assert.ok(sectorOf(s), `${dir}/${f}: sector ${s} is not in data/export/sectors.tsv`);
      }
    }
  });

  test('POL is an alias of COP; ACLED inter codes and PLOVER sectors come from the one table', () => {
    assert.equal(sectorOf('POL')?.sector, 'COP');
    assert.equal(sectorOf('pol')?.acledInter, 1);
    assert.deepEqual([sectorOf('MED')?.ploverSector, sectorOf('HLH')?.ploverSector, sectorOf('INS')?.ploverSector], ['JRN', 'MED', 'REB']);
    assert.deepEqual(['GOV', 'REB', 'UAF', 'CVL', 'IGO'].map((x) => sectorOf(x)?.acledInter), [1, 2, 3, 7, 8]);
    assert.equal(sectorOf('UNK')?.acledInter, null);
    assert.equal(sectorOf('XYZ'), null);
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

