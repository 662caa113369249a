// The sides model keeps a side the rules found in the act's own clause (src/extract/events/sides/choose.ts), and an
// organisation's head noun alone links to the one organisation of that noun the report named, however far back
// (src/extract/entities/anaphora.ts). Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../src/pipeline.js';

const meta = { title: null, outlet: null, url: null, published: '2024-06-03' };
const doc = (text: string) => analyzeText(text, meta, 't');

test('a clause opened by "بينما" keeps its own subject: the fighters of the clause before did not strike', () => {
  const text = 'دخل مقاتلو المقاومة الشعبية إلى ميناء المكلا، بينما قصف طيران التحالف الذي تقوده السعودية مواقع للحوثيين في صعدة.';
  const strike = doc(text).events.find((e) => e.type === 'ASSAULT' && e.trigger?.text === 'قصف');
  assert.equal(strike?.source?.country, 'SAU', JSON.stringify(strike?.source));
});

const filler = [
  'وتشهد المحافظة توترا أمنيا منذ أسابيع.',
  'وأغلقت المحلات التجارية أبوابها في وسط المدينة.',
  'وتحدث السكان عن نقص في الوقود والمياه.',
  'وارتفعت أسعار المواد الغذائية في الأسواق.',
  'وقالت منظمات إغاثة إن آلاف الأسر نزحت.',
  'وتعاني المستشفيات من نقص في الأدوية.',
  'وانقطعت الكهرباء عن معظم الأحياء.',
  'وتوقفت الدراسة في المدارس الحكومية.',
  'ودعا وجهاء القبائل إلى التهدئة.',
  'وتواصلت حركة النزوح نحو القرى المجاورة.',
].join(' ');

test('the head noun alone names the one organisation of that noun the report named, beyond eight sentences', () => {
  const d = doc(`أعلن التحالف العربي بدء عملية عسكرية في محافظة الحديدة. ${filler} وقال التحالف إن طائراته دمرت منصات صواريخ للحوثيين.`);
  const coalition = d.entities.find((e) => e.name_en === 'Saudi-led coalition');
  assert.ok(coalition, 'the coalition is found');
  const said = d.text.lastIndexOf('التحالف');
  assert.ok(coalition.mentions.some((m) => m.start <= said && said < m.end), JSON.stringify(coalition.mentions));
});

test('with two organisations of that noun named far back, the noun alone links to neither', () => {
  const d = doc(`أعلن التحالف العربي بدء عملية عسكرية في محافظة الحديدة، فيما قال التحالف الدولي إنه يراقب الوضع. ${filler} وقال التحالف إن العملية مستمرة.`);
  const said = d.text.lastIndexOf('التحالف');
  const linked = d.entities.filter((e) => e.mentions.some((m) => m.start <= said && said < m.end));
  assert.deepEqual(linked.map((e) => e.name_en), []);
});

test('a headline names the body by its noun alone: the one organisation of that noun its report names', () => {
  const d = analyzeText('المقاومة تستعيد السيطرة على مطار عدن\n\nأعلنت المقاومة الشعبية في عدن استعادة السيطرة على المطار بعد معارك مع الحوثيين.', { ...meta, title: 'المقاومة تستعيد السيطرة على مطار عدن' }, 't');
  const resistance = d.entities.find((e) => e.name_en === 'Popular Resistance (Yemen)');
  assert.ok(resistance?.mentions.some((m) => m.start === 0), JSON.stringify(resistance?.mentions));
});
