// Adverbs of place that govern a noun like prepositions ('أمام', 'خارج', 'خلف', 'وراء', 'عند'): the body whose building
// is named after one is where the act happened or whom it addresses, never who acts (src/extract/events/actors.ts).
// Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../src/pipeline.js';

const meta = { title: null, outlet: null, url: null, published: '2020-05-01' };

test('the state of an embassy protesters gather before is no protester', () => {
  for (const text of ['وتظاهر العشرات أمام السفارة الإسرائيلية في عمان احتجاجا على الغارات.', 'وتظاهر المئات خارج السفارة الأمريكية في القاهرة.']) {
    const ev = analyzeText(text, meta, 't').events.find((e) => e.type === 'PROTEST');
    assert.ok(ev, text);
    assert.ok(!['ISR', 'USA'].includes(ev.source?.country ?? ''), `${text}: ${JSON.stringify(ev.source)}`);
  }
});
