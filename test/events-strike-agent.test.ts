// A force named right after a noun of a strike or an incursion is who did it (code-hit.ts strikeAgent): named in the
// KB ('القوات الإسرائيلية') or by a head noun and its nisba ('القوات الأذربيجانية'). Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeEvents } from '../src/extract/events/index.js';
import { analyzeText } from '../src/pipeline.js';

const incursion = (text: string) => {
  const doc = analyzeText(text, { title: null, outlet: null, url: null, published: '2024-03-10' }, 't');
  // As the pipeline codes it before the report check weighs it.
  return codeEvents(doc, { learned: new Set(['ASSAULT', 'PROTEST']) }).events.find((e) => e.hit.entry.lemma === 'توغل');
};

test('a head noun and its nisba right after a noun of incursion are who went in, not where', () => {
  const e = incursion('وتدور المعارك على بعد كيلومترات من المدينة، بعد توغل القوات الأذربيجانية في إقليم سيونيك الأرميني.');
  assert.equal(e?.source?.country, 'AZE', JSON.stringify(e && [e.source, e.target]));
  assert.equal(e?.target?.country, 'ARM');
});

test('a country nisba right after the noun that brings in who killed names the killer («بقصف روسي»)', () => {
  const doc = analyzeText('قتلى وجرحى بقصف أذربيجاني على مدينة ستيباناكرت', { title: null, outlet: null, url: null, published: '2024-03-10' }, 't');
  const dead = codeEvents(doc, { learned: new Set(['ASSAULT', 'PROTEST']) }).events.find((e) => e.hit.entry.mode === 'killing');
  assert.equal(dead?.source?.country, 'AZE', JSON.stringify(dead && [dead.source, dead.target]));
  assert.notEqual(dead?.target?.country, 'AZE');
});

test('a force after the word that brings in who killed is the killer, not one who suffered («مقتل X برصاص Y»)', () => {
  const doc = analyzeText('مقتل شاب برصاص قوات الأمن التونسية في القصرين', { title: null, outlet: null, url: null, published: '2024-03-10' }, 't');
  const dead = codeEvents(doc, { learned: new Set(['ASSAULT', 'PROTEST']) }).events.find((e) => e.hit.entry.mode === 'killing');
  assert.equal(dead?.source?.country, 'TUN', JSON.stringify(dead && [dead.source, dead.target]));
  assert.equal(dead?.source?.sector, 'COP');
  assert.notEqual(dead?.target?.entity, dead?.source?.entity);
});
