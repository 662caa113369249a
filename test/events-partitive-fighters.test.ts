// Who suffered a killing told with a count, a partitive and a noun of the body's fighters ('قتل 30 من مسلحي الجماعة'):
// the body is the target, never the source (src/extract/events/victims.ts). Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../src/pipeline.js';

const meta = { title: null, outlet: null, url: null, published: '2024-03-10' };
const assault = (text: string) => analyzeText(text, meta, 't').events.find((e) => e.type === 'ASSAULT');

test('the body whose fighters were counted among the dead is the target; the army that told it killed them is the source', () => {
  const e = assault('أعلن الجيش النيجيري أنه قتل 25 من مسلحي جماعة بوكو حرام في هجوم على معسكر لهم.');
  assert.equal(e?.target?.name_en, 'Boko Haram', JSON.stringify(e && [e.source, e.target]));
  assert.equal(e?.source?.country, 'NGA');
  assert.notEqual(e?.source?.name_en, 'Boko Haram');
});

test('soldiers of an army counted among the dead make that army the target', () => {
  const e = assault('قتل سبعة من جنود الجيش الصومالي في كمين نصبه مسلحون قرب مقديشو.');
  assert.equal(e?.target?.country, 'SOM', JSON.stringify(e && [e.source, e.target]));
  assert.equal(e?.target?.sector, 'MIL');
  assert.notEqual(e?.source?.entity, e?.target?.entity);
  assert.notEqual(e?.source?.sector, 'MIL');
});
