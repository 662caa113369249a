import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gradients, logProbs, newNet, newTrainer, sentenceLoss, trainStep, type NetInput, type WindowNet } from '../src/ner/window-net.js';
import { encodeSentence, denseWidth, wordVectors } from '../src/ner/neural-input.js';
import { labelIds, mixEmissions, mixedStackTagger, neuralDecoder, neuralFeatures, NEURAL_LABELS } from '../src/ner/neural-tagger.js';
import { loadTagger, NER_MODEL_FILE } from '../src/ner/tagger.js';
import { dataPath } from '../src/data-files.js';
import { readFileSync } from 'node:fs';
import { makeKnowledge } from '../src/ner/knowledge.js';
import { random } from '../src/ner/embeddings.js';
import { normalizeArabic } from '../src/arabic/normalize.js';

test('window network: analytic gradients match finite differences on a tiny network', () => {
  const shape = { dense: 5, hidden: 4, labels: 3, buckets: 6 };
  const net = newNet(shape, 7);
  const rnd = random(11);
  for (let i = 0; i < net.emb.length; i++) net.emb[i] = rnd() - 0.5;
  for (let i = 0; i < net.b1.length; i++) net.b1[i] = rnd() - 0.5;
  const x: NetInput = { n: 3, dense: Float64Array.from({ length: 15 }, () => 2 * rnd() - 1), sparse: Int32Array.from([0, 3, 3, 5, 1]), start: Int32Array.from([0, 2, 2, 5]) };
  const gold = [2, 0, 1];
  const g = gradients(net, x, gold);
  const eps = 1e-6;
  for (const p of ['w1', 'b1', 'emb', 'w2', 'b2'] as const) {
    const w = (net as WindowNet)[p];
    for (let i = 0; i < w.length; i++) {
      const keep = w[i];
      w[i] = keep + eps;
      const up = sentenceLoss(net, x, gold);
      w[i] = keep - eps;
      const down = sentenceLoss(net, x, gold);
      w[i] = keep;
      const num = (up - down) / (2 * eps);
      assert.ok(Math.abs(num - g[p][i]) < 1e-6 * Math.max(1, Math.abs(num)), `${p}[${i}]: numeric ${num}, analytic ${g[p][i]}`);
    }
  }
});

test('window network: an Adagrad step lowers the loss of the sentence it trained on', () => {
  const net = newNet({ dense: 5, hidden: 4, labels: 3, buckets: 6 }, 3);
  const x: NetInput = { n: 2, dense: Float64Array.from([1, 0, -1, 0.5, 0, 0, 1, 1, 0, -0.5]), sparse: Int32Array.from([1, 2]), start: Int32Array.from([0, 1, 2]) };
  const before = sentenceLoss(net, x, [1, 2]);
  trainStep(newTrainer(net, { rate: 0.05 }), x, [1, 2]);
  assert.ok(sentenceLoss(net, x, [1, 2]) < before);
});

test('window network: the training step moves every weight against the gradient of gradients()', () => {
  // One token, distinct buckets: Adagrad's first step is -rate * g / sqrt(g^2 + 1e-6) for each weight.
  const net = newNet({ dense: 5, hidden: 4, labels: 3, buckets: 6 }, 9);
  const x: NetInput = { n: 1, dense: Float64Array.from([0.3, -1, 0.7, 0.2, -0.4]), sparse: Int32Array.from([1, 4]), start: Int32Array.from([0, 2]) };
  const g = gradients(net, x, [2]);
  const before = { w1: net.w1.slice(), b1: net.b1.slice(), emb: net.emb.slice(), w2: net.w2.slice(), b2: net.b2.slice() };
  trainStep(newTrainer(net, { rate: 0.01 }), x, [2]);
  for (const p of ['w1', 'b1', 'emb', 'w2', 'b2'] as const) {
    for (let i = 0; i < net[p].length; i++) {
      const want = g[p][i] === 0 ? 0 : (-0.01 * g[p][i]) / Math.sqrt(g[p][i] * g[p][i] + 1e-6);
      assert.ok(Math.abs(net[p][i] - before[p][i] - want) < 1e-9, `${p}[${i}]`);
    }
  }
});

// An invented toy task: people's names after a title, towns after «في»; the words' vectors (invented, 4
// dimensions) put the names on one axis and the towns on another, so that a name never seen in training
// is tagged by its vector.
const people = ['سامر', 'ناصر', 'فادي', 'رامي', 'كريم'];
const towns = ['حلب', 'حمص', 'درعا', 'ادلب', 'دوما'];
const other = ['قال', 'الوزير', 'في', 'امس', 'ان', 'الوضع', 'هادئ', 'وصل', 'الى', '.'];
function toyVectors() {
  const words = [...people, ...towns, ...other].map(normalizeArabic);
  const rnd = random(5);
  const vectors = new Float32Array(words.length * 4);
  words.forEach((w, i) => {
    const axis = people.map(normalizeArabic).includes(w) ? 0 : towns.map(normalizeArabic).includes(w) ? 1 : 2 + (i % 2);
    for (let d = 0; d < 4; d++) vectors[i * 4 + d] = (d === axis ? 1 : 0) + 0.1 * (rnd() - 0.5);
  });
  return wordVectors({ words, dim: 4, vectors });
}
function toySentence(p: string, t: string): { words: string[]; tags: string[] } {
  return {
    words: ['قال', 'الوزير', p, 'في', t, 'امس', 'ان', 'الوضع', 'هادئ', '.'],
    tags: ['O', 'O', 'B-PERS', 'O', 'B-LOC', 'O', 'O', 'O', 'O', 'O'],
  };
}

test('window network: learns an invented toy set and tags an unseen name by its vector', () => {
  const k = makeKnowledge([], []);
  const vecs = toyVectors();
  const opts = { buckets: 512, identity: true };
  const train = people.slice(0, 4).flatMap((p, i) => towns.slice(0, 4).map((t, j) => toySentence(p, towns[(i + j) % 4])));
  const net = newNet({ dense: denseWidth(4), hidden: 16, labels: NEURAL_LABELS.length, buckets: 512 }, 1);
  const tr = newTrainer(net, { rate: 0.1, seed: 1 });
  const inputs = train.map((s) => encodeSentence(s.words, vecs, k, opts));
  for (let ep = 0; ep < 15; ep++) inputs.forEach((x, i) => trainStep(tr, x, labelIds(train[i].tags)));
  const decode = neuralDecoder();
  for (const [i, x] of inputs.entries()) assert.deepEqual(decode(logProbs(net, x), x.n), train[i].tags);
  // 'كريم' and 'دوما' never occur in training.
  const unseen = toySentence('كريم', 'دوما');
  const x = encodeSentence(unseen.words, vecs, k, opts);
  const lp = logProbs(net, x);
  const tags = decode(lp, x.n);
  assert.deepEqual(tags, unseen.tags);
  // As stacking features: one key set per token, the tag's key shared by equal tags.
  const f = neuralFeatures(lp, tags);
  assert.equal(f.start.length, x.n + 1);
  assert.ok(f.start[3] - f.start[2] >= 5);
});

test('mixEmissions: adds a times the network log-probability of the same label, whatever the perceptron label order', () => {
  const labels = ['O', 'B-LOC', 'I-LOC', 'B-PERS', 'I-PERS', 'B-ORG', 'I-ORG', 'B-MISC', 'I-MISC'];
  const e = new Float64Array(2 * labels.length);
  const lp = Float64Array.from({ length: 2 * NEURAL_LABELS.length }, (_, i) => -i);
  mixEmissions(e, labels, lp, 2);
  labels.forEach((l, y) => {
    const j = NEURAL_LABELS.indexOf(l);
    assert.equal(e[y], 0 - 2 * j + 0);
    assert.equal(e[labels.length + y], -2 * (NEURAL_LABELS.length + j));
  });
});

test('mixedStackTagger: with weight 0 it tags as the shipped tagger does', () => {
  const sentences = [
    ['قال', 'وزير', 'الخارجية', 'سامر', 'الحلبي', 'في', 'دمشق', 'امس', '.'],
    ['واستقبل', 'الحلبي', 'وفدا', 'من', 'منظمة', 'الصحة', 'العالمية', '.'],
  ];
  const lp = sentences.map((s) => new Float64Array(s.length * NEURAL_LABELS.length));
  const mixed = mixedStackTagger(readFileSync(dataPath(NER_MODEL_FILE)), 0)(sentences, lp);
  assert.deepEqual(mixed, loadTagger().tagSentences(sentences));
});
