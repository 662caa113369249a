// People named by what they are, as the object of an act the sides model does not read, are its target
// (src/extract/events/generic-object.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../src/pipeline.js';

const meta = { title: null, outlet: null, url: null, published: '2024-03-04' };
const coerce = (text: string) => analyzeText(text, meta, 's').events.find((e) => e.type === 'COERCE');

test('the people arrested or dispersed are the target, counted or not', () => {
  assert.match(coerce('اعتقلت الشرطة التونسية ثلاثة طلاب في صفاقس.')?.target?.name_en ?? '', /students/);
  assert.match(coerce('اعتقلت الشرطة عددا من الطلاب في صفاقس.')?.target?.name_en ?? '', /students/);
  assert.match(coerce('فرّقت الشرطة التونسية متظاهرين بالغاز المسيل للدموع في صفاقس.')?.target?.name_en ?? '', /protesters/);
});

test('with no subject named, the people after the verb are its subject, not its target', () => {
  const demand = analyzeText('دعا ناشطون إلى عدم بث الإشاعات.', meta, 's').events.find((e) => e.type === 'DEMAND');
  assert.doesNotMatch(demand?.target?.name_en ?? '', /activists/);
});

test('people joined by و to the subject act with it', () => {
  const e = coerce('حاصرت قوات الأمن والمسلحين مبنى البلدية في صفاقس.');
  assert.doesNotMatch(e?.target?.name_en ?? '', /gunmen/);
});

test('a word that is not a count between makes another phrase', () => {
  const doc = analyzeText('ودانت الوزارة في بيان صحافي لها مصادقة اللجنة على المشروع.', meta, 's');
  assert.ok(doc.events.every((e) => !/journalists/.test(e.target?.name_en ?? '')));
});
