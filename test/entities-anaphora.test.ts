// Organisations named again by their head noun ('حركة حماس ... وقالت الحركة'): src/extract/entities-anaphora.ts
// and data/lexicon/anaphora_heads.tsv. Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractEntities } from '../src/extract/entities/index.js';
import { parseAnaphoraHeads } from '../src/extract/entities/anaphora.js';
import { analyzeText } from '../src/pipeline.js';
import { loadTsv } from '../src/data-files.js';
import type { Entity } from '../src/doc.js';

const run = (text: string) => extractEntities({ text, published: '2024-03-10' });
const mentionsOf = (ents: Entity[], name: string) => ents.find((e) => e.name_en === name)?.mentions.map((m) => `${m.text}:${m.form}`) ?? [];

test('anaphora_heads.tsv loads; a row must be one word with the article', () => {
  const heads = parseAnaphoraHeads(loadTsv('lexicon/anaphora_heads.tsv'));
  assert.ok(heads.has('حركه') && heads.has('مرصد') && heads.has('تحالف'));
  assert.throws(() => parseAnaphoraHeads([{ word: 'حركة', source: 'x' }]), /article/);
  assert.throws(() => parseAnaphoraHeads([{ word: 'الحركة الإسلامية', source: 'x' }]), /article/);
});

test('the head noun alone is the organisation named before with it', () => {
  const ents = run('أعلنت حركة حماس أنها أطلقت صواريخ على عسقلان. وقالت الحركة في بيان إن العملية جاءت ردا على الغارات.');
  assert.deepEqual(mentionsOf(ents, 'Hamas'), ['حركة حماس:name', 'الحركة:pronoun']);
});

test('another head or a definite word after it: no link; eight sentences on, only the one organisation of that noun', () => {
  const filler = ' وتواصلت الاشتباكات في المدينة.';
  const far = run('أعلنت حركة حماس أنها أطلقت صواريخ على عسقلان.' + filler.repeat(9) + ' وقالت الحركة إن العملية انتهت.');
  assert.deepEqual(mentionsOf(far, 'Hamas'), ['حركة حماس:name', 'الحركة:pronoun']);
  const two = run('أعلنت حركة حماس وحركة الجهاد الإسلامي أنهما أطلقتا صواريخ على عسقلان.' + filler.repeat(9) + ' وقالت الحركة إن العملية انتهت.');
  assert.deepEqual(mentionsOf(two, 'Hamas'), ['حركة حماس:name']);
  const other = run('أعلنت حركة حماس أنها أطلقت صواريخ. وقالت الحركة الإسلامية في بيان إن العملية انتهت، وأفاد المرصد بسقوط قتلى.');
  assert.deepEqual(mentionsOf(other, 'Hamas'), ['حركة حماس:name']);
});

test('an attack the movement says it made is coded with it as the attacker and the army it hit as the target', () => {
  const text = 'أعلنت حركة حماس أنها أطلقت صواريخ على عسقلان. وقالت الحركة في بيان إنها قصفت مواقع للجيش الإسرائيلي في غلاف غزة.';
  const evs = analyzeText(text, { title: null, outlet: null, url: null, published: '2024-03-10' }, 'test').events;
  const shelling = evs.find((e) => e.evidence.start >= text.indexOf('وقالت'));
  assert.ok(shelling, JSON.stringify(evs.map((e) => e.type)));
  assert.equal(`${shelling.type} ${shelling.source?.country}>${shelling.target?.country}`, 'ASSAULT PSE>ISR');
});

test('bare forces are the army the report named before: «القوات», «الجيش»', () => {
  const ents = run('أعلنت القوات المسلحة العراقية بدء عملية في الأنبار. وسيطرت القوات على طريق شرق المدينة، وقال الجيش إن العملية مستمرة.');
  const army = ents.find((e) => e.country === 'IRQ' && e.mentions.some((m) => m.text === 'القوات'));
  assert.ok(army, JSON.stringify(ents.map((e) => [e.name_en, e.mentions.map((m) => m.text)])));
  assert.equal(ents.find((e) => e.mentions.some((m) => m.text === 'الجيش'))?.country, 'IRQ');
});
