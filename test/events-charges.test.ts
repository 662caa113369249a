// Charges in news phrasing (data/lexicon/triggers.tsv, mode charge): crimes said to be committed by a party, a party said
// to support terrorism. Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../src/pipeline.js';

const coded = (text: string) =>
  analyzeText(text, { title: null, outlet: null, url: null, published: '2024-03-10' }, 'test').events.map((e) => `${e.type} ${e.trigger?.text}`);

test('crimes named and then said to be committed by a party charge it', () => {
  assert.ok(coded('وطالب الوزير المنظمات الدولية بتوثيق الجرائم التي ارتكبتها الميليشيات الحوثية في مدينة تعز.').includes('ACCUSE ارتكبتها'));
  assert.ok(coded('ورصد التقرير انتهاكات ترتكبها الجماعات المسلحة بحق السكان في ريف المدينة.').includes('ACCUSE ترتكبها'));
});

test('a crime of common law, or a verb told before its crime, is no charge', () => {
  assert.ok(!coded('وكشفت الشرطة ملابسات جرائم السرقة التي ارتكبها الموقوفون في الحي.').some((e) => e.startsWith('ACCUSE')));
  assert.ok(!coded('وقال شهود إن القوات ارتكبت مجزرة في القرية صباح اليوم.').includes('ACCUSE ارتكبت'));
});

test('a charge inside a condemnation is what the condemnation says, not a second accusation', () => {
  assert.equal(coded('ودانت الحكومة اليمنية "الجرائم التي ارتكبتها الميليشيات بحق المدنيين في القرية".').filter((e) => e.startsWith('ACCUSE')).length, 1);
  assert.equal(coded('واستنكر الوزير المجازر التي ترتكبها قوات النظام في حلب.').filter((e) => e.startsWith('ACCUSE')).length, 1);
});

test('a party said to support or fund terrorism is charged with it', () => {
  assert.ok(coded('وقال المتحدث إن السفينة كانت تنقل مقاتلين وذخائر لدعم الإرهاب في المنطقة.').includes('ACCUSE لدعم الإرهاب'));
  // The phrase takes the word from the supporting verb: no support is coded.
  assert.ok(!coded('وقال الوزير إن النظام الإيراني يدعم الإرهاب في المنطقة.').some((e) => e.startsWith('SUPPORT')));
});
