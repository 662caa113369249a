// Who tells of an attack is neither its doer nor its target (src/extract/events/tellers.ts, barred where the sides model
// chooses: sides/choose.ts); what the teller tells of itself stays its own; an act told after a teller is dated by a time
// of what is told (told-clause.ts, attributes.ts). Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../src/pipeline.js';
import { wordsOf } from '../src/arabic/words.js';
import { toldClause, toldClauseOpener } from '../src/extract/events/told-clause.js';
import type { EventRecord } from '../src/doc.js';

const published = '2016-03-10'; // a Thursday
const assaults = (text: string): EventRecord[] =>
  analyzeText(text, { title: null, outlet: null, url: null, published }, 'test').events.filter((e) => e.type === 'ASSAULT');
const name = (a: EventRecord['source']) => a?.name_en ?? null;

test('the police who announce a killing are neither who killed nor who was killed', () => {
  const evs = assaults('وأعلنت الشرطة العراقية مقتل خمسة أشخاص في انفجار عبوة ناسفة قرب سوق شعبي في بعقوبة.');
  assert.ok(evs.length > 0);
  for (const e of evs) {
    assert.notEqual(e.source?.sector, 'COP', `source ${name(e.source)}`);
    assert.notEqual(e.target?.sector, 'COP', `target ${name(e.target)}`);
  }
});

test('a source in the police who says a bomb went off is not its doer; the people hit are the target', () => {
  const evs = assaults('وقال مصدر في الشرطة الأفغانية إن سيارة مفخخة انفجرت أمس قرب مبنى حكومي في قندهار مما أدى إلى مقتل ثلاثة مدنيين.');
  assert.ok(evs.length > 0);
  for (const e of evs) assert.notEqual(e.source?.sector, 'COP', `source ${name(e.source)}`);
});

test('officials an account is given by are no side of it', () => {
  const evs = assaults('وقتل ثمانية مسلحين في غارة جوية على مخبأ لهم في إقليم خوست بحسب مسؤولين أفغان.');
  assert.ok(evs.length > 0);
  for (const e of evs) assert.notEqual(name(e.source), 'Afghanistan', JSON.stringify(e.source));
});

test('what a teller tells of itself stays its own act', () => {
  // The pronoun that opens what is told ('أنه') stands for the army: it struck.
  const own = assaults('وأعلن الجيش الإسرائيلي أنه قصف مواقع لحركة حماس في قطاع غزة.');
  assert.ok(own.some((e) => e.source?.country === 'ISR'), JSON.stringify(own.map((e) => e.source)));
  // Its own forces ('قواته') struck.
  const forces = assaults('وقال الجيش التركي إن قواته قصفت مواقع لحزب العمال الكردستاني في شمال العراق.');
  assert.ok(forces.some((e) => e.source?.country === 'TUR'), JSON.stringify(forces.map((e) => e.source)));
  // Its own soldiers ('جنوده') did it.
  const members = assaults('وأعلنت الشرطة الباكستانية أن عناصرها قتلوا ثلاثة مسلحين في اشتباك قرب كويتا.');
  assert.ok(members.some((e) => e.source?.country === 'PAK'), JSON.stringify(members.map((e) => e.source)));
  // Far from the act, the pronoun still stands for the teller ('أعلنت تركيا أنها ... بعد بدء غارات').
  const far = assaults('وأعلنت تركيا أنها ستواصل عملياتها بعد أسبوع على بدء غارات جوية على مواقع المسلحين في شمال العراق.');
  assert.ok(far.some((e) => e.source?.country === 'TUR'), JSON.stringify(far.map((e) => e.source)));
});

test('a pronoun that stands for nothing before a verb of happening does not make the act the teller\'s', () => {
  const evs = assaults('وقال المتحدث باسم الجيش الباكستاني إنه وقع انفجار قوي في السوق صباح اليوم.');
  for (const e of evs) assert.notEqual(e.source?.country, 'PAK', JSON.stringify(e.source));
});

test('a fight is told by one of its parties, which stays a side of it', () => {
  const evs = assaults('وقال المتحدث باسم الجيش الأوكراني إن معارك عنيفة دارت مع الانفصاليين قرب دونيتسك أمس.');
  assert.ok(evs.some((e) => e.source?.country === 'UKR' || e.target?.country === 'UKR'), JSON.stringify(evs.map((e) => [e.source, e.target])));
});

test('the kin of a victim who speak are not the teller whose words bar the victim', () => {
  const evs = assaults('وقال والد الجندي خالد العتيبي إن ابنه قتل في هجوم للمسلحين على موقعه الحدودي.');
  for (const e of evs) assert.notEqual(e.source?.name_en?.includes('Otaibi') ?? false, true, JSON.stringify(e.source));
});

test('an act told after a teller is dated by the time of what is told, not by the time of the telling', () => {
  // 'صباح اليوم' stands nearer the act than 'يوم الاثنين', but dates the statement.
  const evs = assaults('وفي بيان صدر صباح اليوم، قالت منظمة حقوقية إن 40 شخصا قتلوا جراء قصف مدفعي استهدف الأحياء السكنية المكتظة في المدينة يوم الاثنين.');
  assert.ok(evs.length > 0);
  for (const e of evs) assert.equal(e.date, '2016-03-07', `${e.trigger?.text}@${e.date}`);
});

test('the told clause opens at the word after the teller and runs to the next verb of telling', () => {
  const text = 'وقال مسؤول محلي إن القصف قتل عشرة أشخاص، وأشار إلى أن الحصار مستمر منذ شهرين.';
  const words = wordsOf(text, [{ start: 0, end: text.length }]);
  const at = (w: string) => words.findIndex((x) => x.text === w);
  assert.equal(toldClauseOpener(words, at('القصف')), at('إن'));
  const [from, to] = toldClause(words, at('القصف'), words.length)!;
  assert.equal(from, at('إن'));
  assert.equal(to, at('وأشار'));
  // Quote marks around one word name a term; they open no told clause.
  const quoted = 'وتؤكد الإدارة بعد عام من بدء «الحرب» التي أعلنتها أنها مستمرة.';
  const qw = wordsOf(quoted, [{ start: 0, end: quoted.length }]);
  assert.equal(toldClauseOpener(qw, qw.findIndex((x) => x.text === 'الحرب')), -1);
});
