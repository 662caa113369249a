// Writes sentences of an unlabelled news corpus (JSON Lines, optionally gzipped, with `title` and
// `text`) as untagged CoNLL (one token a line, tag '_'), for self-training: scripts/train-ner.ts
// --self FILE tags them in each fold with the model of that fold and trains on the confident ones.
// Tokens are split as ANERcorp writes them (punctuation apart, clitics joined, the text's own
// spelling); a sentence ends at . ! ? ؟ and keeps 6 to 60 tokens. Every `--every N`th article
// (default 30), at most `--max M` sentences (default 6000). The output is corpus text: write it
// outside the repo.
// Usage: node --import tsx scripts/unlabelled-sentences.ts CORPUS.jsonl.gz OUT_FILE [--every N] [--max M]
import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { corpusSentences as sentences } from './corpus-sentences.js';

const args = process.argv.slice(2);
const opt = (name: string, dflt: number) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : dflt);
const [input, out] = args.filter((a, i) => !a.startsWith('--') && (i === 0 || !args[i - 1].startsWith('--')));
if (!input || !out) {
  process.stderr.write('usage: unlabelled-sentences.ts CORPUS.jsonl[.gz] OUT_FILE [--every N] [--max M]\n');
  process.exit(2);
}
const every = opt('--every', 30);
const max = opt('--max', 6000);

const buf = readFileSync(input);
const lines = (input.endsWith('.gz') ? gunzipSync(buf) : buf).toString('utf8').split('\n');
const kept: string[][] = [];
lines.forEach((line, n) => {
  if (n % every || !line.trim() || kept.length >= max) return;
  const d = JSON.parse(line) as { text?: unknown };
  if (typeof d.text !== 'string') return;
  for (const s of sentences(d.text)) if (kept.length < max) kept.push(s);
});
writeFileSync(out, kept.map((s) => s.map((t) => `${t} _`).join('\n') + '\n').join('\n'));
process.stderr.write(`${kept.length} sentences, ${kept.reduce((a, s) => a + s.length, 0)} tokens -> ${out}\n`);
