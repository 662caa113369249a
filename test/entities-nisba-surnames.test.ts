// A nisba or a group's one-word name right after a given name is a surname (src/extract/entities/new-person.ts
// givenNameBefore), and a family name that repeats the name word before it closes the name (echoesName).
// Sentences and names written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractEntities } from '../src/extract/entities/index.js';

const run = (text: string) => extractEntities({ text, published: '2024-03-10' });
const people = (text: string) => run(text).filter((e) => e.type === 'PERSON').map((e) => e.name_ar);
const types = (text: string) => run(text).map((e) => `${e.type}:${e.name_en}`);

test('a given name and a nisba are a person, not the country or the group', () => {
  assert.deepEqual(people('وقال خليل المصري للصحفيين إن الطريق مغلق.'), ['خليل المصري']);
  assert.ok(!types('وقال خليل المصري للصحفيين إن الطريق مغلق.').includes('COUNTRY:Egypt'));
  assert.deepEqual(people('وأعلنت الحركة أن القيادي عبد الرحيم الحوثي أصيب في المعارك.'), ['عبد الرحيم الحوثي']);
  assert.deepEqual(people('وأكد سعيد حسن العراقي أن المعبر فتح.'), ['سعيد حسن العراقي']);
});

test('a function word before a nisba is no given name', () => {
  for (const text of ['يحق للعامل غير المصري تجديد الإقامة.', 'وقال المدرب فإن اللاعب الأرجنتيني سيغيب.', 'وأكد بأن الحوثي يرفض الهدنة.', 'شنت الطائرات غارات على المصري أمس.']) {
    assert.deepEqual(people(text), [], text);
  }
  assert.ok(types('وأكد بأن الحوثي يرفض الهدنة.').includes('GROUP:Houthis'));
});

test('a family name repeating the word before it ends the name (بن سلطان السلطان)', () => {
  assert.deepEqual(people('وقال المدير خالد بن عمر العمر إن المشروع اكتمل.'), ['خالد بن عمر العمر']);
  const a = run('وأعلن قائد القوات البحرية الفريق ركن فهد بن سلطان السلطان افتتاح الميناء.');
  assert.ok(a.some((e) => e.type === 'PERSON' && e.name_ar === 'فهد بن سلطان السلطان'), JSON.stringify(a.map((e) => e.name_ar)));
});
