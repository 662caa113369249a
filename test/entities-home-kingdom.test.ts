// 'المملكة' alone is the report's kingdom (src/extract/entities/home-kingdom.ts, data/lexicon/home_kingdom.tsv).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../src/pipeline.js';
import { parseHomeKingdom } from '../src/extract/entities/home-kingdom.js';

const meta = { title: null, outlet: null, url: null, published: '2015-07-23' };
const kingdomMentions = (text: string, outlet: string | null = null) => {
  const doc = analyzeText(text, { ...meta, outlet }, 'k');
  return doc.entities.filter((e) => e.type === 'COUNTRY').flatMap((e) => e.mentions.filter((m) => /المملكة$/.test(m.text)).map(() => e.country));
};

test('the kingdom a report names, twice and alone of the kingdoms, is the one it calls المملكة', () => {
  assert.deepEqual(kingdomMentions('استقبل أمير الرياض السفير السعودي في الرياض، وأكد أن المملكة تدعم الحل السياسي.'), ['SAU']);
  assert.deepEqual(kingdomMentions('وقال الوزير إن السعودية والأردن بحثا التعاون، وإن المملكة مستعدة للمساعدة.'), [], 'two kingdoms named: none chosen');
  assert.deepEqual(kingdomMentions('وقال الوزير إن المملكة مستعدة للمساعدة.'), [], 'none named: none chosen');
});

test('a name of a kingdom is no bare المملكة', () => {
  assert.deepEqual(kingdomMentions('زار وزير الخارجية السعودي المملكة المتحدة، وقال إن السعودية تريد التعاون مع المملكة المتحدة.'), []);
});

test('the form is written with its article and takes its clitics', () => {
  const [f] = parseHomeKingdom([{ form: 'المملكة', countries: 'SAU|JOR', source: 't' }]);
  assert.ok(f.pattern.test('للمملكه') && f.pattern.test('وبالمملكه') && f.pattern.test('المملكه'));
  assert.ok(!f.pattern.test('مملكه'), 'a kingdom, any kingdom');
  assert.throws(() => parseHomeKingdom([{ form: 'مملكة', countries: 'SAU', source: 't' }]));
});
