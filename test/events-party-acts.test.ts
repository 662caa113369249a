// Acts only ever said of a party (demands, praise, talks, aid...) are no event when the text names neither who acted nor
// who was acted on; acts of force stand without them. Sentences written for this test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../src/pipeline.js';

const events = (text: string) => analyzeText(text, { title: null, outlet: null, url: null, published: '2024-03-10' }, 'test').events;

test('a demand, a call or praise with no party named is no event', () => {
  for (const text of ['وطالبنا بمنحه الفرصة للانتقال إلى نادٍ آخر.', 'وأشاد بالعمل الكبير الذي تم إنجازه خلال الشهر.', 'ويُطلب ممن يرغب في التسجيل إحضار صورة من الهوية.']) {
    assert.deepEqual(events(text).map((e) => e.type), [], text);
  }
});

test('the same acts with a party named stay events, by its name or by the head noun of one', () => {
  assert.ok(events('وأدان الوزير الهجوم على القرية.').some((e) => e.type === 'ACCUSE'));
  assert.ok(events('وبدأت اللجنة تحقيقها في أسباب انهيار الجسر في بنغازي.').some((e) => e.type === 'ACCUSE'));
  assert.ok(events('دعت الحكومة الصومالية حركة الشباب إلى إلقاء السلاح.').some((e) => e.type === 'DEMAND'));
  assert.ok(events('وأشادت وزارة الخارجية النيجيرية بجهود الاتحاد الأفريقي في مالي.').some((e) => e.type === 'SUPPORT'));
});

test('an attack with nobody named stays an event', () => {
  assert.ok(events('انفجرت سيارة مفخخة في سوق مزدحم بمدينة مقديشو أمس، ما أسفر عن مقتل 12 شخصا.').some((e) => e.type === 'ASSAULT'));
});
