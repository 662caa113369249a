// People named by what they are right after a verb, in the nominative of a sound plural, are its subject
// (nominative-subject.ts); a force named as the escort of the doers ('بحماية', 'تحت حراسة') is no side of the act
// (escorts.ts). Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeEvents } from '../src/extract/events/index.js';
import { analyzeText } from '../src/pipeline.js';

const coded = (text: string) => {
  const doc = analyzeText(text, { title: null, outlet: null, url: null, published: '2024-03-10' }, 't');
  return codeEvents(doc, { learned: new Set(['ASSAULT', 'PROTEST']) }).events;
};

test('a sound plural in the nominative right after the verb is its subject, before a named party after it', () => {
  const e = coded('هاجم مستوطنون منازل الفلسطينيين في بلدة ترمسعيا شمال رام الله.').find((x) => x.type === 'ASSAULT');
  assert.match(e?.source?.entity ?? '', /settler/, JSON.stringify(e && [e.source, e.target]));
  assert.equal(e?.target?.country, 'PSE');
});

test('the accusative after the verb is its object', () => {
  const e = coded('اعتقلت الشرطة الكينية متظاهرين في نيروبي.').find((x) => x.type === 'COERCE');
  assert.equal(e?.source?.country, 'KEN', JSON.stringify(e && [e.source, e.target]));
  assert.doesNotMatch(e?.source?.entity ?? '', /protester/);
});

test('the escort of the doers is neither side', () => {
  const events = coded('اقتحم مستوطنون ساحات الحرم الإبراهيمي في الخليل تحت حراسة الجيش الإسرائيلي.');
  assert.ok(events.length, 'an act');
  for (const e of events) {
    assert.notEqual(e.source?.name_en, 'Israel Defense Forces', JSON.stringify([e.source, e.target]));
    assert.notEqual(e.target?.name_en, 'Israel Defense Forces');
  }
});
