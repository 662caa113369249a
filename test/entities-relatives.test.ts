// Kinship nouns before a known person (data/lexicon/kinship_nouns.tsv, src/extract/entities/relatives.ts) and a small
// gazetteer place inside a foreign name after a title (src/extract/entities/people.ts). Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractEntities } from '../src/extract/entities/index.js';
import { loadTsv } from '../src/data-files.js';
import { kinshipNouns } from '../src/extract/entities/relatives.js';

const run = (text: string) => extractEntities({ text, published: '2019-05-02' });

test('kinship_nouns.tsv loads: Arabic words, an English kin word, a gender, a source', () => {
  const rows = loadTsv('lexicon/kinship_nouns.tsv');
  assert.ok(rows.length >= 20);
  for (const r of rows) {
    assert.match(r.word, /^[\u0621-\u064A ]+$/, r.word);
    assert.match(r.en, /^[a-z -]+$/, r.word);
    assert.match(r.gender, /^[mf]$/, r.word);
    assert.ok(r.source, r.word);
  }
  const kin = kinshipNouns();
  assert.equal(kin.get('نجل')!.en, 'son');
  assert.equal(kin.get('ارمله')!.taMarbuta, true);
  assert.equal(kin.get('ابن')!.particle, true);
});

test('a kinship noun before a known person names a relative, not the person', () => {
  const ents = run('أفرجت السلطات الليبية عن نجل القذافي بعد سنوات من الاحتجاز في سجن بطرابلس.');
  assert.ok(!ents.some((e) => e.name_en === 'Muammar Gaddafi'), JSON.stringify(ents.map((e) => e.name_en)));
  const rel = ents.find((e) => e.id.startsWith('rasad:relative:'));
  assert.ok(rel);
  assert.equal(rel.type, 'PERSON');
  assert.equal(rel.name_en, 'son of Muammar Gaddafi');
  assert.equal(rel.country, 'LBY');
  assert.equal(rel.sector, null);
  assert.deepEqual(rel.mentions.map((m) => m.text), ['نجل القذافي']);
});

test('the person named elsewhere in the report keeps those mentions', () => {
  const ents = run('ظهر معمر القذافي في خطاب متلفز، ثم تحدثت أرملة القذافي إلى الصحفيين.');
  const person = ents.find((e) => e.name_en === 'Muammar Gaddafi');
  assert.ok(person);
  assert.deepEqual(person.mentions.map((m) => m.text), ['معمر القذافي']);
  assert.ok(ents.some((e) => e.name_en === 'widow of Muammar Gaddafi'));
});

test('a pronoun suffix on the noun is no kinship construct: والده is "his father", not والدة', () => {
  const ents = run('وحضر الحفل والده الشيخ حمد بن خليفة آل ثاني.');
  assert.ok(!ents.some((e) => e.id.startsWith('rasad:relative:')), JSON.stringify(ents.map((e) => e.name_en)));
});

test('a kinship noun before a title and a name takes both: the relative of the person named', () => {
  const ents = run('وحضر الحفل والدة الشيخ حمد بن خليفة آل ثاني.');
  assert.deepEqual(ents.filter((e) => e.type === 'PERSON').map((e) => [e.name_en, e.mentions.map((m) => m.text)]),
    [['mother of Hamad bin Khalifa Al Thani', ['والدة الشيخ حمد بن خليفة آل ثاني']]]);
});

test('ابن inside a lineage after a given name is a particle, not a son', () => {
  const ents = run('التقى وزير الخارجية الأمريكي بولي العهد محمد ابن سلمان في جدة.');
  assert.ok(!ents.some((e) => e.id.startsWith('rasad:relative:')), JSON.stringify(ents.map((e) => e.name_en)));
});

test('a small gazetteer place inside a foreign name after a post stays in the name', () => {
  const ents = run('وقالت المبعوثة الأممية ماريا هينيس كوستيلو إن الهدنة صامدة.');
  assert.ok(!ents.some((e) => e.type === 'PLACE'), JSON.stringify(ents.map((e) => e.name_en)));
  const p = ents.find((e) => e.type === 'PERSON');
  assert.ok(p);
  assert.equal(p.name_ar, 'ماريا هينيس كوستيلو');
  assert.equal(p.sector, 'IGO');
});

test('the same place after a name and a preposition is still a place', () => {
  const ents = run('وصل وزير الخارجية التركي مولود جاويش أوغلو إلى هينيس صباح اليوم.');
  assert.ok(ents.some((e) => e.type === 'PLACE' && e.name_ar === 'هينيس'));
});
