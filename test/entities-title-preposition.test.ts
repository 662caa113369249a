// A word with the preposition ل after a title opens no person's name (src/extract/entities/new-person.ts
// opensNoName), and the fact-finding missions are a KB organisation. Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractEntities } from '../src/extract/entities/index.js';

const run = (text: string) => extractEntities({ text, published: '2024-03-10' });

test('a title followed by لـ and a noun names no person; a known name in ل still does', () => {
  const a = run('وقال رئيس اللجنة الأممية لتقييم الأضرار إن العمل مستمر.');
  assert.ok(!a.some((e) => e.type === 'PERSON' && e.name_ar.startsWith('لتقييم')), JSON.stringify(a.map((e) => e.name_ar)));
  const b = run('وقال وزير الداخلية لطفي الحمدان إن الوضع مستقر.');
  assert.ok(b.some((e) => e.type === 'PERSON' && e.name_ar === 'لطفي الحمدان'), JSON.stringify(b.map((e) => e.name_ar)));
});

test('بعثة تقصي الحقائق is the Fact-Finding Mission, and the UN named inside a longer phrase stays the UN', () => {
  const a = run('انتقدت الحكومة تقرير بعثة تقصي الحقائق حول الهجمات.');
  assert.ok(a.some((e) => e.type === 'ORG' && e.name_en === 'Fact-Finding Mission'));
  const b = run('وقال رئيس بعثة الأمم المتحدة لتقصي الحقائق إن الأدلة كثيرة.');
  assert.ok(b.some((e) => e.name_en === 'United Nations'), JSON.stringify(b.map((e) => e.name_en)));
  assert.ok(!b.some((e) => e.type === 'PERSON' && e.name_ar.includes('لتقصي')), JSON.stringify(b.map((e) => e.name_ar)));
});
