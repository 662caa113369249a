// A protest's target from what the protesters demand or denounce (src/extract/events/protest-target.ts;
// cue words: data/lexicon/side_rule_words.tsv, class protest_aim). Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../src/pipeline.js';
import { extractEvents } from '../src/extract/events/index.js';
import { loadSideRuleWords } from '../src/extract/events/side-rule-words.js';
import { normalizeArabic } from '../src/arabic/normalize.js';

const meta = { title: null, outlet: null, url: null, published: '2024-03-01' };
const protest = (text: string) => analyzeText(text, meta, 't').events.find((e) => e.type === 'PROTEST');

test('protest_aim words load in matching form', () => {
  const aims = loadSideRuleWords().get('protest_aim')!;
  for (const w of ['مطالبين', 'للتنديد', 'احتجاجا', 'باستقالة']) assert.ok(aims.has(normalizeArabic(w)), w);
});

test('whom protesters call on is the target, not the city they march in', () => {
  const e = protest('تظاهر مئات الطلاب أمس أمام مبنى البرلمان في أنقرة مطالبين الحكومة التركية بالتدخل لوقف الغلاء.');
  assert.ok(e, 'a protest');
  assert.equal(e.target?.entity, 'rasad:org:government:TUR');
});

test('the one whose resignation is demanded is the target', () => {
  const e = protest('واعتصم المئات أمام مقر الحكومة في بغداد مطالبين باستقالة رئيس الوزراء نوري المالكي.');
  assert.ok(e, 'a protest');
  assert.equal(e.target?.name_en, 'Nouri al-Maliki');
  assert.equal(e.target?.country, 'IRQ');
});

test('a visit denounced names its visitor as the target', () => {
  const e = protest('وتظاهر آلاف الأشخاص في عمان احتجاجا على زيارة رئيس الوزراء الإسرائيلي بنيامين نتنياهو.');
  assert.ok(e, 'a protest');
  assert.equal(e.target?.country, 'ISR');
});

test("a place after 'في' in the demand is where, not whom", () => {
  const e = protest('وخرج آلاف المتظاهرين في لندن للمطالبة بوقف الحرب في اليمن.');
  assert.ok(e, 'a protest');
  assert.notEqual(e.target?.country, 'YEM');
});

test('with no demand, the body before whose building protesters gather is the target; a town hall in a town is where', () => {
  // The hand rules alone (no sides model), so that the rule itself is what is tested.
  const byRules = (text: string) => {
    const doc = analyzeText(text, meta, 'f');
    return extractEvents(doc, { sides: { model: null } }).find((e) => e.type === 'PROTEST');
  };
  assert.equal(byRules('وتجمع نحو أربعين متظاهرا أمام مقر رئيس الوزراء البريطاني السبت.')?.target?.country, 'GBR');
  // With the sides model, the embassy's country is whom protesters outside it address.
  assert.equal(protest('واحتشد المتظاهرون خارج السفارة الصينية في العاصمة.')?.target?.country, 'CHN');
  assert.equal(byRules('وتظاهر المئات في البلدة أمام مبنى البلدية.')?.target ?? null, null);
});

test('an authority named by what it is, in the demand or before its building, is the target', () => {
  const byRules = (text: string) => extractEvents(analyzeText(text, meta, 'g'), { sides: { model: null } }).find((e) => e.type === 'PROTEST');
  assert.equal(byRules('اعتصم العشرات من أنصار الحزب أمام مقر البرلمان للمطالبة بالإفراج عن رئيسه.')?.target?.entity, 'rasad:generic:parliament');
  assert.equal(byRules('وتظاهر مئات الطلاب في شوارع المدينة يهتفون ضد الحكومة ويطالبون بتحسين الخدمات.')?.target?.entity?.startsWith('rasad:generic:government'), true);
  // People named by what they are in the demand are not whom it is aimed at ('احتجاجا على مقتل ثلاثة مدنيين').
  assert.equal(byRules('وتظاهر المئات احتجاجا على مقتل ثلاثة مدنيين في قصف ليلي.')?.target?.entity?.startsWith('rasad:generic:civilians') ?? false, false);
});

test('a protest named by its protesters is theirs, before a country or place standing in for them', () => {
  const y = protest('أفاد مراسلنا بتطورات جديدة. واندلعت مظاهرة احتجاجية في مدينة المكلا شرق اليمن، بسبب ما قاله المتظاهرون عن رفع أسعار الوقود.');
  assert.ok(y, 'a protest');
  assert.equal(y.source?.entity?.startsWith('rasad:generic:protesters'), true);
});

test("a hedge does not count in the aim's reach, and a pronoun on the aim names whom the sentence named before", () => {
  const byRules = (text: string) => extractEvents(analyzeText(text, meta, 'h'), { sides: { model: null } }).find((e) => e.type === 'PROTEST');
  const hedged = byRules('وتجمع نحو خمسين متظاهرا أمام مقر الحكومة السبت للاحتجاج على ما وصفوه بانتهاكات الرئيس الإيراني حسن روحاني.');
  assert.equal(hedged?.target?.country, 'IRN', JSON.stringify(hedged?.target));
  const visit = protest('واستقبل الملك عبدالله الثاني رئيس الوزراء الإسرائيلي في عمان، فيما تظاهر آلاف الأردنيين احتجاجا على زيارته التي استمرت ساعات.');
  assert.equal(visit?.target?.country, 'ISR', JSON.stringify(visit?.target));
});

test('banners or chants that denounce someone name the target (تندد، مناهضين)', () => {
  const byRules = (text: string) => extractEvents(analyzeText(text, meta, 'h'), { sides: { model: null } }).find((e) => e.type === 'PROTEST');
  assert.equal(byRules('وتظاهر المئات في وسط المدينة، ورفعوا لافتات تندد بسياسة الرئيس الفرنسي إيمانويل ماكرون.')?.target?.country, 'FRA');
  assert.equal(byRules('وخرج آلاف المتظاهرين مناهضين للحكومة العراقية في شوارع البصرة.')?.target?.country, 'IRQ');
});

test('whom protesters back (release, return, solidarity) is not their target', () => {
  const byRules = (text: string) => extractEvents(analyzeText(text, meta, 'i'), { sides: { model: null } }).find((e) => e.type === 'PROTEST');
  assert.equal(byRules('وتظاهر العشرات في الشوارع للمطالبة بعودة الرئيس المخلوع محمد مرسي إلى الحكم.')?.target ?? null, null);
  assert.equal(byRules('واعتصم الصحافيون في الساحة للمطالبة بالإفراج عن رئيس الوزراء السابق نواز شريف.')?.target ?? null, null);
  // The demand after the backing still names the target: 'بالإفراج عن X ... ومطالبين الحكومة'.
  assert.equal(byRules('وتجمع المئات للمطالبة بالإفراج عن المعتقلين مطالبين الحكومة الأردنية بالاستجابة.')?.target?.country, 'JOR');
});

test('a country after a front word is the target only as owner of the building named before it', () => {
  const byRules = (text: string) => extractEvents(analyzeText(text, meta, 'j'), { sides: { model: null } }).find((e) => e.type === 'PROTEST');
  assert.equal(byRules('واحتشد المتظاهرون أمام سفارة الولايات المتحدة في العاصمة.')?.target?.country, 'USA');
  assert.equal(byRules('وتجمع المتظاهرون قرب الحدود اللبنانية مساء أمس.')?.target ?? null, null);
});

test("'أمام' after a speech word names its audience, not where protesters gather", () => {
  const byRules = (text: string) => extractEvents(analyzeText(text, meta, 'k'), { sides: { model: null } }).find((e) => e.type === 'PROTEST');
  assert.equal(byRules('وقال المتظاهرون إنهم يرفضون التصريحات التي أدلى بها الوزير أمس أمام البرلمان.')?.target ?? null, null);
});

test("a definite noun ending in 'ه' is no pronoun on the aim ('لمشكلة المياه')", () => {
  const e = protest('وأمام مكتب المحافظ، تظاهر نحو مئتي شخص يرفعون الأعلام العراقية للمطالبة بإيجاد حل لمشكلة المياه في المدينة.');
  assert.ok(e, 'a protest');
  assert.notEqual(e.target?.entity, 'Q796', JSON.stringify(e.target));
});
