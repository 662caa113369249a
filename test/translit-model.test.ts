// The learned speller of name words no table holds: its builder (alignment, Kneser-Ney), its file, its use.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { align, modelText, tablePairs, trainModel, trainOrigin } from '../scripts/build-translit-model.js';
import { looksArabic, parseJointModel, spellWith, translitModel, TRANSLIT_MODEL_FILE } from '../src/arabic/translit-model.js';
import { knownNameWord, spellOut, transliterate } from '../src/arabic/translit.js';
import { dataPath } from '../src/data-files.js';
import { normalizeArabic } from '../src/arabic/normalize.js';

const TINY = [
  { ar: 'باب', en: 'bab' }, { ar: 'بابا', en: 'baba' }, { ar: 'كمال', en: 'kamal' }, { ar: 'جمال', en: 'jamal' },
  { ar: 'كريم', en: 'karim' }, { ar: 'سليم', en: 'salim' }, { ar: 'سمير', en: 'samir' }, { ar: 'منير', en: 'munir' },
  { ar: 'شريف', en: 'sharif' }, { ar: 'لطيف', en: 'latif' }, { ar: 'نبيل', en: 'nabil' }, { ar: 'جميل', en: 'jamil' },
];

test('alignment: each letter writes a chunk of the spelling, vowels with the consonant before them', () => {
  const units = align(TINY);
  assert.equal(units.length, TINY.length);
  for (const [i, word] of units.entries()) {
    assert.deepEqual(word.map((u) => u.ar).join(''), TINY[i].ar);
    assert.equal(word.map((u) => u.en).join(''), TINY[i].en);
  }
  // كمال: ك writes ka, م m, ا a, ل l (the short vowel goes with the consonant before it).
  assert.deepEqual(units[2].map((u) => u.en), ['ka', 'm', 'a', 'l']);
});

test('a model trained on a tiny table spells its words and a new word of the same pattern', () => {
  const t = trainModel(TINY, 3, new Set(), new Set(), 1);
  for (const p of TINY) assert.equal(spellWith(t.model, p.ar)?.toLowerCase(), p.en, p.ar);
  // سريم: the pattern of كريم and سمير.
  assert.equal(spellWith(t.model, 'سريم'), 'Sarim');
  // A letter the model never saw: no spelling (translit.ts then spells letter by letter).
  assert.equal(spellWith(t.model, 'خطط'), undefined);
});

test('the model file reads back to the same speller and origin classifier', () => {
  const t = trainModel(TINY, 3, new Set(['كريم', 'سليم', 'جميل']), new Set(), 1);
  const back = parseJointModel(modelText(t, TINY.length, ['tiny']));
  for (const w of ['سريم', 'كميل', 'بلال']) {
    assert.equal(spellWith(back, w), spellWith(t.model, w), w);
    assert.equal(looksArabic(back, w), looksArabic(t.model, w), w);
  }
});

test('origin: a word with the letters of the Arabic names reads as Arabic, one with the foreign ones as foreign', () => {
  const origin = trainOrigin(['حمدان', 'عبدان', 'حمود', 'محمود'], ['فلادو', 'بيترو', 'فيرو', 'كارلو']);
  const m = { ...trainModel(TINY, 3, new Set(), new Set(), 1).model, origin };
  assert.equal(looksArabic(m, 'حمدو'), true);
  assert.equal(looksArabic(m, 'فيترو'), false);
});

test('name_spellings pairs: the article left out, spellings lowercased letters', () => {
  const pairs = tablePairs('# x\nar\ten\tcount\tsource\nالعبيدي\tObaidi\t2/2\twikidata\nعبيد\tObaid\t2/2\twikidata\n');
  assert.deepEqual(pairs, [{ ar: 'عبيد', en: 'obaid' }]);
});

test('translit_model.tsv: a header naming its sources and licences, units of matching-form letters', () => {
  const text = readFileSync(dataPath(TRANSLIT_MODEL_FILE), 'utf8');
  const head = text.split('\n').filter((l) => l.startsWith('#')).join('\n');
  assert.match(head, /scripts\/build-translit-model\.ts/);
  assert.match(head, /name_spellings\.tsv/);
  assert.match(head, /CC0/);
  assert.match(head, /MIT/);
  assert.match(head, /Apache-2\.0/);
  const m = translitModel();
  assert.ok(m.order >= 3);
  for (const letter of m.byLetter.keys()) assert.equal(normalizeArabic(letter), letter);
  for (const c of m.chunk.slice(3)) assert.match(c, /^[a-z]{0,3}$/);
});

test('a foreign-looking name word no table holds is spelt by the learned model, an Arabic-looking one by the letter rules', () => {
  // Made-up words in no table.
  const m = translitModel();
  for (const w of ['فلنتيروس', 'زقزقوطيل']) assert.equal(knownNameWord(w), false, w);
  assert.equal(looksArabic(m, 'فلنتيروس'), false);
  assert.equal(transliterate('فلنتيروس'), spellWith(m, 'فلنتيروس'));
  assert.equal(looksArabic(m, 'زقزقوطيل'), true);
  assert.equal(transliterate('زقزقوطيل'), spellOut('زقزقوطيل'));
  // A table word keeps the table's spelling.
  assert.equal(transliterate('جيف'), 'Jeff');
});
