import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lstmGradients, lstmLogProbs, lstmLoss, lstmTrainStep, newBiLstm, newLstmTrainer } from '../src/ner/bilstm-net.js';
import { encodeSentence, denseWidth, wordVectors } from '../src/ner/neural-input.js';
import { labelIds, neuralDecoder, NEURAL_LABELS } from '../src/ner/neural-tagger.js';
import { makeKnowledge } from '../src/ner/knowledge.js';
import { random } from '../src/ner/embeddings.js';
import { normalizeArabic } from '../src/arabic/normalize.js';
import type { NetInput } from '../src/ner/window-net.js';

test('BiLSTM: analytic gradients match finite differences on a tiny network', () => {
  const shape = { dense: 3, sparseDim: 2, buckets: 4, hidden: 3, labels: 3 };
  const net = newBiLstm(shape, 5);
  const rnd = random(13);
  for (let i = 0; i < net.p.length; i++) net.p[i] += 0.3 * (rnd() - 0.5);
  const x: NetInput = { n: 4, dense: Float64Array.from({ length: 12 }, () => 2 * rnd() - 1), sparse: Int32Array.from([0, 2, 2, 3, 1]), start: Int32Array.from([0, 2, 2, 4, 5]) };
  const gold = [2, 0, 1, 1];
  const g = new Float64Array(net.p.length);
  lstmGradients(net, x, gold, g);
  const eps = 1e-6;
  for (let i = 0; i < net.p.length; i++) {
    const keep = net.p[i];
    net.p[i] = keep + eps;
    const up = lstmLoss(net, x, gold);
    net.p[i] = keep - eps;
    const down = lstmLoss(net, x, gold);
    net.p[i] = keep;
    const num = (up - down) / (2 * eps);
    assert.ok(Math.abs(num - g[i]) < 1e-6 * Math.max(1, Math.abs(num)), `p[${i}]: numeric ${num}, analytic ${g[i]}`);
  }
});

// An invented toy task the window of one word cannot solve: the word after «السيد» is a person, the same
// word after «مدينة» a place; and the word two after «قال» is a person whatever sits between.
test('BiLSTM: learns an invented toy set that needs the context', () => {
  const words = ['السيد', 'مدينة', 'قال', 'امس', 'ان', 'زار', 'نور', 'امل', 'هدي', '.'].map(normalizeArabic);
  const rnd = random(3);
  const vecs = wordVectors({ words, dim: 4, vectors: Float32Array.from({ length: words.length * 4 }, () => rnd() - 0.5) });
  const k = makeKnowledge([], []);
  const opts = { buckets: 64, identity: true, window: 0, sparseWindow: 0 };
  const data: { words: string[]; tags: string[] }[] = [];
  for (const n of ['نور', 'امل', 'هدي']) {
    data.push({ words: ['زار', 'السيد', n, 'امس', '.'], tags: ['O', 'O', 'B-PERS', 'O', 'O'] });
    data.push({ words: ['زار', 'مدينة', n, 'امس', '.'], tags: ['O', 'O', 'B-LOC', 'O', 'O'] });
  }
  const net = newBiLstm({ dense: denseWidth(4, 0), sparseDim: 4, buckets: 64, hidden: 8, labels: NEURAL_LABELS.length }, 1);
  const tr = newLstmTrainer(net, { rate: 0.1 });
  const inputs = data.map((s) => encodeSentence(s.words, vecs, k, opts));
  for (let ep = 0; ep < 60; ep++) inputs.forEach((x, i) => lstmTrainStep(tr, x, labelIds(data[i].tags)));
  const decode = neuralDecoder();
  for (const [i, x] of inputs.entries()) assert.deepEqual(decode(lstmLogProbs(net, x), x.n), data[i].tags);
});
