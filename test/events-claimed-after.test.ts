// The party that claims an attack told before the claim ('هجوم انتحاري تبنته طالبان') is its source
// (src/extract/events/claimed-after.ts). Read with the hand rules alone (no sides model). Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../src/pipeline.js';
import { extractEvents } from '../src/extract/events/index.js';

const meta = { title: null, outlet: null, url: null, published: '2020-05-01' };
const byRules = (text: string) => extractEvents(analyzeText(text, meta, 't'), { sides: { model: null } }).find((e) => e.type === 'ASSAULT');

test('the party after «تبناه» or «تبنته» claimed the attack told before it', () => {
  for (const text of [
    'قتل أمس ستة جنود باكستانيين في هجوم انتحاري تبنته حركة طالبان قرب بيشاور.',
    'وتعرضت ثكنة للجيش في الجنوب لهجوم بقذائف الهاون، وقد تبناه تنظيم القاعدة.',
  ]) {
    const ev = byRules(text);
    assert.match(ev?.source?.entity ?? '', /taliban|al-qaeda/, `${text}: ${JSON.stringify(ev)}`);
  }
});

test('a claim that takes back no act with its pronoun names no source', () => {
  const ev = byRules('قتل ستة جنود في هجوم انتحاري قرب بيشاور، فيما تبنت حركة طالبان سياسة جديدة.');
  assert.doesNotMatch(ev?.source?.entity ?? '', /taliban/, JSON.stringify(ev));
});

test('an act taken back by a verb of carrying out right after it was done by the party after that verb, whatever else the sentence names', () => {
  const text = 'وقال المرصد إن تسعة عناصر من التنظيم قتلوا في الغارات الجوية التي نفذتها مقاتلات تركية فجر أمس على مواقع للتنظيم قرب الحدود.';
  const strikes = analyzeText(text, { title: null, outlet: null, url: null, published: '2024-06-03' }, 't').events.filter((e) => e.type === 'ASSAULT');
  assert.ok(strikes.length > 0);
  for (const e of strikes) assert.equal(e.source?.country, 'TUR', JSON.stringify(strikes.map((x) => [x.trigger?.text, x.source?.name_en, x.target?.name_en])));
});

test('a verb of carrying out further on takes back another noun, not the act', () => {
  const es = analyzeText('وقتل جندي إماراتي في الحرب التي تنفذها قوات التحالف في اليمن.', { title: null, outlet: null, url: null, published: '2024-06-03' }, 't').events;
  const death = es.find((e) => e.trigger?.text === 'وقتل');
  assert.notEqual(death?.source?.name_en?.includes('coalition'), true, JSON.stringify(es.map((x) => [x.trigger?.text, x.source?.name_en, x.target?.name_en])));
});
