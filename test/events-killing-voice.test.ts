// A verb of killing written without its vowels is active or passive by what follows it (src/extract/events/victims.ts
// activeKilling): a force named by its head noun and nisba, then its victims, is active; who stands after a word of the
// weapon or the hand ('برصاص', 'على يد') killed the one named before. Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../src/pipeline.js';

const meta = { title: null, outlet: null, url: null, published: '2020-05-01' };
const assault = (text: string) => analyzeText(text, meta, 't').events.find((e) => e.type === 'ASSAULT');

test('a head noun and its nisba right after the verb, then the victims: the force killed them', () => {
  const ev = assault('وقتلت القوات الأرمينية ثلاثة مدنيين في قصف على قرية حدودية.');
  assert.equal(ev?.source?.country, 'ARM', JSON.stringify(ev));
  assert.match(ev?.target?.entity ?? '', /civilians/);
});

test('the one named after «برصاص» killed the one named right after the verb', () => {
  for (const text of ['وقتل شاب فلسطيني برصاص الجيش الإسرائيلي قرب نابلس.', 'وقتلت امرأة سورية برصاص قناص في حي الشعار.']) {
    const ev = assault(text);
    assert.match(ev?.target?.entity ?? '', /civilians/, `${text}: ${JSON.stringify(ev)}`);
    assert.doesNotMatch(ev?.source?.entity ?? '', /civilians/, text);
  }
});

test('the body named after a count and «من» right after a passive verb of killing suffered it («قتل ثلاثة عناصر من الجيش»)', () => {
  const ev = assault('وقتل أربعة عناصر من الجيش والشرطة في تفجير سيارة مفخخة يقودها انتحاري عند حاجز للتفتيش.');
  assert.doesNotMatch(ev?.source?.entity ?? '', /army|police/, JSON.stringify(ev));
});
