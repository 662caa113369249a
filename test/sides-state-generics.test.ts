// The target of talks, demands and accusations named by what it is: a state's people with their country told with them
// (src/extract/events/sides/state-generics.ts). Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../src/pipeline.js';
import { codeEvents } from '../src/extract/events/index.js';

const meta = { title: null, outlet: null, url: null, published: '2024-06-03' };
const coded = (text: string) => codeEvents(analyzeText(text, meta, 't') as never).events;
const show = (es: ReturnType<typeof coded>) => JSON.stringify(es.map((e) => [e.type, e.trigger?.text, e.source?.name_en, e.target?.name_en, e.target?.country]));

test('talks with officials in a country named right after them are talks with that country\'s officials', () => {
  const es = coded('أجرى المدير العام للوكالة الدولية للطاقة الذرية رافائيل غروسي محادثات مع مسؤولين بارزين في أوكرانيا.');
  const talks = es.find((e) => e.type === 'CONSULT');
  assert.equal(talks?.target?.country, 'UKR', show(es));
});

test('officials whose country is only the place of another phrase are no target', () => {
  const es = coded('وزار الوزير الإيطالي طهران الأربعاء في أحدث زيارة ضمن سلسلة زيارات لكبار المسؤولين في الاتحاد الأوروبي.');
  assert.ok(!es.some((e) => e.target?.name_en?.startsWith('officials')), show(es));
});

test('whoever an arrest is done to is its target, of any kind; a struck thing is not', () => {
  const protest = coded('وألقت الشرطة القبض على ثلاثة متظاهرين.').find((e) => e.type === 'COERCE');
  assert.equal(protest?.target?.name_en, 'protesters', show(protest ? [protest] : []));
  const press = coded('واعتقلت قوات الاحتلال خمسة صحفيين في الخليل.').find((e) => e.type === 'COERCE');
  assert.ok(press?.target?.name_en?.startsWith('journalists'), show(press ? [press] : []));
});

test('the one who arrests is the subject of «ألقى» before the verbal noun; the security authorities are security forces', () => {
  const es = coded('ألقت الجهات الأمنية في الأردن القبض على شاب في عمان.').filter((e) => e.type === 'COERCE');
  assert.equal(es[0]?.source?.name_en, 'security forces (Jordan)', show(es));
  assert.equal(es[0]?.target?.country, 'JOR', show(es));
});
