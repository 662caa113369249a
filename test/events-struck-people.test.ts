// The people an attack hit before the thing it struck, where the sentence names both (src/extract/events/struck-people.ts);
// a patrol struck is a unit of a force and stays the target. Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../src/pipeline.js';

const assaults = (text: string) =>
  analyzeText(text, { title: null, outlet: null, url: null, published: '2016-03-10' }, 'test').events.filter((e) => e.type === 'ASSAULT');

test('a market struck, with the people it killed named, is aimed at the people', () => {
  const evs = assaults('واستهدف التفجير سوقا شعبية في المدينة وأسفر عن مقتل ثمانية من عناصر الشرطة المحلية.');
  assert.ok(evs.length > 0);
  assert.ok(evs.every((e) => !e.target?.entity?.includes('struck_market')), JSON.stringify(evs.map((e) => e.target)));
  assert.ok(evs.some((e) => e.target?.sector === 'COP'), JSON.stringify(evs.map((e) => e.target)));
});

test('with nobody named, the thing struck stands for the people there', () => {
  const evs = assaults('وانفجرت سيارة مفخخة في سوق شعبي وسط المدينة صباح اليوم.');
  assert.ok(evs.some((e) => e.target?.entity?.includes('struck_market')), JSON.stringify(evs.map((e) => e.target)));
});

test('a patrol struck is a unit of a force: it stays the target', () => {
  const evs = assaults('وفجر انتحاري نفسه قرب دورية عسكرية فرنسية في شمال مالي، وأصيب جندي فرنسي بجروح طفيفة.');
  assert.ok(evs.some((e) => e.target?.country === 'FRA' && e.target?.sector === 'MIL'), JSON.stringify(evs.map((e) => e.target)));
});
