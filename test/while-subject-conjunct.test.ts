// The subject of a main verb after an opening clause of time or contrast (وبينما ...، رفض), and a target joined by و
// to the source ('ميليشيات الحوثي وصالح'): one side, not the one struck. Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../src/pipeline.js';
import { eventWords } from '../src/extract/events/word-lists.js';

const meta = { title: null, outlet: null, url: null, published: '2024-06-03' };
const events = (text: string) => analyzeText(text, meta, 't').events;

test('the word lists of the two rules load', () => {
  assert.ok(eventWords('time_clause_openers').has('بينما'));
  assert.ok(eventWords('between_words').has('بين'));
});

test('a verb after «وبينما ...،» goes on with the subject of the opening clause', () => {
  const ev = events('وبينما رحب المتحدث باسم الخارجية الأميركية باشتراك روسيا في الحرب ضد «داعش»، رفض أي تعاون مع الرئيس السوري الأسد.');
  const reject = ev.find((e) => e.type === 'REJECT');
  assert.equal(reject?.source?.country, 'USA');
  assert.equal(reject?.target?.name_en, 'Bashar al-Assad');
  // A verb that names its own subject keeps it.
  const two = events('وبينما قصفت الطائرات الروسية مواقع المعارضة في إدلب، هاجم تنظيم داعش مواقع الجيش في دير الزور.');
  assert.ok(two.some((e) => e.source?.name_en === 'Islamic State'));
});

test('a party joined by و right after the source is its partner, not its target', () => {
  const ev = events('وقتل 43 مدنيا وأصيب 173 آخرون في قصف ميليشيات الحوثي وصالح على حي سكني في تعز.');
  assert.ok(ev.length > 0);
  assert.ok(ev.every((e) => e.target?.name_en !== 'Ali Abdullah Saleh'));
  // بين names the two sides of a fight.
  const fight = events('واستمرت الاشتباكات بين القوات الأذربيجانية والأرمنية على خط التماس طوال الليل.');
  assert.deepEqual(new Set(fight.flatMap((e) => [e.source?.country, e.target?.country])), new Set(['AZE', 'ARM']));
});
