// Who suffered an act, named by his title and then his name (src/extract/events/victims.ts): neither mention of him is the
// act's source. Sentences and names written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { firstEvent } from './helpers.js';

const assault = (text: string) => firstEvent(text, 'ASSAULT');

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

test('who escaped a bombing, his name closed by a comma before «من», is its target and not its source', () => {
  const ev = assault('نجا وزير الزراعة الأردني سمير الحديدي، من انفجار سيارة مفخخة قرب منزله في عمان.');
  assert.equal(ev.source, null);
  assert.equal(ev.target?.country, 'JOR');
});
