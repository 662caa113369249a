// Who suffered an act, named by his title and then his name (src/extract/events/victims.ts): neither mention of him is the
// act's source. Sentences and names written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../src/pipeline.js';

const SOURCE = { title: null, outlet: null, url: null, published: '2021-03-01' };
const assault = (text: string) => {
  const ev = analyzeText(text, SOURCE, 't').events.find((e) => e.type === 'ASSAULT');
  assert.ok(ev, `an attack in: ${text}`);
  return ev;
};

test('an official wounded, named by his title and his name, is the target and not the source', () => {
  const ev = assault('كما اصيب مدير مكتب وزير الداخلية الأردني خالد سمير بجروح اثر اطلاق نار عليه.');
  assert.equal(ev.source, null);
  assert.equal(ev.target?.country, 'JOR');
});

test('a title of several words after a passive verb of wounding: the person after it suffered it', () => {
  const ev = assault('وأصيب رئيس بلدية المدينة سامي نعيم بجروح في انفجار عبوة.');
  assert.equal(ev.source, null);
  assert.match(ev.target?.name_en ?? '', /Naim/);
});
