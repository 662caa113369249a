// An act told as what another came after, a span of time between ('بعد ثلاثة أيام على تفجير'), happened earlier
// (src/extract/events/earlier-act.ts): on its own day, with no side named before the phrase, never merged with the act the
// sentence tells; and an act laid on a party ('نسبته السلطات إلى الحزب') is that party's, the subject only telling it
// (src/extract/events/claimed-after.ts). Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../src/pipeline.js';
import { dayBefore } from '../src/extract/events/earlier-act.js';

const meta = { title: null, outlet: null, url: null, published: '2024-06-03' };
const events = (text: string) => analyzeText(text, meta, 't').events;
const show = (es: ReturnType<typeof events>) => JSON.stringify(es.map((e) => [e.type, e.trigger?.text, e.source?.name_en, e.target?.name_en, e.date]));

test('the act a strike came after is an act of its own, days before, with its own doer', () => {
  const es = events('قصفت المدفعية التركية أمس مواقع لحزب العمال الكردستاني في شمال العراق، بعد ثلاثة أيام على تفجير دام نسبته السلطات إلى الحزب.');
  const strike = es.find((e) => e.trigger?.text === 'قصفت');
  const bombing = es.find((e) => e.trigger?.text === 'تفجير');
  assert.equal(strike?.source?.country, 'TUR', show(es));
  assert.equal(strike?.date, '2024-06-02', show(es));
  assert.equal(bombing?.date, '2024-05-30', show(es));
  assert.equal(bombing?.source?.name_en, "Kurdistan Workers' Party", show(es));
});

test('a raid that came after an attack of the other side: two acts, each side its own', () => {
  const es = events('شنت طائرات الجيش السوداني أمس غارات على مواقع لقوات الدعم السريع في الفاشر، بعد يومين من هجوم للقوات على مخيم زمزم.');
  const raid = es.find((e) => e.source?.name_en === 'Sudanese Armed Forces');
  const attack = es.find((e) => e.date === '2024-05-31');
  assert.equal(raid?.date, '2024-06-02', show(es));
  assert.equal(attack?.source?.name_en, 'Rapid Support Forces', show(es));
  assert.notEqual(attack?.source?.name_en, raid?.source?.name_en, show(es));
});

test('a time word after the phrase dates the earlier act, not the act the sentence tells', () => {
  const es = events('ونفذت القوات الأمنية حملة اعتقالات واسعة في بلدة قباطية، بعد أسبوع على الهجوم الذي نفذه مسلحون على حاجز عسكري يوم الاثنين الماضي.');
  const arrests = es.find((e) => e.type === 'COERCE');
  assert.ok(arrests, show(es));
  assert.notEqual(arrests?.date, '2024-05-27', show(es));
});

test('an act laid on a party is that party\'s, the one who lays it on only tells it', () => {
  const es = events('وقتل عشرة أشخاص في تفجير انتحاري في مقديشو نسبته الشرطة إلى حركة الشباب.');
  const bombing = es.find((e) => e.type === 'ASSAULT');
  assert.equal(bombing?.source?.name_en, 'Al-Shabaab', show(es));
  assert.notEqual(bombing?.target?.sector, 'COP', show(es));
});

test('the day of an earlier act: the day told less the span, none for a vague one', () => {
  const span = (value: string) => ({ start: 0, end: 0, text: '', value, granularity: 'day' as const, kind: 'duration' as const });
  assert.equal(dayBefore('2024-03-02', span('P3D')), '2024-02-28');
  assert.equal(dayBefore('2024-06-03', span('P2W')), '2024-05-20');
  assert.equal(dayBefore('2024-06', span('P3D')), null);
  assert.equal(dayBefore('2024-06-03', span('P3M')), null);
});
