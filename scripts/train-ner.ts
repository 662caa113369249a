// Trains the statistical NER tagger (src/ner/) on ANERcorp (CAMeL Lab split, CC BY-SA 4.0) and
// writes data/model/ner.bin.gz (and its header, ner.header.json). Only the train file is read: the last 10% of its sentences are
// the dev set for the scores printed here; the shipped model is then retrained on all of it.
//
// Two passes (stacking): the first pass is an averaged perceptron over the sentence's own
// features; the second adds the first pass's tags of this sentence and of the same words in
// nearby sentences. The second pass is trained on first-pass tags produced by jackknifing
// (each fold tagged by a model that did not see it), so it learns how far to trust them.
//
// Usage: node --import tsx scripts/train-ner.ts [TRAIN_FILE] [options]
//   (the lists it reads: scripts/build-ner-lexicons.ts, scripts/build-clusters.ts)
//   --clusters FILE       word classes from FILE instead of data/lexicon/ner_clusters.tsv (to compare them)
//   --extra FILE          CoNLL sentences added to every training set (never to a held-out fold or the dev set)
//   --self FILE           self-training on untagged sentences (scripts/unlabelled-sentences.ts); --self-max N (4000) --self-margin M (0) --self-rounds N (1) --self-first (retrain the first pass only, keep the second)
//   --names --wikifane    also read data/lexicon/ner_name_tokens.tsv / ner_wikifane.tsv (recorded in the model)
//   --runs --wide --wazn --wazn-near  optional feature sets (src/ner/cue-runs.ts; recorded in the model like the lists)
//   --silver FILE         corpus-level name evidence (src/ner/silver.ts; scripts/build-ner-silver.ts; recorded as list 'silver')
//   --silver-folds A,B,.. with --cv K: fold f reads the f-th silver file (each built by a model of that fold's training part)
//   --silver-jack PREFIX  jackknifed silver tables for the training sentences (see below)
//   --neural FILE         stacking on the window network (session 31): its jackknifed output per train sentence
//                         (scripts/train-neural-ner.ts --cv 5 --jack-out FILE) as features of both passes; measuring only
//   --mix FILE --mix-grid a,b,...  with --cv: the first (and second) pass's emissions plus a times the network's log-probabilities (FILE as above)
//   --cv K                K-fold cross-validation on the train file (nothing written); --bias-grid a,b,...
//                         --cv-folds 1,2 --cv-out FILE (some folds, their predictions as JSON)  --cv-merge A,B,... (one report of the parts)
//   --dev-only | --no-dev  skip the final model | skip the dev run;  --dump FILE  dev/cv output as CoNLL
//   --epochs N (10) --epochs2 N --margin M (0.5) --dropout P (0.2) --window N (10) --folds K (5)
//   --prune T (0.05) --min-count C (1) --o-bias B (0) --seed S --seeds N (3) --no-margins --no-stack --no-doc --curve
//   --out FILE (data/model/ner.bin.gz; the header goes to FILE with .bin.gz replaced by .header.json)
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { concatFeatures, sentenceFeatures, type FeatureSeq } from '../src/ner/features.js';
import { documentFeatures, stackedFeatures } from '../src/ner/document-features.js';
import { clusterRows, knowledgeFromFiles, loadKnowledge, type NerKnowledge, type NerList } from '../src/ner/knowledge.js';
import { silverKnowledge, silverRows } from '../src/ner/silver.js';
import { bioAllowed, decodeEmissions, sentenceEmissions, entityMargins, pruneModel, trainPerceptron, type SequenceModel, type TrainingSentence } from '../src/ner/perceptron.js';
import { entityScores, formatScores, makeTagger, secondPassFeatures, parseConll, formatConll, repairBio, NER_MODEL_FILE, type ConllSentence } from '../src/ner/tagger.js';
import { dataPath, parseTsv } from '../src/data-files.js';
import { countSeenSplit, formatSeenSplit, seenNames, type SeenSplit } from '../src/ner/unseen-recall.js';
import { mixEmissions, neuralFeatures } from '../src/ner/neural-tagger.js';
import { documentTagger } from '../src/ner/tag-document.js';
import { encodeStack, headerFileOf, serializeModel, stackHeader, type SerializedStack } from '../src/ner/model-file.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const opt = (name: string, dflt: number): number => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : dflt;
};
const optStr = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const BOOLEAN_FLAGS = ['--self-first', '--names', '--wikifane', '--letters', '--runs', '--wide', '--wazn', '--wazn-near', '--no-margins', '--no-stack', '--no-doc', '--dev-only', '--no-dev', '--curve', '--verbose'];
const positional = args.filter((a, i) => !a.startsWith('--') && (i === 0 || !args[i - 1].startsWith('--') || BOOLEAN_FLAGS.includes(args[i - 1])));
const trainFile = positional[0] ?? path.resolve(root, '..', 'shared', 'data', 'anercorp', 'train.txt');
const EPOCHS = opt('--epochs', 10);
const EPOCHS2 = opt('--epochs2', EPOCHS);
const FOLDS = opt('--folds', 5);
const WINDOW = opt('--window', 10);
const MARGIN = opt('--margin', 0.5);
const PRUNE = opt('--prune', 0.05);
const MIN_COUNT = opt('--min-count', 1);
const SEED = opt('--seed', 1);
const STACK = !flag('--no-stack');
const outFile = optStr('--out') ?? dataPath(NER_MODEL_FILE);

const log = (msg: string) => process.stderr.write(msg + '\n');

const t0 = Date.now();
const elapsed = () => `${((Date.now() - t0) / 1000).toFixed(1)} s`;

const cvMerge = optStr('--cv-merge');
if (cvMerge) {
  // --cv-merge A.json,B.json,...: the parts written by --cv-out (folds run by separate processes), in fold order.
  const parts: CvPart[] = cvMerge.split(',').map((f) => JSON.parse(readFileSync(f, 'utf8')));
  const first = new Map<string, SeenSplit>();
  const stacked = new Map<string, SeenSplit>();
  for (const p of parts) {
    mergeSplits(first, p.splitFirst);
    mergeSplits(stacked, p.splitStacked);
  }
  reportCv(`cv, ${parts.length} parts merged`, {
    gold: parts.flatMap((p) => p.gold),
    pred: parts.flatMap((p) => p.pred),
    predFirst: parts.flatMap((p) => p.predFirst),
    splitFirst: [...first],
    splitStacked: [...stacked],
  });
  process.exit(0);
}

// ANERcorp has a few chunks that start with I- (39 in train): read them as conlleval does (B-).
const all: ConllSentence[] = parseConll(readFileSync(trainFile, 'utf8')).map((s) => ({ tokens: s.tokens, gold: repairBio(s.gold) }));
/** Sentences of the train file; those after them (--extra) only ever train. */
const nMain = all.length;
const extraFile = optStr('--extra');
if (extraFile) all.push(...parseConll(readFileSync(extraFile, 'utf8')).map((s) => ({ tokens: s.tokens, gold: repairBio(s.gold) })));
/** Unlabelled sentences (--self, untagged CoNLL): tagged in each fold, the confident ones added to its training. */
const nLabelled = all.length;
const selfFile = optStr('--self');
if (selfFile) all.push(...parseConll(readFileSync(selfFile, 'utf8')).map((s) => ({ tokens: s.tokens, gold: s.gold.map(() => 'O') })));
const selfIds = all.map((_, i) => i).filter((i) => i >= nLabelled);
const clusterFile = optStr('--clusters');
const lists: NerList[] = (['names', 'wikifane', 'letters', 'runs', 'wide', 'wazn', 'wazn-near'] as const).filter((l) => flag(`--${l}`));
const k0 = clusterFile
  ? knowledgeFromFiles({ clusters: clusterRows(parseTsv(readFileSync(clusterFile, 'utf8'), clusterFile)), lists })
  : loadKnowledge(lists);
// --silver FILE: corpus-level name evidence (src/ner/silver.ts, scripts/build-ner-silver.ts); --silver-folds A,B,...: in
// cross-validation, fold f reads the f-th file (built by a model that never saw fold f).
const silverFile = optStr('--silver');
const silverFolds = (optStr('--silver-folds') ?? '').split(',').filter(Boolean);
const readSilver = (f: string) => silverKnowledge(silverRows(parseTsv(readFileSync(f, 'utf8'), f)));
// --silver-jack PREFIX: jackknifed silver, so that no training sentence reads a table built by a model that saw it. Files
// PREFIX.f<j>.tsv (built by a model of every fold but j) and, for --cv, PREFIX.p<ij>.tsv (i < j: every fold but i and j). In
// cross-validation fold k tags with PREFIX.f<k>.tsv and a training sentence of fold j reads PREFIX.p<jk>.tsv; without --cv, a
// sentence of fold j (--folds) reads PREFIX.f<j>.tsv and the model tags with --silver FILE (built on the whole train file).
const silverJack = optStr('--silver-jack');
if (silverFile || silverFolds.length || silverJack) lists.push('silver');
let k: NerKnowledge = silverFile ? { ...k0, silver: readSilver(silverFile) } : k0;
const words = all.map((s) => s.tokens);
const DOC = !flag('--no-doc');
const OBIAS = opt('--o-bias', 0);
const MARGINS = !flag('--no-margins');
const topts = { window: WINDOW, doc: DOC, oBias: OBIAS, margins: MARGINS };
const docFeats = DOC ? documentFeatures(words, k0, WINDOW) : null;
// --neural FILE: the window network's held-out output for each train sentence (none for --extra / --self sentences).
const neuralFile = optStr('--neural');
const neural: (FeatureSeq | null)[] = neuralFile
  ? (JSON.parse(readFileSync(neuralFile, 'utf8')) as { sentences: ({ lp: number[]; tags: string[] } | null)[] }).sentences.map((x) => (x ? neuralFeatures(Float64Array.from(x.lp), x.tags) : null))
  : [];
/** Tags sentences `ids` as one document, with their --neural features if any. */
const tagIds = (first: SequenceModel, second: SequenceModel | null, ids: number[], o = topts) =>
  documentTagger(first, second, o, k)(ids.map((id) => words[id]), neural.length ? ids.map((id) => (id < nMain ? neural[id] : null)) : undefined);
const range = (lo: number, hi: number) => Array.from({ length: hi - lo }, (_, j) => lo + j);
const withNeural = (s: number, f: FeatureSeq) => (neural[s] && s < nMain ? concatFeatures([f, neural[s]!]) : f);
const baseOf = (kk: NerKnowledge) => words.map((w, s) => withNeural(s, docFeats ? concatFeatures([sentenceFeatures(w, kk), docFeats[s]]) : sentenceFeatures(w, kk)));
let base = baseOf(k);
const silverCache = new Map<string, NerKnowledge>();
const silverK = (file: string) => silverCache.get(file) ?? silverCache.set(file, { ...k0, silver: readSilver(file) }).get(file)!;
/** Base features with jackknifed silver (--silver-jack): `testFold` the held-out fold of a cross-validation (-1: none), `parts` folds. */
function jackBase(testFold: number, parts: number): FeatureSeq[] {
  const size = Math.ceil(nMain / parts);
  const kOf = (s: number): NerKnowledge => {
    const j = Math.floor(s / size);
    if (s >= nMain || j === testFold) return k;
    if (testFold < 0) return silverK(`${silverJack}.f${j + 1}.tsv`);
    return silverK(`${silverJack}.p${Math.min(j, testFold) + 1}${Math.max(j, testFold) + 1}.tsv`);
  };
  return words.map((w, s) => (docFeats ? concatFeatures([sentenceFeatures(w, kOf(s)), docFeats[s]]) : sentenceFeatures(w, kOf(s))));
}
if (silverJack && !opt('--cv', 0)) {
  if (!silverFile) throw new Error('--silver-jack without --cv needs --silver FILE (the table the model tags with)');
  base = jackBase(-1, FOLDS);
}
log(`${all.length} sentences, ${words.reduce((n, w) => n + w.length, 0)} tokens; features in ${elapsed()}`);

const DROPOUT = opt('--dropout', 0.2);
const trainOpts = {
  minCount: MIN_COUNT,
  margin: MARGIN,
  missCost: opt('--miss-cost', 1),
  seed: SEED,
  dropout: DROPOUT > 0 ? { p: DROPOUT } : undefined,
};

const SEEDS = opt('--seeds', 3);
/** --dropouts a,b,c: seed j trains with word dropout a, b, c... in turn (an ensemble of settings, averaged like the seeds). */
const DROPOUTS = (optStr('--dropouts') ?? '').split(',').filter(Boolean).map(Number);
const seedOpts = (j: number) => (DROPOUTS.length ? { dropout: DROPOUTS[j % DROPOUTS.length] > 0 ? { p: DROPOUTS[j % DROPOUTS.length] } : undefined } : {});

/**
 * Trains SEEDS perceptrons that differ only in their seed (shuffle order, word dropout) and
 * averages their weights: the feature index depends on the data alone, so the models share it.
 */
function train(data: TrainingSentence[], epochs: number): SequenceModel {
  const models = Array.from({ length: SEEDS }, (_, j) =>
    trainPerceptron(data, { ...trainOpts, ...seedOpts(j), seed: SEED + j, epochs, log: flag('--verbose') ? log : undefined }),
  );
  if (models.length === 1) return models[0];
  const [m0] = models;
  const weights = new Float32Array(m0.weights.length);
  const trans = new Float32Array(m0.trans.length);
  for (const m of models) {
    for (let i = 0; i < weights.length; i++) weights[i] += m.weights[i] / models.length;
    for (let i = 0; i < trans.length; i++) trans[i] += m.trans[i] / models.length;
  }
  return { labels: m0.labels, index: m0.index, weights, trans };
}

/**
 * Self-training (--self): the stack trained on `ids` tags the unlabelled sentences; those with a
 * name on which both passes agree, every word's first-pass margin at least --self-margin from 0,
 * are added (at most --self-max of them, in corpus order) with those tags, and the stack is trained again.
 * --self-rounds N: the self-trained stack tags them again and the training restarts from `ids` and its choice, N times.
 */
let selfAdded = 0;
function trainStack(ids: number[]): { first: SequenceModel; second: SequenceModel | null } {
  let m = trainStackOn(ids);
  if (!selfIds.length) return m;
  const rounds = opt('--self-rounds', 1);
  for (let round = 1; round <= rounds; round++) {
    const chosen = chooseSelfTagged(m);
    log(`  self-training${rounds > 1 ? ` round ${round}` : ''}: ${chosen.length} of ${selfIds.length} unlabelled sentences added`);
    selfAdded = chosen.length;
    // --self-first: only the first pass is retrained; the second stays the one trained on the labelled text.
    m = flag('--self-first')
      ? { first: train([...ids, ...chosen].map((id) => ({ feats: base[id], tags: all[id].gold })), EPOCHS), second: m.second }
      : trainStackOn([...ids, ...chosen]);
  }
  return m;
}

/** The unlabelled sentences the stack `m` tags confidently enough to train on, their tags set as gold. */
function chooseSelfTagged(m: { first: SequenceModel; second: SequenceModel | null }): number[] {
  const selfWords = selfIds.map((id) => words[id]);
  const one = makeTagger(m.first, null, topts, k).tagSentences(selfWords);
  const two = m.second ? makeTagger(m.first, m.second, topts, k).tagSentences(selfWords) : one;
  const minMargin = opt('--self-margin', 0);
  const chosen: number[] = [];
  selfIds.forEach((id, j) => {
    if (chosen.length >= opt('--self-max', 4000) || !two[j].some((t) => t !== 'O') || two[j].some((t, i) => t !== one[j][i])) return;
    if (minMargin > 0 && entityMargins(m.first, base[id]).some((x) => Math.abs(x.margin) < minMargin)) return;
    all[id].gold = two[j];
    chosen.push(id);
  });
  return chosen;
}

/** Trains the first pass on sentences `ids` and, if stacking, the second on jackknifed first-pass tags. */
function trainStackOn(ids: number[]): { first: SequenceModel; second: SequenceModel | null } {
  const data = (extra?: ReturnType<typeof stackedFeatures>): TrainingSentence[] =>
    ids.map((id, j) => ({ feats: extra ? concatFeatures([base[id], extra[j]]) : base[id], tags: all[id].gold }));
  const first = train(data(), EPOCHS);
  if (!STACK) return { first, second: null };
  // Jackknife: contiguous folds, so that the window features see real neighbouring sentences.
  const jack: string[][] = new Array(ids.length);
  const jackMargins: { label: string; margin: number }[][] = new Array(ids.length);
  const size = Math.ceil(ids.length / FOLDS);
  for (let f = 0; f < FOLDS; f++) {
    const lo = f * size;
    const hi = Math.min(ids.length, lo + size);
    const rest = ids.filter((_, j) => j < lo || j >= hi);
    const m = train(rest.map((id) => ({ feats: base[id], tags: all[id].gold })), EPOCHS);
    const tagged = tagIds(m, null, ids.slice(lo, hi), { ...topts, oBias: 0 });
    tagged.forEach((t, j) => (jack[lo + j] = t));
    if (MARGINS) for (let j = lo; j < hi; j++) jackMargins[j] = entityMargins(m, base[ids[j]]);
    log(`  fold ${f + 1}/${FOLDS} tagged (${elapsed()})`);
  }
  const stacked = stackedFeatures(ids.map((id) => words[id]), jack, k, WINDOW, MARGINS ? jackMargins : undefined);
  const second = train(data(stacked), EPOCHS2);
  return { first, second };
}

function report(label: string, gold: string[][], pred: string[][]): number {
  const s = entityScores(gold, pred);
  log(`${label}\n${formatScores(s)}`);
  return s.get('ALL')!.f1;
}

const meta: Record<string, unknown> = {
  data: 'ANERcorp, CAMeL Lab split, train.txt (CC BY-SA 4.0)',
  epochs: EPOCHS,
  epochs2: EPOCHS2,
  folds: FOLDS,
  window: WINDOW,
  margin: MARGIN,
  dropout: DROPOUT,
  prune: PRUNE,
  minCount: MIN_COUNT,
  stack: STACK,
  seeds: SEEDS,
  margins: MARGINS,
  clusters: clusterFile ? path.basename(clusterFile) : 'ner_clusters.tsv',
};

/** Held-out predictions of some cross-validation folds (--cv-out), merged into one report by --cv-merge. */
interface CvPart {
  gold: string[][];
  pred: string[][];
  predFirst: string[][];
  splitFirst: [string, SeenSplit][];
  splitStacked: [string, SeenSplit][];
}

function mergeSplits(into: Map<string, SeenSplit>, rows: [string, SeenSplit][]): void {
  for (const [t, f] of rows) {
    const g = into.get(t) ?? { unseen: 0, hit: 0, seen: 0, seenHit: 0 };
    into.set(t, { unseen: g.unseen + f.unseen, hit: g.hit + f.hit, seen: g.seen + f.seen, seenHit: g.seenHit + f.seenHit });
  }
}

function reportCv(label: string, part: CvPart): void {
  report(`${label}, first pass`, part.gold, part.predFirst);
  log(formatSeenSplit(new Map(part.splitFirst), 'the training folds'));
  if (part.pred.length) {
    report(`${label}, stacked`, part.gold, part.pred);
    log(formatSeenSplit(new Map(part.splitStacked), 'the training folds'));
  }
}

const CV = opt('--cv', 0);
if (CV > 0) {
  // Cross-validation over contiguous folds of the train file (for comparing feature sets).
  // --cv-folds 1,2: only these folds (numbered from 1); --cv-out FILE: their held-out predictions as JSON, for --cv-merge.
  const onlyFolds = (optStr('--cv-folds') ?? '').split(',').filter(Boolean).map(Number);
  const gold: string[][] = [];
  const pred: string[][] = [];
  const predFirst: string[][] = [];
  const biasGrid = (optStr('--bias-grid') ?? '').split(',').filter(Boolean).map(Number);
  const byBias = new Map<number, string[][]>();
  // --mix FILE --mix-grid: an ensemble of the first pass and the window network on emission scores.
  const mixGrid = (optStr('--mix-grid') ?? '').split(',').filter(Boolean).map(Number);
  const mixLp: number[][] = optStr('--mix') ? JSON.parse(readFileSync(optStr('--mix')!, 'utf8')).sentences.map((x: { lp: number[] }) => x.lp) : [];
  const byMix = new Map<number, { first: string[][]; stacked: string[][]; splitFirst: Map<string, SeenSplit>; splitStacked: Map<string, SeenSplit> }>();
  const splitFirst = new Map<string, SeenSplit>();
  const splitStacked = new Map<string, SeenSplit>();
  const size = Math.ceil(nMain / CV);
  for (let f = 0; f < CV; f++) {
    if (onlyFolds.length && !onlyFolds.includes(f + 1)) continue;
    const lo = f * size;
    const hi = Math.min(nMain, lo + size);
    if (silverFolds.length) {
      k = { ...k0, silver: readSilver(silverFolds[f]) };
      base = baseOf(k);
    }
    if (silverJack) {
      k = silverK(`${silverJack}.f${f + 1}.tsv`);
      base = jackBase(f, CV);
    }
    const ids = all.map((_, i) => i).filter((i) => (i < lo || i >= hi) && i < nLabelled);
    const { first, second } = trainStack(ids);
    const heldFirst = tagIds(first, null, range(lo, hi));
    predFirst.push(...heldFirst);
    // Names unseen in this fold's labelled training part (ids < nMain: not the --extra or self-trained text).
    const seen = seenNames(ids.filter((i) => i < nMain).map((i) => all[i]));
    const heldGold = all.slice(lo, hi);
    countSeenSplit(seen, heldGold, heldFirst, splitFirst);
    for (const a of mixGrid) {
      // The first pass's emissions and, with a second pass, the second's (over the plain first pass's tags), each plus a x the network's.
      const mixed = (m: SequenceModel, f: FeatureSeq, id: number) => decodeEmissions(m, mixEmissions(sentenceEmissions(m, f), m.labels, mixLp[id], a), words[id].length, bioAllowed(m.labels));
      const ids1 = range(lo, hi);
      const t1 = ids1.map((id) => mixed(first, base[id], id));
      const st = second ? secondPassFeatures(first, ids1.map((id) => words[id]), ids1.map((id) => base[id]), heldFirst, k, topts) : null;
      const t2 = second && st ? ids1.map((id, j) => mixed(second, concatFeatures([base[id], st[j]]), id)) : t1;
      const rec = byMix.get(a) ?? byMix.set(a, { first: [], stacked: [], splitFirst: new Map(), splitStacked: new Map() }).get(a)!;
      rec.first.push(...t1);
      rec.stacked.push(...t2);
      countSeenSplit(seen, heldGold, t1, rec.splitFirst);
      countSeenSplit(seen, heldGold, t2, rec.splitStacked);
    }
    for (const b of biasGrid) {
      const t = tagIds(first, second, range(lo, hi), { ...topts, oBias: b });
      (byBias.get(b) ?? byBias.set(b, []).get(b)!).push(...t);
    }
    if (second) {
      const heldStacked = tagIds(first, second, range(lo, hi));
      pred.push(...heldStacked);
      countSeenSplit(seen, heldGold, heldStacked, splitStacked);
    }
    gold.push(...all.slice(lo, hi).map((s) => s.gold));
    log(`cv fold ${f + 1}/${CV} (${elapsed()})`);
  }
  const part: CvPart = { gold, pred, predFirst, splitFirst: [...splitFirst], splitStacked: [...splitStacked] };
  if (optStr('--cv-out')) writeFileSync(optStr('--cv-out')!, JSON.stringify(part));
  reportCv(`cv ${CV} folds${onlyFolds.length ? ` (folds ${onlyFolds.join(',')})` : ''}`, part);
  if (optStr('--dump') && !onlyFolds.length) writeFileSync(optStr('--dump')!, formatConll(all.slice(0, gold.length), STACK ? pred : predFirst));
  for (const [b, p] of byBias) report(`cv ${CV} folds, o-bias ${b}`, gold, p);
  for (const [a, r] of byMix) {
    report(`cv ${CV} folds, first pass + ${a} x network log-probabilities`, gold, r.first);
    log(formatSeenSplit(r.splitFirst, 'the training folds'));
    if (STACK) {
      report(`cv ${CV} folds, stacked + ${a} x network log-probabilities`, gold, r.stacked);
      log(formatSeenSplit(r.splitStacked, 'the training folds'));
    }
  }
  process.exit(0);
}

if (!flag('--no-dev')) {
  const nDev = Math.round(nMain * 0.1);
  const trainIds = all.map((_, i) => i).filter((i) => (i < nMain - nDev || i >= nMain) && i < nLabelled);
  const devIds = all.map((_, i) => i).slice(nMain - nDev, nMain);
  const devWords = devIds.map((id) => words[id]);
  const devGold = devIds.map((id) => all[id].gold);
  log(`dev: training on ${trainIds.length} sentences, scoring on the last ${nDev}`);
  if (flag('--curve')) {
    trainPerceptron(trainIds.map((id) => ({ feats: base[id], tags: all[id].gold })), {
      ...trainOpts,
      epochs: EPOCHS,
      onEpoch: (ep, m) => {
        const f1 = entityScores(devGold, tagIds(m, null, devIds)).get('ALL')!.f1;
        log(`  epoch ${ep}: dev F1 ${(100 * f1).toFixed(2)}`);
      },
    });
  }
  const { first, second } = trainStack(trainIds);
  const devFirst = tagIds(first, null, devIds);
  const f1a = report('dev, first pass', devGold, devFirst);
  const dump = optStr('--dump');
  if (dump) writeFileSync(dump, formatConll(devIds.map((id) => all[id]), devFirst));
  meta.devFirstPassF1 = Number(f1a.toFixed(4));
  if (second) {
    const devStacked = tagIds(first, second, devIds);
    const f1b = report('dev, stacked', devGold, devStacked);
    if (dump) writeFileSync(dump, formatConll(devIds.map((id) => all[id]), devStacked));
    meta.devStackedF1 = Number(f1b.toFixed(4));
    const pf = pruneModel(first, PRUNE);
    const ps = pruneModel(second, PRUNE);
    const f1c = report(`dev, stacked, pruned at ${PRUNE} (${pf.index.size} + ${ps.index.size} features)`, devGold, tagIds(pf, ps, devIds));
    meta.devPrunedF1 = Number(f1c.toFixed(4));
  }
  log(`dev done (${elapsed()})`);
}

if (!flag('--dev-only')) {
  const { first, second } = trainStack(all.map((_, i) => i).filter((i) => i < nLabelled));
  const pf = pruneModel(first, PRUNE);
  const ps = second ? pruneModel(second, PRUNE) : null;
  if (selfFile) meta.self = { file: path.basename(selfFile), sentences: selfIds.length, added: selfAdded, max: opt('--self-max', 4000), margin: opt('--self-margin', 0), ...(opt('--self-rounds', 1) > 1 ? { rounds: opt('--self-rounds', 1) } : {}) };
  meta.features = { first: pf.index.size, second: ps?.index.size ?? 0 };
  meta.trainedOn = `${nMain} sentences${extraFile ? ` + ${all.length - nMain} from ${path.basename(extraFile)}` : ''}`;
  const stack: SerializedStack = {
    window: WINDOW,
    doc: DOC,
    oBias: OBIAS,
    margins: MARGINS,
    lists,
    meta,
    first: serializeModel(pf),
    second: ps ? serializeModel(ps) : null,
  };
  const buf = encodeStack(stack);
  mkdirSync(path.dirname(outFile), { recursive: true });
  writeFileSync(outFile, buf);
  writeFileSync(headerFileOf(outFile), `${JSON.stringify(stackHeader(stack), null, 2)}\n`);
  log(`wrote ${outFile}: ${(buf.length / 1e6).toFixed(2)} MB, ${pf.index.size} + ${ps?.index.size ?? 0} features (${elapsed()})`);
}

