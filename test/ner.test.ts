import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { featureKey, loadKnowledge, makeKnowledge, seqLength, seqOf, sentenceFeatures, tokenKeys, wordShape, type FeatureSeq } from '../src/ner/features.js';
import { documentFeatures, stackedFeatures } from '../src/ner/document-features.js';
import { isLexical } from '../src/ner/hash.js';
import { makeIndex, rowOf } from '../src/ner/feature-index.js';
import { bioAllowed, decode, emissionTable, pruneModel, sentenceEmissions, tableEmissions, trainPerceptron } from '../src/ner/perceptron.js';
import { decodeStack, deserializeModel, encodeStack, serializeModel } from '../src/ner/model-file.js';
import { chunks, entityScores, loadTagger, makeTagger, parseConll } from '../src/ner/tagger.js';

const k = makeKnowledge(
  [
    { name: 'باريس', type: 'LOC' },
    { name: 'الأمم المتحدة', type: 'ORG' },
    { name: 'جورج', type: 'PERS', list: 'wide' },
  ],
  [
    { word: 'الرئيس', kind: 'PERS_TITLE' },
    { word: 'مدينة', kind: 'LOC_CUE' },
  ],
  [{ word: 'قال', count: 500 }],
  [{ word: 'قال', classes: ['c64:3'] }],
  [
    { word: 'باريس', classes: ['h60', 't'] },
    { word: 'كتاب', classes: ['h67'] },
  ],
);

/** Whether token i of `f` has the feature template=values. */
function has(f: FeatureSeq, i: number, template: string, ...values: string[]): boolean {
  return tokenKeys(f, i).includes(featureKey(template, ...values));
}

test('word shapes', () => {
  assert.equal(wordShape('2006'), 'year');
  assert.equal(wordShape('١٢'), 'num');
  assert.equal(wordShape('NATO'), 'LAT');
  assert.equal(wordShape('،'), 'punct');
  assert.equal(wordShape('بغداد'), 'ar');
  assert.equal(wordShape('ال450'), 'hasnum');
});

test('sentence features: word, affixes, context, triggers, gazetteers', () => {
  const f = sentenceFeatures(['قال', 'الرئيس', 'جورج', 'في', 'وباريس'], k);
  assert.equal(seqLength(f), 5);
  assert.ok(has(f, 2, 'w', 'جورج'));
  assert.ok(!has(f, 2, 'w', 'جورجي'));
  assert.ok(has(f, 2, 'tr-1', 'PERS_TITLE'), 'the previous word is a title');
  assert.ok(has(f, 2, 'gz0', 'wPERS'), 'a name of the wide list');
  assert.ok(has(f, 2, 'w-1', 'الرييس'), 'context words are in matching form');
  assert.ok(has(f, 2, 'w-1w', 'الرييس', 'جورج'), 'word pairs');
  assert.ok(has(f, 2, 'tr-1w', 'PERS_TITLE', 'ar'));
  assert.ok(has(f, 0, 'w-2', '<s>') && has(f, 4, 'w2', '</s>'), 'sentence boundaries');
  assert.ok(has(f, 4, 'gz0', 'LOC'), 'the gazetteer matches the word without its clitic');
  assert.ok(has(f, 4, 'pro', 'و'), 'the conjunction is split off');
  assert.ok(has(f, 0, 'fq', '4/4'), 'a frequent word');
  assert.ok(has(f, 0, 'cl', 'c64:3'));
  assert.ok(has(f, 1, 'cl-1', 'c64:3'));
  assert.ok(has(f, 0, 'first') && !has(f, 1, 'first'));
  assert.ok(tokenKeys(f, 0).every((x) => x !== 0));
});

test('dictionary features: affix classes of the word and its stems, unknown words', () => {
  const f = sentenceFeatures(['وباريس', 'الكتاب', 'يونيفيل'], k);
  assert.ok(has(f, 0, 'dk', 'sh60') && has(f, 0, 'dk', 'st'), 'the stem without its clitic is looked up');
  assert.ok(has(f, 1, 'dk', 'sh67'), 'the article is split off');
  assert.ok(has(f, 1, 'dk', 'not'), 'not in the Tesseract list');
  assert.ok(has(f, 2, 'dk', 'noh') && has(f, 2, 'dk', 'not'), 'unknown to both');
});

test('the shipped dictionary list loads', () => {
  const d = loadKnowledge().dictionary;
  assert.ok(d.size > 100_000);
  assert.ok(d.get('باريس')?.includes('h60'), 'a capital city has the Ayaspell class of place names');
  assert.ok(d.get('الكتاب')?.includes('t'), 'Tesseract knows a common word');
});

test('given names: a list of its own, read without clitics', () => {
  const kg = makeKnowledge([{ name: 'سمير', type: 'PERS', list: 'given' }], []);
  const f = sentenceFeatures(['قال', 'وسمير'], kg);
  assert.ok(has(f, 1, 'gz0', 'givenPERS'));
  assert.ok(has(f, 0, 'gz1', 'givenPERS'));
  assert.ok(loadKnowledge().gazetteer.get('ايهاب')?.includes('givenPERS'), 'the shipped list loads');
});

test('multi-word gazetteer matches give B and I position features', () => {
  const f = sentenceFeatures(['مقر', 'للأمم', 'المتحدة', 'في', 'نيويورك'], k);
  assert.ok(has(f, 1, 'gB', 'ORG'), 'the first word may carry a clitic');
  assert.ok(has(f, 2, 'gI', 'ORG'));
  assert.ok(!has(f, 2, 'gB', 'ORG') && !has(f, 3, 'gI', 'ORG') && !has(f, 0, 'gB', 'ORG'));
});

test('document features carry a cue from another sentence', () => {
  const d = documentFeatures([['قال', 'الرئيس', 'ماكرون'], ['وأضاف', 'ماكرون', 'أمس']], k, 5);
  assert.ok(has(d[1], 1, 'dc', 't-1', 'PERS_TITLE'));
  assert.ok(has(d[1], 1, 'dn', '1'));
  assert.ok(!has(d[0], 2, 'dc', 't-1', 'PERS_TITLE'), 'its own cue is not counted');
  assert.ok(has(d[0], 2, 'dc', 'bare'), 'the other occurrence has no article');
  const far = documentFeatures([['قال', 'الرئيس', 'ماكرون'], ['وأضاف'], ['ماكرون']], k, 1);
  assert.ok(has(far[2], 0, 'dn', '0'), 'outside the window');
  const s = stackedFeatures([['الرئيس', 'ماكرون'], ['ماكرون']], [['O', 'B-PERS'], ['O']], k, 5);
  assert.ok(has(s[1], 0, 'D', 'PERS'));
  assert.ok(has(s[1], 0, 'Dmaj', 'PERS', 'O'));
  assert.ok(has(s[1], 0, 'P0', 'O') && has(s[0], 1, 'P-1', 'O') && has(s[0], 0, 'P+1', 'B-PERS'));
  const withMargins = stackedFeatures([['ماكرون']], [['O']], k, 5, [[{ label: 'B-PERS', margin: 20 }]]);
  assert.ok(has(withMargins[0], 0, 'M', '6', 'B-PERS'), 'a margin of 20 falls in the bin 15..40');
  assert.ok(has(withMargins[0], 0, 'D', 'none'));
});

test('BIO constraint: I-X only after B-X or I-X', () => {
  const labels = ['O', 'B-LOC', 'I-LOC', 'B-PERS', 'I-PERS'];
  const ok = bioAllowed(labels);
  const W = labels.length + 1;
  const id = (l: string) => labels.indexOf(l);
  assert.equal(ok[id('O') * W + id('I-LOC')], 0);
  assert.equal(ok[labels.length * W + id('I-LOC')], 0, 'not at the start');
  assert.equal(ok[id('B-LOC') * W + id('I-LOC')], 1);
  assert.equal(ok[id('B-PERS') * W + id('I-LOC')], 0);
  assert.equal(ok[id('I-PERS') * W + id('I-PERS')], 1);
});

test('the perceptron learns a toy problem and survives serialisation', () => {
  // Capitalised words after 'in' are places, after 'mr' people; two-word names continue.
  const toy = (ws: string[], tags: string[]) => ({
    feats: seqOf(ws.map((w, i) => [featureKey('w', w), featureKey('w-1', ws[i - 1] ?? '<s>'), featureKey('cap', String(/^[A-Z]/.test(w)))])),
    tags,
  });
  const data = [
    toy(['we', 'live', 'in', 'Paris'], ['O', 'O', 'O', 'B-LOC']),
    toy(['mr', 'Smith', 'came'], ['O', 'B-PERS', 'O']),
    toy(['in', 'New', 'York', 'mr', 'Brown', 'Jr'], ['O', 'B-LOC', 'I-LOC', 'O', 'B-PERS', 'I-PERS']),
    toy(['mr', 'Jones', 'lives', 'in', 'Rome'], ['O', 'B-PERS', 'O', 'O', 'B-LOC']),
    toy(['they', 'went', 'home'], ['O', 'O', 'O']),
  ];
  const model = trainPerceptron(data, { epochs: 10, seed: 3 });
  const unseen = toy(['mr', 'Adams', 'visited', 'in', 'Oslo'], []);
  assert.deepEqual(decode(model, unseen.feats), ['O', 'B-PERS', 'O', 'O', 'B-LOC']);
  const back = deserializeModel(decodeStack(encodeStack({ window: 0, doc: false, oBias: 0, meta: {}, first: serializeModel(model), second: null })).first);
  assert.deepEqual(decode(back, unseen.feats), ['O', 'B-PERS', 'O', 'O', 'B-LOC']);
  assert.ok(pruneModel(model, 1e9).index.size === 0);
  // Decoding never yields an I- tag after O.
  for (const s of data) {
    const tags = decode(model, s.feats);
    tags.forEach((t, i) => {
      if (t.startsWith('I-')) assert.equal(tags[i - 1]?.slice(2), t.slice(2));
    });
  }
});

test('the emission table scores a sentence as the model does, colliding and unknown keys included', () => {
  // Keys 16 apart share a home slot in a small table; 999 is no feature of the model.
  const rowKeys = Int32Array.from([5, 21, 37, 6, -11]);
  const L = 3;
  const weights = Float32Array.from({ length: rowKeys.length * L }, (_, i) => (i % 7) - 2.5 + i / 10);
  const model = { labels: ['O', 'B-LOC', 'I-LOC'], index: makeIndex(rowKeys), weights, trans: new Float32Array(16) };
  const table = emissionTable(model);
  const f = seqOf([[5, 21, 999], [37], [], [6, -11, 5, 21], [999]]);
  assert.deepEqual([...tableEmissions(table, f)], [...sentenceEmissions(model, f)]);
  // A key's weights are added as often as it is listed.
  assert.deepEqual([...tableEmissions(table, seqOf([[37, 37]]))], [2, 4, 6].map((_, y) => 2 * weights[2 * L + y]));
});

test('chunks and scores follow conlleval', () => {
  assert.deepEqual(chunks(['B-PERS', 'I-PERS', 'O', 'I-LOC', 'B-LOC']), [
    { type: 'PERS', start: 0, end: 2 },
    { type: 'LOC', start: 3, end: 4 },
    { type: 'LOC', start: 4, end: 5 },
  ]);
  const s = entityScores([['B-PERS', 'I-PERS', 'O', 'B-LOC']], [['B-PERS', 'I-PERS', 'O', 'B-ORG']]);
  assert.equal(s.get('ALL')!.tp, 1);
  assert.equal(s.get('ALL')!.f1, 0.5);
  assert.equal(s.get('PERS')!.f1, 1);
});

test('parseConll: extra columns, no gold column, blank lines', () => {
  const text = 'a x B-LOC\nb O\n\n\nc\nd I-PERS\n';
  const s = parseConll(text);
  assert.equal(s.length, 2);
  assert.deepEqual(s[0], { tokens: ['a', 'b'], gold: ['B-LOC', 'O'] });
  assert.deepEqual(s[1], { tokens: ['c', 'd'], gold: ['_', 'I-PERS'] });
});

const shipped = loadTagger();

test('tagConll writes token gold predicted, a blank line between sentences', () => {
  const out = shipped.tagConll('قال O\nالرئيس O\nماكرون B-PERS\n\nفي O\nباريس B-LOC\n\nنيويورك\n');
  const lines = out.split('\n');
  assert.equal(lines.length, 9);
  assert.match(lines[0], /^قال O (O|[BI]-(PERS|LOC|ORG|MISC))$/);
  assert.equal(lines[3], '');
  assert.match(lines[5], /^باريس B-LOC B-LOC$/);
  assert.equal(lines[6], '');
  assert.match(lines[7], /^نيويورك _ \S+$/, 'no gold column: _');
});

test('the shipped model tags an Arabic sentence sensibly', () => {
  const words = 'قال الرئيس الفرنسي إيمانويل ماكرون في باريس'.split(' ');
  const tags = shipped.tag(words);
  assert.deepEqual(tags, ['O', 'O', 'O', 'B-PERS', 'I-PERS', 'O', 'B-LOC']);
  const t2 = shipped.tag('وأعلنت وزارة الخارجية الأمريكية أن الأمم المتحدة ستعقد اجتماعا في نيويورك'.split(' '));
  assert.equal(t2[5], 'B-ORG');
  assert.equal(t2[6], 'I-ORG');
  assert.equal(t2[10], 'B-LOC');
  assert.deepEqual(shipped.tag([]), []);
  const tags2 = shipped.tagSentences([['التقى', 'ماكرون', 'بوتين'], ['وقال', 'بوتين']]);
  assert.equal(tags2.length, 2);
  assert.equal(tags2[1].length, 2);
});

// The measured figure (see data/model/README.md) minus a margin.
const TEST_F1_FLOOR = 0.75;

test('the shipped model on ANERcorp test.txt', (t) => {
  const file = fileURLToPath(new URL('../../shared/data/anercorp/test.txt', import.meta.url));
  if (!existsSync(file)) {
    t.skip(`ANERcorp test file not found at ${file}`);
    return;
  }
  const text = readFileSync(file, 'utf8');
  const gold = parseConll(text);
  const pred = shipped.tagSentences(gold.map((s) => s.tokens));
  const f1 = entityScores(gold.map((s) => s.gold), pred).get('ALL')!.f1;
  assert.ok(f1 >= TEST_F1_FLOOR, `test F1 ${f1.toFixed(4)} below ${TEST_F1_FLOOR}`);
  // tagConll over the same text gives the same tags.
  const lines = shipped.tagConll(text).split('\n').filter(Boolean);
  assert.equal(lines.length, gold.reduce((n, s) => n + s.tokens.length, 0));
});

test('makeTagger without a second pass', () => {
  const toy = trainPerceptron([{ feats: sentenceFeatures(['في', 'باريس'], k), tags: ['O', 'B-LOC'] }], { epochs: 3 });
  const tg = makeTagger(toy, null, { window: 2, doc: false }, k);
  assert.deepEqual(tg.tag(['في', 'باريس']), ['O', 'B-LOC']);
});

test('feature keys: the lexical bit, and a typed-array index', () => {
  assert.ok(isLexical(featureKey('w', 'باريس')) && isLexical(featureKey('w-1w', 'في', 'باريس')));
  assert.ok(!isLexical(featureKey('w-1', 'باريس')) && !isLexical(featureKey('first')));
  assert.notEqual(featureKey('w-1w', 'a', 'b'), featureKey('w-1w', 'b', 'a'), 'pairs are ordered');
  const keys = Int32Array.from(['a', 'b', 'c', 'd', 'e'], (x) => featureKey('w', x));
  const index = makeIndex(keys);
  keys.forEach((x, r) => assert.equal(rowOf(index, x), r));
  assert.equal(rowOf(index, featureKey('w', 'z')), -1);
  assert.throws(() => makeIndex(Int32Array.from([keys[0], keys[0]])), /duplicate/);
});

test('name tokens and WikiFANE names are features of their own', () => {
  const kn = makeKnowledge([{ name: 'مجلس التعاون الخليجي', type: 'ORG', list: 'wf' }], [], [], [], [], [
    { word: 'ماكرون', count: 12 },
    { word: 'علي', count: 300 },
  ]);
  const f = sentenceFeatures(['قال', 'علي', 'وماكرون', 'في', 'مجلس', 'التعاون', 'الخليجي'], kn);
  assert.ok(has(f, 1, 'nm', 'n3'));
  assert.ok(has(f, 2, 'nm', 'sn2'), 'the stem without its clitic is looked up');
  assert.ok(has(f, 0, 'nm+1', 'n3') && has(f, 3, 'nm-1', 'sn2'));
  assert.ok(!tokenKeys(f, 0).includes(featureKey('nm', 'n3')));
  assert.ok(has(f, 4, 'gB', 'wfORG') && has(f, 6, 'gI', 'wfORG'));
  const shippedNames = loadKnowledge(['names', 'wikifane']);
  assert.ok((shippedNames.nameTokens.get('محمد') ?? 0) > 100, 'the shipped name list loads');
  assert.ok(shippedNames.gazetteer.get('مصر')?.includes('wfLOC'), 'the shipped WikiFANE list loads');
  assert.equal(loadKnowledge().nameTokens.size, 0, 'off unless a model asks for it');
});
