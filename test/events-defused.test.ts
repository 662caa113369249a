// A bomb defused is no attack (data/lexicon/event_words.tsv, not_event_phrases).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../src/pipeline.js';

const meta = { title: null, outlet: null, url: null, published: '2024-03-04' };
const attacks = (text: string) => analyzeText(text, meta, 's').events.filter((e) => e.type === 'ASSAULT').length;

test('defusing a bomb is no attack', () => {
  assert.equal(attacks('وأبطل خبراء المتفجرات مفعول عبوة ناسفة قرب مبنى البلدية في الموصل.'), 0);
  assert.equal(attacks('وفككت فرق الهندسة عبوة ناسفة زرعت على الطريق الدولي.'), 0);
});

test('a bomb that went off is an attack', () => {
  assert.equal(attacks('انفجرت عبوة ناسفة بدورية للشرطة في الموصل.'), 1);
});
