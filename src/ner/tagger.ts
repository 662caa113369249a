// The statistical NER tagger: loads the shipped weights (data/model/ner.bin.gz, produced by
// scripts/train-ner.ts from ANERcorp) once and tags words with BIO tags of the types PERS, LOC,
// ORG and MISC. Two passes: the first tags each sentence from its own features; the second
// also reads what the first said of the same words in nearby sentences (stacking).
import { readFileSync } from 'node:fs';
import { dataPath } from '../data-files.js';
import { concatFeatures, loadKnowledge, sentenceFeatures, type FeatureSeq, type NerKnowledge, type NerList } from './features.js';
import { documentFeatures, stackedFeatures } from './document-features.js';
import { entityMargins, type SequenceModel } from './perceptron.js';
import { documentTagger } from './tag-document.js';
import { decodeStack, stackModels, type StackModels } from './model-file.js';

export const NER_MODEL_FILE = 'model/ner.bin.gz';

export interface NerTagger {
  /** BIO tags ('B-PERS', 'I-LOC', 'O', ...) for the words of one sentence. */
  tag(words: string[]): string[];
  /** Tags the sentences of one document together (a name is tagged alike across nearby sentences). */
  tagSentences(sentences: string[][]): string[][];
  /**
   * Tags the text of a CoNLL file: one `TOKEN ... TAG` per line (the token is the first column,
   * the gold tag the last), a blank line between sentences. Returns `token gold predicted` lines,
   * blank lines kept, for shared/eval/conll-f1.mjs. A line with one column has no gold tag: its
   * gold column is printed as `_`.
   */
  tagConll(inputText: string): string;
  /** The lists the tagger reads (name words, dictionaries): what a stage that keeps its finds may ask of a word too. */
  readonly knowledge?: NerKnowledge;
}

export interface ConllSentence {
  tokens: string[];
  /** Gold tags, '_' where the line had none. */
  gold: string[];
}

/** Parses CoNLL text (whitespace-separated columns; first = token, last = tag when there are two or more). */
export function parseConll(text: string): ConllSentence[] {
  const out: ConllSentence[] = [];
  let cur: ConllSentence = { tokens: [], gold: [] };
  for (const line of text.replace(/^\uFEFF/, '').split(/\r?\n/)) {
    const cols = line.trim().split(/\s+/).filter(Boolean);
    if (!cols.length) {
      if (cur.tokens.length) out.push(cur);
      cur = { tokens: [], gold: [] };
      continue;
    }
    cur.tokens.push(cols[0]);
    cur.gold.push(cols.length >= 2 ? cols[cols.length - 1] : '_');
  }
  if (cur.tokens.length) out.push(cur);
  return out;
}

/** Writes `token gold predicted` lines, one blank line after each sentence. */
export function formatConll(sentences: readonly ConllSentence[], predicted: readonly (readonly string[])[]): string {
  const lines: string[] = [];
  sentences.forEach((s, k) => {
    s.tokens.forEach((t, i) => lines.push(`${t} ${s.gold[i]} ${predicted[k][i]}`));
    lines.push('');
  });
  return lines.join('\n');
}

export interface Scores {
  p: number;
  r: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
}

/** Entity chunks of a BIO sequence by the conlleval rules (as shared/eval/conll-f1.mjs). */
export function chunks(tags: readonly string[]): { type: string; start: number; end: number }[] {
  const out: { type: string; start: number; end: number }[] = [];
  let cur: { type: string; start: number; end: number } | null = null;
  tags.forEach((tag, i) => {
    const dash = tag.indexOf('-');
    const prefix = tag === 'O' || dash < 0 ? 'O' : tag.slice(0, dash);
    const type = prefix === 'O' ? '' : tag.slice(dash + 1);
    const starts = prefix === 'B' || (prefix === 'I' && (!cur || cur.type !== type));
    if (cur && (prefix === 'O' || starts)) {
      out.push(cur);
      cur = null;
    }
    if (starts) cur = { type, start: i, end: i + 1 };
    else if (cur && prefix === 'I') cur.end = i + 1;
  });
  if (cur) out.push(cur);
  return out;
}

/** Rewrites an I-X that starts a chunk (after O or another type) as B-X, as conlleval reads it. */
export function repairBio(tags: readonly string[]): string[] {
  return tags.map((t, i) => {
    if (!t.startsWith('I-')) return t;
    const prev = i ? tags[i - 1] : 'O';
    return prev.length > 2 && prev.slice(2) === t.slice(2) ? t : 'B-' + t.slice(2);
  });
}

/** Entity-level precision, recall and F1, overall ('ALL') and per type. */
export function entityScores(gold: readonly (readonly string[])[], pred: readonly (readonly string[])[]): Map<string, Scores> {
  const counts = new Map<string, { tp: number; fp: number; fn: number }>();
  const bump = (type: string, k: 'tp' | 'fp' | 'fn') => {
    for (const t of [type, 'ALL']) {
      const c = counts.get(t) ?? { tp: 0, fp: 0, fn: 0 };
      c[k]++;
      counts.set(t, c);
    }
  };
  gold.forEach((g, s) => {
    const key = (c: { type: string; start: number; end: number }) => `${c.type}:${c.start}:${c.end}`;
    const gs = chunks(g);
    const ps = chunks(pred[s]);
    const gk = new Set(gs.map(key));
    const pk = new Set(ps.map(key));
    for (const c of ps) bump(c.type, gk.has(key(c)) ? 'tp' : 'fp');
    for (const c of gs) if (!pk.has(key(c))) bump(c.type, 'fn');
  });
  const out = new Map<string, Scores>();
  for (const [t, c] of [...counts].sort(([a], [b]) => a.localeCompare(b))) {
    const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
    const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
    out.set(t, { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0, ...c });
  }
  if (!out.has('ALL')) out.set('ALL', { p: 0, r: 0, f1: 0, tp: 0, fp: 0, fn: 0 });
  return out;
}

/** One line per type: 'PERS P 80.1 R 75.2 F1 77.6'. */
export function formatScores(scores: Map<string, Scores>): string {
  return [...scores]
    .map(([t, s]) => `${t.padEnd(5)} P ${(100 * s.p).toFixed(2)}  R ${(100 * s.r).toFixed(2)}  F1 ${(100 * s.f1).toFixed(2)}  (gold ${s.tp + s.fn}, predicted ${s.tp + s.fp})`)
    .join('\n');
}

export interface TaggerOptions {
  /** Sentences either side read by the document and stacked features. */
  window: number;
  /** Whether the models were trained with document features (documentFeatures). */
  doc: boolean;
  /** Subtracted from the score of 'O' at each word when decoding (> 0 favours recall). */
  oBias?: number;
  /** Whether the second pass reads the first pass's emission margins (stackedFeatures). */
  margins?: boolean;
}

/** Base features (sentence + document) of the sentences of one document. */
export function baseFeatures(sentences: readonly (readonly string[])[], k: NerKnowledge, opts: TaggerOptions): FeatureSeq[] {
  const docFeats = opts.doc ? documentFeatures(sentences, k, opts.window) : null;
  return sentences.map((w, s) => {
    const f = sentenceFeatures(w, k);
    return docFeats ? concatFeatures([f, docFeats[s]]) : f;
  });
}

/** The second pass's extra features, from the first pass's tags (and margins if opts.margins). */
export function secondPassFeatures(
  first: SequenceModel,
  sentences: readonly (readonly string[])[],
  base: readonly FeatureSeq[],
  firstPass: readonly (readonly string[])[],
  k: NerKnowledge,
  opts: TaggerOptions,
  firstMargins?: { label: string; margin: number }[][],
): FeatureSeq[] {
  const margins = opts.margins ? firstMargins ?? base.map((f) => entityMargins(first, f)) : undefined;
  return stackedFeatures(sentences, firstPass, k, opts.window, margins);
}

/** A tagger over given models (the training script uses it on models it has just trained). */
export function makeTagger(first: SequenceModel, second: SequenceModel | null, opts: TaggerOptions, k: NerKnowledge = loadKnowledge()): NerTagger {
  const tagSentences = documentTagger(first, second, opts, k);
  return {
    tag: (words) => (words.length ? tagSentences([words])[0] : []),
    tagSentences,
    knowledge: k,
    tagConll(inputText) {
      const sentences = parseConll(inputText);
      return formatConll(sentences, tagSentences(sentences.map((s) => s.tokens)));
    },
  };
}

const KNOWN_LISTS: readonly NerList[] = ['names', 'wikifane', 'letters', 'silver', 'runs', 'wide', 'wazn', 'wazn-near'];

/** The optional lists a model file says its features read. */
function modelLists(stack: { lists?: string[] }): NerList[] {
  const lists = stack.lists ?? [];
  for (const l of lists) if (!KNOWN_LISTS.includes(l as NerList)) throw new Error(`NER model reads an unknown list: ${l}`);
  return lists as NerList[];
}

/** A tagger over a stack's models (decoded from a file, or shared by another thread). */
export function taggerOfModels(m: StackModels): NerTagger {
  const opts = { window: m.window, doc: m.doc, oBias: m.oBias, margins: m.margins ?? false };
  return makeTagger(m.first, m.second, opts, loadKnowledge(modelLists(m)));
}

/** A tagger from a model file written by scripts/train-ner.ts. */
export function taggerFromFile(file: string): NerTagger {
  return taggerOfModels(stackModels(decodeStack(readFileSync(file))));
}

let shipped: StackModels | null = null;
let cached: NerTagger | null = null;

/**
 * The shipped models (data/model/ner.bin.gz), decoded once per process into SharedArrayBuffers (or
 * handed over by the thread that decoded them: useSharedModels), ready to post to worker threads.
 */
export function shippedModels(): StackModels {
  shipped ??= stackModels(decodeStack(readFileSync(dataPath(NER_MODEL_FILE))), 'shared');
  return shipped;
}

/** Takes the shipped models another thread decoded (shippedModels): this thread decodes no file. */
export function useSharedModels(m: StackModels): void {
  shipped ??= m;
}

/** The shipped tagger (data/model/ner.bin.gz), loaded once. */
export function loadTagger(): NerTagger {
  cached ??= taggerOfModels(shippedModels());
  return cached;
}
