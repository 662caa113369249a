// Who did an act told by its noun: the nisba after the noun, past adjectives and act nouns joined by و, also where a
// verb of undergoing takes the noun (src/extract/events/undergone-doer.ts). Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { firstEvent } from './helpers.js';

// A lead sentence with no act, as a report opens.
const assault = (text: string) => firstEvent('أفادت مصادر محلية بتطورات ميدانية جديدة. ' + text, 'ASSAULT');

test('homes that underwent shelling and burning by a nisba: the nisba is the source, the homes the target', () => {
  const ev = assault('وقال الدفاع المدني إن عشرات المنازل تعرضت للقصف والحرق الإسرائيلي في بلدة بيت لاهيا.');
  assert.equal(ev.source?.country, 'ISR');
  assert.equal(ev.target?.entity?.startsWith('rasad:generic:struck_homes'), true);
});

test('an adjective between the act noun and its nisba', () => {
  const ev = assault('وتعرضت منازل في بلدة بيت حانون لقصف مدفعي إسرائيلي عنيف.');
  assert.equal(ev.source?.country, 'ISR');
  assert.notEqual(ev.target?.country, 'ISR');
});

test('a verb of undergoing with no nisba names no doer: the sufferer stays the target', () => {
  const ev = assault('وتعرضت ثكنة للجيش لهجوم مسلح فجر اليوم.');
  assert.equal(ev.source, null);
  assert.equal(ev.target?.sector, 'MIL');
});

test('two act nouns joined by و share the nisba after them: the nisba is the doer, not the target', () => {
  const ev = assault('وأكد المتحدث أن فرق الإنقاذ عاجزة بفعل الاستهداف والعدوان الإسرائيلي المستمر على مدينة غزة.');
  assert.equal(ev.source?.country, 'ISR');
  assert.notEqual(ev.target?.country, 'ISR');
});

test('a word joined by و that is no act noun does not pass the nisba on', () => {
  const ev = assault('وتعرضت المدينة لقصف وحصار ثم تدخل الجيش الإسرائيلي.');
  assert.notEqual(ev.source?.country, 'ISR');
});
