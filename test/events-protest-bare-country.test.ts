// A protest's demanded target that is a bare country does not replace that country's own body named already
// (src/extract/events/code-hit.ts). Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { firstEvent } from './helpers.js';

const protest = (text: string) => firstEvent(text, 'PROTEST');

test('protesters before an embassy chanting against its country: the target keeps the embassy\'s sector', () => {
  const ev = protest('واحتشد المتظاهرون خارج السفارة الصينية ورددوا شعارات مناهضة للصين.');
  assert.equal(ev.target?.country, 'CHN');
  assert.equal(ev.target?.sector, 'GOV');
});

test('a demand naming a body still wins over the place protesters gather', () => {
  const ev = protest('وتظاهر المئات أمام مقر الحكومة مطالبين باستقالة رئيس الوزراء.');
  assert.equal(ev.target?.sector, 'GOV');
});
