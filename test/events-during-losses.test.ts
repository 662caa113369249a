// An act noun after «خلال» / «أثناء» is the circumstance of the act told before it, done by its doer
// (src/extract/events/during-act.ts); soldiers a force or a state body announces dead, named bare, are its own
// (src/extract/events/own-losses.ts). Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../src/pipeline.js';

const meta = { title: null, outlet: null, url: null, published: '2020-05-01' };
const events = (text: string) => analyzeText(text, meta, 't').events;
const show = (text: string) => `${text}: ${JSON.stringify(events(text).map((e) => [e.type, e.source?.name_en, e.target?.name_en]))}`;

test('raids during which people were arrested are the arresting force\'s', () => {
  for (const [text, doer] of [
    ['واعتقلت قوات الاحتلال الإسرائيلي 20 فلسطينيا خلال مداهمات في الضفة الغربية.', 'ISR'],
    ['واعتقلت الشرطة التركية 15 شخصا أثناء مداهمات في إسطنبول.', 'TUR'],
  ] as const) {
    const evs = events(text);
    assert.ok(evs.length > 0, show(text));
    for (const e of evs) assert.equal(e.source?.country, doer, show(text));
  }
});

test('a protest during which people were arrested stays the protesters\'', () => {
  const text = 'واعتقلت الشرطة عشرة متظاهرين خلال مظاهرة في وسط العاصمة.';
  const protest = events(text).find((e) => e.type === 'PROTEST');
  if (protest) assert.notEqual(protest.source?.name_en, 'police', show(text));
});

test('soldiers an army announces dead, named bare, are its own: it is the target, not the source', () => {
  for (const [text, country] of [
    ['أعلن الجيش الإسرائيلي مقتل جنديين في معارك شمال قطاع غزة.', 'ISR'],
    ['وأعلنت وزارة الدفاع الروسية مقتل جندي في هجوم أوكراني على منطقة حدودية.', 'RUS'],
    ['وأكد الجيش الأمريكي إصابة جنديين في هجوم صاروخي على قاعدة في العراق.', 'USA'],
  ] as const) {
    const ev = events(text).find((e) => e.type === 'ASSAULT');
    assert.ok(ev, show(text));
    assert.equal(ev.target?.country, country, show(text));
    assert.notEqual(ev.source?.country, country, show(text));
  }
});

test('soldiers of another country, named with their nisba, stay theirs', () => {
  const text = 'أعلن الجيش الإسرائيلي مقتل ثلاثة جنود سوريين في غارة قرب دمشق.';
  const ev = events(text).find((e) => e.type === 'ASSAULT');
  assert.ok(ev, show(text));
  assert.equal(ev.target?.country, 'SYR', show(text));
});

test('«دان» condemns as «أدان» does; «أعدم» tells an execution, «إعدام» after a court\'s ruling does not', () => {
  const condemn = events('دان مجلس الأمن الدولي الهجوم على قوات حفظ السلام في مالي.').find((e) => e.type === 'ACCUSE');
  assert.ok(condemn, 'no condemnation');
  assert.match(condemn.source?.name_en ?? '', /Security Council/);
  const executed = events('وأعدمت حركة الشباب ثلاثة أشخاص بتهمة التجسس في جنوب الصومال.').find((e) => e.type === 'ASSAULT');
  assert.ok(executed, 'no execution');
  assert.equal(executed.source?.name_en, 'Al-Shabaab');
  assert.equal(events('وقضت المحكمة بإعدام المتهم شنقا.').filter((e) => e.type === 'ASSAULT').length, 0);
});

test('members with their body\'s pronoun who were killed, told before the verb, make the body the target', () => {
  const ev = events('وقال المتحدث باسم الشرطة إن ثلاثة من عناصرها قتلوا في هجوم مسلح.').find((e) => e.type === 'ASSAULT');
  assert.ok(ev);
  assert.equal(ev.source?.name_en ?? null, null, JSON.stringify(ev));
  assert.match(ev.target?.name_en ?? '', /police/);
});
