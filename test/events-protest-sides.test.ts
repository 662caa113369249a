// Whom a protest is against when its demand names a harm, a building it heads to or the force that breaks it up
// (src/extract/events/protest-harm.ts, protest-disperse.ts, protest-target.ts; words: data/lexicon/side_rule_words.tsv,
// classes protest_harm, protest_seat, protest_toward, protest_disperse, protest_aim). Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../src/pipeline.js';
import { extractEvents } from '../src/extract/events/index.js';
import { loadSideRuleWords } from '../src/extract/events/side-rule-words.js';
import { normalizeArabic } from '../src/arabic/normalize.js';
import { firstEvent } from './helpers.js';

const meta = { title: null, outlet: null, url: null, published: '2021-03-01' };
/** The protest the hand rules code alone (no sides model), so that the rule itself is what is tested. */
const byRules = (text: string) => extractEvents(analyzeText(text, meta, 'p'), { sides: { model: null } }).find((e) => e.type === 'PROTEST');

test('the new protest word classes load in matching form', () => {
  const words = loadSideRuleWords();
  assert.ok(words.get('protest_harm')!.has(normalizeArabic('اعتقال')));
  assert.ok(words.get('protest_seat')!.has(normalizeArabic('مقر')));
  assert.ok(words.get('protest_toward')!.has(normalizeArabic('إلى')));
  assert.ok(words.get('protest_disperse')!.has(normalizeArabic('تفريق')));
  for (const w of ['فليسقط', 'ارحل', 'رافضين', 'معادية', 'المناوئة']) assert.ok(words.get('protest_aim')!.has(normalizeArabic(w)), w);
});

test('a harm protested: who did it is the target, who suffered it is not', () => {
  const byHand = byRules('وتظاهر المئات أمام مبنى المحافظة احتجاجا على مقتل شاب على يد قوات الأمن.');
  assert.equal(byHand?.target?.entity, 'rasad:generic:security_forces', JSON.stringify(byHand?.target));
  // A country's nisba agreeing with the harm noun is who did it.
  assert.equal(firstEvent('وتظاهر المئات في رام الله احتجاجا على الاعتقالات الإسرائيلية في الضفة الغربية.', 'PROTEST').target?.country, 'ISR');
  // Nor the one whose arrest is protested, named by a pronoun.
  assert.notEqual(byRules('ومثل الناشط علي حسن أمام المحكمة أمس، فيما تظاهر العشرات احتجاجا على اعتقاله.')?.target?.name_en, 'Ali Hassan');
  // 'حرب العراق' names where the war is, not whom the protesters address: the ministry before whose building they gather is.
  assert.equal(firstEvent('وتجمع المتظاهرون قرب مبنى وزارة الدفاع البريطانية احتجاجا على حرب العراق.', 'PROTEST').target?.country, 'GBR');
});

test("a pronoun on the aim names the whole mention before it, the office with its nisba, not the nisba alone", () => {
  const e = firstEvent('ووصل الرئيس الأميركي إلى جاكرتا أمس، فيما تظاهر آلاف الطلاب احتجاجا على زيارته.', 'PROTEST');
  assert.equal(e.target?.country, 'USA');
  assert.equal(e.target?.sector, 'GOV');
});

test('protesters heading to the seat of a body address that body', () => {
  const e = firstEvent('وسار آلاف المتظاهرين أمس إلى مقر رئيس الوزراء البريطاني في لندن.', 'PROTEST');
  assert.equal(e.target?.country, 'GBR');
  assert.equal(e.target?.sector, 'GOV');
});

test('with no demand naming a target, the force that breaks the protest up is its target', () => {
  const after = firstEvent('وتظاهر مئات الطلاب في نيروبي أمس، واستخدمت الشرطة الكينية الغاز المسيل للدموع لتفريقهم.', 'PROTEST');
  assert.equal(after.target?.country, 'KEN');
  assert.equal(after.target?.sector, 'COP');
  assert.equal(firstEvent('وتظاهر مئات الطلاب في العاصمة أمس، وفرقت قوات الأمن المظاهرة بالقوة.', 'PROTEST').target?.entity, 'rasad:generic:security_forces');
  // A demand that names a target comes first.
  assert.equal(firstEvent('وتظاهر آلاف الطلاب في طهران مطالبين باستقالة الحكومة الإيرانية، وقامت الشرطة بتفريقهم.', 'PROTEST').target?.sector, 'GOV');
  // A state body taken as who protests leaves the force alone.
  assert.notEqual(firstEvent('وتظاهر الآلاف في طهران مطالبين باستقالة الحكومة الإيرانية، وقامت الشرطة بتفريقهم.', 'PROTEST').target?.sector, 'COP');
});

test('chants and words of rejection name the target', () => {
  assert.equal(firstEvent('وتظاهر الآلاف في طهران ورددوا شعارات معادية للحكومة الإيرانية.', 'PROTEST').target?.country, 'IRN');
  assert.equal(firstEvent('وتجمع آلاف المحتجين في بغداد هاتفين «فليسقط رئيس الوزراء نوري المالكي».', 'PROTEST').target?.name_en, 'Nouri al-Maliki');
  assert.equal(firstEvent('وتظاهر مئات الطلاب في القاهرة رافضين قرار الحكومة المصرية رفع أسعار الوقود.', 'PROTEST').target?.country, 'EGY');
});

test('a nisba inside who protests is not whom they protest against', () => {
  // With nobody named as protesting, the government may be taken as the source: its nisba is not then the target.
  const e = firstEvent('وتظاهر المئات في العاصمة رافضين قرار الحكومة المصرية رفع الأسعار.', 'PROTEST');
  if (e.source?.entity === 'rasad:org:government:EGY') assert.notEqual(e.target?.entity, 'Q79');
  assert.notEqual(e.source?.entity ?? null, e.target?.entity ?? undefined);
});

test('the security forces protesters clash with are the target; «قوى الأمن» names them', () => {
  const e = firstEvent('وتظاهر مئات الطلاب في المنامة أمس، ووقعت صدامات بين قوى الأمن والمتظاهرين.', 'PROTEST');
  assert.equal(e.target?.entity?.startsWith('rasad:generic:security_forces'), true, JSON.stringify(e.target));
  assert.equal(e.target?.sector, 'COP');
});

test('objection and anger name the target as protest does (اعتراضا، غضبا)', () => {
  assert.equal(byRules('واعتصم المئات في الساحة اعتراضا على قرار الحكومة الأردنية رفع الأسعار.')?.target?.country, 'JOR');
  assert.equal(byRules('وتظاهر الآلاف في الشوارع غضبا من تصريحات الرئيس الفرنسي.')?.target?.country, 'FRA');
});

test("a harm noun's genitive is who did it when the one harmed follows with 'ل' ('إعدام السلطات X للشيخ')", () => {
  assert.equal(byRules('وتظاهر المئات في المنامة احتجاجا على إعدام السلطات الإيرانية لناشط معارض.')?.target?.entity, 'rasad:org:government:IRN');
  assert.equal(byRules('ونظم الصحفيون وقفة احتجاجية تنديدا باعتقال الشرطة التونسية لزملائهم.')?.target?.country, 'TUN');
  assert.equal(firstEvent('وفي باريس، تجمع العشرات في ساحة الجمهورية وللمطالبة باستمرار الاحتجاجات ضد حوادث قتل عناصر الشرطة لشبان من الضواحي.', 'PROTEST').target?.entity?.startsWith('rasad:generic:police'), true);
  // People named by what they are do not become the doer this way ('مقتل المدنيين لليوم الثالث').
  assert.equal(byRules('وتظاهر المئات احتجاجا على مقتل المدنيين لليوم الثالث.')?.target?.entity?.startsWith('rasad:generic:civilians') ?? false, false);
});
