import { test } from 'node:test';
import assert from 'node:assert/strict';
import { featureKey, makeKnowledge, sentenceFeatures, SeqBuilder, seqOf } from '../src/ner/features.js';
import { hashString, mix } from '../src/ner/hash.js';
import { normalizeArabic } from '../src/arabic/normalize.js';
import { bioAllowed, decode, decodeEmissions, entityMargins, marginsOf, sentenceEmissions, trainPerceptron } from '../src/ner/perceptron.js';
import { loadKnowledge } from '../src/ner/knowledge.js';
import { wordInfo } from '../src/ner/word-info.js';

const toy = (ws: string[], tags: string[]) => ({
  feats: seqOf(ws.map((w, i) => [featureKey('w', w), featureKey('w-1', ws[i - 1] ?? '<s>'), featureKey('cap', String(/^[A-Z]/.test(w)))])),
  tags,
});

test('emissions computed once give the same tags and margins as decode and entityMargins', () => {
  const model = trainPerceptron(
    [
      toy(['we', 'live', 'in', 'Paris'], ['O', 'O', 'O', 'B-LOC']),
      toy(['mr', 'Smith', 'came'], ['O', 'B-PERS', 'O']),
      toy(['in', 'New', 'York', 'mr', 'Brown'], ['O', 'B-LOC', 'I-LOC', 'O', 'B-PERS']),
    ],
    { epochs: 5, seed: 2 },
  );
  const allowed = bioAllowed(model.labels);
  for (const ws of [['mr', 'Adams', 'went', 'in', 'Oslo'], ['in', 'Lima'], []]) {
    const f = toy(ws, []).feats;
    const e = sentenceEmissions(model, f);
    assert.deepEqual(marginsOf(model, e, ws.length), entityMargins(model, f));
    assert.deepEqual(decodeEmissions(model, e, ws.length, allowed), decode(model, f, allowed));
    assert.deepEqual(decodeEmissions(model, sentenceEmissions(model, f), ws.length, allowed, 2), decode(model, f, allowed, 2));
  }
});

test('knowledge objects for different lists share the shipped word tables but not their word caches', () => {
  const a = loadKnowledge([]);
  const b = loadKnowledge(['names', 'wikifane']);
  assert.notEqual(a.wordCache, b.wordCache);
  assert.equal(a.dictionary.size, b.dictionary.size);
  const w = wordInfo('والحكومة', b);
  assert.ok(w.own instanceof Int32Array && w.own.length > 0);
  assert.equal(w.stem, 'حكومه');
  assert.equal(w.pro, 'و+ال');
  assert.equal(w.hStem, hashString('حكومه'));
  assert.equal(w.hNorm, hashString('والحكومه'));
  // Forms a listed name may start with: the word, its stem, and ال + stem.
  assert.deepEqual([...w.hFirsts], ['والحكومه', 'حكومه', 'الحكومه'].map(hashString));
  assert.equal(wordInfo('والحكومة', b), w);
});

test('a gazetteer walk stops where no listed name goes on, and still finds every listed name', () => {
  const k = makeKnowledge([{ name: 'نهر النيل الأزرق', type: 'LOC' }, { name: 'مجلس الأمن', type: 'ORG' }], []);
  const [a, b, c] = ['نهر', 'النيل', 'الأزرق'].map((w) => hashString(normalizeArabic(w)));
  assert.ok(k.gazetteerPrefixes.has(mix(a, b)));
  assert.ok(k.gazetteerPrefixes.has(mix(mix(a, b), c)));
  assert.ok(!k.gazetteerPrefixes.has(mix(b, c)));
  const feats = sentenceFeatures(['عبر', 'نهر', 'النيل', 'الأزرق', 'أمس', 'وقال', 'مجلس', 'الأمن'], k);
  const at = (i: number) => new Set(feats.keys.subarray(feats.start[i], feats.start[i + 1]));
  assert.ok(at(1).has(featureKey('gB', 'LOC')) && at(3).has(featureKey('gI', 'LOC')));
  assert.ok(at(6).has(featureKey('gB', 'ORG')) && at(7).has(featureKey('gI', 'ORG')));
  assert.ok(!at(4).has(featureKey('gI', 'LOC')));
});

test('a feature sequence grows past the sizes it was started with', () => {
  const tokens = Array.from({ length: 40 }, (_, i) => Array.from({ length: (i * 7) % 200 }, (_, j) => i * 1000 + j + 1));
  const f = seqOf(tokens);
  assert.equal(f.start.length, 41);
  tokens.forEach((t, i) => assert.deepEqual([...f.keys.subarray(f.start[i], f.start[i + 1])], t));
  const b = new SeqBuilder(1, 1);
  for (const k of [5, 5, 6]) b.addUnique(k);
  b.next();
  b.addUnique(5);
  b.next();
  assert.deepEqual([...b.done().keys], [5, 6, 5]);
});
