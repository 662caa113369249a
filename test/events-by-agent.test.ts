// The agent phrase ('من قبل X', 'على يد X', 'على أيدي X', 'من جانب X') after an act names who did it, whatever the sides
// model reads; who stands between the act and the phrase suffered it (src/extract/events/by-agent.ts). Sentences written
// for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../src/pipeline.js';
import { extractEvents } from '../src/extract/events/index.js';

const meta = { title: null, outlet: null, url: null, published: '2020-05-01' };
const events = (text: string) => extractEvents(analyzeText(text, meta, 't'));
const sides = (text: string, type: string) => {
  const ev = events(text).find((e) => e.type === type);
  return { src: ev?.source?.name_en ?? '', tgt: ev?.target?.name_en ?? '', ev: JSON.stringify(ev) };
};

test('the party after «من قبل» or «على يد» did the act; who is named before the phrase suffered it', () => {
  for (const [text, type, src, tgt] of [
    ['وتم اعتقال ثلاثة شبان من قبل قوات الأمن المصرية في القاهرة أمس.', 'COERCE', /security forces/i, /civilians/i],
    ['واعتقل ثلاثة صحفيين من قبل الشرطة التركية في إسطنبول يوم الأحد.', 'COERCE', /police/i, /journalists/i],
    ['وأصيب شاب فلسطيني بجروح على يد مستوطنين إسرائيليين قرب نابلس.', 'ASSAULT', /settlers/i, /palestin/i],
  ] as const) {
    const s = sides(text, type);
    assert.match(s.src, src, `${text}: ${s.ev}`);
    assert.match(s.tgt, tgt, `${text}: ${s.ev}`);
  }
});

test('a teller who says «they» underwent the act is its target', () => {
  const s = sides('وقالت الشرطة إنها تعرضت لهجوم من قبل مسلحين مجهولين في مدينة العريش.', 'ASSAULT');
  assert.match(s.src, /gunmen/i, s.ev);
  assert.match(s.tgt, /police/i, s.ev);
});

test('a phrase that belongs to another act between names nothing of this one', () => {
  // 'التي تتعرض لقصف من قبل X': the phrase is the agent of the bombing in the relative clause, not of the siege.
  for (const text of [
    'وفرض مسلحو المعارضة حصارا على البلدة التي تتعرض لقصف من قبل الطائرات الروسية.',
    'وطالب الوزير برفع العقوبات المفروضة على بلاده من قبل مجلس الأمن الدولي.',
  ]) {
    for (const ev of events(text).filter((e) => e.type !== 'ASSAULT')) {
      assert.doesNotMatch(ev.source?.name_en ?? '', /russia|security council/i, `${text}: ${JSON.stringify(ev)}`);
    }
  }
});

test('«من قبل» meaning «before» names no agent', () => {
  const s = sides('وقصفت الطائرات الإسرائيلية الموقع الذي قصفته من قبل مرات عدة.', 'ASSAULT');
  assert.match(s.src, /israel/i, s.ev);
});

test('a verb joined by و with no subject of its own goes on with the subject of the act before it', () => {
  // Without the rule the arrest was the sheikh's, named in the raid's object.
  const text = 'وداهمت قوات الأمن العراقية منزل الشيخ خالد العبيدي في الرمادي واعتقلت نجله.';
  const evs = events(text).filter((e) => e.type === 'COERCE');
  assert.ok(evs.length > 0, text);
  for (const ev of evs) assert.match(ev.source?.name_en ?? '', /security forces/i, JSON.stringify(ev));
  // A joined verb with its own subject keeps it.
  const own = events('وداهمت قوات الأمن العراقية منزلا في الرمادي واعتقلت الشرطة التركية ثلاثة مسلحين في أربيل.').filter((e) => e.type === 'COERCE');
  assert.ok(own.some((e) => e.cameo === '173' && /turkish police/i.test(e.source?.name_en ?? '')), JSON.stringify(own));
});

test('a present verb after «والتي», «والذي» describes what it follows; it reports no act', () => {
  for (const text of [
    'وأعلنت حكومة الإنقاذ في طرابلس، والتي تدعمها ميليشيات مسلحة، رفضها للاتفاق.',
    'وأطلقت الجامعة النظام الجديد والذي يقدم خدمات متكاملة للطلاب.',
  ]) assert.deepEqual(events(text).filter((e) => e.type === 'SUPPORT' || e.type === 'AID').map((e) => e.type), [], text);
});
