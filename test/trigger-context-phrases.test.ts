// Context forms of several words in data/lexicon/triggers.tsv (requires / forbids): 'خطوط الامداد' needed by «قطع», 'المركز
// الثاني' forbidden after «احتل». Each is matched on words in sequence. Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findTriggers } from '../src/extract/events/triggers.js';
import { wordsOf } from '../src/arabic/words.js';
import { splitSentences } from '../src/arabic/sentences.js';

const hitsIn = (text: string) => findTriggers(wordsOf(text, splitSentences(text))).map((h) => `${h.entry.type}:${h.entry.lemma}`);

test('supply lines cut are a blockade (a context of two words)', () => {
  assert.ok(hitsIn('وقطعت قوات الدعم السريع خطوط الإمداد عن مدينة الفاشر.').includes('COERCE:قطع/يقطع'));
  assert.ok(hitsIn('وتمكن الجيش المالي من قطع خطوط الإمداد عن المسلحين في الشمال.').includes('COERCE:قطع'));
});

test('the words of a context phrase must stand in sequence', () => {
  assert.ok(!hitsIn('وقطع الوزير الخطوط الحمراء في خطابه عن الإمداد الغذائي.').some((h) => h.startsWith('COERCE')));
});

test('a rank taken is no occupation, a town centre or a post taken is', () => {
  assert.deepEqual(hitsIn('واحتل المنتخب الصومالي المركز الثاني في البطولة الإقليمية.'), []);
  assert.deepEqual(hitsIn('وساهم المهاجم باحتلال فريقه المركز الثالث في الدوري الأوكراني.'), []);
  assert.deepEqual(hitsIn('واحتلت الجامعة مركزا متقدما في التصنيف العالمي.'), []);
  assert.ok(hitsIn('واحتلت القوات الروسية مركز المدينة بعد معارك عنيفة.').includes('COERCE:احتل/يحتل'));
  assert.ok(hitsIn('واحتل مسلحون مركزا للشرطة في شمال مالي.').includes('COERCE:احتل/يحتل'));
});
