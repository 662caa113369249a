// Time expressions (src/extract/times.ts): one test per rule on sentences written for these tests,
// a property test over random dates spelled in several ways, and the gold times of the shared corpus.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { extractTimes, inferPublicationDate } from '../src/extract/times/index.js';
import type { TimeExpr } from '../src/doc.js';

/** The one time expression whose text contains `needle` (fails when there is none). */
function find(times: TimeExpr[], needle: string): TimeExpr {
  const t = times.find((x) => x.text.includes(needle));
  assert.ok(t, `no time expression with "${needle}" in ${JSON.stringify(times.map((x) => x.text))}`);
  return t;
}

function valueOf(text: string, anchor: string | null, needle: string): string {
  return find(extractTimes(text, anchor), needle).value;
}

function assertSpans(text: string, times: TimeExpr[]): void {
  let last = -1;
  for (const t of times) {
    assert.equal(text.slice(t.start, t.end), t.text);
    assert.ok(t.start >= last, 'sorted and non-overlapping');
    last = t.end;
  }
}

// 2020-10-06 is a Tuesday.
const TUE = '2020-10-06';

test('weekdays resolve to the most recent such day on or before the anchor', () => {
  const text = 'أعلن المتحدث العسكري، الاثنين، نشر بطاريات صواريخ قرب الحدود، وقال إن الجيش سيواصل عملياته الثلاثاء.';
  const times = extractTimes(text, TUE);
  assertSpans(text, times);
  assert.equal(find(times, 'الاثنين').value, '2020-10-05');
  assert.equal(find(times, 'الثلاثاء').value, '2020-10-06');
  assert.equal(find(times, 'الاثنين').granularity, 'day');
  assert.equal(valueOf('وصل الوفد يوم الإثنين إلى العاصمة', TUE, 'الإثنين'), '2020-10-05');
  assert.equal(valueOf('وقعت الاشتباكات بالأمس والأحد', TUE, 'الأحد'), '2020-10-04');
});

test("a weekday with 'الماضي' is strictly before the anchor; with 'المقبل' strictly after", () => {
  assert.equal(valueOf('وجهت الوزارة يوم الثلاثاء الماضي ضربة صاروخية', TUE, 'الثلاثاء'), '2020-09-29');
  assert.equal(valueOf('يعقد المجلس جلسة الخميس المقبل', TUE, 'الخميس'), '2020-10-08');
  const t = find(extractTimes('ووجهت وزارة الدفاع، يوم الأربعاء الماضي، ضربة', TUE), 'الأربعاء');
  assert.equal(t.text, 'يوم الأربعاء الماضي');
});

test("'اليوم', 'أمس' and parts of the day before a weekday are one expression", () => {
  const text = 'أجرى الوزيران محادثة هاتفية اليوم الثلاثاء، بعد اجتماع عقد أمس الإثنين، واندلعت اشتباكات مساء الأحد وصباح اليوم الثلاثاء.';
  const times = extractTimes(text, TUE);
  assertSpans(text, times);
  assert.deepEqual(times.map((t) => [t.text, t.value]), [
    ['اليوم الثلاثاء', '2020-10-06'],
    ['أمس الإثنين', '2020-10-05'],
    ['مساء الأحد', '2020-10-04'],
    ['صباح اليوم الثلاثاء', '2020-10-06'],
  ]);
});

test("when 'أمس' and the weekday disagree the weekday wins and a flag is set", () => {
  const t = find(extractTimes('وتسليم 53 آخرين أمس الأحد إلى سوريا', TUE), 'أمس الأحد');
  assert.equal(t.value, '2020-10-04');
  assert.ok(t.flag);
  const ok = find(extractTimes('وأعلنت طهران أمس الإثنين أنها أعدت خطة', TUE), 'أمس الإثنين');
  assert.equal(ok.value, '2020-10-05');
  assert.equal(ok.flag, undefined);
});

test('without an anchor a weekday is XXXX-WXX-D (ISO weekday number)', () => {
  const text = 'اندلع قتال أمس الأحد، وقالت الوزارة إن اشتباكات وقعت صباح اليوم الجمعة، وإن غارة شنت مساء السبت، والاثنين والخميس.';
  const times = extractTimes(text, null);
  assertSpans(text, times);
  assert.deepEqual(times.map((t) => [t.text, t.value]), [
    ['أمس الأحد', 'XXXX-WXX-7'],
    ['صباح اليوم الجمعة', 'XXXX-WXX-5'],
    ['مساء السبت', 'XXXX-WXX-6'],
    ['الاثنين', 'XXXX-WXX-1'],
    ['الخميس', 'XXXX-WXX-4'],
  ]);
  assert.equal(valueOf('يوم الأربعاء الماضي', null, 'الأربعاء'), 'XXXX-WXX-3');
});

test('relative days, weeks, months and years', () => {
  const cases: [string, string, string][] = [
    ['قال الناطق اليوم إن القوات تقدمت', 'اليوم', '2020-10-06'],
    ['وصلت دفعة جديدة أمس إلى الإقليم', 'أمس', '2020-10-05'],
    ['اندلعت المواجهات أول أمس على خط التماس', 'أول أمس', '2020-10-04'],
    ['يصل الوزير غداً إلى موسكو', 'غدا', '2020-10-07'],
    ['أعرب الرئيس الأسبوع الماضي عن قلقه', 'الأسبوع الماضي', '2020-W40'],
    ['بدأ الهجوم الشهر الماضي', 'الشهر الماضي', '2020-09'],
    ['تراجعت الصادرات العام الماضي', 'العام الماضي', '2019'],
    ['دعا المستشار في وقت سابق من اليوم إلى الانسحاب', 'في وقت سابق من اليوم', '2020-10-06'],
    ['استمر القصف طوال الليلة الماضية', 'الليلة الماضية', '2020-10-05'],
    ['تعقد القمة هذا الأسبوع', 'هذا الأسبوع', '2020-W41'],
    ['ارتفع عدد القتلى منذ مطلع العام الجاري', 'العام الجاري', '2020'],
    ['بدأ الهجوم في الثالث من الشهر الجاري', 'الثالث من الشهر الجاري', '2020-10-03'],
    ['بدأ الهجوم في الـ20 من الشهر الماضي', 'الـ20 من الشهر الماضي', '2020-09-20'],
  ];
  for (const [text, needle, value] of cases) {
    const t = find(extractTimes(text, TUE), needle);
    assert.equal(t.value, value, text);
    assert.equal(t.kind, 'date');
  }
  assert.equal(find(extractTimes('الأسبوع الماضي', TUE), 'الأسبوع').granularity, 'week');
});

test('relative expressions without an anchor are found with X values', () => {
  const cases: [string, string, string][] = [
    ['قال الناطق اليوم إن القوات تقدمت', 'اليوم', 'XXXX-XX-XX'],
    ['وصلت دفعة جديدة أمس إلى الإقليم', 'أمس', 'XXXX-XX-XX'],
    ['أعرب الرئيس الأسبوع الماضي عن قلقه', 'الأسبوع الماضي', 'XXXX-WXX'],
    ['بدأ الهجوم الشهر الماضي', 'الشهر الماضي', 'XXXX-XX'],
    ['تراجعت الصادرات العام الماضي', 'العام الماضي', 'XXXX'],
  ];
  for (const [text, needle, value] of cases) assert.equal(valueOf(text, null, needle), value, text);
});

test('Gregorian, Levantine and Maghrebi month names with a day and a year', () => {
  const cases: [string, string][] = [
    ['وقعت الاشتباكات في 7 أكتوبر 2020 قرب المدينة', '2020-10-07'],
    ['وقعت الاشتباكات في 7 تشرين الأول 2020 قرب المدينة', '2020-10-07'],
    ['وقعت الاشتباكات يوم 7 جانفي 2021 قرب المدينة', '2021-01-07'],
    ['أعلنت الحكومة يوم 14 جويلية 2019 حالة الطوارئ', '2019-07-14'],
    ['أعلنت الحكومة يوم 14 يوليوز 2019 حالة الطوارئ', '2019-07-14'],
    ['انتهت المعارك في 20 غشت 2018', '2018-08-20'],
    ['انتهت المعارك في 20 أوت 2018', '2018-08-20'],
    ['انتهت المعارك في 20 اغسطس 2018', '2018-08-20'],
    ['بدأ الحصار في 2 شباط 2016', '2016-02-02'],
    ['وقعت الهدنة في 9 إبريل 2003', '2003-04-09'],
    ['وقعت الهدنة في 9 أبريل 2003', '2003-04-09'],
    ['وقعت الهدنة في 9 نيسان 2003', '2003-04-09'],
    ['أعلن الجيش في 25 فبرايِر 2022 التعبئة', '2022-02-25'],
    ['صدر القرار في 3 يونيه 1990', '1990-06-03'],
    ['في 1 ديسمبر 2023 استؤنف القتال', '2023-12-01'],
    ['في 12 دجنبر 2023 استؤنف القتال', '2023-12-12'],
  ];
  for (const [text, value] of cases) {
    const times = extractTimes(text, null);
    assertSpans(text, times);
    assert.equal(times.length, 1, text);
    assert.equal(times[0].value, value, text);
    assert.equal(times[0].granularity, 'day');
  }
});

test("paired month names ('تشرين الأول / أكتوبر') are one expression", () => {
  const cases: [string, string, string][] = [
    ['في الـ3 من تشرين الأول / أكتوبر، أجرى اللواء محادثة هاتفية', 'الـ3 من تشرين الأول / أكتوبر', 'XXXX-10-03'],
    ['في الـ3 من تشرين الأول \\ أكتوبر، أجرى اللواء محادثة هاتفية', 'الـ3 من تشرين الأول \\ أكتوبر', 'XXXX-10-03'],
    ['توقفت المفاوضات في آب/أغسطس 2019', 'آب/أغسطس 2019', '2019-08'],
    ['اندلعت الحرب في 27 أكتوبر (تشرين الأول) 2020', '27 أكتوبر (تشرين الأول) 2020', '2020-10-27'],
    ['منذ السابع من أكتوبر/تشرين الأول 2023', 'السابع من أكتوبر/تشرين الأول 2023', '2023-10-07'],
  ];
  for (const [text, span, value] of cases) {
    const times = extractTimes(text, null);
    assertSpans(text, times);
    assert.equal(times.length, 1, text);
    assert.equal(times[0].text, span);
    assert.equal(times[0].value, value);
  }
});

test('day forms: الـ3 من, ordinal words, digits of every script', () => {
  const cases: [string, string][] = [
    ['وقع الهجوم في الـ3 من تشرين الأول', 'XXXX-10-03'],
    ['وقع الهجوم في الـ 3 من أكتوبر', 'XXXX-10-03'],
    ['وقع الهجوم في 3 أكتوبر', 'XXXX-10-03'],
    ['وقع الهجوم في ٣ أكتوبر', 'XXXX-10-03'],
    ['وقع الهجوم في ۳ أكتوبر', 'XXXX-10-03'],
    ['وقع الهجوم في ٢٧ أيلول ٢٠٢٠', '2020-09-27'],
    ['استمر انقطاع الاتصالات منذ السادس من فبراير', 'XXXX-02-06'],
    ['وقع الهجوم في السابع من أكتوبر', 'XXXX-10-07'],
    ['وقع الهجوم في الحادي عشر من سبتمبر 2001', '2001-09-11'],
    ['وقع الهجوم في الحادي والعشرين من آذار', 'XXXX-03-21'],
    ['وقع الهجوم في الأول من أيار', 'XXXX-05-01'],
    ['وقع الهجوم في الثلاثين من حزيران 2014', '2014-06-30'],
  ];
  for (const [text, value] of cases) {
    const times = extractTimes(text, null);
    assertSpans(text, times);
    assert.equal(times.length, 1, text);
    assert.equal(times[0].value, value, text);
  }
});

test("a month alone: the most recent such month on or before the anchor, or XXXX-MM; 'الماضي'", () => {
  assert.equal(valueOf('تصاعدت المواجهات في أكتوبر', TUE, 'أكتوبر'), '2020-10');
  assert.equal(valueOf('تصاعدت المواجهات في نوفمبر', TUE, 'نوفمبر'), '2019-11');
  assert.equal(valueOf('تصاعدت المواجهات في أكتوبر', null, 'أكتوبر'), 'XXXX-10');
  assert.equal(valueOf('تصاعدت المواجهات في أكتوبر الماضي', TUE, 'أكتوبر'), '2019-10');
  assert.equal(valueOf('تصاعدت المواجهات في سبتمبر الماضي', TUE, 'سبتمبر'), '2020-09');
  assert.equal(valueOf('تصاعدت المواجهات في أكتوبر 2020', null, 'أكتوبر'), '2020-10');
  assert.equal(valueOf('تصاعدت المواجهات في أكتوبر من العام الماضي', TUE, 'أكتوبر'), '2019-10');
  const t = find(extractTimes('تصاعدت المواجهات في أكتوبر 2020', null), 'أكتوبر');
  assert.equal(t.granularity, 'month');
  // A day and month: this year unless more than a month ahead of the anchor.
  assert.equal(valueOf('وقع الهجوم في 3 أكتوبر', TUE, 'أكتوبر'), '2020-10-03');
  assert.equal(valueOf('تعقد الجولة في 20 أكتوبر', TUE, 'أكتوبر'), '2020-10-20');
  assert.equal(valueOf('وقع الهجوم في 20 ديسمبر', TUE, 'ديسمبر'), '2019-12-20');
});

test("month names that are also common words need context ('مارس' the verb)", () => {
  assert.deepEqual(extractTimes('مارس الجيش ضغوطا كبيرة على المدنيين', null), []);
  assert.equal(valueOf('بدأت الاحتجاجات في مارس', null, 'مارس'), 'XXXX-03');
  assert.equal(valueOf('بدأت الاحتجاجات في 15 مارس 2011', null, 'مارس'), '2011-03-15');
  assert.deepEqual(extractTimes('قال الآب إن الكنيسة', null), []);
});

test('numeric dates', () => {
  const text = 'بدأت العملية في 27/9/2020 وانتهت في 2020-11-10 وأعلن عنها في 12.11.2020';
  const times = extractTimes(text, null);
  assertSpans(text, times);
  assert.deepEqual(times.map((t) => t.value), ['2020-09-27', '2020-11-10', '2020-11-12']);
  assert.deepEqual(extractTimes('النتيجة 3/4 من الأصوات', null), []);
  assert.equal(extractTimes('في ٢٧/٩/٢٠٢٠', null)[0].value, '2020-09-27');
});

test('years after عام/العام/سنة, after a preposition, and after منذ', () => {
  const text = 'ضم الاتحاد السوفيتي المنطقة عام 1921، وزادت أسوأ اشتباكات منذ العام 2016، وانهار الاتحاد عام 1991، وأبرم اتفاق سنة 1994، ثم انهارت محاولة في 2010، وجمدت المحادثات منذ 1994.';
  const times = extractTimes(text, '2020-09-27');
  assertSpans(text, times);
  assert.deepEqual(times.map((t) => [t.text, t.value, t.granularity]), [
    ['عام 1921', '1921', 'year'],
    ['العام 2016', '2016', 'year'],
    ['عام 1991', '1991', 'year'],
    ['سنة 1994', '1994', 'year'],
    ['2010', '2010', 'year'],
    ['1994', '1994', 'year'],
  ]);
  assert.deepEqual(extractTimes('عامي 2019 و2020', null).map((t) => t.value), ['2019', '2020']);
  assert.equal(extractTimes('سقط النظام إثر انتفاضة 2011 بمساعدة الحلف', null)[0].value, '2011');
  // A number that counts is not a year.
  assert.deepEqual(extractTimes('أرسلت الحكومة 2000 جندي', null), []);
  assert.deepEqual(extractTimes('بدأ سريان الهدنة الساعة 2059 بتوقيت غرينتش', null), []);
});

test('decades and centuries', () => {
  const cases: [string, string, string, string][] = [
    ['انفصلت المنطقة خلال حرب في التسعينات', 'التسعينات', '199X', 'decade'],
    ['اندلعت الحرب في تسعينيات القرن الماضي', 'تسعينيات القرن الماضي', '199X', 'decade'],
    ['شهدت الثمانينيات حربا طويلة', 'الثمانينيات', '198X', 'decade'],
    ['تعود الأزمة إلى القرن العشرين', 'القرن العشرين', '19XX', 'century'],
    ['تعود الأزمة إلى القرن التاسع عشر', 'القرن التاسع عشر', '18XX', 'century'],
    ['في القرن الحادي والعشرين', 'القرن الحادي والعشرين', '20XX', 'century'],
  ];
  for (const [text, span, value, gran] of cases) {
    const t = find(extractTimes(text, TUE), span);
    assert.equal(t.text, span);
    assert.equal(t.value, value);
    assert.equal(t.granularity, gran);
  }
  assert.equal(valueOf('تعود الأزمة إلى القرن الماضي', TUE, 'القرن'), '19XX');
});

test("'أواخر/أوائل/منتصف' set the modifier; the year comes from the anchor when there is one", () => {
  const late = find(extractTimes('المواجهات التي اندلعت أواخر سبتمبر بين الجانبين', null), 'سبتمبر');
  assert.equal(late.text, 'أواخر سبتمبر');
  assert.equal(late.value, 'XXXX-09');
  assert.equal(late.modifier, 'late');
  assert.equal(late.granularity, 'month');
  assert.equal(find(extractTimes('المواجهات التي اندلعت أواخر سبتمبر', TUE), 'سبتمبر').value, '2020-09');
  const early = find(extractTimes('بدأ الانسحاب أوائل نوفمبر', TUE), 'نوفمبر');
  assert.equal(early.modifier, 'early');
  assert.equal(early.value, '2019-11');
  const mid = find(extractTimes('منذ منتصف مارس(آذار) 2011', null), 'مارس');
  assert.equal(mid.modifier, 'mid');
  assert.equal(mid.value, '2011-03');
  assert.equal(find(extractTimes('في مطلع 2020', null), '2020').modifier, 'early');
  assert.equal(find(extractTimes('منتصف التسعينات', null), 'التسعينات').modifier, 'mid');
});

test("'منذ 30 عاما' is a year counted back from the anchor; 'قبل يومين' a date", () => {
  const t = find(extractTimes('يعيش الإقليم نزاعا منذ 30 عاما', TUE), '30');
  assert.equal(t.text, 'منذ 30 عاما');
  assert.equal(t.value, '1990');
  assert.equal(t.granularity, 'year');
  assert.equal(t.kind, 'date');
  assert.equal(valueOf('يعيش الإقليم نزاعا منذ ثلاثين عاماً', TUE, 'عام'), '1990');
  assert.equal(valueOf('يعيش الإقليم نزاعا منذ 30 عاما', null, 'عاما'), 'XXXX');
  assert.equal(valueOf('وصل الوفد قبل يومين', TUE, 'يومين'), '2020-10-04');
});

test('durations are found with kind duration and an ISO 8601 duration value', () => {
  const cases: [string, string, string][] = [
    ['نراقب جميع التطورات على مدار 24 ساعة', 'على مدار 24 ساعة', 'PT24H'],
    ['وتتواصل لليوم العاشر على التوالي المعارك', 'لليوم العاشر على التوالي', 'P10D'],
    ['يجب الرد خلال 48 ساعة', 'خلال 48 ساعة', 'PT48H'],
    ['أغلقت المعابر لمدة ثلاثة أيام', 'لمدة ثلاثة أيام', 'P3D'],
    ['للمرة الأولى منذ 10 شهور', 'منذ 10 شهور', 'P10M'],
    ['قتل 54 شخصا خلال الساعات الأربع والعشرين الماضية', 'خلال الساعات الأربع والعشرين الماضية', 'PT24H'],
    ['أعلنت الهدنة لمدة أسبوعين', 'لمدة أسبوعين', 'P2W'],
  ];
  for (const [text, span, value] of cases) {
    const times = extractTimes(text, TUE);
    assertSpans(text, times);
    const t = find(times, span);
    assert.equal(t.text, span);
    assert.equal(t.value, value);
    assert.equal(t.kind, 'duration');
  }
});

test('Hijri dates through the Umm al-Qura calendar', () => {
  assert.equal(valueOf('في 5 رمضان 1445 هـ', null, 'رمضان'), '2024-03-15');
  assert.equal(valueOf('خلال شهر رمضان 1445', null, 'رمضان'), '2024-03');
  // A Hijri month name without a day or a year is not dated.
  assert.deepEqual(extractTimes('صام المسلمون رمضان', null), []);
});

test('outputs are sorted, non-overlapping, the longest match wins, spans survive normalisation', () => {
  const text = 'أعلنت ﺍﻟﻮﺯﺍﺭﺓ، اليــوم الأَحَد ٢٧ سبتمبر ٢٠٢٠، أن القصف استمر أمس وأوّل أمس لليوم الثالث على التوالي.';
  const times = extractTimes(text, '2020-09-27');
  assertSpans(text, times);
  assert.deepEqual(times.map((t) => t.value), ['2020-09-27', '2020-09-26', '2020-09-25', 'P3D']);
  assert.equal(times[0].text, 'اليــوم الأَحَد ٢٧ سبتمبر ٢٠٢٠');
});

test('inferPublicationDate: a full date with its weekday or with اليوم; null when unsafe', () => {
  assert.deepEqual(inferPublicationDate('باكو - الأحد 27 سبتمبر 2020: اندلعت اشتباكات عنيفة'), { date: '2020-09-27', from: 'الأحد 27 سبتمبر 2020' });
  const r = inferPublicationDate('أعلن الطرفان، اليوم الأربعاء، إحراز تقدم.\nصورة من القصف - 7 أكتوبر 2020');
  assert.equal(r?.date, '2020-10-07');
  assert.equal(inferPublicationDate('اليوم 5 يونيو 2021 قال الوزير')?.date, '2021-06-05');
  // 'اليوم الأحد' + a day and month that is a Sunday in the one year the text names.
  assert.equal(inferPublicationDate('قال الناطق اليوم الأحد 27 سبتمبر إن الحرب التي بدأت في سبتمبر 2020 مستمرة')?.date, '2020-09-27');
  // Unsafe: a bare weekday, a month, a date after 'منذ', a weekday that disagrees with the date.
  assert.equal(inferPublicationDate('أعلن المتحدث، الاثنين، نشر بطاريات صواريخ أواخر سبتمبر'), null);
  assert.equal(inferPublicationDate('اعتقلت القوات اليوم السبت عشرات، وتشن إسرائيل منذ 7 أكتوبر 2023 حربا'), null);
  assert.equal(inferPublicationDate('الاثنين 27 سبتمبر 2020'), null);
  assert.equal(inferPublicationDate(''), null);
});

// --- Property test: random dates spelled in Arabic ---------------------------------------------

const ORD_UNITS = ['', 'الأول', 'الثاني', 'الثالث', 'الرابع', 'الخامس', 'السادس', 'السابع', 'الثامن', 'التاسع', 'العاشر'];
function ordinalWord(d: number): string {
  if (d <= 10) return ORD_UNITS[d];
  if (d < 20) return `${d === 11 ? 'الحادي' : ORD_UNITS[d - 10]} عشر`;
  const tens = d < 30 ? 'العشرين' : 'الثلاثين';
  const u = d % 10;
  if (u === 0) return tens;
  return `${u === 1 ? 'الحادي' : ORD_UNITS[u]} و${tens}`;
}

function toScript(n: number, script: 'latin' | 'arabic' | 'persian'): string {
  const base = script === 'arabic' ? 0x0660 : 0x06f0;
  return script === 'latin' ? String(n) : String(n).replace(/\d/g, (c) => String.fromCharCode(base + Number(c)));
}

const monthNames = (locale: string) => {
  const f = new Intl.DateTimeFormat(`${locale}-u-nu-latn`, { month: 'long', timeZone: 'UTC' });
  return Array.from({ length: 12 }, (_, m) => f.format(new Date(Date.UTC(2020, m, 15))));
};
const EG = monthNames('ar-EG');
const SY = monthNames('ar-SY');
const DZ = monthNames('ar-DZ');
const MA = monthNames('ar-MA');

test('property: random dates spelled in Arabic come back as their ISO value', () => {
  const date = fc.date({ min: new Date(Date.UTC(1950, 0, 1)), max: new Date(Date.UTC(2049, 11, 31)), noInvalidDate: true });
  const style = fc.constantFrom('eg', 'sy', 'dz', 'ma', 'pair-slash', 'pair-backslash', 'pair-paren');
  const dayStyle = fc.constantFrom('digits', 'al-digits', 'ordinal', 'yawm');
  const script = fc.constantFrom<'latin' | 'arabic' | 'persian'>('latin', 'arabic', 'persian');
  const frame = fc.constantFrom(
    (s: string) => `وقعت الاشتباكات في ${s} قرب خط التماس.`,
    (s: string) => `قال المتحدث إن الهجوم بدأ ${s}، وفق ما أفاد مسؤولون.`,
    (s: string) => `${s} - أعلنت وزارة الدفاع إسقاط طائرة.`,
  );
  fc.assert(
    fc.property(date, style, dayStyle, script, frame, (dt, st, ds, sc, fr) => {
      const y = dt.getUTCFullYear(), m = dt.getUTCMonth(), d = dt.getUTCDate();
      const month = st === 'eg' ? EG[m] : st === 'sy' ? SY[m] : st === 'dz' ? DZ[m] : st === 'ma' ? MA[m]
        : st === 'pair-slash' ? `${SY[m]} / ${EG[m]}` : st === 'pair-backslash' ? `${SY[m]} \\ ${EG[m]}` : `${EG[m]} (${SY[m]})`;
      const day = ds === 'digits' ? toScript(d, sc) : ds === 'al-digits' ? `الـ${toScript(d, sc)} من` : ds === 'ordinal' ? `${ordinalWord(d)} من` : `يوم ${toScript(d, sc)}`;
      const text = fr(`${day} ${month} ${toScript(y, sc)}`);
      const times = extractTimes(text, null);
      assertSpans(text, times);
      const iso = `${y}-${String(m + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
      assert.equal(times.length, 1, `${text} -> ${JSON.stringify(times)}`);
      assert.equal(times[0].value, iso, text);
      assert.equal(times[0].granularity, 'day');
    }),
    { seed: Number(process.env.SEED ?? 20201006), numRuns: Number(process.env.RUNS ?? 300) },
  );
});

test('property: any text gives spans that slice back to their text', () => {
  const piece = fc.constantFrom('اليوم', 'أمس', 'الأحد', ' ', '،', '3', '٣', 'أكتوبر', 'تشرين', 'الأول', '/', 'الـ', 'من', 'عام', '2020', 'ـ', '\u064B', 'منذ', 'عاما', 'خلال', 'ساعة', '\n', 'أواخر', 'القرن', 'العشرين', 'ﻻ');
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 40 }), fc.option(fc.constant('2020-10-06')), (parts, anchor) => {
      const text = parts.join('');
      assertSpans(text, extractTimes(text, anchor));
      inferPublicationDate(text);
    }),
    { seed: 7, numRuns: 300 },
  );
});

// --- The shared corpus -------------------------------------------------------------------------

const SEEDS = new URL('../../shared/corpus/seeds.jsonl', import.meta.url);
const SEEDS_GOLD = new URL('../../shared/gold/seeds.gold.json', import.meta.url);
const EXTRA_DIR = new URL('../../shared/corpus/extra/', import.meta.url);
const EXTRA_GOLD = new URL('../../shared/gold/extra.gold.json', import.meta.url);

interface GoldDoc {
  file: string;
  times: { text: string; value: string[] }[];
}

/** The scorer's locate: the gold string in the text, tolerant of white space. */
function locate(text: string, needle: string): { start: number; end: number } | null {
  const words = needle.split(/\s+/).filter(Boolean).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const m = new RegExp(words.join('[\\s\\u00a0\\u200f\\u200e]+'), 'u').exec(text);
  return m ? { start: m.index, end: m.index + m[0].length } : null;
}

function checkGold(docs: { id: string; text: string; published: string | null }[], gold: GoldDoc[]): { total: number; found: number; right: number; misses: string[] } {
  let total = 0, found = 0, right = 0;
  const misses: string[] = [];
  for (const g of gold) {
    const d = docs.find((x) => x.id === g.file);
    assert.ok(d, `document ${g.file}`);
    const times = extractTimes(d.text, d.published ?? inferPublicationDate(d.text)?.date ?? null);
    assertSpans(d.text, times);
    for (const gt of g.times) {
      total++;
      const span = locate(d.text, gt.text);
      const hit = span && times.find((t) => t.start < span.end && span.start < t.end);
      if (!hit) { misses.push(`${g.file}: missed ${gt.text}`); continue; }
      found++;
      if (gt.value.includes(hit.value)) right++;
      else misses.push(`${g.file}: ${gt.text} -> ${hit.value}, accepted ${gt.value.join(' | ')}`);
    }
  }
  return { total, found, right, misses };
}

test('the seed corpus: gold times are found with an accepted value', (t) => {
  if (!existsSync(SEEDS) || !existsSync(SEEDS_GOLD)) return t.skip('shared corpus absent');
  const docs = readFileSync(SEEDS, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as { id: string; title: string; text: string; published: string | null })
    .map((r) => ({ id: r.id, text: `${r.title}\n\n${r.text}`, published: r.published }));
  const gold = (JSON.parse(readFileSync(SEEDS_GOLD, 'utf8')) as { documents: GoldDoc[] }).documents;
  const r = checkGold(docs, gold);
  assert.ok(r.found / r.total >= 0.95, `recall ${r.found}/${r.total}: ${r.misses.join('; ')}`);
  assert.ok(r.right / r.total >= 0.9, `value accuracy ${r.right}/${r.total}: ${r.misses.join('; ')}`);
});

test('the extra corpus (no publication dates): gold times are found with an accepted value', (t) => {
  if (!existsSync(EXTRA_DIR) || !existsSync(EXTRA_GOLD)) return t.skip('shared corpus absent');
  const dir = fileURLToPath(EXTRA_DIR);
  const docs = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => ({ id: f, text: readFileSync(new URL(f, EXTRA_DIR), 'utf8'), published: null }));
  const gold = (JSON.parse(readFileSync(EXTRA_GOLD, 'utf8')) as { documents: GoldDoc[] }).documents;
  const r = checkGold(docs, gold);
  assert.ok(r.found / r.total >= 0.9, `recall ${r.found}/${r.total}: ${r.misses.join('; ')}`);
  assert.ok(r.right / r.total >= 0.85, `value accuracy ${r.right}/${r.total}: ${r.misses.join('; ')}`);
});
