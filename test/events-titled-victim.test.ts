// Who suffered an act, named by his title and then his name (src/extract/events/victims.ts): neither mention of him is the
// act's source. Sentences and names written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { firstEvent } from './helpers.js';
import { analyzeText } from '../src/pipeline.js';

const analyzeEvents = (text: string) => analyzeText(text, { title: null, outlet: null, url: null, published: '2021-03-01' }, 't').events;

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

test('who a phrase of killing names after it («أدى إلى مقتل») is no source of the toll told after him', () => {
  const events = analyzeEvents('انفجرت سيارة مفخخة قرب مقر الحزب في الموصل، مما أدى إلى مقتل قائد الشرطة العقيد سامي الدليمي فضلا عن مقتل وإصابة العشرات.');
  const assaults = events.filter((e) => e.type === 'ASSAULT');
  assert.ok(assaults.length > 0);
  for (const ev of assaults) assert.doesNotMatch(ev.source?.name_en ?? '', /Sami/);
});

test('the people a verb of killing counts after it, and the group they are of, are its target and not its source', () => {
  const ev = assault('وأكد الحلف الأطلسي أنه قتل نحو 120 متمردا من حركة طالبان الأسبوع الماضي في ولاية هلمند.');
  assert.notEqual(ev.source?.name_en, 'Taliban');
  assert.equal(ev.target?.name_en, 'Taliban');
});

test('a counted object after the subject of an active verb of killing is its target', () => {
  const ev = assault('قتلت القوات الأفغانية 14 مسلحا من حركة طالبان في اشتباكات بولاية قندوز.');
  assert.equal(ev.target?.name_en, 'Taliban');
  assert.equal(ev.source?.country, 'AFG');
});

test('the body gunmen are said to belong to («ينتمون إلى», «يشتبه بانتمائهم إلى») is not their target', () => {
  for (const text of ['اختطف مسلحون يشتبه بانتمائهم إلى جماعة بوكو حرام عشرين طالبة من مدرسة في ولاية بورنو.', 'وهاجم مسلحون ينتمون إلى تنظيم داعش حاجزا للجيش العراقي غرب الرمادي.']) {
    const ev = assault(text);
    assert.notEqual(ev.target?.name_en, 'Boko Haram', text);
    assert.notEqual(ev.target?.name_en, 'Islamic State', text);
    assert.match(ev.source?.name_en ?? '', /gunmen/, text);
  }
});

test('the genitive of a noun of withdrawal or incursion, whose object comes after a preposition, is who did it', () => {
  const retreat = analyzeEvents('وأعلن المتمردون سيطرتهم على البلدة بعد انسحاب الجيش النيجيري منها أمس.').find((e) => e.type === 'RETREAT');
  assert.equal(retreat?.source?.country, 'NGA');
  assert.match(retreat?.source?.name_en ?? '', /Armed Forces|army/i);
});
