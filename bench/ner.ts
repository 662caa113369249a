// Times the statistical NER tagger on the ANERcorp test file (or a CoNLL file given as argument):
// model loading, then tagging every sentence as one document. Prints tokens/s and seconds.
// Usage: node --import tsx bench/ner.ts [FILE]
import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { entityScores, loadTagger, parseConll } from '../src/ner/tagger.js';

const file = process.argv[2] ?? fileURLToPath(new URL('../../shared/data/anercorp/test.txt', import.meta.url));
if (!existsSync(file)) {
  console.error(`no such file: ${file}`);
  process.exit(2);
}
const t0 = performance.now();
const tagger = loadTagger();
const t1 = performance.now();
const sentences = parseConll(readFileSync(file, 'utf8'));
const tokens = sentences.reduce((n, s) => n + s.tokens.length, 0);
const t2 = performance.now();
const pred = tagger.tagSentences(sentences.map((s) => s.tokens));
const t3 = performance.now();
const tagSeconds = (t3 - t2) / 1000;
console.log(`model load: ${((t1 - t0) / 1000).toFixed(2)} s`);
console.log(`tagged ${tokens} tokens in ${sentences.length} sentences: ${tagSeconds.toFixed(2)} s, ${Math.round(tokens / tagSeconds)} tokens/s`);
console.log(`total (load + tag): ${((t3 - t0) / 1000).toFixed(2)} s`);
if (sentences.some((s) => s.gold.some((g) => g !== '_'))) {
  const f1 = entityScores(sentences.map((s) => s.gold), pred).get('ALL')!.f1;
  console.log(`F1 ${(100 * f1).toFixed(2)}`);
}
