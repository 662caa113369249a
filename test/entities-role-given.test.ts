// A lone known given name after a role noun names a person with the noun's role and sector
// (src/extract/entities/role-given.ts); a word that only looks like a name, or a longer name, is left alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractEntities } from '../src/extract/entities/index.js';

const people = (text: string) => extractEntities({ text, published: '2024-03-04' }).filter((e) => e.type === 'PERSON');

test('a soldier named by his given name alone', () => {
  const [p] = people('وقال الجندي يوري إن القصف استمر طوال الليل على مواقعهم.');
  assert.equal(p?.name_ar, 'يوري');
  assert.equal(p.role, 'Soldier');
  assert.equal(p.sector, 'MIL');
  assert.deepEqual(p.mentions.map((m) => m.text), ['الجندي', 'يوري']);
});

test('a woman doctor named by her given name after the feminine noun', () => {
  const [p] = people('وأكدت الطبيبة مريم أن المستشفى امتلأ بالجرحى.');
  assert.equal(p?.name_ar, 'مريم');
  assert.equal(p.role, 'Doctor');
});

test('a longer name is not cut to its given name', () => {
  assert.ok(!people('وقال الجندي يوري كوفالينكو إن القصف استمر.').some((p) => p.name_ar === 'يوري'));
});

test('words that read as names are none: a preposition, a noun in ة after a masculine noun, a clitic phrase', () => {
  assert.deepEqual(people('ويجب أن تراجع الطبيب على الفور عند ظهور الأعراض.'), []);
  assert.deepEqual(people('وقد يصف الطبيب جبيرة طبية للمريض.'), []);
  assert.deepEqual(people('وقال المتحدث الصحفي باسم الوزارة إن الاجتماع انتهى.').filter((p) => p.name_ar === 'باسم'), []);
});
