// Frames and relative pronouns. An intransitive verb of incursion ('توغل في') has no object: the actor right after it is who went in, never the
// target (data/lexicon/triggers.tsv, frame 'في').
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../src/pipeline.js';

const meta = { title: null, outlet: null, url: null, published: '2024-03-04' };

test('the force after «توغلت» is not its target', () => {
  const doc = analyzeText('وتوغلت دبابات إسرائيلية في بلدة بيت حانون شمال غزة.', meta, 's');
  const e = doc.events.find((x) => x.type === 'ASSAULT');
  assert.ok(e);
  assert.notEqual(e.target?.country, 'ISR');
});

test('the target of an incursion is where it went', () => {
  const doc = analyzeText('توغلت القوات الأوكرانية في محافظة كورسك الروسية.', meta, 's');
  const e = doc.events.find((x) => x.type === 'ASSAULT');
  assert.equal(e?.source?.country, 'UKR');
  assert.equal(e?.target?.country, 'RUS');
});

test('a verb after «ممن» (from those who) describes them: no act of its own', () => {
  const doc = analyzeText('وطلب السجين ممن اعتقلوه نقله إلى المستشفى.', meta, 's');
  assert.equal(doc.events.filter((e) => e.type === 'COERCE').length, 0);
});
