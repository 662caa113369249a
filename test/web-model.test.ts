// The web UI's DOM-free parts under Node: the link rule, the table's rows, sort and CSV, and the
// actor graph's model (places dropped, countries, top N, quads, label placement).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { httpUrl } from '../web/src/links.js';
import { csvField, parseSort, rowsToCsv, sortRows, toRow, type NameBook } from '../web/src/rows.js';
import { buildGraph, pickLabels, TYPE_QUAD } from '../web/src/graph-model.js';
import type { ApiEvent, Network } from '../web/src/api.js';

test('links: only absolute http(s) URLs with a host', () => {
  for (const ok of ['https://example.org/a?b=1#c', 'http://127.0.0.1:8080/', 'HTTPS://Example.org', ' https://example.org/x ']) assert.ok(httpUrl(ok), ok);
  for (const bad of ['//evil.example/x', '/\\evil.example/x', '\\\\evil.example', 'javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,x', 'ftp://example.org', '/api/x', 'example.org', 'http:evil.example', 'https:/evil.example', 'http:///evil', 'https://', '', null, undefined, 'mailto:a@b.c', 'vbscript:x']) {
    assert.equal(httpUrl(bad), null, String(bad));
  }
});

function ev(over: Partial<ApiEvent> & { idx: number }): ApiEvent {
  return {
    doc_id: 'd1', event_id: `d1:${over.idx}`, type: 'ASSAULT', mode: null, cameo: '190', quad: 'material-conflict', intensity: -5,
    source: { entity: 'Q1', name_en: 'Army', country: 'SDN', sector: 'MIL' },
    target: { entity: 'Q2', name_en: 'Militia', country: 'SDN', sector: 'REB' },
    location: null, date: '2024-03-07', modality: 'asserted', claimed_by: null, numbers: [], summary_en: 'x',
    evidence: { start: 0, end: 1 }, confidence: 0.9, names_ar: { source: 'الجيش', target: 'الميليشيا', location: null },
    ...over,
  } as ApiEvent;
}

test('table rows: names by language, fatalities summed, week forms are no dates, claimants named', () => {
  const names: NameBook = new Map([['Q9', { en: 'Ministry', ar: 'الوزارة' }]]);
  const r = toRow(ev({ idx: 0, numbers: [{ kind: 'killed', value: 3, unit: null }, { kind: 'killed', value: 2, unit: null }, { kind: 'wounded', value: 9, unit: null }], modality: 'claimed', claimed_by: 'Q9' }), names, true);
  assert.equal(r.source.name, 'الجيش');
  assert.equal(r.fatalities, 5);
  assert.equal(r.claimed_by, 'الوزارة');
  assert.equal(r.claimed_by_en, 'Ministry');
  const week = toRow(ev({ idx: 1, date: 'XXXX-WXX-4', doc_published: '2024-09-05' }), names, false);
  assert.deepEqual([week.date, week.dated, week.source.name], ['2024-09-05', false, 'Army']);
  assert.equal(toRow(ev({ idx: 2, claimed_by: 'Q404', modality: 'claimed' }), names, false).claimed_by, 'Q404');
});

test('sort: by column either way, empty values last, ties by event id; unknown sort is newest first', () => {
  const rows = [
    ev({ idx: 0, numbers: [{ kind: 'killed', value: 4, unit: null }] }),
    ev({ idx: 1 }),
    ev({ idx: 2, numbers: [{ kind: 'killed', value: 10, unit: null }], date: '2023-01-01' }),
  ].map((e) => toRow(e, new Map(), false));
  const ids = (s: string) => sortRows(rows, parseSort(s), 'en').map((r) => r.e.idx);
  assert.deepEqual(ids('-fatalities'), [2, 0, 1]);
  assert.deepEqual(ids('fatalities'), [0, 2, 1]);
  assert.deepEqual(ids('date'), [2, 0, 1]);
  assert.deepEqual(parseSort('nonsense'), { key: 'date', desc: true });
});

test('CSV: RFC 4180 quoting, CRLF, a BOM, formulas defused, numbers as they are', () => {
  assert.equal(csvField('a,b'), '"a,b"');
  assert.equal(csvField('say "hi"'), '"say ""hi"""');
  assert.equal(csvField('line\nbreak'), '"line\nbreak"');
  assert.equal(csvField('=HYPERLINK("http://x")'), '"\'=HYPERLINK(""http://x"")"');
  assert.equal(csvField('-2+3'), "'-2+3");
  assert.equal(csvField(-12.5), '-12.5');
  assert.equal(csvField(null), '');
  const csv = rowsToCsv([toRow(ev({ idx: 0, doc_outlet: 'وكالة، "الاختبار"' }), new Map(), false)]);
  assert.ok(csv.startsWith('\uFEFFevent_id,date,'));
  assert.ok(csv.endsWith('\r\n'));
  assert.equal(csv.split('\r\n').length, 3);
  assert.ok(csv.includes(',"وكالة، ""الاختبار""",'));
});

function net(): Network {
  const node = (id: string, country: string | null) => ({ id, name_en: id, name_ar: null, country, sector: null, events: 0 });
  const edge = (s: string, t: string, types: Record<string, number>) => {
    const count = Object.values(types).reduce((a, b) => a + b, 0);
    return { id: `${s}->${t}`, source: s, target: t, count, mean_intensity: 0, cooperation: { count: 0, mean_intensity: null }, conflict: { count, mean_intensity: null }, types, events: [`d:${s}${t}`] };
  };
  return {
    nodes: [node('A', 'SDN'), node('B', 'SDN'), node('C', 'TCD'), node('D', null), node('CITY', 'SDN')],
    edges: [edge('A', 'B', { ASSAULT: 5 }), edge('A', 'C', { CONSULT: 2, ACCUSE: 1 }), edge('C', 'B', { AID: 1 }), edge('D', 'A', { ASSAULT: 1 }), edge('CITY', 'A', { ASSAULT: 7 })],
  };
}

test('graph model: places dropped, quads, countries with loops, top N by events', () => {
  const places = new Set(['CITY']);
  const all = buildGraph(net(), { group: 'actors', top: 0, quad: '', places });
  assert.deepEqual(all.nodes.map((n) => n.id).sort(), ['A', 'B', 'C', 'D']);
  assert.equal(all.edges.length, 4);
  assert.equal(all.total, 5);
  const coop = buildGraph(net(), { group: 'actors', top: 0, quad: 'verbal-cooperation', places });
  assert.deepEqual(coop.edges.map((e) => [e.id, e.count, e.cooperation]), [['A->C', 2, 2]]);
  const countries = buildGraph(net(), { group: 'countries', top: 0, quad: '', places });
  assert.deepEqual(countries.edges.map((e) => [e.id, e.count]).sort(), [['country:SDN->country:SDN', 5], ['country:SDN->country:TCD', 3], ['country:TCD->country:SDN', 1]]);
  const sdn = countries.nodes.find((n) => n.id === 'country:SDN')!;
  assert.deepEqual(sdn.members.sort(), ['A', 'B']);
  assert.equal(sdn.name_en, 'SDN');
  const named = buildGraph(net(), { group: 'countries', top: 0, quad: '', places, countryNames: new Map([['SDN', { en: 'Sudan', ar: 'السودان' }]]) });
  assert.deepEqual([named.nodes.find((n) => n.id === 'country:SDN')!.name_ar, named.nodes.find((n) => n.id === 'country:TCD')!.name_en], ['السودان', 'TCD']);
  const top2 = buildGraph(net(), { group: 'actors', top: 2, quad: '', places });
  assert.deepEqual(top2.nodes.map((n) => n.id), ['A', 'B']);
  assert.deepEqual(top2.edges.map((e) => e.id), ['A->B']);
  for (const q of Object.values(TYPE_QUAD)) assert.ok(['verbal-cooperation', 'material-cooperation', 'verbal-conflict', 'material-conflict'].includes(q));
});

test('labels: kept in order of importance, none over another or over a reserved disc, at most max', () => {
  const box = (x: number, y: number) => ({ x1: x, y1: y, x2: x + 10, y2: y + 5 });
  const kept = pickLabels([{ id: 'a', box: box(0, 0) }, { id: 'b', box: box(5, 2) }, { id: 'c', box: box(20, 0) }, { id: 'd', box: box(40, 0) }, { id: 'e', box: box(60, 0) }], 3, [box(38, 1)]);
  assert.deepEqual([...kept], ['a', 'c', 'e']);
  assert.equal(pickLabels([{ id: 'a', box: box(0, 0) }, { id: 'b', box: box(100, 0) }], 1).size, 1);
});
