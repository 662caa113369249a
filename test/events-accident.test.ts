// A death or wound told with an accident, nobody named who caused it, is no attack (src/extract/events/accident.ts;
// data/lexicon/event_words.tsv accident_words). Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../src/pipeline.js';
import { extractEvents } from '../src/extract/events/index.js';

const meta = { title: null, outlet: null, url: null, published: '2020-05-01' };
const assaults = (text: string) => extractEvents(analyzeText(text, meta, 't')).filter((e) => e.type === 'ASSAULT');

test('harm told with a traffic accident, a sinking, a fire or a collapse is no attack', () => {
  for (const text of [
    'وأصيب خمسة أشخاص بجروح متفاوتة إثر انقلاب سيارة كانوا يستقلونها على طريق الرياض الدمام السريع.',
    'توفي ثلاثة أشخاص وأصيب اثنان آخران في حادث تصادم مروع بين سيارتين على طريق جدة.',
    'لقي 13 شخصا مصرعهم بعد ما غرق مركب كانوا يستقلونه في نهر النيل.',
    'قتل عشرة أشخاص في حريق اندلع في مصنع للنسيج بمدينة القاهرة.',
    'وقتل أربعة عمال إثر انهيار مبنى قديم في حي شعبي بالإسكندرية.',
  ]) assert.deepEqual(assaults(text).map((e) => e.cameo), [], text);
});

test('an attack told with a fire or a collapse it caused is still an attack', () => {
  for (const text of [
    'قتل ثلاثة مدنيين في حريق اندلع إثر قصف الطيران الروسي لسوق في إدلب.',
    'وقتل مسلحون مجهولون خمسة أشخاص بعد اصطدام سيارتهم بحاجز أمني في بغداد.',
  ]) assert.ok(assaults(text).length > 0, text);
});

test('a coup is no accident: «انقلاب» alone does not end an attack', () => {
  assert.ok(assaults('وقتل الجيش عشرات المتظاهرين الذين خرجوا ضد الانقلاب في العاصمة.').length > 0);
});

test('a filling station, a top match and a death sentence carried out are no acts (not_event_phrases)', () => {
  const all = (text: string) => extractEvents(analyzeText(text, meta, 't'));
  assert.deepEqual(all('وتم افتتاح محطة تعبئة جديدة تعمل على مدار الساعة في شمال المدينة.').map((e) => e.type), []);
  assert.deepEqual(all('وقال المدرب إن فريقه ارتكب أخطاء كثيرة خلال مباراة القمة أمام الفريق المنافس.').map((e) => e.type), []);
  assert.deepEqual(all('ونفذت وزارة الداخلية اليوم حكم القتل قصاصا في الجاني بمنطقة القصيم.').filter((e) => e.type === 'ASSAULT').map((e) => e.type), []);
});
