// Local bodies named by a head and a KB place (data/kb/place_org_heads.tsv, src/extract/entities/place-orgs.ts).
// Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractEntities } from '../src/extract/entities/index.js';
import { placeOrgHeads, shortPlaceName } from '../src/extract/entities/place-orgs.js';

const run = (text: string) => extractEntities({ text, published: '2024-03-10' });

test('place_org_heads.tsv loads: head words in matching form, {place} in every English name, longest first', () => {
  const heads = placeOrgHeads();
  assert.ok(heads.length >= 3);
  for (const h of heads) assert.match(h.en, /\{place\}/);
  for (let k = 1; k < heads.length; k++) assert.ok(heads[k - 1].words.length >= heads[k].words.length);
});

test('the place short name drops the admin word and a leading Al', () => {
  assert.equal(shortPlaceName('Al Anbar Governorate'), 'Anbar');
  assert.equal(shortPlaceName('Tripoli, Lebanon'), 'Tripoli');
  assert.equal(shortPlaceName('Aleppo'), 'Aleppo');
});

test('a provincial council and a court of appeal become ORG entities; the place keeps its mention', () => {
  const ents = run('وطالب مجلس محافظة الأنبار الحكومة بإرسال تعزيزات، فيما أصدرت محكمة استئناف طرابلس حكمها.');
  const names = ents.map((e) => e.name_en);
  const council = ents.find((e) => e.name_en === 'Anbar Provincial Council');
  assert.equal(council?.type, 'ORG');
  assert.ok(names.includes('Tripoli Court of Appeal'), names.join(', '));
  assert.ok(names.includes('Al Anbar Governorate'), names.join(', '));
});

test('a head without a KB place after it names nothing', () => {
  const names = run('وقال مجلس المدينة إن الوضع هادئ.').map((e) => e.name_en);
  assert.ok(!names.some((n) => /Council/.test(n)), names.join(', '));
});
