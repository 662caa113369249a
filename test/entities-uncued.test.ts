// Names the statistical tagger finds with no title, role, speech verb or settlement noun by them
// (src/extract/entities/uncued.ts, tagged.ts), and two faults of the organisations named by a head noun
// (named-orgs.ts). Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractEntities } from '../src/extract/entities/index.js';
import { orgNameEn } from '../src/extract/entities/named-orgs.js';
import { prepositionCut, type NameLists } from '../src/extract/entities/uncued.js';
import { toWords } from '../src/kb/match-words.js';
import type { Entity } from '../src/doc.js';

const run = (text: string) => extractEntities({ text, published: '2024-03-10' });
const of = (ents: Entity[], type: string) => ents.filter((e) => e.type === type).map((e) => e.name_en);

test('a person the tagger finds with no cue by the name becomes a person', () => {
  const ents = run('ونشرت زوجته فيكتوريا بيكهام صورة لها على الإنترنت.');
  assert.deepEqual(of(ents, 'PERSON').length, 1, JSON.stringify(ents.map((e) => e.name_ar)));
  assert.equal(ents.find((e) => e.type === 'PERSON')!.name_ar, 'فيكتوريا بيكهام');
});

test('common words the tagger may read as a name make no person', () => {
  assert.deepEqual(of(run('وشرب الضيوف فنجان قهوة في المساء.'), 'PERSON'), []);
});

test('a place the tagger finds with no settlement noun before it becomes a place with its transliterated name', () => {
  const ents = run('وقعت اشتباكات عنيفة في كفرنبودة صباح أمس.');
  assert.deepEqual(of(ents, 'PLACE'), ['Kafr Nabouda']);
});

test('a place the tagger finds that the KB knows is the KB place, the preposition before the article left out', () => {
  const ents = run('وأمضى الفريق أسبوعا في بالهفوف قبل العودة.');
  const place = ents.find((e) => e.type === 'PLACE');
  assert.ok(place, JSON.stringify(ents.map((e) => e.name_ar)));
  assert.equal(place.country, 'SAU');
  assert.equal(place.mentions[0].text, 'الهفوف');
});

test('a preposition on a name the lists know is cut off it; a name that starts with the letter keeps it', () => {
  const lists: NameLists = {
    nameTokens: new Map([['تومسون', 12], ['لوكاس', 30]]),
    dictionary: new Map(),
    gazetteer: new Map(),
  };
  const cut = (w: string) => prepositionCut(lists, toWords(w)[0]);
  assert.equal(cut('لتومسون'), 1);
  assert.equal(cut('ولتومسون'), 2);
  assert.equal(cut('لوكاس'), 0);
  assert.equal(cut('لمانشستر'), 0);
});

test('a common word with the article after an organisation\'s name is no part of it; a feminine adjective is', () => {
  const name = (text: string) => of(run(text), 'ORG');
  assert.deepEqual(name('وأدان حزب النور الهجوم على الكنيسة.'), ['al-Nour Party']);
  assert.deepEqual(name('وأدانت جمعية الوفاق الاعتقالات الأخيرة.'), ['al-Wafaq Association']);
  assert.deepEqual(name('وقال حزب الديمقراطية الجديدة إنه سيشارك في الانتخابات.'), ['al-Dimqaratiya al-Jadida Party']);
});

test('an organisation\'s name from another language ending in كو is written with c, as English writes firms', () => {
  assert.equal(orgNameEn('أرامكو'), 'Aramco');
  assert.deepEqual(of(run('وقالت شركة أرامكو إن الحريق أخمد.'), 'ORG'), ['Aramco Company']);
});
