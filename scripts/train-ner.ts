// Trains the statistical NER tagger (src/ner/) on ANERcorp (CAMeL Lab split, CC BY-SA 4.0) and
// writes data/model/ner.json.gz. Only the train file is read: the last 10% of its sentences are
// the dev set for the scores printed here; the shipped model is then retrained on all of it.
//
// Two passes (stacking): the first pass is an averaged perceptron over the sentence's own
// features; the second adds the first pass's tags of this sentence and of the same words in
// nearby sentences. The second pass is trained on first-pass tags produced by jackknifing
// (each fold tagged by a model that did not see it), so it learns how far to trust them.
//
// Usage: node --import tsx scripts/train-ner.ts [TRAIN_FILE] [options]
//   --build-lexicons      regenerate data/lexicon/ner_{gazetteer,wordfreq,clusters}.tsv from ../shared/data
//   --cv K                K-fold cross-validation on the train file (nothing written); --bias-grid a,b,...
//   --dev-only | --no-dev  skip the final model | skip the dev run;  --dump FILE  dev/cv output as CoNLL
//   --epochs N (10) --epochs2 N --margin M (0.5) --dropout P (0.2) --window N (10) --folds K (5)
//   --prune T (0.05) --min-count C (1) --o-bias B (0) --seed S --seeds N (3) --no-margins --no-stack --no-doc --drop REGEX --curve
//   --out FILE (data/model/ner.json.gz)
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { documentFeatures, loadKnowledge, sentenceFeatures, stackedFeatures } from '../src/ner/features.js';
import { encodeStack, entityMargins, pruneModel, serializeModel, trainPerceptron, type SequenceModel, type TrainingSentence } from '../src/ner/perceptron.js';
import { entityScores, formatScores, makeTagger, parseConll, formatConll, repairBio, NER_MODEL_FILE, type ConllSentence } from '../src/ner/tagger.js';
import { dataPath } from '../src/data-files.js';
import { normalizeArabic } from '../src/arabic/normalize.js';

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
const BOOLEAN_FLAGS = ['--no-margins', '--no-stack', '--no-doc', '--dev-only', '--no-dev', '--build-lexicons', '--curve', '--verbose'];
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

if (flag('--build-lexicons')) {
  buildLexicons(path.resolve(root, '..', 'shared', 'data'));
  process.exit(0);
}
const t0 = Date.now();
const elapsed = () => `${((Date.now() - t0) / 1000).toFixed(1)} s`;

// ANERcorp has a few chunks that start with I- (39 in train): read them as conlleval does (B-).
const all: ConllSentence[] = parseConll(readFileSync(trainFile, 'utf8')).map((s) => ({ tokens: s.tokens, gold: repairBio(s.gold) }));
const k = loadKnowledge();
const words = all.map((s) => s.tokens);
const dropRe = optStr('--drop') ? new RegExp(optStr('--drop')!) : null;
const DOC = !flag('--no-doc');
const OBIAS = opt('--o-bias', 0);
const MARGINS = !flag('--no-margins');
const topts = { window: WINDOW, doc: DOC, oBias: OBIAS, margins: MARGINS };
const docFeats = DOC ? documentFeatures(words, k, WINDOW) : null;
const base = words.map((w, s) =>
  sentenceFeatures(w, k).map((fs, i) => (docFeats ? fs.concat(docFeats[s][i]) : fs)).map((fs) => (dropRe ? fs.filter((f) => !dropRe.test(f)) : fs)),
);
log(`${all.length} sentences, ${words.reduce((n, w) => n + w.length, 0)} tokens; features in ${elapsed()}`);

const DROPOUT = opt('--dropout', 0.2);
/** The word's own identity: hidden now and then in training (word dropout). */
const LEXICAL = /^(w|st|ls|raw|w-1w|ww\+1|st-1st)=/;
const trainOpts = {
  minCount: MIN_COUNT,
  margin: MARGIN,
  seed: SEED,
  dropout: DROPOUT > 0 ? { p: DROPOUT, droppable: (f: string) => LEXICAL.test(f) } : undefined,
};

const SEEDS = opt('--seeds', 3);

/**
 * Trains SEEDS perceptrons that differ only in their seed (shuffle order, word dropout) and
 * averages their weights: the feature index depends on the data alone, so the models share it.
 */
function train(data: TrainingSentence[], epochs: number): SequenceModel {
  const models = Array.from({ length: SEEDS }, (_, j) =>
    trainPerceptron(data, { ...trainOpts, seed: SEED + j, epochs, log: flag('--verbose') ? log : undefined }),
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

/** Trains the first pass on sentences `ids` and, if stacking, the second on jackknifed first-pass tags. */
function trainStack(ids: number[]): { first: SequenceModel; second: SequenceModel | null } {
  const data = (extra?: string[][][]): TrainingSentence[] =>
    ids.map((id, j) => ({ feats: extra ? base[id].map((f, i) => f.concat(extra[j][i])) : base[id], tags: all[id].gold }));
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
    const tagger = makeTagger(m, null, { ...topts, oBias: 0 }, k);
    const tagged = tagger.tagSentences(ids.slice(lo, hi).map((id) => words[id]));
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
};

const CV = opt('--cv', 0);
if (CV > 0) {
  // Cross-validation over contiguous folds of the train file (for comparing feature sets).
  const gold: string[][] = [];
  const pred: string[][] = [];
  const predFirst: string[][] = [];
  const biasGrid = (optStr('--bias-grid') ?? '').split(',').filter(Boolean).map(Number);
  const byBias = new Map<number, string[][]>();
  const size = Math.ceil(all.length / CV);
  for (let f = 0; f < CV; f++) {
    const lo = f * size;
    const hi = Math.min(all.length, lo + size);
    const ids = all.map((_, i) => i).filter((i) => i < lo || i >= hi);
    const { first, second } = trainStack(ids);
    const held = words.slice(lo, hi);
    predFirst.push(...makeTagger(first, null, topts, k).tagSentences(held));
    for (const b of biasGrid) {
      const t = makeTagger(first, second, { ...topts, oBias: b }, k).tagSentences(held);
      (byBias.get(b) ?? byBias.set(b, []).get(b)!).push(...t);
    }
    if (second) pred.push(...makeTagger(first, second, topts, k).tagSentences(held));
    gold.push(...all.slice(lo, hi).map((s) => s.gold));
    log(`cv fold ${f + 1}/${CV} (${elapsed()})`);
  }
  report(`cv ${CV} folds, first pass`, gold, predFirst);
  if (optStr('--dump')) writeFileSync(optStr('--dump')!, formatConll(all.slice(0, gold.length), STACK ? pred : predFirst));
  if (STACK) report(`cv ${CV} folds, stacked`, gold, pred);
  for (const [b, p] of byBias) report(`cv ${CV} folds, o-bias ${b}`, gold, p);
  process.exit(0);
}

if (!flag('--no-dev')) {
  const nDev = Math.round(all.length * 0.1);
  const trainIds = all.map((_, i) => i).slice(0, all.length - nDev);
  const devIds = all.map((_, i) => i).slice(all.length - nDev);
  const devWords = devIds.map((id) => words[id]);
  const devGold = devIds.map((id) => all[id].gold);
  log(`dev: training on ${trainIds.length} sentences, scoring on the last ${nDev}`);
  if (flag('--curve')) {
    trainPerceptron(trainIds.map((id) => ({ feats: base[id], tags: all[id].gold })), {
      ...trainOpts,
      epochs: EPOCHS,
      onEpoch: (ep, m) => {
        const f1 = entityScores(devGold, makeTagger(m, null, topts, k).tagSentences(devWords)).get('ALL')!.f1;
        log(`  epoch ${ep}: dev F1 ${(100 * f1).toFixed(2)}`);
      },
    });
  }
  const { first, second } = trainStack(trainIds);
  const devFirst = makeTagger(first, null, topts, k).tagSentences(devWords);
  const f1a = report('dev, first pass', devGold, devFirst);
  const dump = optStr('--dump');
  if (dump) writeFileSync(dump, formatConll(devIds.map((id) => all[id]), devFirst));
  meta.devFirstPassF1 = Number(f1a.toFixed(4));
  if (second) {
    const devStacked = makeTagger(first, second, topts, k).tagSentences(devWords);
    const f1b = report('dev, stacked', devGold, devStacked);
    if (dump) writeFileSync(dump, formatConll(devIds.map((id) => all[id]), devStacked));
    meta.devStackedF1 = Number(f1b.toFixed(4));
    const pf = pruneModel(first, PRUNE);
    const ps = pruneModel(second, PRUNE);
    const f1c = report(`dev, stacked, pruned at ${PRUNE} (${pf.index.size} + ${ps.index.size} features)`, devGold, makeTagger(pf, ps, topts, k).tagSentences(devWords));
    meta.devPrunedF1 = Number(f1c.toFixed(4));
  }
  log(`dev done (${elapsed()})`);
}

if (!flag('--dev-only')) {
  const { first, second } = trainStack(all.map((_, i) => i));
  const pf = pruneModel(first, PRUNE);
  const ps = second ? pruneModel(second, PRUNE) : null;
  meta.features = { first: pf.index.size, second: ps?.index.size ?? 0 };
  meta.trainedOn = `${all.length} sentences`;
  const buf = encodeStack({
    format: 'rasad-ner-stack',
    version: 1,
    window: WINDOW,
    doc: DOC,
    oBias: OBIAS,
    margins: MARGINS,
    meta,
    first: serializeModel(pf),
    second: ps ? serializeModel(ps) : null,
  });
  mkdirSync(path.dirname(outFile), { recursive: true });
  writeFileSync(outFile, buf);
  log(`wrote ${outFile}: ${(buf.length / 1e6).toFixed(2)} MB, ${pf.index.size} + ${ps?.index.size ?? 0} features (${elapsed()})`);
}

/**
 * Regenerates the tagger's lists from the shared inputs (run once; the outputs are committed):
 * - data/lexicon/ner_gazetteer.tsv: ANERGazet (list 'anergazet'), plus a wider list ('wide'):
 *   Wikidata city names (CC BY 4.0, jamsshhayd/world-cities-translations), Arabic country names
 *   (i18n-iso-countries, MIT) and person names from the UniversalPetrarch Arabic actor dictionary
 *   (MIT, Open Event Data Alliance).
 * - data/lexicon/ner_wordfreq.tsv: how often each word occurs in the Arabic event GSR sentences
 *   (Asharq Al-Awsat 2007-2008, openeventdata/arabic_event_gsr, MIT): a 'common word' signal.
 */
function buildLexicons(shared: string): void {
  const rows: { name: string; type: string; list: string; source: string }[] = [];
  const seen = new Set<string>();
  const push = (name: string, type: string, list: string, source: string) => {
    name = name.replace(/[\u0640\u064B-\u0652\u0670]/g, '').replace(/\s+/g, ' ').trim();
    if (!name || /^[=*\-]+$/.test(name) || /[A-Za-z0-9\t]/.test(name)) return;
    const key = `${normalizeArabic(name)}\t${type}\t${list}`;
    if (seen.has(key)) return;
    seen.add(key);
    rows.push({ name, type, list, source });
  };
  const gz = path.join(shared, 'anercorp', 'gazetteers');
  for (const [file, type] of [['Loc', 'LOC'], ['Org', 'ORG'], ['Pers', 'PERS']]) {
    for (const line of readFileSync(path.join(gz, `ANERGazet_Aligned${file}Gazetteer.txt`), 'utf8').split(/\r?\n/)) push(line, type, 'anergazet', 'ANERGazet');
  }
  const tsv = (file: string) => {
    const [head, ...lines] = readFileSync(file, 'utf8').split(/\r?\n/).filter(Boolean);
    const cols = head.split('\t');
    return lines.map((l) => Object.fromEntries(l.split('\t').map((v, i) => [cols[i], v])) as Record<string, string>);
  };
  const WIKIDATA_SOURCE = 'Wikidata (CC BY 4.0)';
  const PLACE_HEADS = /^(ولاية|بلدية|منطقة|مركز|مدينة|محافظة|مقاطعة|إقليم|اقليم|قضاء|ناحية|مديرية|بلدة|قرية|جزيرة) /;
  for (const r of tsv(path.join(shared, 'gazetteer', 'wikidata_cities_ar_jamsshhayd.tsv'))) {
    const pop = Number(r.population || 0);
    if (pop < 20000) continue;
    push(r.name_ar, 'LOC', 'wide', WIKIDATA_SOURCE);
    if (PLACE_HEADS.test(r.name_ar)) push(r.name_ar.replace(PLACE_HEADS, ''), 'LOC', 'wide', WIKIDATA_SOURCE);
  }
  for (const r of tsv(path.join(shared, 'gazetteer', 'countries_ar.tsv'))) push(r.name_ar_i18n_iso_countries, 'LOC', 'wide', 'i18n-iso-countries (MIT)');
  // Word frequencies in the GSR sentences (each sentence once).
  const counts = new Map<string, number>();
  const ids = new Set<string>();
  for (const file of ['assault.dev.jsonl', 'protest.dev.jsonl']) {
    for (const line of readFileSync(path.join(shared, 'arabic_event_gsr', file), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const r = JSON.parse(line) as { id: string; text: string };
      if (ids.has(r.id)) continue;
      ids.add(r.id);
      for (const w of r.text.match(/[\u0621-\u064A\u0640\u064B-\u0652]+/g) ?? []) {
        const n = normalizeArabic(w);
        counts.set(n, (counts.get(n) ?? 0) + 1);
      }
    }
  }
  // Actor dictionary: person names are the entries without a role, sector or place word. The
  // entries are lemmas (بريطاني for البريطاني): a part whose form with the article is common in
  // the GSR text is an adjective or a noun, not a name.
  const k0 = loadKnowledge();
  const anerPers = new Set(rows.filter((r) => r.list === 'anergazet' && r.type === 'PERS').map((r) => normalizeArabic(r.name)));
  const notName = (w: string) => {
    const n = normalizeArabic(w);
    if ((k0.triggers.get(n) ?? []).includes('PERS_PART')) return false;
    if (k0.triggers.has(n) || k0.triggers.has('ال' + n)) return true;
    return !anerPers.has(n) && ((counts.get('ال' + n) ?? 0) >= 3 || (!n.startsWith('ال') && (counts.get(n) ?? 0) >= 20));
  };
  const ACTOR_SOURCE = 'UniversalPetrarch (MIT)';
  const lines = readFileSync(path.join(shared, 'upetrarch-arabic', 'actor_dict_ar_v4.txt'), 'utf8').split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line.trim() || line.startsWith('#') || /^\s/.test(line)) continue;
    const m = /^(\S+)\s*(.*)$/.exec(line);
    if (!m) continue;
    const codes = [m[2]];
    for (let j = i + 1; j < lines.length && /^\s+\[/.test(lines[j]); j++) codes.push(lines[j].trim());
    const code = codes.join(' ');
    const parts = m[1].split('_').filter(Boolean);
    if (parts.length < 2 || parts.length > 5 || parts.some(notName) || parts.some((p) => p.length < 2 && p !== 'ل')) continue;
    // A person has a dated or government/elite role code; groups and places are skipped.
    if (!/\d{8}|GOV|ELI|MIL|OPP|REB|CVL/.test(code) || /^\[[A-Z]{3}\]$/.test(code.trim())) continue;
    if (parts.includes('ل')) continue;
    push(parts.join(' '), 'PERS', 'wide', ACTOR_SOURCE);
  }
  const out = [
    '# Names for the statistical NER tagger (src/ner/features.ts): a word or word sequence listed here becomes a',
    '# feature of its type. list: anergazet = ANERGazet (Benajiba, Rosso and Benedí 2007, released with ANERcorp);',
    '# wide = other public lists (see source). Generated by `node --import tsx scripts/train-ner.ts --build-lexicons`',
    '# from shared/data; rows may be added by hand. Changing this file changes the features: retrain afterwards.',
    'name\ttype\tlist\tsource',
    ...rows.map((r) => `${r.name}\t${r.type}\t${r.list}\t${r.source}`),
  ];
  writeFileSync(dataPath('lexicon', 'ner_gazetteer.tsv'), out.join('\n') + '\n');
  log(`ner_gazetteer.tsv: ${rows.length} rows (${rows.filter((r) => r.list === 'wide').length} wide)`);
  const freq = [...counts].filter(([, n]) => n >= 2).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  writeFileSync(
    dataPath('lexicon', 'ner_wordfreq.tsv'),
    [
      '# Word counts (matching form, count >= 2) in the Arabic event GSR sentences (Asharq Al-Awsat 2007-2008, from',
      '# openeventdata/arabic_event_gsr, MIT licence, (c) Open Event Data Alliance): the NER tagger uses the count',
      '# class of a word as a common-word signal. Generated by scripts/train-ner.ts --build-lexicons.',
      'word\tcount\tsource',
      ...freq.map(([w, n]) => `${w}\t${n}\tgsr`),
    ].join('\n') + '\n',
  );
  log(`ner_wordfreq.tsv: ${freq.length} words from ${ids.size} sentences`);

  // Word classes by the exchange algorithm over ANERcorp train text (no tags) + the GSR text.
  const gsrText: string[][] = [];
  const ids2 = new Set<string>();
  for (const file of ['assault.dev.jsonl', 'protest.dev.jsonl']) {
    for (const line of readFileSync(path.join(shared, 'arabic_event_gsr', file), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const r = JSON.parse(line) as { id: string; text: string };
      if (ids2.has(r.id)) continue;
      ids2.add(r.id);
      gsrText.push(r.text.split(/\s+/).flatMap((t) => t.split(/([^\p{L}\p{N}\p{M}]+)/u)).map((t) => t.trim()).filter(Boolean));
    }
  }
  const anerText = parseConll(readFileSync(path.join(shared, 'anercorp', 'train.txt'), 'utf8')).map((s) => s.tokens);
  const corpus = [...anerText, ...gsrText].map((ws) => ws.map(normalizeArabic));
  const sizes = [64, 256];
  const classes = sizes.map((c) => exchangeClusters(corpus, c, 2, 8));
  const vocab = [...classes[0].keys()].sort();
  writeFileSync(
    dataPath('lexicon', 'ner_clusters.tsv'),
    [
      '# Word classes for the NER tagger: the exchange algorithm (Kneser and Ney 1993; Martin et al. 1998) over the',
      '# words (matching form, seen twice or more) of ANERcorp train.txt without its tags (CC BY-SA 4.0) and of the',
      '# Arabic event GSR sentences (MIT). Generated by scripts/train-ner.ts --build-lexicons; the class numbers',
      '# mean nothing outside this file.',
      `word\t${sizes.map((c) => `c${c}`).join('\t')}\tsource`,
      ...vocab.map((w) => `${w}\t${classes.map((m) => m.get(w)).join('\t')}\texchange`),
    ].join('\n') + '\n',
  );
  log(`ner_clusters.tsv: ${vocab.length} words`);
}

/**
 * Flat word classes maximising the class-bigram likelihood, by exchange: each word in turn moves
 * to the class that most raises it. Words seen fewer than `minCount` times are left out (they
 * share one fixed class). Deterministic.
 */
function exchangeClusters(corpus: string[][], C: number, minCount: number, iterations: number): Map<string, number> {
  const count = new Map<string, number>();
  for (const s of corpus) for (const w of s) count.set(w, (count.get(w) ?? 0) + 1);
  const words = [...count].filter(([, n]) => n >= minCount).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([w]) => w);
  const id = new Map(words.map((w, i) => [w, i]));
  const V = words.length;
  const RARE = V; // every other word and the sentence boundary
  const cls = new Int32Array(V + 1);
  for (let i = 0; i < V; i++) cls[i] = i % C;
  cls[RARE] = C; // a fixed extra class
  const K = C + 1;
  // Bigram lists per word: left and right neighbours with counts.
  const left: Map<number, number>[] = Array.from({ length: V }, () => new Map());
  const right: Map<number, number>[] = Array.from({ length: V }, () => new Map());
  const N = new Float64Array(K * K);
  const uni = new Float64Array(K);
  const nw = new Float64Array(V + 1);
  for (const s of corpus) {
    const seq = [RARE, ...s.map((w) => id.get(w) ?? RARE), RARE];
    for (let i = 0; i + 1 < seq.length; i++) {
      const a = seq[i];
      const b = seq[i + 1];
      if (b !== RARE) left[b].set(a, (left[b].get(a) ?? 0) + 1);
      if (a !== RARE) right[a].set(b, (right[a].get(b) ?? 0) + 1);
      N[cls[a] * K + cls[b]]++;
      uni[cls[a]]++;
      nw[a]++;
    }
  }
  const f = (x: number) => (x > 0 ? x * Math.log(x) : 0);
  const L = new Float64Array(K);
  const R = new Float64Array(K);
  const touchedL: number[] = [];
  const touchedR: number[] = [];
  for (let it = 0; it < iterations; it++) {
    let moves = 0;
    for (let w = 0; w < V; w++) {
      const a = cls[w];
      let self = 0;
      touchedL.length = 0;
      touchedR.length = 0;
      for (const [v, n] of left[w]) {
        if (v === w) { self = n; continue; }
        const c = cls[v];
        if (L[c] === 0) touchedL.push(c);
        L[c] += n;
      }
      for (const [v, n] of right[w]) {
        if (v === w) continue;
        const c = cls[v];
        if (R[c] === 0) touchedR.push(c);
        R[c] += n;
      }
      // Take w out of a.
      for (const c of touchedL) if (c !== a) N[c * K + a] -= L[c];
      for (const c of touchedR) if (c !== a) N[a * K + c] -= R[c];
      N[a * K + a] -= L[a] + R[a] + self;
      uni[a] -= nw[w];
      let best = a;
      let bestGain = -Infinity;
      for (let b = 0; b < C; b++) {
        let g = 0;
        for (const c of touchedL) if (c !== b) g += f(N[c * K + b] + L[c]) - f(N[c * K + b]);
        for (const c of touchedR) if (c !== b) g += f(N[b * K + c] + R[c]) - f(N[b * K + c]);
        g += f(N[b * K + b] + L[b] + R[b] + self) - f(N[b * K + b]);
        g -= 2 * (f(uni[b] + nw[w]) - f(uni[b]));
        if (g > bestGain + 1e-9) {
          bestGain = g;
          best = b;
        }
      }
      // Put w into best.
      for (const c of touchedL) if (c !== best) N[c * K + best] += L[c];
      for (const c of touchedR) if (c !== best) N[best * K + c] += R[c];
      N[best * K + best] += L[best] + R[best] + self;
      uni[best] += nw[w];
      if (best !== a) moves++;
      cls[w] = best;
      for (const c of touchedL) L[c] = 0;
      for (const c of touchedR) R[c] = 0;
    }
    log(`  exchange C=${C} iteration ${it + 1}: ${moves} moves`);
    if (moves < V / 500) break;
  }
  return new Map(words.map((w, i) => [w, cls[i]]));
}
