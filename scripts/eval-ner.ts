// Scores an NER model on a CoNLL file: entity-level P/R/F1 per type (conlleval rules) and the
// recall on names never seen in training (an entity whose matching form is not an entity of the
// same type anywhere in the train file).
// Usage: node --import tsx scripts/eval-ner.ts [TEST_FILE] [--train FILE] [--model FILE] [--out FILE]
//   [--mix LPFILE --mix-weight A]: the model's emissions (its last pass) plus A times the window network's log-probabilities
//   (scripts/train-neural-ner.ts --tag TEST_FILE --tag-out LPFILE; session 31, measuring only)
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { entityScores, formatConll, formatScores, loadTagger, parseConll, repairBio, taggerFromFile } from '../src/ner/tagger.js';
import { countSeenSplit, formatSeenSplit, seenNames } from '../src/ner/unseen-recall.js';
import { mixedStackTagger } from '../src/ner/neural-tagger.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const positional = args.filter((a, i) => !a.startsWith('--') && (i === 0 || !args[i - 1].startsWith('--')));
const anercorp = path.join(root, '..', 'shared', 'data', 'anercorp');
const testFile = positional[0] ?? path.join(anercorp, 'test.txt');
const trainFile = opt('--train') ?? path.join(anercorp, 'train.txt');
const model = opt('--model');

const seen = seenNames(parseConll(readFileSync(trainFile, 'utf8')).map((s) => ({ tokens: s.tokens, gold: repairBio(s.gold) })));

const test = parseConll(readFileSync(testFile, 'utf8'));
const tagger = model ? taggerFromFile(model) : loadTagger();
const mix = opt('--mix');
const mixLp = mix ? (JSON.parse(readFileSync(mix, 'utf8')) as { sentences: { lp: number[] }[] }).sentences.map((x) => x.lp) : null;
if (mix && !model) throw new Error('--mix needs --model FILE');
const pred = mixLp ? mixedStackTagger(readFileSync(model!), Number(opt('--mix-weight') ?? 12))(test.map((s) => s.tokens), mixLp) : tagger.tagSentences(test.map((s) => s.tokens));
console.log(`${path.basename(testFile)} (${model ?? 'shipped model'}${mix ? `, + ${opt('--mix-weight') ?? 12} x ${path.basename(mix)}` : ''})\n${formatScores(entityScores(test.map((s) => s.gold), pred))}`);
console.log(formatSeenSplit(countSeenSplit(seen, test, pred)));
const out = opt('--out');
if (out) writeFileSync(out, formatConll(test, pred));
