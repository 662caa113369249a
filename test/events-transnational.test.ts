// Groups that act in several countries (data/kb/transnational.tsv) take the country of each act.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../src/pipeline.js';
import { placeTransnationalSides, transnationalGroups } from '../src/extract/events/where-they-act.js';
import { loadTsv } from '../src/data-files.js';
import type { Doc, EventRecord } from '../src/doc.js';

const meta = { title: null, outlet: null, url: null, published: '2015-07-20' };

test('transnational.tsv names KB groups, each with a source', () => {
  const rows = loadTsv('kb/transnational.tsv');
  assert.ok(rows.length >= 2);
  const orgs = new Set(loadTsv('kb/orgs.tsv').map((r) => r.id));
  for (const r of rows) {
    assert.ok(orgs.has(r.id), `${r.id} is in kb/orgs.tsv`);
    assert.ok(r.source, `${r.id} has a source`);
  }
});

test('an attack by the Islamic State in a Syrian town is a Syrian side; in Iraq an Iraqi one', () => {
  const sides = (text: string) => analyzeText(text, meta, 't').events
    .filter((e) => e.source?.entity === 'rasad:org:islamic-state' || e.target?.entity === 'rasad:org:islamic-state')
    .map((e) => (e.source?.entity === 'rasad:org:islamic-state' ? e.source : e.target)!.country);
  const syria = sides('هاجم تنظيم داعش بلدة تدمر في ريف حمص وقتل عشرة من سكانها.');
  assert.ok(syria.length > 0, 'an event with the group as a side');
  assert.deepEqual([...new Set(syria)], ['SYR']);
  const iraq = sides('هاجم تنظيم داعش قرية قرب مدينة الموصل وقتل عشرة من سكانها.');
  assert.ok(iraq.length > 0);
  assert.deepEqual([...new Set(iraq)], ['IRQ']);
});

test('a side that is not a transnational group keeps its own country', () => {
  const doc = { entities: [
    { id: 'p:homs', type: 'PLACE', name_en: 'Homs', name_ar: '', country: 'SYR', role: null, geo: null, mentions: [{ start: 0, end: 1 }] },
  ] } as unknown as Doc;
  const ev = { source: { entity: 'iso:TUR', name_en: 'Turkey', country: 'TUR', sector: null }, target: null, location: { entity: 'p:homs', name_en: 'Homs', lat: null, lon: null, precision: null } } as Pick<EventRecord, 'source' | 'target' | 'location' | 'evidence'>;
  assert.deepEqual(placeTransnationalSides([ev], doc, transnationalGroups()), [ev]);
  const grp = { ...ev, evidence: { start: 0, end: 10 }, source: { entity: 'rasad:org:islamic-state', name_en: 'Islamic State', country: 'IRQ', sector: 'INS' } };
  const withGroup = { entities: [...doc.entities, { id: 'rasad:org:islamic-state', type: 'GROUP', name_en: 'Islamic State', name_ar: '', country: 'IRQ', role: null, geo: null, mentions: [] }] } as unknown as Doc;
  assert.equal(placeTransnationalSides([grp], withGroup)[0].source?.country, 'SYR');
  // No place in the event or its sentence: the group's own country stays.
  // No place of its own: the places its sentence names ...
  assert.equal(placeTransnationalSides([{ ...grp, location: null }], withGroup)[0].source?.country, 'SYR');
  // ... and none there: the group's own country stays, whatever other places the report names.
  assert.equal(placeTransnationalSides([{ ...grp, location: null, evidence: { start: 5, end: 20 } }], withGroup)[0].source?.country, 'IRQ');
});

test('an act on a place that names no target is aimed at its country, marked as guessed', async () => {
  const { targetPlaces, placeTargetRules } = await import('../src/extract/events/where-they-act.js');
  const rules = placeTargetRules();
  assert.equal(rules.get('ASSAULT')?.ownCountry, true);
  assert.equal(rules.get('AID')?.ownCountry, false);
  const doc = { entities: [
    { id: 'p:aden', type: 'PLACE', name_en: 'Aden', name_ar: '', country: 'YEM', role: null, geo: null, mentions: [] },
    { id: 'p:riyadh', type: 'PLACE', name_en: 'Riyadh', name_ar: '', country: 'SAU', role: null, geo: null, mentions: [] },
  ] } as unknown as Doc;
  const sau = { entity: 'iso:SAU', name_en: 'Saudi Arabia', country: 'SAU', sector: 'GOV' };
  const at = (id: string) => ({ entity: id, name_en: '', lat: null, lon: null, precision: null });
  const aid = { type: 'AID' as EventRecord['type'], source: sau, target: null as EventRecord['target'], location: at('p:aden'), flags: [] as string[] };
  const [inAden] = targetPlaces([aid], doc, rules);
  assert.equal(inAden.target?.country, 'YEM');
  assert.deepEqual(inAden.flags, ['place-target']);
  // Aid shown in the donor's own capital has no target from its place; a named target is never replaced.
  assert.equal(targetPlaces([{ ...aid, location: at('p:riyadh') }], doc, rules)[0].target, null);
  const named = { ...aid, target: { entity: 'x', name_en: 'UNICEF', country: null, sector: 'IGO' } };
  assert.equal(targetPlaces([named], doc, rules)[0].target?.name_en, 'UNICEF');
  // A state striking its own town: the target is that country too.
  const strike = { type: 'ASSAULT' as EventRecord['type'], source: sau, target: null as EventRecord['target'], location: at('p:riyadh'), flags: [] as string[] };
  assert.equal(targetPlaces([strike], doc, rules)[0].target?.country, 'SAU');
  // Talk is not aimed at the place where it was said.
  assert.equal(targetPlaces([{ ...strike, type: 'ACCUSE' as EventRecord['type'] }], doc, rules)[0].target, null);
  // Forces sent by a named state to a town of another country are aimed at it; sent by nobody named, at nobody.
  const sent = { ...strike, type: 'MOBILIZE' as EventRecord['type'], location: at('p:aden') };
  assert.equal(targetPlaces([sent], doc, rules)[0].target?.country, 'YEM');
  assert.equal(targetPlaces([{ ...sent, source: null }], doc, rules)[0].target, null);
  assert.equal(targetPlaces([{ ...sent, location: at('p:riyadh') }], doc, rules)[0].target, null);
});

test('relief flown to a town and shelling of a town are recorded with its country as a guessed target', () => {
  for (const [text, type] of [['وصلت أول طائرة إغاثة سعودية إلى مطار عدن أمس محملة بالأدوية.', 'AID'], ['قصفت المدفعية أحياء سكنية في مدينة تعز مساء أمس.', 'ASSAULT']]) {
    const ev = analyzeText(text, meta, 't').events.find((e) => e.type === type);
    assert.ok(ev, `a ${type} event in ${text}`);
    assert.equal(ev.target?.country, 'YEM');
    assert.deepEqual(ev.guessed, ['target']);
    assert.match(ev.trigger?.rule ?? '', /country of the place struck/);
  }
});

test('an act on a place the text calls occupied is guessed to be aimed at the occupier the report names, never the place\'s own state', () => {
  const meta = { title: null, outlet: null, url: null, published: '2024-03-01' };
  const strike = (text: string) => analyzeText(text, meta, 'occ').events.find((e) => e.type === 'ASSAULT' && e.source?.name_en === 'Hezbollah');
  const named = strike('وقالت مصادر إن الاحتلال الإسرائيلي صعد هجماته. وقصفت قوات الاحتلال بلدة الخيام صباح اليوم. وفي المقابل استهدف حزب الله موقع الرمثا في تلال كفرشوبا اللبنانية المحتلة بالأسلحة الصاروخية.');
  assert.equal(named?.target?.country, 'ISR', JSON.stringify(named));
  const none = strike('وقصفت القوات الإسرائيلية بلدة الخيام صباح اليوم. وفي المقابل استهدف حزب الله موقع الرمثا في تلال كفرشوبا اللبنانية المحتلة بالأسلحة الصاروخية.');
  assert.notEqual(none?.target?.country, 'LBN', JSON.stringify(none));
});
