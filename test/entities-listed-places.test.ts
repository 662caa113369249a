// Places named in a list with a known town (src/extract/entities/listed-places.ts).
// Sentences and place names written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractEntities } from '../src/extract/entities/index.js';
import type { Entity } from '../src/doc.js';

const run = (text: string) => extractEntities({ text, published: '2024-03-10' });
const places = (ents: Entity[]) => ents.filter((e) => e.type === 'PLACE').map((e) => e.name_ar);

test('unknown definite words joined by و to a known town are places, either side, along the list', () => {
  const a = run('قصفت الطائرات مواقع في الفلوجة والمخازيم والسحيلات صباح اليوم.');
  assert.ok(places(a).includes('المخازيم'), JSON.stringify(places(a)));
  assert.ok(places(a).includes('السحيلات'), JSON.stringify(places(a)));
  const p = a.find((e) => e.name_ar === 'السحيلات')!;
  assert.equal(p.mentions[0].text, 'السحيلات');
  assert.match(p.name_en, /^S/, 'a new place is named without the article');
  const b = run('نزح مئات السكان عبر طريق الجريشات والفلوجة خلال الأيام الماضية.');
  assert.ok(places(b).includes('الجريشات'), JSON.stringify(places(b)));
});

test('a verb, an adjective, a word with an unknown neighbour or a list with a region is no listed place', () => {
  const a = run('دخلت القوات الفلوجة وحشدت عناصرها على الطريق وألقوا القنابل.');
  assert.deepEqual(places(a).filter((p) => p !== 'الفلوجة'), []);
  const b = run('انتشرت الدوريات في الفلوجة والمحاذي لها من القرى.');
  assert.ok(!places(b).includes('المحاذي'), JSON.stringify(places(b)));
  const c = run('تراجعت الأسواق في أوروبا والمضاربات بالملايين.');
  assert.ok(!places(c).includes('المضاربات'), JSON.stringify(places(c)));
  const d = run('وصلت القوافل إلى الفلوجة والسحيلات زرنوقة اليوم.');
  assert.ok(!places(d).includes('السحيلات'), JSON.stringify(places(d)));
});
