// A person the KB gives no country takes the nisba of the title beside him (src/extract/events/actors.ts;
// title words: data/lexicon/side_rule_words.tsv, class title). Sentences and names written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { actorMentions } from '../src/extract/events/actors.js';
import { wordsOf } from '../src/arabic/words.js';
import type { Entity } from '../src/doc.js';

function person(text: string, name: string, others: { id: string; text: string; country: string }[]): string | null {
  const at = (t: string) => ({ start: text.indexOf(t), end: text.indexOf(t) + t.length, text: t });
  const entities = [
    { id: 'p1', type: 'PERSON', name_ar: name, name_en: 'P', country: null, sector: null, mentions: [{ ...at(name), form: 'name' }] },
    ...others.map((o) => ({ id: o.id, type: 'COUNTRY', name_ar: o.text, name_en: o.id, country: o.country, sector: null, mentions: [{ ...at(o.text), form: 'nisba' }] })),
  ] as unknown as Entity[];
  const words = wordsOf(text, [{ start: 0, end: text.length }] as never);
  return actorMentions(entities, words).find((m) => m.entity.id === 'p1')!.entity.country;
}

test('the nisba of the title before a person is his country', () => {
  assert.equal(person('وقال رئيس الوزراء الإسرائيلي يوسي كوهين إن الحكومة ستجتمع.', 'يوسي كوهين', [{ id: 'ISR', text: 'الإسرائيلي', country: 'ISR' }]), 'ISR');
});

test('the nisba of the title after a person is his country', () => {
  assert.equal(person('وقال عبدي فارح عمدة العاصمة الصومالية إن الوضع هادئ.', 'عبدي فارح', [{ id: 'SOM', text: 'الصومالية', country: 'SOM' }]), 'SOM');
});

test('a title set off by a comma after the name is his too', () => {
  assert.equal(person('وقال عبدي فارح، عمدة العاصمة الصومالية، إن الوضع هادئ.', 'عبدي فارح', [{ id: 'SOM', text: 'الصومالية', country: 'SOM' }]), 'SOM');
});

test('a nisba with no title beside the person, or past another clause, gives him none', () => {
  assert.equal(person('والتقى الوفد الإسرائيلي يوسي كوهين أمس.', 'يوسي كوهين', [{ id: 'ISR', text: 'الإسرائيلي', country: 'ISR' }]), null);
  assert.equal(person('وقال عبدي فارح إن رئيس الحكومة الصومالية غائب.', 'عبدي فارح', [{ id: 'SOM', text: 'الصومالية', country: 'SOM' }]), null);
});
