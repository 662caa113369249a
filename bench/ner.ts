// Times the statistical NER tagger on the ANERcorp test file (or a CoNLL file given as argument):
// model loading, then tagging every sentence as one document, and tagging sentence by sentence
// (as the pipeline calls it). Wall time and CPU time (process.cpuUsage), tokens per CPU second.
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

function timed<T>(run: () => T): { value: T; wall: number; cpu: number } {
  const w0 = performance.now();
  const c0 = process.cpuUsage();
  const value = run();
  const c = process.cpuUsage(c0);
  return { value, wall: (performance.now() - w0) / 1000, cpu: (c.user + c.system) / 1e6 };
}

const load = timed(() => loadTagger());
const tagger = load.value;
const sentences = parseConll(readFileSync(file, 'utf8'));
const tokens = sentences.reduce((n, s) => n + s.tokens.length, 0);
const words = sentences.map((s) => s.tokens);
const doc = timed(() => tagger.tagSentences(words));
// A second run: the per-word caches are warm, as in a long pipeline run.
const warm = timed(() => tagger.tagSentences(words));
const each = timed(() => words.map((w) => tagger.tag(w)));
const line = (label: string, t: { wall: number; cpu: number }) =>
  console.log(`${label.padEnd(30)} wall ${t.wall.toFixed(2)} s  cpu ${t.cpu.toFixed(2)} s  ${Math.round(tokens / t.cpu)} tokens/cpu-s`);
console.log(`${tokens} tokens in ${sentences.length} sentences`);
console.log(`model load: wall ${load.wall.toFixed(2)} s, cpu ${load.cpu.toFixed(2)} s`);
line('one document, cold', doc);
line('one document, warm', warm);
line('sentence by sentence, warm', each);
console.log(`total (load + cold tagging): wall ${(load.wall + doc.wall).toFixed(2)} s`);
if (sentences.some((s) => s.gold.some((g) => g !== '_'))) {
  const f1 = entityScores(sentences.map((s) => s.gold), doc.value).get('ALL')!.f1;
  console.log(`F1 ${(100 * f1).toFixed(2)}`);
}
