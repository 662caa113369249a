// The tokens a time expression can start at (src/extract/times/starts.ts): every recogniser that finds an
// expression at a token finds it at a token mayStartTime lets through, on sentences written for this test with
// each kind of time expression; and most words are no start.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { prepare } from '../src/extract/quantities/number-tokens.js';
import { parseIsoDate } from '../src/extract/times/calendar.js';
import { monthExpr, numericDate, weekdayExpr } from '../src/extract/times/dates.js';
import { relativeExpr, yearExpr, centuryExpr, decadeExpr, durationExpr, sinceAgoExpr } from '../src/extract/times/periods.js';
import { mayStartTime, timeStarts } from '../src/extract/times/starts.js';
import type { Ctx } from '../src/extract/times/match.js';

const RECOGNISERS = { monthExpr, numericDate, weekdayExpr, relativeExpr, yearExpr, centuryExpr, decadeExpr, durationExpr, sinceAgoExpr };

const SENTENCES = [
  'وصل الوفد صباح الأحد 4 تشرين الأول / أكتوبر 2020 إلى العاصمة، وغادرها يوم الثلاثاء الماضي.',
  'وقع الاتفاق في 12/3/2019، ثم عُدّل في 2021-05-07 بعد مفاوضات.',
  'قالت الوزارة أمس إن القوات ستنسحب غداً، وإن الهدنة صامدة منذ الأسبوع الماضي.',
  'شهد العام الجاري تراجعاً، وكانت الأرقام في هذا الشهر أدنى من الشهر المقبل.',
  'بنيت القلعة في القرن التاسع عشر، ورممت في القرن الـ20 وخلال التسعينيات من القرن الماضي.',
  'اندلعت انتفاضة 2011 في عام 1432 هـ، واستمرت المعارك ثلاثة أيام ويومين آخرين.',
  'تواصلت الاحتجاجات لليوم العاشر على التوالي، وللأسبوع الثالث في المدينة.',
  'انتظر الأهالي الـ24 ساعة الماضية، ثم الساعات الـ48 التالية، وبعدها الأيام الثلاثة الأخيرة.',
  'غادر اللاجئون قبل خمسة وعشرين عاما، ومنذ نحو 30 عاما لم يعودوا، وقبل يومين عاد بعضهم.',
  'وفي أواخر سبتمبر الماضي ومطلع العام 2018م وقعت اشتباكات استمرت عشرات السنين.',
  'في الثالث من الشهر الجاري أعلن المتحدث أن ليلة الخميس شهدت قصفاً، وفي 15 رمضان 1441 هـ عاد الهدوء.',
  'وتواصل القصف للساعة الخامسة على التوالي، وقضى الجرحى ساعاتهم الأولى في العراء.',
  'وبعد ثلاثمائة يوم من الحصار، وخلال ساعتين فقط، انتهت العملية في شهر مايو.',
];

test('every time recogniser starts only at a token mayStartTime lets through', () => {
  const fired = new Set<string>();
  for (const text of SENTENCES) {
    const { toks } = prepare(text);
    const ctx: Ctx = { toks, anchor: parseIsoDate('2020-10-06') };
    const starts = timeStarts();
    for (let i = 0; i < toks.length; i++) {
      for (const [name, r] of Object.entries(RECOGNISERS)) {
        if (!r(ctx, i)) continue;
        fired.add(name);
        assert.ok(mayStartTime(toks[i]), `${name} starts at «${toks[i].t}» in «${text}»`);
        assert.ok(starts(toks[i]));
      }
    }
  }
  assert.deepEqual([...fired].sort(), Object.keys(RECOGNISERS).sort(), 'every recogniser is exercised');
});

test('punctuation and most words start no time expression', () => {
  const { toks } = prepare('قال المتحدث باسم الحكومة إن المفاوضات مستمرة، وإن الوفد متفائل.');
  assert.deepEqual(toks.filter(mayStartTime).map((t) => t.t), []);
});
