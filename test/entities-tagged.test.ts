// People found by the statistical tagger where no KB entry or title before the name finds them
// (src/extract/entities-tagged.ts, data/lexicon/person_cues.tsv). Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractEntities } from '../src/extract/entities/index.js';
import { analyzeText } from '../src/pipeline.js';
import { loadTsv } from '../src/data-files.js';
import type { Entity } from '../src/doc.js';

const run = (text: string) => extractEntities({ text, published: '2024-03-10' });
const people = (ents: Entity[]) => ents.filter((e) => e.type === 'PERSON');

test('person_cues.tsv loads: one word a row, each with a source', () => {
  const rows = loadTsv('lexicon/person_cues.tsv');
  assert.ok(rows.length >= 20);
  for (const r of rows) {
    assert.match(r.word, /^[\u0621-\u064A]+$/, r.word);
    assert.ok(r.source, r.word);
  }
});

test('a name before an apposition becomes a person with that role, and the surname later is the same person', () => {
  const text = 'وقال كريم الدباغ، عضو المجلس المحلي في الموصل، إن القصف استمر طوال الليل. وأضاف الدباغ أن عشرات العائلات نزحت.';
  const ps = people(run(text));
  assert.equal(ps.length, 1, JSON.stringify(ps.map((p) => p.name_ar)));
  assert.equal(ps[0].name_ar, 'كريم الدباغ');
  assert.equal(ps[0].name_en, 'Karim al-Dabagh');
  assert.deepEqual(ps[0].mentions.map((m) => m.text), ['كريم الدباغ', 'عضو المجلس', 'الدباغ']);
  // The apposition after the comma is the person's role.
  assert.equal(ps[0].role, 'Member');
  assert.ok(ps[0].id.startsWith('rasad:person:'));
});

test('a name after a role the titles list does not hold becomes a person', () => {
  const text = 'وقال مراسل الجزيرة إن الطبيبة ليندا فورسيث عالجت عشرات الجرحى.';
  const ps = people(run(text));
  assert.deepEqual(ps.map((p) => p.name_ar), ['ليندا فورسيث']);
});

test('a title right after a name the tagger found is its role; one joined by و is someone else', () => {
  const ps = people(run('قال جيف ديفيز، متحدث باسم البنتاغون، إن الضربات مستمرة.'));
  assert.deepEqual(ps.map((p) => [p.name_ar, p.role, p.country]), [['جيف ديفيز', 'Spokesperson of Pentagon', 'USA']]);
  const shadadi = people(run('وكان في استقبال الطائرة نائب رئيس مجلس النواب محمد الشدادي، ووزير النقل، ومستشار الرئيس.'))
    .find((p) => p.name_ar === 'محمد الشدادي');
  assert.ok(shadadi);
  assert.equal(shadadi.mentions.some((m) => m.text === 'وزير' || m.text === 'ووزير'), false);
});

test('the speaker the tagger finds is the speaker of the quote', () => {
  const text = 'وقال كريم الدباغ، عضو المجلس المحلي في الموصل، إن "القصف لم يتوقف".';
  const doc = analyzeText(text, { title: null, outlet: null, url: null, published: '2024-03-10' }, 'test');
  const speaker = doc.entities.find((e) => e.name_ar === 'كريم الدباغ');
  assert.ok(speaker);
  assert.ok(doc.quotes.some((q) => q.speaker === speaker.id), JSON.stringify(doc.quotes));
});

test('names of units, buildings and titles, and a preposition before a name, make no person', () => {
  const ents = run('وأعلن العقيد ماهر الزين، آمر كتيبة أبو بكر الصديق، أن قواته لن تنسحب من محيط مسجد عمر بن الخطاب.');
  assert.deepEqual(people(ents).map((p) => p.name_ar), ['ماهر الزين']);
  assert.deepEqual(people(run('وسيطرت القوات الموالية لهادي جانبا كبيرا من المدينة.')), []);
});

test('a long report is tagged in batches: a person in its last sentences is still found', () => {
  const filler = 'وقال كريم الدباغ، عضو المجلس المحلي في الموصل، إن القصف استمر طوال الليل.';
  const text = [...Array.from({ length: 80 }, () => filler), 'وقال مراسل الجزيرة إن الطبيبة ليندا فورسيث عالجت عشرات الجرحى.'].join(' ');
  const names = people(run(text)).map((p) => p.name_ar);
  assert.ok(names.includes('كريم الدباغ'), JSON.stringify(names));
  assert.ok(names.includes('ليندا فورسيث'), JSON.stringify(names));
});
