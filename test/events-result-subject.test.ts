// An act noun right after a verb of what it caused is that verb's subject, not a second verb (noun-readings.ts); the
// force joined to the doer by 'وقوات' is its partner, not its target (conjunct-target.ts); 'نصيب' is a share.
// Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../src/pipeline.js';
import { codeEvents } from '../src/extract/events/index.js';
import { nounReading } from '../src/extract/events/noun-readings.js';
import { wordsOf } from '../src/arabic/words.js';

const meta = { title: null, outlet: null, url: null, published: '2024-06-03' };
const coded = (text: string) => codeEvents(analyzeText(text, meta, 't') as never).events;
const show = (es: ReturnType<typeof coded>) => JSON.stringify(es.map((e) => [e.type, e.trigger?.text, e.trigger?.rule, e.source?.name_en, e.target?.name_en]));

test('the shelling after a verb of result is a noun whose genitive did it, and the force joined to it is no target', () => {
  const es = coded('وأسفر قصف عنيف للحوثيين وقوات صالح على أحياء مدينة الضالع عن سقوط ضحايا.').filter((e) => e.trigger?.text === 'قصف');
  assert.ok(es.length, show(es));
  assert.match(es[0].trigger?.rule ?? '', /^noun:/, show(es));
  assert.equal(es[0].source?.name_en, 'Houthis', show(es));
  assert.notEqual(es[0].target?.name_en, 'Ali Abdullah Saleh', show(es));
});

const layer = (text: string) => wordsOf(text, [{ start: 0, end: text.length }]);

test('a share is no blow', () => {
  const words = layer('وبلغ نصيب القطاع الخاص 40 في المائة');
  assert.ok(nounReading(words, words.findIndex((w) => w.text === 'نصيب')));
  const after = layer('وأدى قصف المدينة إلى دمار واسع');
  assert.ok(nounReading(after, after.findIndex((w) => w.text === 'قصف')));
  const verb = layer('وقال إن الطيران قصف المدينة');
  assert.ok(!nounReading(verb, verb.findIndex((w) => w.text === 'قصف')));
});
