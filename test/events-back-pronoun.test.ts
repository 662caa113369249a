// An act noun with a pronoun after 'بعد', 'خلال', 'إثر' ('بعد اعتقاله', 'خلال اقتحامها') points back to the act
// told before, not a new one. Sentences written for this test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../src/pipeline.js';

const events = (text: string) => analyzeText(text, { title: null, outlet: null, url: null, published: '2024-03-10' }, 'test').events;

test('an arrest told again with a pronoun after بعد is the arrest told before, once', () => {
  const text = 'اعتقلت الشرطة المصرية الناشط أحمد سعيد في القاهرة أمس. وقال محاميه إن موكله نقل إلى سجن طرة بعد اعتقاله بساعات.';
  const arrests = events(text).filter((e) => e.type === 'COERCE');
  assert.equal(arrests.length, 1);
  assert.equal(arrests[0].evidence.start, 0, 'the first report is the evidence');
});

test('a pronoun after another word does not point back: a new arrest is kept', () => {
  const text = 'اعتقلت الشرطة المصرية الناشط أحمد سعيد في القاهرة أمس. وأعلنت النيابة اعتقالها ثلاثة صحفيين في الإسكندرية اليوم.';
  assert.ok(events(text).filter((e) => e.type === 'COERCE').length >= 1);
});
