// Readings of trigger words that tell no act, met in the Saudi press (session 21): a prayer is no appeal, achieving is no
// inquiry, a quoted name is no act, 'ضمن' is 'within', a fire brought under control is no ground seized
// (data/lexicon/triggers.tsv guards 'prayer' and 'achieves', data/lexicon/event_words.tsv).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../src/pipeline.js';
import { perfectForms } from '../src/extract/events/lexicon.js';

const meta = { title: null, outlet: null, url: null, published: '2015-05-04' };
const types = (text: string, type: string) => analyzeText(text, meta, 's').events.filter((e) => e.type === type).length;

test('God called on is a prayer, not an appeal', () => {
  assert.equal(types('وفي ختام الحفل ودعا المحافظ الله أن يحفظ البلاد من كل سوء.', 'DEMAND'), 0);
  assert.equal(types('وشارك المئات في تشييع الفقيد، داعين المولى أن يلهم ذويه الصبر.', 'DEMAND'), 0);
  assert.equal(types('وبهذه المناسبة ندعو أن يعيد ربي هذه الأيام على الوطن بالخير.', 'DEMAND'), 0);
  assert.equal(types('وقدم العزاء لأسرة الفقيد ودعوات الحاضرين بأن يتغمده الله برحمته.', 'DEMAND'), 0);
});

test('a party called on stays an appeal, Hezbollah too', () => {
  assert.equal(types('ودعا وزير الخارجية حزب الله إلى الانسحاب من سوريا فورا.', 'DEMAND'), 1);
  assert.equal(types('ودعا الرئيس المتظاهرين إلى إخلاء الساحة قبل المساء.', 'DEMAND'), 1);
});

test('what was achieved is no inquiry', () => {
  assert.equal(types('وأشاد المدرب بالفوز الكبير الذي حققه الفريق في المباراة الأخيرة.', 'ACCUSE'), 0);
  assert.equal(types('وتحدث عن المكاسب التي حققتها الشركة في الربع الأول.', 'ACCUSE'), 0);
  assert.equal(types('وهي الغاية التي تسعى الوزارة إلى تحقيقها خلال الأعوام المقبلة.', 'ACCUSE'), 0);
  assert.equal(types('وقال إن المدير حقق في فترة وجيزة ما عجز عنه غيره.', 'ACCUSE'), 0);
});

test('an inquiry stays one', () => {
  assert.equal(types('وقالت الحكومة إنها تحقق في تقارير عن انتهاكات ارتكبها جنود في الإقليم.', 'ACCUSE'), 1);
  assert.equal(types('وبدأت اللجنة تحقيقها في أسباب الانفجار الذي وقع في الميناء.', 'ACCUSE'), 1);
});

test('a trigger word quoted as a name after a title noun is no act', () => {
  assert.equal(types('وأطلقت الجامعة نظام «دعم» لخدمة الطلاب والموظفين.', 'SUPPORT'), 0);
  assert.equal(types('ودشنت الوزارة التطبيق الذكي "دعم" على الهواتف.', 'SUPPORT'), 0);
});

test('an act in scare quotes is still told', () => {
  assert.equal(types('وأعلن الجيش "تحرير" البلدة من مسلحي التنظيم أمس.', 'COERCE'), 1);
});

test("a doubled verb is spelt out before a consonant ending: 'ضمن' is 'within'", () => {
  const forms = perfectForms('ضم');
  assert.ok(forms.includes('ضمت') && forms.includes('ضموا'));
  assert.ok(!forms.includes('ضمن') && !forms.includes('ضمنا'));
  assert.equal(types('وتأتي الزيارة ضمن جولة تشمل عواصم المنطقة.', 'COERCE'), 0);
  assert.ok(perfectForms('نفي').includes('نفت'));
});

test('a fire brought under control is no ground seized', () => {
  assert.equal(types('واستطاعت فرق الإطفاء السيطرة على النيران وإخمادها خلال ساعة.', 'COERCE'), 0);
  assert.equal(types('السيطرة على حريق في مستودع للأخشاب بجدة', 'COERCE'), 0);
  assert.equal(types('وأعلن الجيش السيطرة على البلدة بعد انسحاب المسلحين منها.', 'COERCE'), 1);
});

test('support of an economy, a market or a team is no political support', () => {
  assert.equal(types('وأكد أن القرار يهدف إلى دعم الاقتصاد الوطني وتوفير فرص العمل.', 'SUPPORT'), 0);
  assert.equal(types('وأعلنت الشركة دعمها للفريق قبل المباراة النهائية.', 'SUPPORT'), 0);
  assert.equal(types('وقال إن البنك المركزي يدعم تعافي سوق العقار بخفض الفائدة.', 'SUPPORT'), 0);
});

test('support of a party stays support', () => {
  assert.equal(types('وأكدت واشنطن أنها تدعم قطاع غزة بالمساعدات.', 'SUPPORT'), 1);
  assert.equal(types('وجدد الوزير دعم بلاده للحكومة الشرعية في اليمن.', 'SUPPORT'), 1);
});

test('well-wishers, staff and a body received at a feast or a funeral are no meeting', () => {
  assert.equal(types('واستقبل معالي الوزير منسوبي الوزارة مهنئا إياهم بالعيد.', 'CONSULT'), 0);
  assert.equal(types('واستقبل أهالي القرية جثمان الجندي الذي قتل على الحدود.', 'CONSULT'), 0);
  assert.equal(types('أمير المنطقة يستقبل المهنئين بالعيد', 'CONSULT'), 0);
  assert.equal(types('استقبل الرئيس المصري في قصر الاتحادية أمس وزير الخارجية الأمريكي.', 'CONSULT'), 1);
});

test('a team meeting another in a game and a coach meeting his players are no talks', () => {
  assert.equal(types('ويلتقي الفريق في النهائي مع بطل الدوري الإسباني.', 'CONSULT'), 0);
  assert.equal(types('واجتمع المدرب بلاعبي الفريق قبل الحصة التدريبية.', 'CONSULT'), 0);
  assert.equal(types('والتقى الفريق أول عبد الفتاح السيسي وزير الدفاع الأمريكي في القاهرة.', 'CONSULT'), 1);
  assert.equal(types('والتقى وزير الخارجية السعودي نظيره الإيراني في مسقط.', 'CONSULT'), 1);
});

test('a visit to an exhibition or to the sick is no visit of a party', () => {
  assert.equal(types('وتتيح الهيئة للزوار زيارة المعرض بكل يسر.', 'CONSULT'), 0);
  assert.equal(types('ووصل وزير الخارجية المصري إلى الرياض في زيارة رسمية للمملكة.', 'CONSULT'), 1);
});

test("a body's own staff urged to work is no appeal", () => {
  assert.equal(types('وحث الأمير منسوبي الإمارة على بذل الجهود لخدمة المواطنين.', 'DEMAND'), 0);
});

test('pledges written up are no ground freed', () => {
  assert.equal(types('وطالبت الوزارة منسوبيها بتحرير تعهدات رسمية على الموظفين.', 'COERCE'), 0);
  assert.equal(types('وأعلن الجيش تحرير المدينة من قبضة المسلحين.', 'COERCE'), 1);
});

test("'يدين ب' owing allegiance, credit or a win is no condemnation", () => {
  assert.equal(types('وتنتشر في المنطقة ميليشيات تدين بالولاء لإيران.', 'ACCUSE'), 0);
  assert.equal(types('ويدين الفريق بفوزه إلى مهاجمه الأرجنتيني.', 'ACCUSE'), 0);
  assert.equal(types('وأدان الوزير الهجوم، فضلا عن مطالبته بالتحقيق.', 'ACCUSE'), 1);
});

test("a host's welcome to the attendees or guests of a ceremony is no support", () => {
  assert.equal(types('وألقى مدير الجامعة كلمة رحب فيها بالحضور وهنأ الخريجين.', 'SUPPORT'), 0);
  assert.equal(types('ورحب رئيس النادي بضيوف الحفل في كلمة قصيرة.', 'SUPPORT'), 0);
  assert.equal(types('ورحبت الحكومة اليمنية بقرار مجلس الأمن الدولي.', 'SUPPORT'), 1);
});
