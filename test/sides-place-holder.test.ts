// Who holds the place struck ('الواقع تحت سيطرة المعارضة', 'الخاضعة لسيطرة النظام') is no doer the sides model may pick
// (src/extract/events/sides/choose.ts holdsPlace, data/lexicon/side_rule_words.tsv place_holder). Sentences written for
// this test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../src/pipeline.js';

const meta = { title: null, outlet: null, url: null, published: '2024-06-03' };

test('the party that holds the neighbourhood a rocket fell on did not fire it', () => {
  const text = 'قال مدير المرصد: "سقط الصاروخ، ويرجح أنه أرض ــ أرض، على حي الميدان في درعا البلد الواقع تحت سيطرة المعارضة، ما تسبب في مقتل 12 شخصا بينهم طفلان".';
  const attack = analyzeText(text, meta, 't').events.find((e) => e.type === 'ASSAULT');
  assert.ok(attack, 'an attack is coded');
  assert.notEqual(attack?.source?.sector, 'OPP', JSON.stringify([attack?.source?.name_en, attack?.target?.name_en]));
});
