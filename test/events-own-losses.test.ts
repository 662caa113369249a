// Losses a body tells of its own members (src/extract/events/own-losses.ts; member words: data/lexicon/side_rule_words.tsv,
// class own_members). Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { firstEvent } from './helpers.js';

const assault = (text: string) => firstEvent(text, 'ASSAULT');

test('an army announcing the death of one of its soldiers is the target, not the attacker', () => {
  const ev = assault('وأعلن الجيش البريطاني مقتل أحد جنوده في انفجار عبوة ناسفة جنوب البصرة.');
  assert.equal(ev.target?.country, 'GBR');
  assert.equal(ev.target?.sector, 'MIL');
  assert.notEqual(ev.source?.country, 'GBR');
});

test('a police force telling of two of its members killed is the target', () => {
  const ev = assault('وأعلنت الشرطة الباكستانية مقتل اثنين من عناصرها في هجوم مسلح.');
  assert.equal(ev.target?.country, 'PAK');
  assert.equal(ev.target?.sector, 'COP');
  assert.equal(ev.source, null);
});

test('"our soldiers" killed in an attack: the army the spokesman speaks for is the target', () => {
  const ev = assault('وقال المتحدث باسم الجيش الفرنسي إننا فقدنا ثلاثة من جنودنا في هجوم قرب كابل.');
  assert.equal(ev.target?.country, 'FRA');
  assert.equal(ev.source, null);
});

test('soldiers with their owner\'s pronoun who kill others stay the act\'s doers', () => {
  const ev = assault('وأعلن الجيش الهندي أن جنوده قتلوا خمسة متسللين قرب الحدود.');
  assert.equal(ev.source?.country, 'IND');
  assert.notEqual(ev.target?.country, 'IND');
});
