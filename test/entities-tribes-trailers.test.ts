// The spelling of البو written apart (data/arabic/name_parts.tsv),
// tribes after عشيرة/قبيلة (data/kb/named_heads.tsv), and words after a named head's name that say what it is
// (data/kb/head_trailers.tsv). Sentences and names written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractEntities } from '../src/extract/entities/index.js';
import { transliterate } from '../src/arabic/translit.js';

const run = (text: string) => extractEntities({ text, published: '2024-03-10' });
const names = (text: string) => run(text).map((e) => `${e.type}:${e.name_en}`);

test('البو written apart is spelt Albu; glued, it is no prefix (surnames: البوخاري al-Bukhari)', () => {
  assert.equal(transliterate('البو حردان'), 'Albu Hardan');
  assert.match(transliterate('البوخاري'), /^al-/);
});

test('عشيرة and قبيلة before a name are a tribe (a GROUP), not a place', () => {
  const a = run('اجتمع شيوخ عشيرة البو حردان في الديوان.');
  assert.ok(a.some((e) => e.type === 'GROUP' && /Tribe$/.test(e.name_en)), JSON.stringify(a.map((e) => e.name_en)));
  assert.ok(!a.some((e) => e.type === 'PLACE' && e.name_ar.includes('حردان')));
});

test('a nuclear power plant: the trailer after the name joins it and names the kind', () => {
  assert.ok(names('حذرت الوكالة من قصف محطة بوشهر للطاقة النووية.').includes('PLACE:Bushehr Nuclear Power Plant'));
  assert.ok(names('زار المفتشون محطة روفنو النووية أمس.').some((n) => /^PLACE:.* Nuclear Power Plant$/.test(n)));
  assert.ok(names('قصفت الطائرات محطة كهرباء الزهراني.').includes('PLACE:al-Zahrani Power Station'));
});
