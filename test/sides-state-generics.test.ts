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
