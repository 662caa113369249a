// Acts told of football clubs and games: words of a game (data/lexicon/event_words.tsv sports_words: the goal, clubs, a
// football team) drop the acts of their sentence (src/extract/events/sports-acts.ts). Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../src/pipeline.js';

const meta = { title: null, outlet: null, url: null, published: '2024-03-10' };
const types = (text: string) => analyzeText(text, meta, 'test').events.map((e) => e.type);

test('a club official, a football team captain and the goal tell a game, no act', () => {
  assert.deepEqual(types('وطالب رئيس النادي أعضاء الشرف بدعم الأندية الصغيرة ماليا.'), []);
  assert.deepEqual(types('وأشاد قائد الفريق الكروي بالمعسكر الإعدادي في تركيا.'), []);
  assert.deepEqual(types('وانتقد الحارس زملاءه بعد أن اهتز مرماه ثلاث مرات.'), []);
});

test('an attack near a goal stays an attack', () => {
  assert.ok(types('وقتل ثلاثة أشخاص في قصف استهدف ملعبا لكرة القدم في المدينة.').includes('ASSAULT'));
});
