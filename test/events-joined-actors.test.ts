// Two parties joined by و as one subject fight together: neither is the other's target (src/extract/events/
// joined-actors.ts). Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../src/pipeline.js';

const meta = { title: null, outlet: null, url: null, published: '2015-07-26' };
const sides = (text: string) => analyzeText(text, meta, 't').events.map((e) => ({ type: e.type, source: e.source?.name_en ?? null, target: e.target?.name_en ?? null }));

test('allies named together attack together', () => {
  const es = sides('هاجم الحوثيون وقوات صالح مدينة عدن.');
  const attack = es.find((e) => e.type === 'ASSAULT');
  assert.ok(attack, JSON.stringify(es));
  assert.equal(attack.source, 'Houthis');
  assert.doesNotMatch(attack.target ?? '', /Saleh/, JSON.stringify(es));
});

test('a pair an act sets against each other with بين stays its two sides', () => {
  const es = sides('اندلعت اشتباكات بين الجيش والمسلحين في حلب.');
  const clash = es.find((e) => e.type === 'ASSAULT');
  assert.ok(clash?.source && clash.target, JSON.stringify(es));
});

test('two parties that agree are its two sides', () => {
  const es = sides('واتفق الجيش التركي والجيش الأذربيجاني على إجراء مناورات مشتركة.');
  const agree = es.find((e) => e.type === 'AGREE');
  assert.equal(agree?.source, 'Turkish Armed Forces', JSON.stringify(es));
  assert.equal(agree?.target, 'Azerbaijani Armed Forces', JSON.stringify(es));
});
