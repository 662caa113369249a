// Acts told without an active verb of their own: the passive of assassination («اغتيل»), «تم» with a verbal noun
// («تم اختطافه»), a victim who suffered a beating («تعرضوا للضرب»): rows of data/lexicon/triggers.tsv. Sentences
// written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findTriggers } from '../src/extract/events/triggers.js';
import { wordsOf } from '../src/arabic/words.js';
import { splitSentences } from '../src/arabic/sentences.js';

const hitsIn = (text: string) => findTriggers(wordsOf(text, splitSentences(text))).map((h) => `${h.entry.type}:${h.entry.cameo}`);

test('the passive of assassination is a killing: «اغتيل», «اغتيلت»', () => {
  assert.ok(hitsIn('اغتيل رئيس البلدية برصاص مجهولين أمام منزله.').includes('ASSAULT:186'));
  assert.ok(hitsIn('واغتيلت الصحفية في كمين على طريق المطار.').includes('ASSAULT:186'));
});

test('«تم» with a verbal noun of an act tells it done: abduction, killing, rape, torture', () => {
  assert.ok(hitsIn('وقالت أسرته إنه تم اختطافه من قبل مسلحين قرب الحدود.').includes('ASSAULT:181'));
  assert.ok(hitsIn('وتمت تصفية القيادي في هجوم ليلي على سيارته.').includes('ASSAULT:186'));
  assert.ok(hitsIn('وأكدت السجينة أنه تم اغتصابها داخل مركز الاحتجاز.').includes('ASSAULT:1821'));
  assert.ok(hitsIn('وأفاد المعتقلون بأنه تم تعذيبهم أثناء التحقيق.').includes('ASSAULT:1822'));
  // 'تم' with anything else is no act.
  assert.deepEqual(hitsIn('وتم ترميم المسجد القديم العام الماضي.').filter((h) => h.startsWith('ASSAULT')), []);
});

test('a victim who suffered a beating or torture: «تعرضوا للضرب», «تعرض للتعذيب»', () => {
  assert.ok(hitsIn('وقال شهود إن عمالا تعرضوا للضرب على يد حراس المصنع.').includes('ASSAULT:1822'));
  assert.ok(hitsIn('وذكرت المنظمة أن الناشط تعرض للتعذيب في السجن.').includes('ASSAULT:1822'));
  // The military acts keep their row: 'تعرضت القرية لقصف' is shelling, not a beating.
  assert.ok(hitsIn('وتعرضت القرية لقصف مدفعي عنيف.').includes('ASSAULT:190'));
});
