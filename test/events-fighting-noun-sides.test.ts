// A noun of fighting after both parties in its clause takes the one other armed party named there as its second side
// (src/extract/events/code-hit.ts, otherFighter); a noun of confrontation of another kind does not (side_rule_words.tsv,
// loose_fighting). Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeEvents, extractEvents } from '../src/extract/events/index.js';
import { analyzeText } from '../src/pipeline.js';

const assaults = (text: string) => {
  const doc = analyzeText(text, { title: null, outlet: null, url: null, published: '2024-03-10' }, 't');
  return extractEvents(doc, { reportFilter: false }).filter((e) => e.type === 'ASSAULT');
};

test('fighting named again by a noun after both parties has both of them as its sides', () => {
  const doc = analyzeText('يقاتل الجيش الأفغاني حركة طالبان في ولاية هلمند منذ أشهر في قتال عنيف لم يتوقف.', { title: null, outlet: null, url: null, published: '2024-03-10' }, 't');
  const noun = codeEvents(doc).events.find((e) => e.type === 'ASSAULT' && e.hit.pos === 'noun');
  assert.ok(noun?.source && noun.target, JSON.stringify(noun && [noun.source, noun.target]));
  assert.notEqual(noun.source.entity, noun.target.entity);
  assert.ok(!noun.flags.includes('guessed-target'));
});

test('a noun of confrontation takes no second party from its clause', () => {
  const evs = assaults('ناقش وزير الداخلية مع قادة الشرطة خطط مواجهة المهربين على الحدود.');
  assert.ok(!evs.some((e) => e.target?.entity?.startsWith('rasad:generic:police')), JSON.stringify(evs.map((e) => [e.source, e.target])));
});
