// Builds word classes from word embeddings (src/ner/embeddings.ts) for the NER tagger, as a word
// table in the ner_clusters.tsv format: skip-gram vectors trained on raw text (a folder of .txt /
// .jsonl / .jsonl.gz files, or single files: scripts/read-corpus.ts), grouped by spherical k-means
// at several sizes, one column e<N> per size. Other columns (the exchange classes) may be copied over
// from another table (--keep c64,c256,c1024 --keep-from FILE): the words of both are written, a
// word the other table lacks with class N in its c<N> columns (as a word without a vector has in e<N>).
//
// Usage: node --import tsx scripts/build-embedding-classes.ts INPUT... [--out FILE] [--classes 64,256,1024]
//   [--dim 64] [--window 5] [--negatives 5] [--epochs 2] [--subsample 1e-4] [--rate 0.025] [--seed 1]
//   [--min-count 3] [--max-vocab 100000] [--iterations 15] [--keep COLUMNS --keep-from FILE]
//   [--vectors FILE] (the vectors as text, word then numbers) [--source NAME] [--note "credit and licence"]
//   (--classes "": no k-means, only the vectors, e.g. for scripts/train-neural-ner.ts)
//   [--fit-words N] (k-means over the N most frequent words; the others go to the nearest class centre)
//   [--from-vectors FILE] (classes of the vectors a --vectors run wrote, instead of training; no INPUT then)
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { extendClasses, parseVectors, sphericalKMeans, trainEmbeddings, type Embeddings } from '../src/ner/embeddings.js';
import { parseTsv } from '../src/data-files.js';
import { readCorpus, corpusCommand } from './read-corpus.js';

const fromVectors = process.argv.includes('--from-vectors');
const { inputs, opt } = corpusCommand('build-embedding-classes.ts INPUT... [--out FILE] [--classes 64,256,1024] [--dim 64] [--epochs 2]', !fromVectors);
const num = (name: string, dflt: number) => Number(opt(name) ?? dflt);
const sizes = (opt('--classes') ?? '64,256,1024').split(',').filter(Boolean).map(Number);
const minCount = num('--min-count', 3);
const maxVocab = num('--max-vocab', 100000);
const seed = num('--seed', 1);
const source = opt('--source') ?? 'corpus';
const note = opt('--note') ?? `built from ${(fromVectors ? [opt('--from-vectors')!] : inputs).map((i) => path.basename(i)).join(', ')}`;
const keep = (opt('--keep') ?? '').split(',').filter(Boolean);
const keepFile = opt('--keep-from');
const out = opt('--out');
const t0 = Date.now();
const log = (msg: string) => process.stderr.write(`${msg} (${((Date.now() - t0) / 1000).toFixed(1)} s)\n`);

const settings = {
  dim: num('--dim', 64),
  window: num('--window', 5),
  negatives: num('--negatives', 5),
  epochs: num('--epochs', 2),
  subsample: num('--subsample', 1e-4),
  learningRate: num('--rate', 0.025),
};
function train(): Embeddings {
  const corpus = readCorpus(inputs, log);
  log(`${corpus.length} lines, ${corpus.reduce((n, s) => n + s.length, 0)} tokens read`);
  return trainEmbeddings(corpus, { ...settings, minCount, maxVocab, seed, log });
}
const emb = fromVectors ? parseVectors(readFileSync(opt('--from-vectors')!, 'utf8')) : train();
log(`${emb.words.length} word vectors`);
const vectorsFile = opt('--vectors');
if (vectorsFile) {
  const rows = emb.words.map((w, i) => `${w} ${Array.from(emb.vectors.subarray(i * emb.dim, (i + 1) * emb.dim), (x) => x.toFixed(4)).join(' ')}`);
  writeFileSync(vectorsFile, `${emb.words.length} ${emb.dim}\n${rows.join('\n')}\n`);
}
const iterations = num('--iterations', 15);
const fitWords = Math.min(num('--fit-words', emb.words.length), emb.words.length);
const classes = sizes.map((k) => {
  const fitted = sphericalKMeans(emb.vectors.subarray(0, fitWords * emb.dim), emb.dim, k, { iterations, seed: seed + k, log });
  return fitWords < emb.words.length ? extendClasses(emb.vectors, emb.dim, k, fitted) : fitted;
});
const keepText = keep.length && keepFile ? readFileSync(keepFile, 'utf8') : '';
const keepLines = keepText.split('\n');
const keepComments = keepLines.slice(0, Math.max(0, keepLines.findIndex((l) => !l.startsWith('#'))));
const kept = new Map((keepText ? parseTsv(keepText, keepFile) : []).map((r) => [r.word, keep.map((c) => r[c])]));
const index = new Map(emb.words.map((w, i) => [w, i]));
const vocab = [...new Set([...kept.keys(), ...emb.words])].sort();
/** The cells of a word the kept table lacks: class N in a column c<N> / e<N>, empty otherwise. */
const missingKept = keep.map((c) => /^[ce]\d+$/.test(c) ? c.slice(1) : '');
const s = settings;
const text =
  [
    `# Word classes from word vectors for the NER tagger: skip-gram with negative sampling (Mikolov et al. 2013; ${s.dim} dimensions,`,
    `# window ${s.window}, ${s.negatives} negatives, ${s.epochs} epochs, subsampling ${s.subsample}, seed ${seed}) grouped by spherical k-means`,
    `# (e<N>: N classes${fitWords < emb.words.length ? `, fitted on the ${fitWords} most frequent words, each other word in the class of the nearest centre` : ''}),`,
    `# over the words (matching form, seen ${minCount} times or more, at most ${maxVocab}) of: ${note}.`,
    `# Generated by scripts/build-embedding-classes.ts; the class numbers mean nothing outside this file; a word without a vector has class N,`,
    `# a word the kept table lacks has class N in its kept c<N> columns.`,
    ...(keep.length ? keepComments.map((l) => `# ${keep.join(', ')} from ${path.basename(keepFile!)}: ${l.replace(/^#\s*/, '')}`) : []),
    ['word', ...keep, ...sizes.map((k) => `e${k}`), 'source'].join('\t'),
    ...vocab.map((w) => {
      const i = index.get(w);
      return [w, ...(kept.get(w) ?? missingKept), ...classes.map((c, j) => (i === undefined ? sizes[j] : c[i])), source].join('\t');
    }),
  ].join('\n') + '\n';
if (out) writeFileSync(out, text);
else process.stdout.write(text);
log(`${vocab.length} words written`);
