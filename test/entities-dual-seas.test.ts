// Two seas named by the dual of بحر (src/extract/entities/dual-seas.ts). Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractEntities } from '../src/extract/entities/index.js';

const run = (text: string) => extractEntities({ text, published: '2024-03-10' });
const names = (text: string) => run(text).map((e) => `${e.type}:${e.name_en}`);

test('the dual البحرين before two sea adjectives names the two seas, not Bahrain', () => {
  const a = names('تنتشر الفرقاطات في البحرين العربي والأحمر منذ أشهر.');
  assert.ok(a.includes('PLACE:Arabian Sea') && a.includes('PLACE:Red Sea'), JSON.stringify(a));
  assert.ok(!a.includes('COUNTRY:Bahrain'), JSON.stringify(a));
  const b = names('عبرت السفن البحرين الأسود والمتوسط في طريقها إلى الميناء.');
  assert.ok(b.includes('PLACE:Black Sea') && b.includes('PLACE:Mediterranean Sea'), JSON.stringify(b));
});

test('البحرين before anything else is the country', () => {
  assert.ok(names('وصل وفد من البحرين إلى القاهرة أمس.').includes('COUNTRY:Bahrain'));
  assert.ok(names('أعلنت البحرين الأربعاء دعمها للاتفاق.').includes('COUNTRY:Bahrain'));
});
