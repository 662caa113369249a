// A non-military bombing (CAMEO 183: a car bomb, a suicide bomber) is never guessed to be a state's act
// (src/extract/events/kinds.ts nonMilitaryBombing, code-hit.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../src/pipeline.js';

const meta = { title: null, outlet: null, url: null, published: '2024-03-04' };

test('a car bomb in a report about two states is not guessed onto either', () => {
  const text = 'قصفت الطائرات الأمريكية مواقع للجيش العراقي قرب بغداد. وهاجمت القوات الأمريكية معسكرا للجيش العراقي. وقتل أربعة أشخاص في تفجير سيارة مفخخة في بعقوبة.';
  const doc = analyzeText(text, meta, 's');
  const bombing = doc.events.find((e) => e.type === 'ASSAULT' && doc.text.slice(e.evidence.start, e.evidence.end).includes('مفخخة'));
  assert.ok(bombing);
  assert.equal(bombing.source, null);
});

test('a state named as the one who set off a bomb stays', () => {
  const doc = analyzeText('فجرت القوات الإسرائيلية عبوة ناسفة في منزل بمدينة جنين أمس.', meta, 's');
  const e = doc.events.find((x) => x.type === 'ASSAULT');
  assert.equal(e?.source?.country, 'ISR');
});
