// A country whose bare name is also a common word ('مالي': financial) is the country after a place cue ('وسط مالي'), and a
// country named where something happens gives the people named in its sentence their country
// (data/kb/countries.overlay.tsv '~' names, src/kb/matcher.ts, src/extract/entities/generic.ts). Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../src/pipeline.js';

const meta = { title: null, outlet: null, url: null, published: '2024-06-03' };
const doc = (text: string) => analyzeText(text, meta, 't');

test('Mali after a place cue is the country, never a Guinean prefecture', () => {
  const d = doc('قتل ثلاثة جنود في هجوم شنه مسلحون على قاعدة عسكرية في شمال مالي.');
  assert.ok(d.entities.some((e) => e.name_en === 'Mali' && e.type === 'COUNTRY'), JSON.stringify(d.entities.map((e) => e.name_en)));
  assert.ok(!d.entities.some((e) => e.country === 'GIN'), JSON.stringify(d.entities.map((e) => [e.name_en, e.country])));
  const gunmen = d.entities.find((e) => e.id.startsWith('rasad:generic:gunmen'));
  assert.equal(gunmen?.country, 'MLI', JSON.stringify(gunmen));
});

test('the bare word elsewhere is no country', () => {
  const d = doc('وقال المدير إن الوضع المالي للشركة تحسن وإن عجزها مالي بحت.');
  assert.ok(!d.entities.some((e) => e.name_en === 'Mali'), JSON.stringify(d.entities.map((e) => e.name_en)));
});

test('a country named as a party gives no place country to the people beside it', () => {
  const d = doc('واتهم مسلحون السودان بدعم المتمردين.');
  const gunmen = d.entities.find((e) => e.id.startsWith('rasad:generic:gunmen'));
  assert.notEqual(gunmen?.country, 'SDN', JSON.stringify(gunmen));
});
