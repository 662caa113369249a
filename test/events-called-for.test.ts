// An act called for is not done: an act noun after إلى or ل governed by a word of calling earlier in its clause
// («ودعت النقابة إلى إضراب») is flagged unreported (report-checks.ts calledFor). Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../src/pipeline.js';
import { codeEvents } from '../src/extract/events/index.js';

function protests(text: string) {
  const doc = analyzeText(text, { title: null, outlet: null, url: null, published: '2024-03-10' }, 'test');
  return codeEvents(doc, { learned: new Set(['ASSAULT', 'PROTEST']) }).events.filter((e) => e.type === 'PROTEST');
}

test('a protest called for is flagged unreported', () => {
  for (const text of [
    'ودعت النقابة إلى تجمع احتجاجي قرب البرلمان.',
    'ودعا اتحاد الطلاب القريب من المعارضة إلى مظاهرة حاشدة قرب البرلمان.',
  ]) {
    const found = protests(text);
    assert.ok(found.length > 0, `the rules find the protest: ${text}`);
    for (const e of found) assert.ok(e.flags.includes('unreported'), `${text}: ${e.flags.join(',')}`);
  }
});

test('a protest that answers a call, or a call past the clause, is reported', () => {
  for (const text of [
    'وتظاهر آلاف الطلاب أمام البرلمان تلبية لدعوة الاتحاد.',
    'واستجابة لدعوة النقابة، اعتصم مئات العمال أمام وزارة المالية.',
  ]) {
    const found = protests(text).filter((e) => e.hit.pos === 'verb');
    assert.ok(found.length > 0, `the rules find the protest: ${text}`);
    for (const e of found) assert.ok(!e.flags.includes('unreported'), `${text}: ${e.flags.join(',')}`);
  }
});
