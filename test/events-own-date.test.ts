// An act dated by a time word of its own (attributes.ts ownDate): the date it takes, and two acts of one sentence
// each dated on its own day kept apart by the merge. Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../src/pipeline.js';

const published = '2024-05-18'; // a Saturday
const events = (text: string) =>
  analyzeText(text, { title: null, outlet: null, url: null, published }, 'test').events
    .filter((e) => e.type === 'ASSAULT').map((e) => `${e.trigger?.text}@${e.date}`);

test('a time word right after the act dates it, though another time word of the sentence is nearer its start', () => {
  // 'اليوم' (the statement's day) stands nearer the noun's start than 'مساء الخميس', which follows the act.
  const got = events('قال المتحدث اليوم إن الغارة الإسرائيلية مساء الخميس على مخيم النصيرات كانت الأعنف منذ أسابيع.');
  assert.deepEqual(got, ['الغارة@2024-05-16']);
});

test('two acts of one sentence dated each by its own time word are two acts', () => {
  const got = events('وكان الجيش الإسرائيلي، بعد القصف المتواصل أول أمس الخميس لمدرسة الفاخورة في جباليا، قد اقتحم أمس المدرسة واعتقل عددا من النازحين.');
  assert.ok(got.some((e) => e.endsWith('@2024-05-16')), got.join(' '));
  assert.ok(got.some((e) => e.endsWith('@2024-05-17')), got.join(' '));
});

test('an act with no time word of its own is not set apart by the date it borrows from the sentence', () => {
  // 'الشهيد' borrows 'صباح أمس'; the death itself is dated 'يوم الأحد الماضي': one death, one event.
  const got = events('شيع أهالي بلدة عيتا الشعب صباح أمس جثمان الشهيد علي حسن الذي قتل يوم الأحد الماضي في غارة إسرائيلية على البلدة.');
  assert.equal(got.length, 1, got.join(' '));
});
