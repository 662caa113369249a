// A sentence that tells an act of the report again is about that act: the other acts of its type told there
// with a noun (its dead, its arrests) are that act, not new ones. Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../src/pipeline.js';
import { wordsOf } from '../src/arabic/words.js';
import { repeatedSentences } from '../src/extract/events/merge-repeat.js';

const coded = (text: string) =>
  analyzeText(text, { title: null, outlet: null, url: null, published: '2024-03-10' }, 'test').events.map((e) => `${e.type} ${e.trigger?.text}`);

test('the arrests told in the sentence that retells a raid are the raid', () => {
  const text = 'أطلقت السلطات الأردنية حملة مداهمات واسعة في مدينة الزرقاء أمس ضد خلايا متطرفة. وأفاد بيان للأمن العام بأن المداهمات جرت في أحياء عدة، مضيفا أنه تم توقيف 30 شخصا.';
  const evs = analyzeText(text, { title: null, outlet: null, url: null, published: '2024-03-10' }, 'test').events;
  assert.deepEqual(evs.map((e) => e.type), ['COERCE']);
  assert.ok(evs[0].numbers.some((n) => n.kind === 'captured' && n.value === 30));
});

test('the victims told in the sentence that retells a shelling are its victims', () => {
  assert.deepEqual(coded('قصفت المدفعية التركية قرية كفر جنة في ريف عفرين أمس. وذكر ناشطون أن القصف تسبب بأضرار كبيرة، مشيرين إلى سقوط ضحايا وجرحى.'), ['ASSAULT قصفت']);
});

test('another place, or a verb with a subject of its own, in the retelling sentence is another act', () => {
  const lead = 'شنت القوات الجوية الإسرائيلية غارات على بلدة بيت حانون شمال غزة مساء أمس. وأكد الدفاع المدني أن الغارات دمرت عدة مبان، ';
  assert.equal(coded(lead + 'مشيرا إلى مقتل ستة أشخاص في قصف على مدينة رفح.').length, 2);
  assert.equal(coded(lead + 'فيما قصفت المدفعية الإسرائيلية مدينة رفح.').length, 2);
});

test('a sentence that repeats an earlier one word for word (a caption, a tweet) tells its acts again, whatever its verb', () => {
  const layer = (doc: { text: string; sentences: { start: number; end: number }[] }) => wordsOf(doc.text, doc.sentences);
  const text = 'قامت قوات الاحتلال بإطلاق قذائف مدفعية على بلدتي يارون وشبعا جنوبي لبنان. وقال الأهالي إن الأضرار كبيرة في المنازل. الاحتلال أطلق قذائف مدفعية على بلدتي يارون وشبعا جنوبي لبنان.';
  assert.deepEqual(coded(text), ['ASSAULT بإطلاق قذائف']);
  const doc = analyzeText(text, { title: null, outlet: null, url: null, published: '2024-03-10' }, 'test');
  assert.deepEqual([...repeatedSentences(layer(doc))], [[2, 0]]);
  // A sentence sharing a few words with an earlier one is its own.
  const two = 'قصفت الطائرات بلدة يارون جنوبي لبنان أمس. وقصفت المدفعية بلدة شبعا في منطقة العرقوب صباح اليوم.';
  assert.equal(repeatedSentences(layer(analyzeText(two, { title: null, outlet: null, url: null, published: '2024-03-10' }, 'test'))).size, 0);
});
