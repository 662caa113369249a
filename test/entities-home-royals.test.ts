// A royal office named by its title alone stands for its holder in the report's kingdom on the report's date
// (src/extract/entities/home-royals.ts, data/lexicon/home_royals.tsv). Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../src/pipeline.js';
import { parseHomeRoyals } from '../src/extract/entities/home-royals.js';

const meta = { title: null, outlet: null, url: null, published: '2015-07-23' };
const persons = (text: string, published = meta.published) => analyzeText(text, { ...meta, published }, 'r').entities.filter((e) => e.type === 'PERSON').map((e) => e.name_en);

test('the Custodian of the Two Holy Mosques alone is the Saudi king of the day', () => {
  assert.ok(persons('واستقبل خادم الحرمين الشريفين في قصر السلام بجدة أمس وزير الخارجية الأمريكي.').includes('Salman bin Abdulaziz'));
  assert.ok(!persons('واستقبل خادم الحرمين الشريفين وزير الخارجية الأمريكي.', '2010-05-01').includes('Salman bin Abdulaziz'), 'another king then');
});

test('a crown prince alone is the one of the kingdom the report names; none when it names no kingdom', () => {
  assert.ok(persons('وصل ولي العهد إلى جدة قادما من الرياض بعد زيارة للمنطقة الشرقية.').includes('Muhammad bin Nayef'));
  assert.ok(!persons('وصل ولي العهد إلى المطار.').includes('Muhammad bin Nayef'));
  assert.ok(persons('وصل ولي ولي العهد إلى جدة قادما من الرياض.').includes('Mohammed bin Salman'), 'the longer title first');
});

test('a title another noun takes as its genitive names no actor', () => {
  assert.ok(!persons('وأشاد سفير خادم الحرمين الشريفين لدى كندا بالعلاقات.').includes('Salman bin Abdulaziz'));
  assert.ok(!persons('وأكد حرص حكومة خادم الحرمين الشريفين على أمن المواطنين.').includes('Salman bin Abdulaziz'));
});

test('a row needs a form, an office and ISO alpha-3 countries', () => {
  assert.deepEqual(parseHomeRoyals([{ form: 'ولي العهد', office: 'crown_prince', countries: 'SAU|JOR', source: 't' }])[0].words, ['ولي', 'العهد']);
  assert.throws(() => parseHomeRoyals([{ form: 'ولي العهد', office: '', countries: 'SAU', source: 't' }]));
  assert.throws(() => parseHomeRoyals([{ form: 'ولي العهد', office: 'crown_prince', countries: 'Saudi', source: 't' }]));
});
