// Protest acts as news writes them (data/lexicon/triggers.tsv): human chains, roads blocked by protesters, tents pitched for a
// sit-in, workers on strike, classes boycotted; and the same words where no one protests (an army cutting a
// supply road, the displaced pitching tents, prices raised, a career's «مسيرة»). Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findTriggers } from '../src/extract/events/triggers.js';
import { wordsOf } from '../src/arabic/words.js';
import { splitSentences } from '../src/arabic/sentences.js';

const typed = (text: string, type: string) => {
  const words = wordsOf(text, splitSentences(text));
  return findTriggers(words).filter((h) => h.entry.type === type).map((h) => ({ word: words[h.first].text, mode: h.entry.mode, cameo: h.entry.cameo }));
};
const protests = (text: string) => typed(text, 'PROTEST');

test('human chains, roads blocked, tents pitched, strikes, and boycotts of classes are protests', () => {
  for (const [text, word, mode] of [
    ['وشكل مئات المحتجين سلسلة بشرية حول مبنى البرلمان للمطالبة بإقالة الحكومة.', 'سلسلة', 'demonstration'],
    ['وأقفل المحتجون الطريق الرئيسية بالإطارات المشتعلة.', 'وأقفل', 'demonstration'],
    ['وعمد المحتجون إلى قطع الطريق الدولية بالإطارات المشتعلة.', 'قطع', 'road-block'],
    ['ونصب المعتصمون خيامهم أمام مقر الحكومة.', 'ونصب', 'sit-in'],
    ['وقام المحتجون بنصب خيام الاعتصام في الساحة الرئيسية.', 'بنصب', 'sit-in'],
    ['وأضرب عمال الموانئ أمس للمطالبة بزيادة الأجور.', 'وأضرب', 'strike'],
    ['وقاطع طلاب الجامعة الدراسة لليوم الثالث على التوالي.', 'وقاطع', 'boycott'],
    ['وأعلن اتحاد الطلبة مقاطعة الدراسة حتى تلبية مطالبهم.', 'مقاطعة', 'boycott'],
  ] as const) {
    assert.ok(protests(text).some((h) => h.word === word && h.mode === mode), `${text}: ${JSON.stringify(protests(text))}`);
  }
  // Roads blocked by protesters are CAMEO 144 (obstruct passage).
  assert.equal(protests('وعمد المحتجون إلى قطع الطريق الدولية بالإطارات المشتعلة.').find((h) => h.word === 'قطع')?.cameo, '144');
  // Marches in the plural bring the crowd's verb in.
  assert.ok(protests('وخرج الآلاف في مسيرات جابت شوارع المدينة.').some((h) => h.word === 'وخرج'));
});

test('the same words where no one protests are no protest', () => {
  for (const text of [
    'وقطع الجيش طريق الإمداد الرئيسي للمسلحين شمال المدينة.',
    'ونصب النازحون خيامهم على أطراف المخيم بعد نزوحهم من قراهم.',
    'ورفعت الحكومة أسعار الوقود للمرة الثانية هذا العام.',
    'ورفع اللاعبون الكأس بعد فوزهم في المباراة النهائية.',
    'وسدد الحارس الكرة بقوة نحو منتصف الملعب.',
    'وشهدت مسيرة اللاعب الاحترافية محطات عديدة في أوروبا.',
    'ويضرب المعلم مثالا على ذلك بقصة من التاريخ.',
  ]) assert.deepEqual(protests(text), [], text);
  // A boycott of a country stays a sanction; a boycott of classes is no sanction.
  assert.ok(typed('وأعلنت الحكومة مقاطعة اقتصادية شاملة للبلاد.', 'SANCTION').length > 0);
  assert.deepEqual(typed('وأعلن اتحاد الطلبة مقاطعة الدراسة حتى تلبية مطالبهم.', 'SANCTION'), []);
});
