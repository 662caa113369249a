// A party's retreat, surrender or truce is aimed at the report's other party (guessed, and marked so); an
// outsider's is not. Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../src/pipeline.js';

const events = (text: string) => analyzeText(text, { title: null, outlet: null, url: null, published: '2015-07-21' }, 'test').events;
const conflict = 'قصفت المقاومة الشعبية مواقع الحوثيين في عدن. وشن الحوثيون هجوما على مواقع المقاومة الشعبية في لحج. ';

test("a party's surrender is aimed at the other party of the report, marked as guessed", () => {
  const surrender = events(`${conflict}وقال قيادي إن العشرات من الحوثيين سلموا أنفسهم في منطقة التواهي.`).find((e) => e.type === 'RETREAT');
  assert.equal(surrender?.source?.entity, 'rasad:org:houthis', JSON.stringify(surrender?.source));
  assert.equal(surrender?.target?.country, 'YEM', JSON.stringify(surrender?.target));
  assert.ok(surrender?.guessed?.includes('target'), JSON.stringify(surrender?.guessed));
});

test("an outsider's truce gets no guessed target", () => {
  const truce = events(`${conflict}وأعلنت الأمم المتحدة هدنة إنسانية لمدة خمسة أيام.`).find((e) => e.type === 'RETREAT');
  assert.ok(!truce?.guessed?.includes('target'), JSON.stringify(truce));
});
