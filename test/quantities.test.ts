// Quantities (src/extract/quantities.ts): one test per rule on sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { extractQuantities } from '../src/extract/quantities/index.js';
import { extractTimes } from '../src/extract/times/index.js';
import type { Quantity } from '../src/doc.js';

function assertSpans(text: string, qs: Quantity[]): void {
  let last = -1;
  for (const q of qs) {
    assert.equal(text.slice(q.start, q.end), q.text);
    assert.ok(q.start >= last, 'sorted and non-overlapping');
    last = q.end;
  }
}

/** The quantities of `text` as [text, value, unit, kind]. */
function q4(text: string): [string, number, string | null, string][] {
  const qs = extractQuantities(text);
  assertSpans(text, qs);
  return qs.map((q) => [q.text, q.value, q.unit, q.kind]);
}

test('digits in every script, with thousands separators, decimals and scale words', () => {
  assert.deepEqual(q4('نشرت الحكومة 30,000 جندي على الحدود'), [['30,000 جندي', 30000, 'soldier', 'personnel']]);
  assert.deepEqual(q4('نشرت الحكومة ٣٠٬٠٠٠ جندي على الحدود'), [['٣٠٬٠٠٠ جندي', 30000, 'soldier', 'personnel']]);
  assert.deepEqual(q4('نشرت الحكومة ۳۰۰ جندي على الحدود'), [['۳۰۰ جندي', 300, 'soldier', 'personnel']]);
  assert.deepEqual(q4('فر 1.5 مليون شخص من المدينة'), [['1.5 مليون شخص', 1500000, 'person', 'other']]);
  assert.deepEqual(q4('فر ١٫٥ مليون شخص من المدينة'), [['١٫٥ مليون شخص', 1500000, 'person', 'other']]);
  assert.deepEqual(q4('تضم القوة 30 ألف مقاتل'), [['30 ألف مقاتل', 30000, 'fighter', 'personnel']]);
});

test('number words: units in both genders, tens, hundreds, thousands, millions and compounds', () => {
  const cases: [string, number][] = [
    ['أصيب ثلاثة جنود', 3],
    ['أصيب ثلاث نساء', 3],
    ['أصيب عشرة جنود', 10],
    ['قتل أحد عشر جنديا', 11],
    ['قتل ثلاثة عشر جنديا', 13],
    ['قتل خمسة وعشرين جنديا', 25],
    ['قتل خمسة و عشرين جنديا', 25],
    ['قتل ثلاثين جنديا', 30],
    ['قتل مئة جندي', 100],
    ['قتل مائة جندي', 100],
    ['قتل مئتين من الجنود', 200],
    ['قتل ثلاثمائة جندي', 300],
    ['قتل ثلاث مئة جندي', 300],
    ['قتل مئة وخمسة وعشرين جنديا', 125],
    ['قتل ألف جندي', 1000],
    ['قتل ألفين من الجنود', 2000],
    ['قتل ثلاثة آلاف جندي', 3000],
    ['قتل ثلاثة آلاف وخمسمائة جندي', 3500],
    ['قتل عشرين ألف جندي', 20000],
    ['نزح مليون شخص', 1000000],
    ['نزح خمسة ملايين شخص', 5000000],
  ];
  for (const [text, value] of cases) {
    const qs = extractQuantities(text);
    assertSpans(text, qs);
    assert.equal(qs.length, 1, text);
    assert.equal(qs[0].value, value, text);
  }
  // 'واحد' alone is 'one of', after a counted noun it counts.
  assert.deepEqual(q4('في يوم واحد'), []);
  assert.deepEqual(q4('قتل جندي واحد'), [['جندي واحد', 1, 'soldier', 'killed']]);
  assert.deepEqual(q4('أحد المسؤولين'), []);
});

test('duals read as 2 only for countable nouns of the units lexicon', () => {
  assert.deepEqual(q4('أسقطت الدفاعات مروحيتين'), [['مروحيتين', 2, 'helicopter', 'equipment']]);
  assert.deepEqual(q4('أسقطت الدفاعات طائرتين'), [['طائرتين', 2, 'aircraft', 'equipment']]);
  assert.deepEqual(q4('أسقطت طائرتان هليكوبتر عسكريتان'), [['طائرتان هليكوبتر', 2, 'helicopter', 'equipment']]);
  assert.deepEqual(q4('شنت الطائرات غارتين على المجمع'), [['غارتين', 2, 'airstrike', 'other']]);
  assert.deepEqual(q4('وتدمير منزلين أحدهما بشكل كامل'), [['منزلين', 2, 'house', 'other']]);
  assert.deepEqual(q4('أعلنوا إسقاط طائرتين عموديتين (مروحيتين) عسكريتين'), [['طائرتين عموديتين', 2, 'helicopter', 'equipment']]);
  // A plural that looks like a dual is not 2.
  assert.deepEqual(q4('أصابت إحداهما منازل مدنيين'), []);
  assert.deepEqual(q4('قتل مدنيين في القصف'), []);
});

test('approximations, bounds and vague amounts', () => {
  const [a] = extractQuantities('لقي نحو 30 ألف شخص مصرعهم');
  assert.deepEqual([a.text, a.value, a.approximate, a.unit, a.kind], ['نحو 30 ألف شخص', 30000, true, 'person', 'killed']);
  const [b] = extractQuantities('إرسال حوالي 60 شاحنة عسكرية');
  assert.deepEqual([b.value, b.approximate, b.unit, b.kind], [60, true, 'truck', 'equipment']);
  // 'أكثر من 110': the value written, min 111.
  const [c] = extractQuantities('وأكثر من 110 عربة');
  assert.deepEqual([c.text, c.value, c.min, c.max, c.approximate], ['أكثر من 110 عربة', 110, 111, undefined, true]);
  const [d] = extractQuantities('قتل ما لا يقل عن 50 شخصا');
  assert.deepEqual([d.value, d.min], [50, 50]);
  const [e] = extractQuantities('أصيب أقل من 10 جنود');
  assert.deepEqual([e.value, e.max], [10, 9]);
  const [f] = extractQuantities('أرسلت مئات المسلحين');
  assert.deepEqual([f.text, f.value, f.min, f.max, f.approximate, f.unit, f.kind], ['مئات المسلحين', 100, 100, 999, true, 'militant', 'personnel']);
  const [g] = extractQuantities('سقط عشرات القتلى');
  assert.deepEqual([g.min, g.max, g.unit, g.kind], [10, 99, 'person', 'killed']);
  const [h] = extractQuantities('نزح آلاف المدنيين');
  assert.deepEqual([h.min, h.max, h.unit], [1000, 9999, 'civilian']);
  const [i] = extractQuantities('أصيب عشرات الآلاف من المدنيين');
  assert.deepEqual([i.min, i.max, i.kind], [10000, 99999, 'wounded']);
  const [j] = extractQuantities('قتل 12 شخصا على الأقل');
  assert.deepEqual([j.value, j.min], [12, 12]);
});

test('percentages', () => {
  assert.deepEqual(q4('كان الأرمن يشكلون 94% من سكانها'), [['94%', 94, 'percent', 'other']]);
  assert.deepEqual(q4('كان الأرمن يشكلون ٢٠٪ من سكانها'), [['٢٠٪', 20, 'percent', 'other']]);
  assert.deepEqual(q4('تراجع الإنتاج 20 في المئة'), [['20 في المئة', 20, 'percent', 'other']]);
  assert.deepEqual(q4('تراجع الإنتاج 20 بالمائة'), [['20 بالمائة', 20, 'percent', 'other']]);
});

test('units from the lexicon: accusative tanwin, plurals, the article, phrases', () => {
  assert.deepEqual(q4('مقتل 93 مقاتلاً سوريّاً'), [['93 مقاتلاً', 93, 'fighter', 'killed']]);
  assert.deepEqual(q4('مقتل 51 جنديًا أرمينيا'), [['51 جنديًا', 51, 'soldier', 'killed']]);
  assert.deepEqual(q4('دمرت 5 دبابات'), [['5 دبابات', 5, 'tank', 'equipment']]);
  assert.deepEqual(q4('و3 طائرات بدون طيار للقوات المسلحة'), [['3 طائرات بدون طيار', 3, 'drone', 'equipment']]);
  assert.deepEqual(q4('تضم 430 من المقاتلين السوريين'), [['430 من المقاتلين', 430, 'fighter', 'personnel']]);
  assert.deepEqual(q4('بلغت الخسائر 200 دبابة وعربة مصفحة، 228 منصة مدفعية'), [
    ['200 دبابة', 200, 'tank', 'equipment'],
    ['228 منصة مدفعية', 228, 'artillery launcher', 'equipment'],
  ]);
  assert.deepEqual(q4('إضافة إلى الجرحى الـ26 الذين نقلوا'), [['الجرحى الـ26', 26, 'person', 'wounded']]);
  // 'آخرين' counts what the number before it counted.
  assert.deepEqual(q4('مقتل 43 مدنيا وإصابة 173 آخرين'), [['43 مدنيا', 43, 'civilian', 'killed'], ['173 آخرين', 173, 'civilian', 'wounded']]);
  // No counted noun: the unit is null.
  assert.deepEqual(q4('بلغ العدد 53'), [['53', 53, null, 'other']]);
});

test('kinds from cue words: killed, wounded, captured, equipment, personnel, other', () => {
  assert.deepEqual(q4('مقتل 51 جنديا'), [['51 جنديا', 51, 'soldier', 'killed']]);
  assert.deepEqual(q4('سقوط 5 قتلى'), [['5 قتلى', 5, 'person', 'killed']]);
  assert.deepEqual(q4('لقي 30 ألف شخص مصرعهم'), [['30 ألف شخص', 30000, 'person', 'killed']]);
  assert.deepEqual(q4('ما أدى إلى إصابة ثمانية مدنيين'), [['ثمانية مدنيين', 8, 'civilian', 'wounded']]);
  assert.deepEqual(q4('وجرح 12 عسكريا'), [['12 عسكريا', 12, 'soldier', 'wounded']]);
  assert.deepEqual(q4('أصيب 12 شخصا بجروح'), [['12 شخصا', 12, 'person', 'wounded']]);
  assert.deepEqual(q4('أسر 7 جنود'), [['7 جنود', 7, 'soldier', 'captured']]);
  assert.deepEqual(q4('اعتقال 20 شخصا'), [['20 شخصا', 20, 'person', 'captured']]);
  assert.deepEqual(q4('أسفرت الغارة عن تدمير 3 مركبات'), [['3 مركبات', 3, 'vehicle', 'equipment']]);
  assert.deepEqual(q4('أرسلت تركيا 2000 مقاتل'), [['2000 مقاتل', 2000, 'fighter', 'personnel']]);
  assert.deepEqual(q4('نشر 500 جندي إضافي'), [['500 جندي', 500, 'soldier', 'personnel']]);
  assert.deepEqual(q4('يعيش في المدينة 40 ألف شخص'), [['40 ألف شخص', 40000, 'person', 'other']]);
  // A cue in another clause does not reach the number.
  assert.deepEqual(q4('مقتل جندي. وقال إن 40 مدنيا نزحوا'), [['40 مدنيا', 40, 'civilian', 'other']]);
  // A sending cue does not make an unnamed count personnel.
  assert.deepEqual(q4('يضم المستشفى 60 سريرا'), [['60', 60, null, 'other']]);
});

test('numbers of dates and years are not quantities; the exclude list is honoured', () => {
  assert.deepEqual(q4('قتل 5 أشخاص في 3 أكتوبر 2020'), [['5 أشخاص', 5, 'person', 'killed']]);
  assert.deepEqual(q4('انهار الاتحاد عام 1994 بعد أن قتل 20 جنديا'), [['20 جنديا', 20, 'soldier', 'killed']]);
  assert.deepEqual(q4('نراقب التطورات على مدار 24 ساعة'), []);
  const text = 'وقع الهجوم في 12 مايو وقتل 4 جنود';
  const times = extractTimes(text, null);
  assert.deepEqual(extractQuantities(text, times).map((q) => q.value), [4]);
  // An explicit exclude list replaces the default.
  assert.deepEqual(extractQuantities('قتل 4 جنود', [{ start: 4, end: 5 }]), []);
});

test("model numbers and labels are not quantities ('إس - 300', 'S-300', 'القرار 2254')", () => {
  assert.deepEqual(q4('تدمير منظومة الصواريخ المضادة للطائرات من طراز إس - 300'), []);
  assert.deepEqual(q4('نشر أنظمة الدفاع الجوي S300 في باكو'), []);
  assert.deepEqual(q4('صواريخ S-400 ومقاتلات إف-16'), []);
  assert.deepEqual(q4('بموجب القرار 2254'), []);
  assert.deepEqual(q4('بدأت الهدنة الساعة 10:30 صباحا'), []);
});

test('property: spans slice back, sorted, and nothing throws', () => {
  const piece = fc.constantFrom('قتل', ' ', '،', '3', '٣٠٬٠٠٠', '1.5', 'مليون', 'ألف', 'آلاف', 'جنديا', 'مروحيتين', 'نحو', 'أكثر', 'من', 'عشرات', 'المدنيين', '%', '٪', 'في', 'المئة', 'إس', '-', '300', 'عام', '2020', 'ـ', '\u064B', 'و', 'خمسة', 'وعشرين', 'أكتوبر', '\n');
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
      const text = parts.join('');
      const qs = extractQuantities(text);
      assertSpans(text, qs);
      for (const q of qs) assert.ok(Number.isFinite(q.value) && q.value >= 0);
    }),
    { seed: 11, numRuns: 300 },
  );
});

test('quantities: killed and wounded counted together are casualties, not the killed', () => {
  const kinds = (text: string) => extractQuantities(text).map((q) => [q.text, q.value, q.unit, q.kind]);
  assert.deepEqual(kinds('أسفرت الحرب عن 143 ألف شهيد وجريح منذ بدايتها.'), [['143 ألف شهيد وجريح', 143000, 'casualty (killed and wounded)', 'other']]);
  assert.deepEqual(kinds('سقط 25 قتيلا وجريحا في الانفجار.'), [['25 قتيلا وجريحا', 25, 'casualty (killed and wounded)', 'other']]);
  const vague = extractQuantities('سقط عشرات القتلى والجرحى في الغارة.');
  assert.equal(vague.length, 1);
  assert.equal(vague[0].kind, 'other');
  assert.equal(vague[0].approximate, true);
  // Two counts joined by و stay two: each is what it counts.
  assert.deepEqual(kinds('قتل 12 شخصا وجرح 30 آخرون في القصف.').map((q) => q[3]), ['killed', 'wounded']);
  // A count of the killed followed by another group of the killed is not a casualty total.
  assert.deepEqual(kinds('قتل 5 مدنيين وجنديان في الهجوم.').map((q) => q[3]), ['killed', 'killed']);
});

test('quantities: the displaced, evacuated and fled are never counted as the dead', () => {
  const kinds = (text: string) => extractQuantities(text).map((q) => `${q.value}:${q.kind}`);
  assert.deepEqual(kinds('قتل 3 أشخاص وشرد مئات العائلات جراء الغارات على البلدة.'), ['3:killed', '100:other']);
  assert.deepEqual(kinds('أدى القصف إلى مقتل عشرة مدنيين ونزوح ألفي شخص.'), ['10:killed', '2000:other']);
  assert.deepEqual(kinds('قالت الأمم المتحدة إن عشرات الآلاف من السكان فروا من المدينة بعد مقتل 12 مدنيا.'), ['10000:other', '12:killed']);
  // Without a displacement word between, the killing cue still counts the dead.
  assert.deepEqual(kinds('قتل مئات المدنيين في الغارات على المدينة.'), ['100:killed']);
});
