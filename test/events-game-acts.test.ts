// Acts in a sentence that tells of a game (players, coaches, matches) with no word of force are no event of a conflict;
// a word of a game said of a party in politics ('اللاعب الرئيسي') tells none. Sentences written for this test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../src/pipeline.js';

const events = (text: string) => analyzeText(text, { title: null, outlet: null, url: null, published: '2024-03-10' }, 'test').events;

test('a club, a player or a coach refusing, demanding or meeting is no event', () => {
  for (const text of [
    'رفض المهاجم النيجيري عرض نادي الهلال السوداني لتجديد عقده، وقال وكيل اللاعب إن المفاوضات توقفت.',
    'وطالب مدرب المنتخب الصومالي الاتحاد المحلي بتوفير مباريات ودية قبل انطلاق التصفيات.',
    'واجتمع رئيس نادي شاختار الأوكراني باللاعبين قبل المباراة الحاسمة أمام دينامو كييف.',
    'وتكمن قوة المنتخب المالي في سرعة هجماته خلال المباراة.',
  ]) {
    assert.deepEqual(events(text).map((e) => e.type), [], text);
  }
});

test('a game word beside a word of force keeps the act', () => {
  const found = events('قتل لاعب كرة قدم وثلاثة مدنيين في غارة جوية استهدفت ملعبا في مدينة الفاشر السودانية.');
  assert.ok(found.some((e) => e.type === 'ASSAULT'), JSON.stringify(found.map((e) => e.type)));
});

test('a player in politics is figurative: the act stays', () => {
  const found = events('وانتقدت الحكومة الصومالية قطر، اللاعب الرئيسي في الملف، بسبب تدخلها في الانتخابات.');
  assert.ok(found.some((e) => e.type === 'ACCUSE'), JSON.stringify(found.map((e) => e.type)));
});
