// Who a count of casualties counts is no source (src/extract/events/victims.ts countedCasualties), nor is the side that
// owns the sites, stores or routes an attack or a blockade struck (src/extract/events/sides/object-owner.ts).
// Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../src/pipeline.js';
import { codeEvents } from '../src/extract/events/index.js';
import { eventWords } from '../src/extract/events/word-lists.js';

const meta = { title: null, outlet: null, url: null, published: '2024-06-03' };
const coded = (text: string) => codeEvents(analyzeText(text, meta, 't') as never).events;
const show = (es: ReturnType<typeof coded>) => JSON.stringify(es.map((e) => [e.type, e.trigger?.text, e.source?.name_en, e.target?.name_en]));

test('the lists load', () => {
  for (const list of ['owned_thing_heads', 'object_quantifiers', 'among_them']) assert.ok(eventWords(list).size > 2, list);
  assert.ok(eventWords('owned_thing_heads').has('طرق'));
  assert.ok(!eventWords('owned_thing_heads').has('عناصر'), 'people may be the subject after the verb');
});

test('the people a count of wounded counts did not destroy what the strikes destroyed', () => {
  const es = coded('وأوضح البيان أن الغارات أسفرت عن جرح 40 داعشيا، ودمرت 5 مستودعات للعتاد قرب الموصل.').filter((e) => e.trigger?.text === 'ودمرت');
  assert.ok(es.length, show(es));
  assert.notEqual(es[0].source?.name_en, 'Islamic State', show(es));
  assert.equal(es[0].target?.name_en, 'Islamic State', show(es));
});

test('who is named among the wounded is no side that attacked', () => {
  const es = coded('وقتل 9 من مسلحي الحوثي وأصيب أربعة آخرون بينهم القيادي الميداني أبو الكرار المداني في مواجهات بمحافظة مأرب.');
  assert.ok(es.length, show(es));
  for (const e of es) assert.notEqual(e.source?.name_en, 'Abu al-Karrar', show(es));
  for (const e of es) assert.notEqual(e.source?.name_en, 'Houthis', show(es));
});

test('the owner of the supply routes a force cut is the target, not the source', () => {
  const es = coded('وذكرت قيادة العمليات أن قوات الجيش والحشد والعشائر في المحافظة، قطعت أغلب طرق إمداد عناصر «داعش» جنوب المدينة.').filter((e) => e.trigger?.text === 'قطعت');
  assert.ok(es.length, show(es));
  assert.notEqual(es[0].source?.name_en, 'Islamic State', show(es));
});

test('people right after an attack verb may still be its subject', () => {
  const es = coded('وهاجم عناصر داعش مواقع الجيش العراقي قرب مدينة بيجي.').filter((e) => e.type === 'ASSAULT');
  assert.equal(es[0]?.source?.name_en, 'Islamic State', show(es));
});

test("'a number of' the body a verb of killing counts suffered it, past another act of suffering joined to it", () => {
  for (const text of ['وقتل عدد من المسلحين الحوثيين في اشتباكات قرب مدينة الضالع.', 'وقتل وجرح عدد من عناصر داعش في قصف مدفعي على أطراف الموصل.']) {
    const es = coded(text).filter((e) => e.trigger?.text === 'وقتل');
    assert.ok(es.length, show(es));
    assert.ok(es[0].source?.name_en !== 'Houthis' && es[0].source?.name_en !== 'Islamic State', show(es));
  }
  assert.ok(eventWords('indefinite_counts').has('عدد'));
});
