// Trains and measures the window network NER tagger (src/ner/window-net.ts, session 31) on ANERcorp's
// train.txt, over pretrained word vectors (scripts/build-embedding-classes.ts --vectors FILE).
// Nothing is written into the project: this is a measuring tool (the network is not shipped).
//
// Usage: node --import tsx scripts/train-neural-ner.ts --vectors FILE [TRAIN_FILE] [options]
//   --dev                 train on the first 90%, score the last 10% (train-ner.ts's dev split), F1 after each epoch
//   --cv K                K-fold cross-validation over train-ner.ts's contiguous folds; --cv-folds 1,2 (some folds)
//   --jack-out FILE       with --cv: every held-out sentence's log-probabilities and decoded tags as JSON, for
//                         train-ner.ts --neural FILE (stacking: each sentence scored by a network that never saw it)
//   --epochs N (6) --hidden H (128) --rate R (0.05) --dropout P (0.3) --buckets B (262144) --seed S (1)
//   --no-identity (no word / stem identity features) --lists names,wikifane (the tagger's optional lists; default both)
//   --tag FILE --tag-out OUT  train on the whole train file, then write FILE's (CoNLL) log-probabilities and tags as JSON
//                         (for scripts/eval-ner.ts --mix OUT; the test file is to be scored once per model, never to tune)
//   --lstm                the BiLSTM (src/ner/bilstm-net.ts) instead of the window network: --hidden H (64) per direction,
//                         --sparse-dim S (32), inputs of the word alone (its vector, flags and sparse features)
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseVectors, random } from '../src/ner/embeddings.js';
import { denseWidth, encodeSentence, wordVectors } from '../src/ner/neural-input.js';
import { logProbs, newNet, newTrainer, trainStep, type NetInput } from '../src/ner/window-net.js';
import { lstmLogProbs, lstmTrainStep, newBiLstm, newLstmTrainer } from '../src/ner/bilstm-net.js';
import { labelIds, neuralDecoder, NEURAL_LABELS } from '../src/ner/neural-tagger.js';
import { entityScores, formatScores, parseConll, repairBio } from '../src/ner/tagger.js';
import { loadKnowledge, type NerList } from '../src/ner/knowledge.js';
import { countSeenSplit, formatSeenSplit, seenNames, type SeenSplit } from '../src/ner/unseen-recall.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const flag = (n: string) => args.includes(n);
const optStr = (n: string) => (args.includes(n) ? args[args.indexOf(n) + 1] : undefined);
const opt = (n: string, d: number) => Number(optStr(n) ?? d);
const positional = args.filter((a, i) => !a.startsWith('--') && (i === 0 || !args[i - 1].startsWith('--') || ['--dev', '--no-identity', '--lstm'].includes(args[i - 1])));
const trainFile = positional[0] ?? path.resolve(root, '..', 'shared', 'data', 'anercorp', 'train.txt');
const vectorsFile = optStr('--vectors');
if (!vectorsFile) throw new Error('--vectors FILE needed (scripts/build-embedding-classes.ts --vectors)');
const EPOCHS = opt('--epochs', 6);
const LSTM = flag('--lstm');
const HIDDEN = opt('--hidden', LSTM ? 64 : 128);
const BUCKETS = opt('--buckets', 262144);
const SEED = opt('--seed', 1);
const log = (m: string) => process.stderr.write(`${m} (${(process.cpuUsage().user / 1e6).toFixed(1)} CPU-s)\n`);

const all = parseConll(readFileSync(trainFile, 'utf8')).map((s) => ({ tokens: s.tokens, gold: repairBio(s.gold) }));
const lists = (optStr('--lists') ?? 'names,wikifane').split(',').filter(Boolean) as NerList[];
const k = loadKnowledge(lists);
const vecs = wordVectors(parseVectors(readFileSync(vectorsFile, 'utf8')));
log(`${all.length} sentences; ${vecs.row.size} vectors of ${vecs.dim} dimensions`);
const inputOpts = { buckets: BUCKETS, identity: !flag('--no-identity'), ...(LSTM ? { window: 0, sparseWindow: 0 } : {}) };
const inputs: NetInput[] = all.map((s) => encodeSentence(s.tokens, vecs, k, inputOpts));
const golds = all.map((s) => labelIds(s.gold));
const covered = (() => {
  let n = 0;
  let own = 0;
  let stem = 0;
  const D = denseWidth(vecs.dim, LSTM ? 0 : 2);
  const mid = LSTM ? 0 : 2 * (vecs.dim + 4);
  for (const x of inputs) for (let i = 0; i < x.n; i++, n++) {
    own += x.dense[i * D + mid + vecs.dim];
    stem += x.dense[i * D + mid + vecs.dim + 1];
  }
  return `${((100 * own) / n).toFixed(1)}% of tokens with a vector of their own, ${((100 * stem) / n).toFixed(1)}% their stem's`;
})();
log(`inputs encoded; ${covered}`);
const decode = neuralDecoder();

/** A trained network, as the log-probabilities it gives a sentence. */
type Net = (x: NetInput) => Float64Array;

/** A new network and its training step. */
function newModel(): { net: Net; step: (x: NetInput, gold: Int32Array) => number } {
  const topts = { rate: opt('--rate', 0.05), dropout: opt('--dropout', 0.3), seed: SEED };
  if (LSTM) {
    const net = newBiLstm({ dense: denseWidth(vecs.dim, 0), sparseDim: opt('--sparse-dim', 32), buckets: BUCKETS, hidden: HIDDEN, labels: NEURAL_LABELS.length }, SEED);
    const tr = newLstmTrainer(net, topts);
    return { net: (x) => lstmLogProbs(net, x), step: (x, g) => lstmTrainStep(tr, x, g) };
  }
  const net = newNet({ dense: denseWidth(vecs.dim), hidden: HIDDEN, labels: NEURAL_LABELS.length, buckets: BUCKETS }, SEED);
  const tr = newTrainer(net, topts);
  return { net: (x) => logProbs(net, x), step: (x, g) => trainStep(tr, x, g) };
}

/** Trains a network on sentences `ids`; `onEpoch` after each epoch. */
function trainNet(ids: number[], onEpoch?: (ep: number, net: Net) => void): Net {
  const { net, step } = newModel();
  const rnd = random(SEED + 17);
  const order = ids.slice();
  for (let ep = 1; ep <= EPOCHS; ep++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    let loss = 0;
    let tokens = 0;
    for (const id of order) {
      loss += step(inputs[id], golds[id]);
      tokens += inputs[id].n;
    }
    log(`  epoch ${ep}: loss ${(loss / tokens).toFixed(4)} a token`);
    onEpoch?.(ep, net);
  }
  return net;
}

const tagAll = (net: Net, ids: number[]) => ids.map((id) => {
  const lp = net(inputs[id]);
  return { lp, tags: decode(lp, inputs[id].n) };
});

const report = (label: string, gold: string[][], pred: string[][]) => log(`${label}\n${formatScores(entityScores(gold, pred))}`);

if (flag('--dev')) {
  const nDev = Math.round(all.length * 0.1);
  const trainIds = all.map((_, i) => i).slice(0, all.length - nDev);
  const devIds = all.map((_, i) => i).slice(all.length - nDev);
  const devGold = devIds.map((i) => all[i].gold);
  trainNet(trainIds, (ep, net) => {
    const f1 = entityScores(devGold, tagAll(net, devIds).map((t) => t.tags)).get('ALL')!.f1;
    log(`  epoch ${ep}: dev F1 ${(100 * f1).toFixed(2)}`);
  });
}

const CV = opt('--cv', 0);
if (CV > 0) {
  const only = (optStr('--cv-folds') ?? '').split(',').filter(Boolean).map(Number);
  const size = Math.ceil(all.length / CV);
  const gold: string[][] = [];
  const pred: string[][] = [];
  const split = new Map<string, SeenSplit>();
  const jack: { lp: number[]; tags: string[] }[] = new Array(all.length);
  const t0 = process.cpuUsage().user;
  for (let f = 0; f < CV; f++) {
    if (only.length && !only.includes(f + 1)) continue;
    const lo = f * size;
    const hi = Math.min(all.length, lo + size);
    const ids = all.map((_, i) => i).filter((i) => i < lo || i >= hi);
    const held = all.map((_, i) => i).slice(lo, hi);
    const net = trainNet(ids);
    const t1 = process.cpuUsage().user;
    const tagged = tagAll(net, held);
    const tokens = held.reduce((n, i) => n + inputs[i].n, 0);
    log(`cv fold ${f + 1}/${CV}: tagging ${tokens} tokens took ${((process.cpuUsage().user - t1) / 1e6).toFixed(2)} CPU-s`);
    tagged.forEach((t, j) => (jack[held[j]] = { lp: Array.from(t.lp, (v) => Math.round(v * 1e4) / 1e4), tags: t.tags }));
    const heldGold = held.map((i) => all[i]);
    countSeenSplit(seenNames(ids.map((i) => all[i])), heldGold, tagged.map((t) => t.tags), split);
    gold.push(...heldGold.map((s) => s.gold));
    pred.push(...tagged.map((t) => t.tags));
  }
  log(`cv: ${((process.cpuUsage().user - t0) / 1e6).toFixed(1)} CPU-s of training and tagging`);
  report(`neural tagger, cv ${CV} folds${only.length ? ` (folds ${only.join(',')})` : ''}`, gold, pred);
  log(formatSeenSplit(split, 'the training folds'));
  const out = optStr('--jack-out');
  if (out) writeFileSync(out, JSON.stringify({ labels: NEURAL_LABELS, vectors: path.basename(vectorsFile), sentences: jack.map((j) => j ?? null) }));
}

const tagFile = optStr('--tag');
if (tagFile) {
  const net = trainNet(all.map((_, i) => i));
  const t1 = process.cpuUsage().user;
  const sentences = parseConll(readFileSync(tagFile, 'utf8'));
  const out = sentences.map((s) => {
    const x = encodeSentence(s.tokens, vecs, k, inputOpts);
    const lp = net(x);
    return { lp: Array.from(lp, (v) => Math.round(v * 1e4) / 1e4), tags: decode(lp, x.n) };
  });
  const tokens = sentences.reduce((n, s) => n + s.tokens.length, 0);
  log(`${path.basename(tagFile)}: ${sentences.length} sentences, ${tokens} tokens tagged in ${((process.cpuUsage().user - t1) / 1e6).toFixed(2)} CPU-s (encoding included)`);
  report(`neural tagger alone on ${path.basename(tagFile)}`, sentences.map((s) => s.gold), out.map((o) => o.tags));
  writeFileSync(optStr('--tag-out') ?? '/dev/stdout', JSON.stringify({ labels: NEURAL_LABELS, vectors: path.basename(vectorsFile), sentences: out }));
}
