// A verbal noun with its doer in the genitive and an accusative after it (src/extract/events/genitive-agent.ts): the
// genitive did the act, the accusative suffered it. Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractEvents } from '../src/extract/events/index.js';
import { analyzeText } from '../src/pipeline.js';

const events = (text: string, type: string) => {
  const doc = analyzeText(text, { title: null, outlet: null, url: null, published: '2024-03-10' }, 't');
  return extractEvents(doc, { reportFilter: false }).filter((e) => e.type === type);
};

test('the genitive of an arrest with a count after it made the arrest; the people counted suffered it', () => {
  const [e] = events('وجاء ذلك بعد اعتقال الشرطة المصرية ثلاثة ناشطين في القاهرة أمس.', 'COERCE');
  assert.equal(e?.source?.sector, 'COP', JSON.stringify(e?.source));
  assert.equal(e?.target?.sector, 'OPP', JSON.stringify(e?.target));
});

test('the genitive of a blockade with a count after it imposed it', () => {
  const [e] = events('وأفادت الأنباء بمنع المسلحين ألف عائلة من الخروج من الفلوجة.', 'COERCE');
  assert.equal(e?.source?.sector, 'UAF', JSON.stringify(e?.source));
});

test('without an accusative after it, the genitive stays what the act was done to; a definite count is an adjective', () => {
  const [e] = events('وجاء اعتقال الناشطين الثلاثة بعد أسبوع من المظاهرات في القاهرة.', 'COERCE');
  assert.notEqual(e?.source?.sector, 'OPP', JSON.stringify(e?.source));
});
