// A member or official of a body as the object of an act ('اعتقلت الشرطة قياديا بارزا في تنظيم داعش'): the body is the
// target, before a country or a place that stands in for it (src/extract/events/member-object.ts). Sentences written
// for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../src/pipeline.js';

const meta = { title: null, outlet: null, url: null, published: '2024-03-10' };
const event = (text: string, type: string) => analyzeText(text, meta, 't').events.find((e) => e.type === type);

test('a commander of an armed group struck or arrested makes the group the target', () => {
  const strike = event('استهدفت غارة جوية أمريكية قياديا في حركة الشباب قرب مدينة كسمايو.', 'ASSAULT');
  assert.equal(strike?.target?.name_en, 'Al-Shabaab', JSON.stringify(strike && [strike.source, strike.target]));
  const arrest = event('اعتقلت الشرطة العراقية مسؤولا كبيرا في تنظيم داعش في كركوك.', 'COERCE');
  assert.equal(arrest?.target?.name_en, 'Islamic State', JSON.stringify(arrest && [arrest.source, arrest.target]));
});

test('a place after في names where, not whose member', () => {
  const arrest = event('اعتقلت الشرطة العراقية مسؤولا في كركوك بتهمة الفساد.', 'COERCE');
  assert.notEqual(arrest?.target?.name_en, 'Kirkuk', JSON.stringify(arrest && [arrest.source, arrest.target]));
});
