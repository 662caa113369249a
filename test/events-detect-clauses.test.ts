// Acts told in further clauses of one sentence ('، كما', 'فيما'), verbal nouns joined to a governed one, and a
// verb's object or a light verb's noun past a long subject: sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../src/pipeline.js';
import { wordsOf } from '../src/arabic/words.js';
import { findTriggers } from '../src/extract/events/triggers.js';

const meta = { title: null, outlet: null, url: null, published: '2024-03-10' };
const docOf = (text: string) => analyzeText(text, meta, 'test');
const hitsOf = (text: string) => {
  const doc = docOf(text);
  const words = wordsOf(doc.text, doc.sentences);
  return { words, hits: findTriggers(words) };
};

test('an act told after "، كما" or "فيما" is another act than the one told before it in the sentence, when that one names its doer', () => {
  for (const text of [
    'قصف الجيش الإسرائيلي بلدة الخيام بالمدفعية صباح اليوم، كما استهدف بلدة مارون الراس في جنوب لبنان.',
    'قصفت المدفعية الإسرائيلية مواقع لحزب الله قرب الحدود، كما قامت الطائرات الحربية الإسرائيلية بتمشيط الوادي وقصف مواقع الحزب.',
  ]) {
    const evs = docOf(text).events.filter((e) => e.type === 'ASSAULT');
    assert.equal(evs.length, 2, `${text}: ${evs.map((e) => e.trigger?.text).join(', ')}`);
  }
});

test('a toll told after "فيما" is still the dead of the attack before it', () => {
  const evs = docOf('قصفت الطائرات الحربية سوقا شعبيا في البلدة أمس، فيما قتل خمسة مدنيين.').events.filter((e) => e.type === 'ASSAULT');
  assert.equal(evs.length, 1, evs.map((e) => e.trigger?.text).join(', '));
});

test('a word joined by و to a verbal noun a preposition governs is a verbal noun too, not a verb', () => {
  const { words, hits } = hitsOf('قامت المروحيات بتمشيط الوادي وقصف تجمعات المسلحين.');
  const hit = hits.find((h) => words[h.first].text === 'وقصف');
  assert.ok(hit, 'وقصف is a trigger');
  assert.equal(hit.pos, 'noun');
  // After a means with the article, the word is a verb with its own subject.
  const other = hitsOf('استهدف الجيش المواقع بالمدفعية وقصف الطيران مخازن السلاح.');
  assert.equal(other.hits.find((h) => other.words[h.first].text === 'وقصف')?.pos, 'verb');
});

test("a past verb's object may stand after a long subject; a light verb that opens the sentence governs its noun past appositions", () => {
  const signed = docOf('وقع مساء الأربعاء ممثلو الفصائل المسلحة في الإقليم الجنوبي على اتفاق لوقف القتال.').events;
  assert.ok(signed.some((e) => e.type === 'AGREE'), signed.map((e) => e.type).join(','));
  const talks = docOf('وأجرى رئيس البعثة الدولية، التابعة للمنظمة، السفير جان دوبوا، محادثات مع مسؤولين في وزارة الخارجية.').events;
  assert.ok(talks.some((e) => e.type === 'CONSULT'), talks.map((e) => e.type).join(','));
});

test("the object is not sought past a relative or a particle of another verb, and dawn before a day is a time", () => {
  const { words, hits } = hitsOf('حاول الرجل تفجير حافلة في المحطة لكنه لم ينجح في إشعال الفتيل.');
  assert.ok(!hits.some((h) => words[h.first].text === 'حاول'), hits.map((h) => words[h.first].text).join(','));
  const dawn = hitsOf('وصل الوفد فجر اليوم إلى العاصمة بعد رحلة طويلة عبر الحدود البرية المغلقة منذ أشهر.');
  assert.ok(!dawn.hits.some((h) => dawn.words[h.first].text === 'فجر'));
});

test('a force getting ready for an offensive is a mobilisation told in the present; the offensive is its aim', () => {
  const evs = docOf('وتستعد القوات الحكومية لاقتحام المدينة خلال الأيام المقبلة بعد حصار دام أسابيع.').events;
  assert.ok(evs.some((e) => e.type === 'MOBILIZE'), evs.map((e) => e.type).join(','));
  assert.ok(!evs.some((e) => e.type === 'ASSAULT' && e.trigger?.text === 'لاقتحام'));
  // Getting ready for anything else is no mobilisation.
  assert.equal(docOf('تستعد المدينة لاستقبال آلاف الزوار في موسم الصيف.').events.length, 0);
});

test('keeping people from leaving is coercion; what a demand asks to ban is no act of its own', () => {
  const evs = docOf('منع المسلحون مئات العائلات من الخروج من المدينة المحاصرة.').events;
  assert.ok(evs.some((e) => e.type === 'COERCE'), evs.map((e) => e.type).join(','));
  const asked = docOf('طالبت الوزارة بمنع الخروج إلى الشوارع أثناء العاصفة.').events;
  assert.ok(!asked.some((e) => e.type === 'COERCE'), asked.map((e) => e.type).join(','));
});

test('a side saying it will go on fighting vows force; going on with anything else is no threat', () => {
  const evs = docOf('وقال المتحدث إن الجيش سيواصل العمل ضد الحركة في كل مكان.').events;
  assert.ok(evs.some((e) => e.type === 'THREATEN'), evs.map((e) => e.type).join(','));
  assert.ok(!docOf('ستواصل الوزارة دعم المزارعين هذا العام.').events.some((e) => e.type === 'THREATEN'));
});

test('a state letting another use its bases or airspace cooperates with it militarily; letting residents use a park does not', () => {
  const evs = docOf('وأعلن مسؤول أن الأردن سمح للطائرات الفرنسية باستخدام قاعدة جوية في شمال البلاد.').events;
  assert.ok(evs.some((e) => e.type === 'COOPERATE'), evs.map((e) => e.type).join(','));
  assert.equal(docOf('سمحت البلدية للسكان باستخدام الحدائق العامة.').events.length, 0);
  // Rules ('القواعد') and al-Qaeda ('القاعدة') are no bases.
  assert.ok(!docOf('وتسمح القواعد التي أعدها المجلس للمؤسسات المحلية باتخاذ القرار النهائي.').events.some((e) => e.type === 'COOPERATE'));
});

test('ruling out an act is a rejection; leaving a player out is not', () => {
  const evs = docOf('واستبعد وزير الخارجية التفاوض مع الجماعة المسلحة في الوقت الراهن.').events;
  assert.ok(evs.some((e) => e.type === 'REJECT'), evs.map((e) => e.type).join(','));
  assert.equal(docOf('استبعد المدرب اللاعب من قائمة المنتخب.').events.length, 0);
});

test('past the window a verb takes only a bare word as its object, and an opening light verb only an indefinite noun', () => {
  const { words, hits } = hitsOf('حقق الفريق المركز الأول في البطولة الإقليمية للأندية هذا العام.');
  assert.ok(!hits.some((h) => words[h.first].text === 'حقق'), hits.map((h) => words[h.first].text).join(','));
  const match = docOf('وبدأت الأزمة بعد أن قرر الاتحاد المحلي لكرة القدم إقامة اللقاء على ملعب المدينة.').events;
  assert.ok(!match.some((e) => e.type === 'CONSULT'), match.map((e) => e.type).join(','));
});
