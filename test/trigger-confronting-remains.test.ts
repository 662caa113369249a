// The singular noun of confronting a threat or a rival team is no clash; the dead whose bodies are carried, buried or
// prayed over are mourned, no act told; a complaint written or traffic freed is no ground taken. Sentences written
// for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findTriggers } from '../src/extract/events/triggers.js';
import { wordsOf } from '../src/arabic/words.js';
import { splitSentences } from '../src/arabic/sentences.js';

const types = (text: string) => findTriggers(wordsOf(text, splitSentences(text))).map((h) => h.entry.type);

test('confronting a threat, a plan against one or a match is no clash', () => {
  assert.ok(!types('وأكد الوزير قدرة الأجهزة الأمنية على مواجهة الإرهاب بحزم.').includes('ASSAULT'));
  assert.ok(!types('وناقش الاجتماع سبل مواجهة التنظيم في المنطقة.').includes('ASSAULT'));
  assert.ok(!types('ونجحت خطة مواجهة الطوارئ خلال موسم الحج.').includes('ASSAULT'));
  assert.ok(!types('ويخوض المنتخب مواجهة مصيرية مع الكويت مساء اليوم.').includes('ASSAULT'));
  // A clash with a party is one.
  assert.ok(types('وقتل ثلاثة جنود في مواجهة مع مسلحين قرب الحدود.').includes('ASSAULT'));
  assert.ok(types('واندلعت مواجهات عنيفة بين المحتجين والشرطة.').includes('ASSAULT'));
});

test('the bodies of the dead carried or prayed over tell no act', () => {
  assert.ok(!types('ونقلت طائرة عسكرية جثمان الشهيد إلى مسقط رأسه.').includes('ASSAULT'));
  assert.ok(!types('وأدى المصلون صلاة الجنازة في جامع المدينة بعد تشييع الشهيد.').includes('ASSAULT'));
  assert.ok(types('وسقط شهيد برصاص قوات الاحتلال في نابلس.').includes('ASSAULT'));
});

test('a complaint written or traffic freed is no ground taken', () => {
  assert.ok(!types('وطلب القاضي من المدعي تحرير شكواه ضد المتهمين.').includes('COERCE'));
  assert.ok(!types('ويهدف المشروع إلى تحرير الحركة المرورية في وسط المدينة.').includes('COERCE'));
  assert.ok(types('وأعلن الجيش تحرير المدينة من المسلحين.').includes('COERCE'));
});

test('an attack in words, a war of prices and a snatched win are no attacks', () => {
  assert.ok(!types('وهاجم وزير الخارجية السياسات الإيرانية في المنطقة.').includes('ASSAULT'));
  assert.ok(types('وهاجم مسلحون نقطة تفتيش للجيش جنوب المدينة.').includes('ASSAULT'));
  assert.ok(!types('وأعلنت الحكومة حربا اقتصادية على المحتكرين.').includes('ASSAULT'));
  assert.ok(!types('وتواصل الهيئة الحرب على الفساد في الوزارات.').includes('ASSAULT'));
  assert.ok(types('واندلعت الحرب بين البلدين قبل عامين.').includes('ASSAULT'));
  assert.ok(!types('وخطف الفريق الضيف الفوز في الدقائق الأخيرة.').includes('ASSAULT'));
  assert.ok(!types('ونجح اللاعب في خطف الأضواء خلال المباراة.').includes('ASSAULT'));
  assert.ok(types('وخطف مسلحون مجهولون صحفيا أجنبيا في العاصمة.').includes('ASSAULT'));
  // A checkpoint, a name with «الدين», an aim or the authorities after a real abduction do not make it a figure.
  assert.ok(types('وخطف مسلحون سائقين عند نقطة تفتيش وهمية جنوب المدينة.').includes('ASSAULT'));
  assert.ok(types('وأعلنت كتائب عز الدين القسام خطف جندي قرب الحدود.').includes('ASSAULT'));
  assert.ok(types('وخطف مسلحون رجل أعمال بهدف الحصول على فدية وطالبوا السلطات بالإفراج عن رفاقهم.').includes('ASSAULT'));
});

test('a record, a parked car, symptoms under control, a form filled, a market left, a patient taken to hospital', () => {
  assert.ok(!types('واستقبلت المدينة مليون زائر لتحتل رقما قياسيا في عدد الزوار.').includes('COERCE'));
  assert.ok(!types('ورصدت الكاميرا رجلين أوقفا سيارتيهما في مكان ممنوع الوقوف فيه.').includes('COERCE'));
  assert.ok(!types('ويساعد الدواء على السيطرة على الأعراض لدى المرضى.').includes('COERCE'));
  assert.ok(types('وأعلن الجيش السيطرة على المدينة بعد معارك.').includes('COERCE'));
  assert.ok(!types('ويبدأ التسجيل بتعبئة حقول البيانات الخاصة بالزائر.').includes('MOBILIZE'));
  assert.ok(!types('وقررت الشركة الانسحاب من السوق الأوروبية.').includes('RETREAT'));
  assert.ok(types('وأعلن الجيش الانسحاب من البلدة بعد المعارك.').includes('RETREAT'));
  assert.ok(!types('وأصيب الجندي وتم نقله إلى مستشفى القوات المسلحة في العاصمة.').includes('MOBILIZE'));
});

test('what gives cause for a feeling, and a body urging its staff, is no demand', () => {
  assert.ok(!types('واستثنى الاتفاق طهران بشكل يدعو إلى الريبة.').includes('DEMAND'));
  assert.ok(!types('وحث الوزير جميع الموظفين على مواصلة العمل بعد العيد.').includes('DEMAND'));
  assert.ok(types('ودعا الأمين العام الأطراف إلى وقف القتال فورا.').includes('DEMAND'));
});

test('a hospital, a mosque or a care home visited is no meeting of parties', () => {
  assert.ok(!types('وزار وفد النادي مستشفى المدينة لمعايدة المرضى المنومين.').includes('CONSULT'));
  assert.ok(!types('وقام الوفد بزيارة الحرم المكي وأداء العمرة.').includes('CONSULT'));
  assert.ok(types('وزار وزير الخارجية المصري الرياض والتقى نظيره السعودي.').includes('CONSULT'));
});
