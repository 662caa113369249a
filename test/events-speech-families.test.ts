// Speech acts news tells without the usual verbs: blame by description ('وصف ... بأنه عدوان'), a strike
// announced ('سترد بقوة', 'الرد سيكون مزلزلا'), an ultimatum, measures of force announced, a stand declared
// beyond bargaining; and a verb of avoiding that negates the act after it. Sentences written for this test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../src/pipeline.js';
import { firstEvent } from './helpers.js';

const types = (text: string) => analyzeText(text, { title: null, outlet: null, url: null, published: '2024-03-10' }, 'test').events.map((e) => e.type);

test('calling a deed or a party by a word of blame accuses it; a plain description does not', () => {
  const e = firstEvent('ووصفت موسكو الضربة الأمريكية بأنها عدوان سافر.', 'ACCUSE');
  assert.equal(e.source?.country, 'RUS');
  assert.equal(e.target?.country, 'USA');
  assert.ok(types('وندد الجيش اللبناني بالغارة، واصفا إياها بالاعتداء الإسرائيلي الجبان.').includes('ACCUSE'));
  assert.ok(!types('ووصف الرئيس التركي اللقاء مع نظيره الروسي بأنه مثمر وبناء.').includes('ACCUSE'));
});

test('a party that says it will strike back, or that its response will be devastating, threatens', () => {
  const e = firstEvent('وقال قائد الحرس الثوري إن إيران سترد بقوة على أي اعتداء أمريكي.', 'THREATEN');
  assert.equal(e.source?.country, 'IRN');
  assert.equal(e.target?.country, 'USA');
  const r = firstEvent('وقال المتحدث باسم الحوثيين إن الرد على العدوان السعودي سيكون مزلزلا.', 'THREATEN');
  assert.equal(r.target?.country, 'SAU');
  // A reply to an offer is no threat.
  assert.ok(!types('وقال رئيس النادي إن الرد على عرض الاتحاد الإسباني سيكون خلال أيام.').includes('THREATEN'));
});

test('an ultimatum and measures of force announced are threats; measures for the economy are not', () => {
  assert.ok(types('وقال قائد الجيش اليمني إن المسلحين الحوثيين لا خيار أمامهم سوى تسليم أنفسهم أو الموت.').includes('THREATEN'));
  const e = firstEvent('وقال وزير الدفاع الأمريكي إن الولايات المتحدة ستتخذ إجراءات دفاعية لحماية القوات الكردية.', 'THREATEN');
  assert.equal(e.source?.country, 'USA');
  assert.ok(!types('وقال وزير المالية السعودي إن الحكومة ستتخذ إجراءات لدعم الاقتصاد.').includes('THREATEN'));
});

test('a stand declared beyond bargaining rejects; talks held indirectly do not', () => {
  const e = firstEvent('وأكد الرئيس اليمني أن السيادة على الجزر اليمنية مسألة غير قابلة للمساومة.', 'REJECT');
  assert.equal(e.source?.country, 'YEM');
  assert.ok(!types('وجرت المفاوضات بين الوفدين اليمنيين بشكل غير مباشر في مسقط.').includes('REJECT'));
});

test('a call the speaker avoided making did not happen', () => {
  const e = firstEvent('وتحاشى المتحدث باسم الخارجية الأمريكية دعوة روسيا إلى الانضمام للتحالف.', 'DEMAND');
  assert.equal(e.modality, 'negated');
});

test('an ultimatum told after a verb of saying is a statement of its own, not the content of the refusal before it', () => {
  const text = 'وأوضح القيادي في المقاومة الشعبية أبو محمد العدني أن القناصة يرفضون تسليم أنفسهم، مؤكدا أنه لا خيار أمامهم غير تسليم أنفسهم أو الموت.';
  assert.ok(types(text).includes('REJECT'));
  assert.ok(types(text).includes('THREATEN'));
});

test('brandishing force, serving an ultimatum or setting a deadline threatens; a siren does not', () => {
  assert.equal(firstEvent('ولوح وزير الدفاع الإسرائيلي باستخدام القوة ضد لبنان.', 'THREATEN').source?.country, 'ISR');
  const u = firstEvent('ووجه الجيش السوداني إنذارا نهائيا لقوات الدعم السريع بمغادرة المدينة.', 'THREATEN');
  assert.equal(u.target?.entity, 'rasad:org:rapid-support-forces');
  const d = firstEvent('وأمهل الجيش العراقي مسلحي داعش 48 ساعة لتسليم أنفسهم.', 'THREATEN');
  assert.equal(d.source?.country, 'IRQ');
  assert.ok(!types('وأطلقت صفارات الإنذار في مدينة حيفا.').includes('THREATEN'));
});

test('one\'s own support declared is support; a programme of support is not', () => {
  const e = firstEvent('وأعربت الولايات المتحدة عن دعمها الكامل للحكومة العراقية.', 'SUPPORT');
  assert.equal(e.source?.country, 'USA');
  assert.equal(e.target?.country, 'IRQ');
  assert.equal(firstEvent('وجدد الرئيس الفرنسي دعمه لأوكرانيا.', 'SUPPORT').target?.country, 'UKR');
  assert.ok(!types('وأكد مدير الهيئة أن البرنامج يسهم في دعم المشروعات الصغيرة.').includes('SUPPORT'));
});
