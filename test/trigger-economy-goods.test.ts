// Economy news: prices liberalised, a market regaining its balance, help given to an economy or a company are no
// seizure and no aid (rows and guards of data/lexicon/triggers.tsv). Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findTriggers } from '../src/extract/events/triggers.js';
import { wordsOf } from '../src/arabic/words.js';
import { splitSentences } from '../src/arabic/sentences.js';

const hitsIn = (text: string) => findTriggers(wordsOf(text, splitSentences(text))).map((h) => `${h.entry.type}:${h.entry.lemma}`);

test('prices or trade liberalised and a market regaining its balance are no seizure', () => {
  assert.deepEqual(hitsIn('الحكومة النيجيرية تحرر أسعار الوقود مطلع العام المقبل.'), []);
  assert.deepEqual(hitsIn('وحرر البنك المركزي السوداني سعر الصرف أمس.'), []);
  assert.deepEqual(hitsIn('وقال محللون إن استعادة سوق النفط توازنها ستتأخر.'), []);
});

test('help to an economy or a company is no aid', () => {
  assert.deepEqual(hitsIn('وهو ما يساعد الاقتصاد الأوكراني على كبح التضخم.').filter((h) => h.startsWith('AID')), []);
  assert.deepEqual(hitsIn('سيساعد الشركة في تحقيق أرباح صافية هذا العام.').filter((h) => h.startsWith('AID')), []);
});

test('ground freed and forces helped stay acts', () => {
  assert.ok(hitsIn('وحررت القوات الصومالية بلدة في إقليم شبيلي السفلى من حركة الشباب.').includes('COERCE:استعاد/يستعيد'));
  assert.ok(hitsIn('وساعدت القوات الفرنسية الجيش المالي في استعادة مدينة تمبكتو.').includes('AID:ساعد/يساعد'));
});

test('support given to a trend, to banks or to people as members of society is no political support', () => {
  const support = (t: string) => hitsIn(t).filter((h) => h.startsWith('SUPPORT'));
  assert.deepEqual(support('وقال المحلل إن بيانات التضخم تدعم اتجاه الأسواق نحو الارتفاع.'), []);
  assert.deepEqual(support('وتعمل المؤسسة على دعم أفراد المجتمع من ذوي الدخل المحدود.'), []);
  assert.deepEqual(support('وأكد البنك المركزي أنه سيدعم البنوك المحلية بالسيولة اللازمة.'), []);
  assert.ok(support('وأكد الوزير دعم بلاده للحكومة الشرعية في اليمن.').length > 0);
});

test('help to a body staff or to a company is no aid; help to the displaced stays aid', () => {
  const aid = (t: string) => hitsIn(t).filter((h) => h.startsWith('AID'));
  assert.deepEqual(aid('وأطلقت الهيئة تطبيقا جديدا لمساعدة منسوبي الهيئة على إنجاز معاملاتهم.'), []);
  assert.deepEqual(aid('ويهدف البرنامج إلى مساعدة الشركات الناشئة على النمو.'), []);
  assert.ok(aid('وأرسلت المنظمة فرقا لمساعدة النازحين في المخيمات.').length > 0);
});
