// An act told as what the sentence's act answers ('ردا على الاعتداءات الإسرائيلية على القرى', 'انتقاما لمقتل')
// (src/extract/events/retaliated-act.ts): another happening, earlier, whose doer is not whoever answered it, and which takes
// no sides from the answer. Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../src/pipeline.js';
import { codeEvents } from '../src/extract/events/index.js';
import { ANSWERED_FLAG } from '../src/extract/events/retaliated-act.js';

const meta = { title: null, outlet: null, url: null, published: '2024-06-03' };
const coded = (text: string) => codeEvents(analyzeText(text, meta, 't') as never).events;
const show = (es: ReturnType<typeof coded>) => JSON.stringify(es.map((e) => [e.type, e.trigger?.text, e.source?.name_en, e.target?.name_en, e.flags]));

test('the attacks a strike answers are the other side\'s, on the side that answered', () => {
  const es = coded('قصف حزب الله اليوم مستوطنة المطلة بالصواريخ، ردا على الاعتداءات الإسرائيلية على القرى اللبنانية.');
  const answered = es.find((e) => e.trigger?.text === 'الاعتداءات');
  assert.ok(answered?.flags.includes(ANSWERED_FLAG), show(es));
  assert.equal(answered?.source?.country, 'ISR', show(es));
  assert.equal(answered?.target?.country, 'LBN', show(es));
  assert.equal(es.find((e) => e.trigger?.text === 'قصف')?.source?.name_en, 'Hezbollah', show(es));
});

test('an act joined to the answered one is answered too, and its phrase ends before the next joined aim', () => {
  const es = coded('قصف حزب الله اليوم مستوطنة المطلة، ردا على الاعتداءات الإسرائيلية على القرى اللبنانية، وخصوصا الاعتداء الإسرائيلي على بلدة الناقورة، ودعما للشعب الفلسطيني.');
  const joined = es.filter((e) => e.trigger?.text === 'الاعتداء');
  assert.equal(joined.length, 1, show(es));
  assert.ok(joined[0].flags.includes(ANSWERED_FLAG), show(es));
  assert.equal(joined[0].source?.country, 'ISR', show(es));
  assert.equal(joined[0].target?.country, 'LBN', show(es));
});

test('a word that only looks like the opener is no answer: «ورد» (was received) before ل', () => {
  const es = coded('وأوضح المتحدث أنه ورد لشرطة المحافظة بلاغ عن إطلاق نار نتج عنه مقتل شخصين وإصابة آخر.');
  assert.ok(!es.some((e) => e.flags.includes(ANSWERED_FLAG)), show(es));
});
