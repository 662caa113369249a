// An act told by its verbal noun after a verb that carries it ('نجح الجيش في قتل', 'تمكنت الشرطة من اعتقال',
// 'قامت الجماعة بخطف'): the verb's subject did it, the noun's object suffered it (src/extract/events/support-verb.ts).
// Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../src/pipeline.js';

const meta = { title: null, outlet: null, url: null, published: '2020-05-01' };
const first = (text: string, type: string) => analyzeText(text, meta, 't').events.find((e) => e.type === type);

test('the subject before the carrying verb did the act, the people after the noun suffered it', () => {
  const ev = first('وقال المتحدث إن الجيش نجح في قتل العشرات من المتمردين خلال الأسبوع الماضي.', 'ASSAULT');
  assert.match(ev?.source?.entity ?? '', /army/, JSON.stringify(ev));
  assert.match(ev?.target?.entity ?? '', /rebels/, JSON.stringify(ev));
});

test('the subject between the carrying verb and the noun did the act (VSO)', () => {
  const ev = first('وتمكنت قوات الأمن من اعتقال سبعة مسلحين في حي الصناعة.', 'COERCE');
  assert.match(ev?.source?.entity ?? '', /security_forces/, JSON.stringify(ev));
  assert.match(ev?.target?.entity ?? '', /gunmen/, JSON.stringify(ev));
});

test('a nisba right after the noun is no object of it', () => {
  const ev = first('وواصلت الطائرات قصف مواقع المتمردين قرب الحدود.', 'ASSAULT');
  assert.match(ev?.target?.entity ?? '', /rebels/, JSON.stringify(ev));
});

test('without a carrying verb, the rule does not fire: a killing noun names who died', () => {
  const ev = first('وأعلن الجيش مقتل خمسة من جنوده في انفجار عبوة ناسفة.', 'ASSAULT');
  assert.notEqual(ev?.source?.entity, ev?.target?.entity);
  assert.doesNotMatch(ev?.source?.entity ?? '', /army/, JSON.stringify(ev));
});
