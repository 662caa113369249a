// A noun of control after من with a word of taking back before it names who held the place, not a seizure
// (src/extract/events/trigger-guards.ts recoveredFrom; list recovered_from in data/lexicon/event_words.tsv). Sentences
// written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../src/pipeline.js';

const events = (text: string) => analyzeText(text, { title: null, outlet: null, url: null, published: '2021-03-01' }, 't').events;

test('an operation to take a town back from a group\'s control is no seizure by anyone yet', () => {
  for (const text of ['بدأت القوات العراقية عملية عسكرية لاستعادة مبنى المحافظة من سيطرة تنظيم داعش.', 'شنت القوات اليمنية هجوما لاستعادة معسكر العند من سيطرة الحوثيين.']) {
    const evs = events(text);
    assert.ok(!evs.some((e) => e.type === 'COERCE'), JSON.stringify(evs.map((e) => [e.type, e.trigger?.text])));
  }
  // The attack launched to take it back is one.
  assert.ok(events('شنت القوات اليمنية هجوما لاستعادة معسكر العند من سيطرة الحوثيين.').some((e) => e.type === 'ASSAULT'));
});

test('a seizure told as such is still one', () => {
  const evs = events('وسيطر المسلحون على مصفاة النفط شمال البلاد بعد اشتباكات مع القوات الحكومية.');
  assert.ok(evs.some((e) => e.type === 'COERCE'), JSON.stringify(evs.map((e) => [e.type, e.trigger?.text])));
});
