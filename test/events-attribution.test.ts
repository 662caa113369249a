// The body named right after a word of attribution ('وفق المرصد', 'بحسب مصادر', 'وفقا لـ', 'نقلا عن') tells the report: it is
// never a candidate side of the act (data/lexicon/side_rule_words.tsv class attribution, src/extract/events/sides/choose.ts).
// Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { wordsOf } from '../src/arabic/words.js';
import { attributedTo } from '../src/extract/events/sides/choose.js';
import type { ActorMention } from '../src/extract/events/actors.js';

/** Whether the mention starting at the first word `name` begins is read as the report's teller. */
function teller(text: string, name: string): boolean {
  const words = wordsOf(text, [{ start: 0, end: text.length }]);
  const at = text.indexOf(name);
  const first = words.findIndex((w) => w.start <= at && at < w.end);
  assert.ok(first >= 0, `${name} in ${text}`);
  return attributedTo(words, { first, last: first } as ActorMention);
}

test('after «وفق», «بحسب», «وفقا ل» and «نقلا عن» the body named tells the report', () => {
  assert.equal(teller('قتل عشرة أشخاص في غارات على القرية، وفق المرصد السوري لحقوق الإنسان.', 'المرصد'), true);
  assert.equal(teller('وقتل جنديان بحسب الجيش.', 'الجيش'), true);
  assert.equal(teller('قتل ثلاثة مدنيين وفقا لوزارة الصحة.', 'لوزارة'), true);
  assert.equal(teller('وأصيب خمسة نقلا عن مصادر طبية.', 'مصادر'), true);
});

test('the same body as the subject or the object of the act is a candidate side', () => {
  assert.equal(teller('قصف الجيش مواقع المسلحين في القرية.', 'الجيش'), false);
  assert.equal(teller('استهدف المسلحون مقر المرصد في المدينة.', 'المرصد'), false);
});
