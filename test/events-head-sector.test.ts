// A head noun before an actor gives it its sector ('القوات الأرمينية' MIL) only when it can head a construct: a noun
// with its owner's pronoun cannot (src/extract/events/actors.ts). Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../src/pipeline.js';

const meta = { title: null, outlet: null, url: null, published: '2020-05-01' };
const assault = (text: string) => analyzeText(text, meta, 't').events.find((e) => e.type === 'ASSAULT');

test('a noun with its owner\'s pronoun before the actor gives it no sector («جنوده قتلوا ستة مسلحين»)', () => {
  const ev = assault('وقال الجيش الباكستاني إن جنوده قتلوا ستة مسلحين في وادي سوات أمس.');
  assert.match(ev?.target?.entity ?? '', /gunmen/, JSON.stringify(ev?.target));
  assert.equal(ev?.target?.sector, 'UAF');
});

test('a head noun still gives its sector to the nisba after it', () => {
  const ev = assault('وقالت وزارة الدفاع إن القوات الأرمينية قتلت ثلاثة مدنيين في قصف على قرية حدودية.');
  assert.equal(ev?.source?.country, 'ARM', JSON.stringify(ev?.source));
  assert.equal(ev?.source?.sector, 'MIL');
});

test('a noun of members gives no sector of its own to a body that has one («عناصر الشرطة الأفغانية»)', () => {
  const ev = assault('وقتل خمسة من عناصر الشرطة الباكستانية في هجوم على مركز حدودي.');
  assert.equal(ev?.target?.country, 'PAK', JSON.stringify(ev?.target));
  assert.equal(ev?.target?.sector, 'COP');
});
