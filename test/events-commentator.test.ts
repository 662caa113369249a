// Who denounces, praises or voices concern about an act is none of its sides (src/extract/events/commentator.ts).
// Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../src/pipeline.js';
import { codeEvents } from '../src/extract/events/index.js';
import { eventWords } from '../src/extract/events/word-lists.js';

const meta = { title: null, outlet: null, url: null, published: '2024-06-03' };
const coded = (text: string) => codeEvents(analyzeText(text, meta, 't') as never).events;
const show = (es: ReturnType<typeof coded>) => JSON.stringify(es.map((e) => [e.type, e.trigger?.text, e.source?.name_en, e.target?.name_en]));
const sides = (es: ReturnType<typeof coded>) => es.flatMap((e) => [e.source?.name_en, e.target?.name_en]);

test('the comment modes are data', () => {
  assert.ok(eventWords('comment_modes').has('criticism'));
  assert.ok(eventWords('casualty_modes').has('killing'));
});

test('a minister named after the verb of denouncing is no side of the bombing he denounces', () => {
  const es = coded('ندد وزير الخارجية الأردني أيمن الصفدي اليوم بالتفجير الإرهابي في مسجد بمدينة الزرقاء.').filter((e) => e.type === 'ASSAULT');
  assert.ok(es.length, 'the bombing is coded');
  for (const name of ['Ayman al-Safdi', 'Ministry of Foreign Affairs of Jordan']) assert.ok(!sides(es).includes(name), show(es));
});

test('a state that condemns an attack and the deaths it caused is none of their sides', () => {
  const es = coded('أدانت مملكة البحرين التفجير الإرهابي الذي استهدف مسجد قوات الأمن في منطقة القصيم اليوم وأودى بحياة عدد من رجال الأمن.').filter((e) => e.type === 'ASSAULT');
  assert.ok(es.length, 'the attack is coded');
  assert.ok(!sides(es).includes('Bahrain'), show(es));
});

test('the one criticised for an act may still be its doer', () => {
  const es = coded('انتقدت روسيا تركيا لقصفها المدنيين في شمال سوريا.');
  assert.ok(es.some((e) => e.target?.name_en === 'Turkey' || e.source?.name_en === 'Turkey'), show(es));
});

test('the body an act is done to help is none of its sides', () => {
  const es = coded('وشنت طائرات التحالف عشرات الغارات لمساعدة القوات العراقية على استعادة مدينة الرمادي من داعش.').filter((e) => e.type === 'ASSAULT');
  assert.ok(es.length, show(es));
  assert.ok(!sides(es).includes('Iraqi Armed Forces'), show(es));
  assert.ok(eventWords('helping_types').has('aid'));
});

test('states joined by و that condemn a bombing are none of its sides', () => {
  const es = coded('السعودية والإمارات والبحرين تدين وتستنكر التفجير الإرهابي في مدينة الكويت').filter((e) => e.type === 'ASSAULT');
  for (const name of ['Saudi Arabia', 'United Arab Emirates', 'Bahrain']) assert.ok(!es.some((e) => e.source?.name_en === name), show(es));
});
