// Title phrases with a ministry's portfolio, the body an office is held in, or a place after «في»
// (data/kb/title_complements.tsv, src/extract/entities/people.ts). Sentences and names written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractEntities } from '../src/extract/entities/index.js';

const run = (text: string) => extractEntities({ text, published: '2024-03-10' });

test('a minister named after his portfolio and his country\'s nisba holds the office, with its country and sector', () => {
  for (const [text, country] of [
    ['نجا وزير الزراعة اليمني فؤاد الحكيمي من هجوم استهدف موكبه.', 'YEM'],
    ['وقالت وزيرة الصحة الأردنية ليلى حداد إن المستشفيات جاهزة.', 'JOR'],
    ['وأصيب وزير التعليم العالي العراقي سامر الجبوري بجروح طفيفة.', 'IRQ'],
  ] as const) {
    const ents = run(text);
    const p = ents.find((e) => e.type === 'PERSON');
    assert.ok(p, `${text}: ${JSON.stringify(ents.map((e) => e.name_en))}`);
    assert.equal(p.country, country, text);
    assert.equal(p.sector, 'GOV', text);
    assert.match(p.role ?? '', /Minister/, text);
  }
});

test('a mayor is an office of the government', () => {
  const ents = run('وقال ماجد الكعبي عمدة العاصمة الصومالية إن الطرق أغلقت.');
  const p = ents.find((e) => e.type === 'PERSON');
  assert.equal(p?.sector, 'GOV', JSON.stringify(ents.map((e) => [e.name_en, e.role, e.sector])));
  assert.equal(p?.country, 'SOM');
  assert.match(p?.role ?? '', /Mayor/);
});

test('the place an office is held in, after «في», says where, not whose', () => {
  const ents = run('وقال مدير مكتب وزير الداخلية في البصرة كريم حسن الساعدي إن التحقيق بدأ.');
  const p = ents.find((e) => e.type === 'PERSON');
  assert.ok(p, JSON.stringify(ents.map((e) => e.name_en)));
  assert.equal(p.country, 'IRQ');
  assert.equal(p.sector, 'GOV');
  assert.equal(p.role, 'Director');
});
