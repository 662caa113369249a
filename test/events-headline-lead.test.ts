// Sides across a headline with no full stop, a partitive count before a nisba, and a verb after a comma whose object
// pronoun points back to the act before it (src/extract/events/actors.ts, sides-rules.ts, joined-subject.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../src/pipeline.js';

const meta = { title: null, outlet: null, url: null, published: '2024-03-04' };
const assaults = (text: string) => analyzeText(text, meta, 't').events.filter((e) => e.type === 'ASSAULT');

test("a headline's last preposition does not govern the name that opens the lead", () => {
  const [e] = assaults('الجيش يرد على الهجمات\n\nالحوثيون قصفوا قرى حدودية في جازان بالصواريخ أمس.');
  assert.equal(e?.source?.name_en, 'Houthis');
});

test('a nisba after a count with من is no preposition\'s object: it names the target', () => {
  const [e] = assaults('قصف الحوثيون عدداً من القرى وموقعين سعوديين بالصواريخ.');
  assert.equal(e?.source?.name_en, 'Houthis');
  assert.equal(e?.target?.country, 'SAU');
});

test('a verb after a comma with a pronoun for its object goes on with the act before it', () => {
  const events = assaults('الحوثيون يقصفون عدداً من القرى وموقعين سعوديين بالصواريخ، أصابهما إصابة مباشرة.');
  assert.ok(events.length >= 1);
  for (const e of events) {
    assert.equal(e.source?.name_en, 'Houthis', 'the Saudi positions hit did not hit anyone');
    assert.equal(e.target?.country, 'SAU');
  }
});

test('a nisba that qualifies a thing before a verb is not its subject', () => {
  const [e] = assaults('وأطلق المسلحون قذائف على مستودعين روسيين، دمرتهما بالكامل في ريف خاركيف.');
  assert.notEqual(e?.source?.country, 'RUS');
});
