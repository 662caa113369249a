// Sides of words, not force: an appeal with no addressee named is not aimed at the report's other party, and
// a body of a state may address another body of the same state (src/extract/events/kinds.ts AIMED_AT_OTHER_PARTY,
// sides-rules.ts findTarget). Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { firstEvent } from './helpers.js';

const WAR = 'قصف الجيش الإسرائيلي مواقع لحركة حماس في غزة. ';

test('an appeal to outsiders in a report of a war is not guessed to be aimed at the enemy', () => {
  const ev = firstEvent(WAR + 'وناشدت وزارة الصحة في غزة المنظمات الدولية التدخل العاجل لحماية المستشفيات.', 'DEMAND');
  assert.equal(ev.source?.country, 'PSE');
  assert.equal(ev.target, null);
  assert.ok(!ev.guessed?.includes('target'));
});

test('an appeal that names the enemy is still aimed at it', () => {
  const ev = firstEvent(WAR + 'ودعت حركة حماس إسرائيل إلى وقف الغارات فورا.', 'DEMAND');
  assert.equal(ev.target?.country, 'ISR');
});

test('a provincial council demanding of its central government: both sides are bodies of one state', () => {
  const ev = firstEvent('وطالب مجلس محافظة نينوى الحكومة العراقية بإرسال تعزيزات عسكرية إلى الموصل.', 'DEMAND');
  assert.equal(ev.source?.country, 'IRQ');
  assert.equal(ev.target?.entity, 'rasad:org:government:IRQ');
});

test('a threat with no target named in a report of a war is still aimed at the other party', () => {
  const ev = firstEvent(WAR + 'وتوعدت حركة حماس بالرد على القصف.', 'THREATEN');
  assert.equal(ev.target?.country, 'ISR');
});
