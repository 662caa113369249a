// One event per happening, through the whole pipeline, on sentences written for these tests (not
// taken from the corpus): acts told with two joined verbs, headlines and leads told again, casualties.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../src/pipeline.js';
import type { EventRecord } from '../src/doc.js';

function eventsOf(text: string, title: string | null = null): EventRecord[] {
  return analyzeText(text, { title, outlet: null, url: null, published: '2024-03-10' }, 'test').events;
}
const coded = (text: string, title: string | null = null) => eventsOf(text, title).map((e) => `${e.type} ${e.source?.country ?? '-'}>${e.target?.country ?? '-'}`);

test('two verbs joined by و with one subject tell one statement', () => {
  const evs = eventsOf('رفضت روسيا المقترح الأمريكي وطالبت بضمانات أمنية مكتوبة.');
  assert.equal(evs.length, 1, JSON.stringify(coded('رفضت روسيا المقترح الأمريكي وطالبت بضمانات أمنية مكتوبة.')));
  assert.equal(evs[0].type, 'REJECT');
  assert.equal(evs[0].source?.country, 'RUS');
});

test('storming a place and seizing people there, told with two joined verbs, is one raid with its count', () => {
  const evs = eventsOf('اقتحمت القوات الإسرائيلية مخيم جنين واعتقلت عشرة شبان.');
  assert.equal(evs.length, 1, JSON.stringify(evs.map((e) => e.type)));
  assert.equal(evs[0].source?.country, 'ISR');
  assert.ok(evs[0].numbers.some((n) => n.kind === 'captured' && n.value === 10));
});

test('the killed and the wounded told with two verbs are one attack with both counts', () => {
  const evs = eventsOf('قتل خمسة مدنيين وأصيب عشرون آخرون في قصف للجيش السوري على بلدة في ريف إدلب.');
  assert.equal(evs.length, 1, JSON.stringify(evs.map((e) => e.type)));
  assert.deepEqual(evs[0].numbers.map((n) => `${n.kind}:${n.value}`).sort(), ['killed:5', 'wounded:20']);
});

test('a joined verb with a subject of its own is another act', () => {
  assert.deepEqual(coded('قصفت الطائرات الإسرائيلية مدينة غزة وردت حماس بإطلاق صواريخ على عسقلان.'), ['ASSAULT ISR>PSE', 'ASSAULT PSE>ISR']);
});

test('an accusation or concern a statement voices or answers is no statement of its own', () => {
  assert.deepEqual(coded('نفى المتحدث باسم الجيش الإسرائيلي هذا الاتهام بشكل قاطع.'), ['REJECT ISR>-']);
  assert.deepEqual(eventsOf('حذرت منظمة الصحة العالمية من أن نقص الوقود يشكل مصدر قلق بالغ.').map((e) => e.type), ['THREATEN']);
  // A call another party made, rejected, stays an act; so does a warning told after another kind of act.
  assert.deepEqual(eventsOf('رفضت الحكومة السودانية دعوة الأمم المتحدة إلى نشر قوة دولية.').map((e) => e.type), ['REJECT', 'DEMAND']);
  assert.deepEqual(eventsOf('اتهمت مصر إسرائيل بخرق الهدنة، وقصفت الطائرات الإسرائيلية رفح وسط تحذيرات دولية.').map((e) => e.type), ['ACCUSE', 'ASSAULT', 'THREATEN']);
});

test('a vague count of the dead is kept as approximate with its lower bound, and read so in the summary', () => {
  const [e] = eventsOf('قتل عشرات المدنيين في قصف جوي على مدينة حلب.');
  assert.deepEqual(e.numbers, [{ kind: 'killed', value: 10, unit: 'civilian', approximate: true, min: 10 }]);
  assert.match(e.summary_en, /killed: at least 10 civilians/);
  const [exact] = eventsOf('قتل خمسة جنود في هجوم قرب الحدود.');
  assert.deepEqual(exact.numbers, [{ kind: 'killed', value: 5, unit: 'soldier' }]);
  assert.match(exact.summary_en, /killed: 5 soldiers/);
});

test('the displaced told beside the dead are not among the attack\'s killed', () => {
  const [e] = eventsOf('قتل 3 أشخاص وشرد مئات العائلات جراء الغارات على البلدة.');
  assert.deepEqual(e.numbers.map((n) => `${n.kind}:${n.value}`), ['killed:3']);
});

test('one rejection told three times in the body, by the state and by its government, is one event', () => {
  const text = 'رفضت مصر أمس المقترح الإثيوبي بشأن السد. وقال المتحدث إن الاجتماع تناول ملفات عدة. وأكدت المصادر أن مصر رفضت أمس المقترح الإثيوبي بشكل قاطع. ووصل الوفد إلى القاهرة مساء. وأعلنت الحكومة المصرية أنها رفضت أمس المقترح الإثيوبي بعد أسابيع من المفاوضات.';
  const rejections = eventsOf(text).filter((e) => e.type === 'REJECT');
  assert.equal(rejections.length, 1, JSON.stringify(coded(text)));
  assert.equal(rejections[0].source?.country, 'EGY');
  assert.equal(rejections[0].target?.country, 'ETH');
});

test('two strikes by one side on the same enemy, on two towns or on two days, stay two events', () => {
  const towns = 'قصفت الطائرات الإسرائيلية أمس مدينة صور في جنوب لبنان. وقال سكان إن القصف ألحق أضرارا بالمنازل. وقصفت الطائرات الإسرائيلية أمس مدينة النبطية في جنوب لبنان.';
  assert.deepEqual(coded(towns), ['ASSAULT ISR>LBN', 'ASSAULT ISR>LBN']);
  const days = 'قصفت الطائرات الإسرائيلية أمس مدينة صور في جنوب لبنان. وقال سكان إن القصف ألحق أضرارا بالمنازل. وقصفت الطائرات الإسرائيلية اليوم مدينة صور في جنوب لبنان.';
  assert.deepEqual(coded(days), ['ASSAULT ISR>LBN', 'ASSAULT ISR>LBN']);
});

test('two acts of one sentence told with two words, each at towns of its own on the map, stay two acts', () => {
  // (The opening sentence summarises the report and names its places loosely: the acts are told after it.)
  const text = 'أفاد مراسلنا بتصعيد في الجنوب. أطلق الجيش الإسرائيلي قذائف مدفعية على مدينتي صور والنبطية، واستهدفت طائراته الحربية مدينة بعلبك. وقال مسؤول محلي إن الأضرار كبيرة.';
  const evs = eventsOf(text).filter((e) => e.type === 'ASSAULT');
  assert.equal(evs.length, 2, JSON.stringify(coded(text)));
  // The same towns named after both words are one act told twice.
  const once = 'أفاد مراسلنا بتصعيد في الجنوب. أطلق الجيش الإسرائيلي قذائف مدفعية على مدينة صور، واستهدفت طائراته الحربية مدينة صور. وقال مسؤول محلي إن الأضرار كبيرة.';
  assert.equal(eventsOf(once).filter((e) => e.type === 'ASSAULT').length, 1, JSON.stringify(coded(once)));
});

test('the wounded told with an attack are its toll, as the dead are', () => {
  const evs = eventsOf('أفاد مراسلنا بتطورات جديدة. وقتل مقاتل وأصيب خمسة آخرون بقذيفة هاون أطلقها المسلحون على حي الشيخ عثمان في عدن.').filter((e) => e.type === 'ASSAULT');
  assert.equal(evs.length, 1, JSON.stringify(evs.map((e) => e.trigger?.text)));
  // The means of an act of its own kind, a few words on, is that act: 'ارتكبت مجزرة بحق المدنيين في البلدة بقصف عشوائي'.
  const means = eventsOf('أفاد مراسلنا بتطورات جديدة. وأكد مسؤول أن المسلحين ارتكبوا مجزرة بحق الأطفال والمدنيين في حي الشيخ عثمان بقصف عشوائي.').filter((e) => e.type === 'ASSAULT');
  assert.equal(means.length, 1, JSON.stringify(means.map((e) => e.trigger?.text)));
});
