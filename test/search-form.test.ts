// The search form of a text: a cache of search terms shared across texts (one per store) changes no output.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { indexForm, type SearchTermCache } from '../src/arabic/search-form.js';

test('indexForm: a search-term cache shared by several texts gives each text the form it has alone', () => {
  const texts = ['وأعلنت الحكومة التركية عن خطة جديدة', 'قالت الحكومة إن الخطة الجديدة تبدأ غدا', 'The plan starts in 2024, الحكومة قالت'];
  const shared: SearchTermCache = new Map();
  for (const t of texts) assert.equal(indexForm(t, shared), indexForm(t));
  assert.ok(shared.size > 0, 'the terms are kept for the next text');
  assert.equal(shared.get('الحكومة'), indexForm('الحكومة'));
});
