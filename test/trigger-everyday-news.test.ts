// Everyday news that reads like an act: a reception of well-wishers past a long title and a time set off by commas, the
// crowds a place takes in, a fire brought under control, a friendly game, research, need that calls for something, staff
// urged to work (forbids of data/lexicon/triggers.tsv, looked for past commas in triggers.ts). Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findTriggers } from '../src/extract/events/triggers.js';
import { wordsOf } from '../src/arabic/words.js';
import { splitSentences } from '../src/arabic/sentences.js';

const hitsIn = (text: string) => findTriggers(wordsOf(text, splitSentences(text))).map((h) => `${h.entry.type}:${h.entry.lemma}`);
const typed = (text: string, type: string) => hitsIn(text).filter((h) => h.startsWith(type));

test('well-wishers and staff received past a long title and commas are no talks', () => {
  assert.deepEqual(typed('استقبل محافظ المنطقة الشرقية الأستاذ سعد بن عبدالله الفهد، مساء أمس، المهنئين بعيد الأضحى من موظفي المحافظة.', 'CONSULT'), []);
  assert.deepEqual(typed('وحث مدير عام الشؤون الصحية بالمنطقة الدكتور فهد العتيبي، منسوبي المديرية على مضاعفة الجهد.', 'DEMAND'), []);
});

test('the crowds a place takes in are no talks', () => {
  assert.deepEqual(typed('وقال مدير المطار إن المطار يستقبل الشهر المقبل أول فوج من المسافرين القادمين من آسيا.', 'CONSULT'), []);
  assert.deepEqual(typed('وقالت الطبيبة: استقبلنا 30 طفلا مصابين بضربات الشمس.', 'CONSULT'), []);
  assert.deepEqual(typed('واستقبلت المدينة ما يقرب من ثلاثة ملايين زائر هذا الصيف.', 'CONSULT'), []);
});

test('a fire, a friendly game, research and need are no acts', () => {
  assert.deepEqual(typed('وسيطرت فرق الإطفاء على حريق اندلع في مستودع للأخشاب.', 'COERCE'), []);
  assert.deepEqual(typed('ويجري المنتخب لقاءه الودي الثاني أمام منتخب عمان.', 'CONSULT'), []);
  assert.deepEqual(typed('وتعمل في الجامعة مراكز بحث علمي متخصصة في الطاقة.', 'CONSULT'), []);
  assert.deepEqual(typed('وقد تمدد اللجنة أعمالها أسبوعا آخر إذا دعت الحاجة إلى ذلك.', 'DEMAND'), []);
});

test('a guest received, a call made and ground seized stay acts', () => {
  assert.ok(hitsIn('استقبل ولي العهد الأردني الأمير الحسين بن عبدالله، أمس، وزير الخارجية الفرنسي.').includes('CONSULT:استقبل/يستقبل'));
  assert.ok(hitsIn('ودعا الأمين العام للأمم المتحدة، أمس، الأطراف المتحاربة إلى وقف القتال.').includes('DEMAND:دعا/يدعو'));
  assert.ok(hitsIn('وسيطرت قوات الحكومة على مطار المدينة بعد معارك عنيفة.').includes('COERCE:سيطر/يسيطر'));
  assert.ok(hitsIn('وعقد الوفدان لقاء في الدوحة بحثا خلاله وقف إطلاق النار.').some((h) => h.startsWith('CONSULT')));
});

test('a source who declines to be named neither rejects nor demands', () => {
  assert.deepEqual(typed('وقال مسؤول عسكري رفض الكشف عن هويته إن القوات تقدمت نحو المدينة.', 'REJECT'), []);
  assert.deepEqual(typed('وأوضح ضابط في الشرطة طلب عدم ذكر اسمه أن المشتبه به اعتقل.', 'DEMAND'), []);
  assert.ok(hitsIn('ورفضت الحكومة الانسحاب من المفاوضات.').some((h) => h.startsWith('REJECT')));
});

test('residents, young people and staff met are no talks; an envoy met stays one', () => {
  assert.deepEqual(typed('وقال المسؤول الأممي: التقيت بشباب من المخيم حدثوني عن أحلامهم.', 'CONSULT'), []);
  assert.deepEqual(typed('والتقى الوزير منسوبي الوزارة في حفل المعايدة.', 'CONSULT'), []);
  assert.ok(hitsIn('والتقى المبعوث الأممي وزير الخارجية السوداني في بورتسودان.').includes('CONSULT:التقي/يلتقي'));
});

test('a danger said again after بل or و is still a danger described, no threat', () => {
  assert.deepEqual(typed('ويرى الباحث أن الجفاف يشكل تهديدا كبيرا، بل تهديدا وجوديا للمزارعين.', 'THREATEN'), []);
  assert.deepEqual(typed('وقال إن هذه الجماعة تهدد مصالحنا وتهدد حلفاءنا في المنطقة.', 'THREATEN'), []);
  assert.ok(hitsIn('وهدد قائد الميليشيا باقتحام المدينة خلال أيام.').some((h) => h.startsWith('THREATEN')));
});

test('a requirement, a rule accorded with, a blessing, insurance claims and a festival praised are no acts', () => {
  assert.deepEqual(typed('وسيواصل الفريق العمل ليلا حتى لو تطلب ذلك ساعات إضافية.', 'DEMAND'), []);
  assert.deepEqual(typed('وتعمل اللجنة بما يتفق مع الأنظمة المعمول بها.', 'AGREE'), []);
  assert.deepEqual(typed('سائلين الله أن يحفظ البلاد ويمد ولاة الأمر بعونه وتأييده.', 'SUPPORT'), []);
  assert.deepEqual(typed('ويعمل في القطاع 12 شركة تأمين وخمس شركات إدارة مطالبات.', 'DEMAND'), []);
  assert.deepEqual(typed('وأشاد وكيل المحافظة بمهرجان الصيف وما قدمه من فعاليات للأسر.', 'SUPPORT'), []);
});

test('a call for talks, an agreement and praise of a party stay acts', () => {
  assert.ok(hitsIn('واتفقت الحكومة مع المتمردين على وقف إطلاق النار.').some((h) => h.startsWith('AGREE')));
  assert.ok(hitsIn('وأشاد الرئيس بموقف الحكومة المصرية من الأزمة.').some((h) => h.startsWith('SUPPORT')));
  assert.ok(hitsIn('وطلبت الحكومة من الأمم المتحدة إرسال مراقبين.').some((h) => h.startsWith('DEMAND')));
});

test('an act delayed, planned or a lawsuit is no act; the act done stays', () => {
  assert.deepEqual(typed('وانتقد النائب التأخير في عمليات تحرير المدينة من المسلحين.', 'COERCE'), []);
  assert.deepEqual(typed('وقال القائد إن دخول القوات ضمن خطة تحرير البلدة مرتبط بخروج المدنيين.', 'COERCE'), []);
  assert.deepEqual(typed('وقررت المحكمة وقف سير الدعوة بحق متهم آخر.', 'DEMAND'), []);
  assert.ok(hitsIn('وأعلن الجيش تحرير البلدة من المسلحين بعد معارك استمرت يومين.').some((h) => h.startsWith('COERCE')));
  assert.ok(hitsIn('وجدد الوزير الدعوة إلى وقف القتال في المدينة.').some((h) => h.startsWith('DEMAND')));
});

test('an interview given to the media is no talks; a meeting of two sides stays one', () => {
  assert.deepEqual(typed('وقال الوزير خلال لقاء مع قناة العربية إن الوضع مستقر.', 'CONSULT'), []);
  assert.deepEqual(typed('وأجرى المكتب الإعلامي لقاء مع مدير المستشفى حول الاستعدادات.', 'CONSULT'), []);
  assert.ok(hitsIn('وعقد وزيرا الخارجية لقاء في القاهرة أمس.').some((h) => h.startsWith('CONSULT')));
});
