// Raw text for the word-class builders (build-clusters.ts, build-brown.ts): a folder (its .txt,
// .jsonl and .jsonl.gz files, recursively) or single files; JSON Lines documents give their
// `title` and `text`. Tokenised and normalised the way the tagger reads words (src/ner/clusters.ts).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import path from 'node:path';
import { clusterTokens } from '../src/ner/clusters.js';

function files(p: string): string[] {
  if (statSync(p).isDirectory()) return readdirSync(p).sort().flatMap((f) => files(path.join(p, f)));
  return /\.(txt|jsonl|jsonl\.gz|txt\.gz)$/.test(p) ? [p] : [];
}

function texts(file: string, log: (msg: string) => void): string[] {
  const buf = readFileSync(file);
  const raw = (file.endsWith('.gz') ? gunzipSync(buf) : buf).toString('utf8');
  if (!/\.jsonl(\.gz)?$/.test(file)) return [raw];
  const out: string[] = [];
  raw.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    try {
      const d = JSON.parse(line) as { title?: unknown; text?: unknown };
      for (const t of [d.title, d.text]) if (typeof t === 'string') out.push(t);
    } catch {
      log(`${file}:${i + 1}: not JSON, skipped`);
    }
  });
  return out;
}

/** The lines of text of every input, as token arrays. */
export function readCorpus(inputs: readonly string[], log: (msg: string) => void): string[][] {
  const corpus: string[][] = [];
  for (const file of inputs.flatMap(files)) for (const t of texts(file, log)) for (const s of clusterTokens(t)) corpus.push(s);
  return corpus;
}

/** The command line of a word-class builder: its input paths and its `--name value` options; the usage line and exit 2 when it names no input. */
export function corpusCommand(usage: string, needInputs = true): { inputs: string[]; opt: (name: string) => string | undefined } {
  const args = process.argv.slice(2);
  const opt = (name: string): string | undefined => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const inputs = args.filter((a, i) => !a.startsWith('--') && (i === 0 || !args[i - 1].startsWith('--')));
  if (!inputs.length && needInputs) {
    process.stderr.write(`usage: ${usage}\n`);
    process.exit(2);
  }
  return { inputs, opt };
}
