// A verb of attack whose subject is the indefinite act noun told right before it ('هجوم انتحاري ... استهدف مجموعة
// ناشطين'): who stands after the verb is what the act struck, never who did it (src/extract/events/victims.ts,
// objectOfActSubject). Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../src/pipeline.js';
import { extractEvents } from '../src/extract/events/index.js';

const meta = { title: null, outlet: null, url: null, published: '2024-06-03' };
const show = (es: { trigger?: { text: string } | null; source?: { name_en?: string | null } | null; target?: { name_en?: string | null } | null }[]) => JSON.stringify(es.map((e) => [e.trigger?.text, e.source?.name_en, e.target?.name_en]));

test('the people an attack targeted, named after the verb it is the subject of, are its target', () => {
  // (Read without the report check, which doubts a sentence told as background.)
  const es = extractEvents(analyzeText('وجاءت الاشتباكات بعد يومين على هجوم انتحاري في مدينة الرمادي (غرب) استهدف مجموعة ناشطين شباب من أنصار الحزب.', meta, 't'), { reportFilter: false });
  const hit = es.find((e) => e.trigger?.text === 'استهدف');
  assert.ok(hit, show(es));
  assert.match(hit.target?.name_en ?? '', /activists/, show(es));
  assert.doesNotMatch(hit.source?.name_en ?? '', /activists/, show(es));
});

test('a verb after a definite act noun with no relative opens a clause of its own: its subject stands after it', () => {
  const es = analyzeText('ومنذ عمليات الخطف الأخيرة في الشهر الماضي فجرت الجماعة ثلاث سيارات ملغومة في المدينة.', meta, 't').events;
  const bombing = es.find((e) => e.trigger?.text === 'فجرت');
  assert.ok(bombing, show(es));
  assert.notEqual(bombing.target?.name_en, bombing.source?.name_en, show(es));
  assert.ok(!bombing.target || !/group/.test(bombing.target.name_en ?? ''), show(es));
});
