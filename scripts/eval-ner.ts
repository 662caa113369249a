// Scores an NER model on a CoNLL file: entity-level P/R/F1 per type (conlleval rules) and the
// recall on names never seen in training (an entity whose matching form is not an entity of the
// same type anywhere in the train file).
// Usage: node --import tsx scripts/eval-ner.ts [TEST_FILE] [--train FILE] [--model FILE] [--out FILE]
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { normalizeArabic } from '../src/arabic/normalize.js';
import { chunks, entityScores, formatConll, formatScores, loadTagger, parseConll, repairBio, taggerFromFile } from '../src/ner/tagger.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const positional = args.filter((a, i) => !a.startsWith('--') && (i === 0 || !args[i - 1].startsWith('--')));
const anercorp = path.join(root, '..', 'shared', 'data', 'anercorp');
const testFile = positional[0] ?? path.join(anercorp, 'test.txt');
const trainFile = opt('--train') ?? path.join(anercorp, 'train.txt');
const model = opt('--model');

const key = (tokens: readonly string[], c: { type: string; start: number; end: number }) =>
  `${c.type}\t${tokens.slice(c.start, c.end).map(normalizeArabic).join(' ')}`;
const seen = new Set<string>();
for (const s of parseConll(readFileSync(trainFile, 'utf8'))) for (const c of chunks(repairBio(s.gold))) seen.add(key(s.tokens, c));

const test = parseConll(readFileSync(testFile, 'utf8'));
const tagger = model ? taggerFromFile(model) : loadTagger();
const pred = tagger.tagSentences(test.map((s) => s.tokens));
console.log(`${path.basename(testFile)} (${model ?? 'shipped model'})\n${formatScores(entityScores(test.map((s) => s.gold), pred))}`);
const found = new Map<string, { unseen: number; hit: number; seen: number; seenHit: number }>();
test.forEach((s, i) => {
  const predicted = new Set(chunks(pred[i]).map((c) => `${c.type}:${c.start}:${c.end}`));
  for (const c of chunks(s.gold)) {
    const hit = predicted.has(`${c.type}:${c.start}:${c.end}`) ? 1 : 0;
    for (const t of [c.type, 'ALL']) {
      const f = found.get(t) ?? { unseen: 0, hit: 0, seen: 0, seenHit: 0 };
      if (seen.has(key(s.tokens, c))) {
        f.seen++;
        f.seenHit += hit;
      } else {
        f.unseen++;
        f.hit += hit;
      }
      found.set(t, f);
    }
  }
});
const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) : '-');
for (const [t, f] of [...found].sort(([a], [b]) => a.localeCompare(b))) {
  console.log(`${t.padEnd(5)} unseen in train: ${f.hit} of ${f.unseen} found (${pct(f.hit, f.unseen)}%); seen: ${pct(f.seenHit, f.seen)}% of ${f.seen}`);
}
const out = opt('--out');
if (out) writeFileSync(out, formatConll(test, pred));
