// A counted crowd right after an active verb of doing is its subject (src/extract/events/counted-subject.ts); after a verb
// of killing, or an arrest, the crowd counted is what suffered. Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../src/pipeline.js';

const events = (text: string) => analyzeText(text, { title: null, outlet: null, url: null, published: '2016-03-10' }, 'test').events;

test('dozens of settlers who storm a place are who stormed it', () => {
  const evs = events('واقتحم عشرات المستوطنين ساحات الحرم الإبراهيمي في الخليل صباح اليوم.').filter((e) => e.type === 'ASSAULT');
  assert.ok(evs.some((e) => e.source?.country === 'ISR'), JSON.stringify(evs.map((e) => [e.source, e.target])));
});

test('a number of residents who demand something are who demand it', () => {
  const evs = events('وطالب عدد من أهالي القرية البلدية بإصلاح الطريق المؤدي إلى المدرسة.').filter((e) => e.type === 'DEMAND');
  assert.ok(evs.some((e) => e.source?.sector === 'CVL'), JSON.stringify(evs.map((e) => e.source)));
});

test('a crowd counted after a verb of killing suffered it', () => {
  const evs = events('وقتل ثلاثة جنود في انفجار عبوة ناسفة على طريق المطار.').filter((e) => e.type === 'ASSAULT');
  assert.ok(evs.length > 0);
  for (const e of evs) assert.notEqual(e.source?.sector, 'MIL', JSON.stringify(e.source));
});

test('all the workers called upon are not who called', () => {
  const evs = events('ودعت الوزارة كل العاملين في مجال الإغاثة إلى مضاعفة الجهود.').filter((e) => e.type === 'DEMAND');
  for (const e of evs) assert.notEqual(e.source?.sector, 'LAB', JSON.stringify(e.source));
});
