// Acts of conflict news told with words the first lexicon lacked: a deed held to be a crime, a breach named,
// a price promised, all options kept open, a call received, land confiscated, homes demolished, barrel bombs,
// an invasion, a stabbing attack; and the readings of the same words that are no act. Sentences written for this test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../src/pipeline.js';
import { firstEvent } from './helpers.js';

// A report's first sentence, as the learned report check reads it in an article (see report-filter.ts).
const REST = ' وتابع المراسل التطورات من المنطقة. ولم ترد تفاصيل أخرى.';
const leadEvent = (text: string, type: string) => {
  const ev = analyzeText(text + REST, { title: null, outlet: null, url: null, published: '2024-03-10' }, 'test').events.find((e) => e.type === type);
  assert.ok(ev, `a ${type} event in: ${text}`);
  return ev;
};
const types = (text: string) => analyzeText(text, { title: null, outlet: null, url: null, published: '2024-03-10' }, 'test').events.map((e) => e.type);

test('a deed held to be a crime accuses its doer; the present of a generalisation does not', () => {
  const e = firstEvent('واعتبرت الخارجية الفلسطينية القصف الإسرائيلي جريمة حرب.', 'ACCUSE');
  assert.equal(e.source?.country, 'PSE');
  assert.equal(e.target?.country, 'ISR');
  assert.ok(!types('ويعتبر الإرهاب من أكبر التحديات التي تواجه العالم.').includes('ACCUSE'));
});

test('a breach named flagrant accuses whoever committed it', () => {
  const e = firstEvent('وقالت الأمم المتحدة إن الغارة الروسية انتهاك صارخ للقانون الدولي.', 'ACCUSE');
  assert.equal(e.target?.country, 'RUS');
});

test('a price promised and all options kept open are threats', () => {
  const e = firstEvent('وقال قائد الحرس الثوري إن إسرائيل ستدفع الثمن غاليا.', 'THREATEN');
  assert.equal(e.target?.country, 'ISR');
  assert.equal(firstEvent('وقال البيت الأبيض إن كل الخيارات مطروحة للتعامل مع إيران.', 'THREATEN').source?.country, 'USA');
});

test('a call made or received is a consultation; a telecoms company is not', () => {
  const e = firstEvent('وأجرى وزير الخارجية السعودي اتصالا بنظيره الأمريكي.', 'CONSULT');
  assert.equal(e.source?.country, 'SAU');
  assert.equal(e.target?.country, 'USA');
  assert.ok(!types('وأعلنت شركة الاتصالات السعودية عن عروض جديدة.').includes('CONSULT'));
});

test('land confiscated and homes demolished by a force are acts of conflict; customs seizures and court orders are not', () => {
  assert.equal(firstEvent('وصادرت قوات الاحتلال الإسرائيلي 50 دونما من أراضي بلدة بيت أمر.', 'COERCE').source?.country, 'ISR');
  assert.equal(leadEvent('هدمت جرافات الاحتلال الإسرائيلي منزلا في القدس.', 'ASSAULT').source?.country, 'ISR');
  assert.ok(!types('وصادرت الجمارك السعودية شحنة من السجائر المهربة في ميناء جدة.').includes('COERCE'));
  assert.ok(!types('ويحتج المستوطنون على قرار المحكمة العليا هدم مبنيين في المستوطنة.').includes('ASSAULT'));
});

test('an invasion and a stabbing attack are assaults; floods and a legal appeal are not', () => {
  const e = firstEvent('واجتاحت القوات الإسرائيلية مدينة رفح.', 'ASSAULT');
  assert.equal(e.source?.country, 'ISR');
  assert.ok(types('وأصيب مستوطن إسرائيلي في عملية طعن قرب الخليل.').includes('ASSAULT'));
  assert.ok(!types('واجتاحت السيول عددا من القرى في جنوب المملكة.').includes('ASSAULT'));
  assert.ok(!types('وطعن المحامي في الحكم الصادر بحق موكله.').includes('ASSAULT'));
});

test('bombs dropped, an air raid, buildings blown up, a captive beheaded are assaults; a speech, a deal undermined are not', () => {
  assert.equal(firstEvent('وألقت الطائرات الحربية السورية قنابل على مدينة إدلب.', 'ASSAULT').source?.country, 'SYR');
  assert.equal(leadEvent('أغارت الطائرات الإسرائيلية على بلدة الخيام في جنوب لبنان.', 'ASSAULT').source?.country, 'ISR');
  assert.equal(firstEvent('ونسفت قوات الاحتلال الإسرائيلي منازل في رفح.', 'ASSAULT').source?.country, 'ISR');
  assert.equal(firstEvent('وذبح تنظيم داعش رهينة ياباني في سوريا.', 'ASSAULT').source?.entity, 'rasad:org:islamic-state');
  assert.ok(!types('وألقى الرئيس الأمريكي كلمة أمام الكونغرس.').includes('ASSAULT'));
  assert.ok(!types('ونسف القرار الاتفاق بين الطرفين.').includes('ASSAULT'));
  assert.ok(!types('وذبح المواطنون الأضاحي في أول أيام العيد.').includes('ASSAULT'));
});

test('an ambassador summoned reduces relations; positions vacated by a force are a withdrawal', () => {
  const e = firstEvent('وأعلنت الخارجية المصرية استدعاء السفير الإسرائيلي.', 'SANCTION');
  assert.equal(e.source?.country, 'EGY');
  assert.equal(e.target?.country, 'ISR');
  assert.equal(firstEvent('وأخلت القوات الأمريكية مواقعها في شمال سوريا.', 'RETREAT').source?.country, 'USA');
  assert.ok(!types('وأخلت السلطات المنازل القريبة من مجرى السيل.').includes('RETREAT'));
});
