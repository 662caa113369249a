// The per-document pipeline: raw document -> cleaned text -> layers. Each stage names the layers it
// reads and the layers it writes (as spaCy's factories do); the order is checked when the pipeline is
// built. A stage is a pure function of the per-document context, built once: the document so far and
// its word layer (src/arabic/words.ts), which no stage cuts again.
import { createHash } from 'node:crypto';
import type { Doc, ErrorDoc, SourceMeta } from './doc.js';
import { splitSentences, detectLanguage } from './arabic/index.js';
import { wordsOf, type Word, type WordCaches } from './arabic/words.js';
import { GenerationalMap } from './generational-map.js';
import { prepare, type Prepared } from './extract/quantities/number-tokens.js';
import { assemble, type Assembled } from './ingest/assemble.js';
import type { RawDoc, RawResult } from './ingest/read.js';
import { extractEvents } from './extract/events/index.js';
import { extractQuotes } from './extract/quotes/index.js';
import { extractTimes, inferPublicationDate } from './extract/times/index.js';
import { extractQuantities } from './extract/quantities/index.js';
import { extractEntities } from './extract/entities/index.js';
import { outletEntities } from './extract/entities/outlet.js';
import { linkHomeKingdom } from './extract/entities/home-kingdom.js';
import { linkHomeRoyals } from './extract/entities/home-royals.js';
import { entityCues } from './extract/entities/cues.js';

/** The layers of a document a stage may read or write. */
export type Layer = 'text' | 'sentences' | 'words' | 'numberTokens' | 'source' | 'entities' | 'times' | 'quantities' | 'quotes' | 'events';
type DocLayer = Exclude<Layer, 'text' | 'sentences' | 'words' | 'numberTokens'>;

/** What every stage reads: the document built so far, its word layer, and the number-token view of
 * its matching form that the time and quantity readers share (built once, read by both). */
export interface StageContext {
  readonly doc: Readonly<Doc>;
  readonly words: Word[];
  readonly numberTokens: Prepared;
}

export interface Stage {
  name: string;
  requires: readonly Layer[];
  assigns: readonly DocLayer[];
  run(ctx: StageContext): Partial<Pick<Doc, DocLayer>>;
}

/** The layers there before the first stage runs. */
const GIVEN: readonly Layer[] = ['text', 'sentences', 'words', 'numberTokens', 'source'];

/** The stages in order. */
export const STAGES: readonly Stage[] = [
  { name: 'times', requires: ['text', 'numberTokens', 'source'], assigns: ['source', 'times'], run: timesStage },
  { name: 'entities', requires: ['text', 'sentences', 'words', 'source'], assigns: ['entities'], run: entitiesStage },
  {
    name: 'quantities', requires: ['text', 'numberTokens', 'times'], assigns: ['quantities'],
    run: ({ doc, numberTokens }) => ({ quantities: extractQuantities(doc.text, doc.times, numberTokens) }),
  },
  { name: 'quotes', requires: ['text', 'sentences', 'words', 'entities'], assigns: ['quotes'], run: ({ doc, words }) => ({ quotes: extractQuotes(doc.text, doc.sentences, doc.entities, words) }) },
  {
    name: 'events', requires: ['text', 'sentences', 'words', 'source', 'entities', 'times', 'quantities', 'quotes'], assigns: ['events'],
    run: ({ doc, words }) => ({ events: extractEvents(doc, { words }) }),
  },
];

/** Checks that every stage reads only layers given or assigned by a stage before it; throws otherwise. */
export function checkStages(stages: readonly Stage[]): readonly Stage[] {
  const have = new Set<Layer>(GIVEN);
  const names = new Set<string>();
  for (const s of stages) {
    if (names.has(s.name)) throw new Error(`pipeline: two stages are named "${s.name}"`);
    names.add(s.name);
    const missing = s.requires.filter((l) => !have.has(l));
    if (missing.length) throw new Error(`pipeline: stage "${s.name}" requires ${missing.join(', ')}, which no stage before it assigns`);
    for (const l of s.assigns) have.add(l);
  }
  return stages;
}

const PIPELINE = checkStages(STAGES);

/** Times resolve against the publication date; with none, one inferred from the text where safe. */
function timesStage({ doc: d, numberTokens }: StageContext): Partial<Doc> {
  let source = d.source;
  if (!source.published) {
    const inferred = inferPublicationDate(d.text, numberTokens);
    if (inferred) source = { ...source, published: inferred.date, published_inferred: true };
  }
  return { source, times: extractTimes(d.text, source.published, numberTokens) };
}

/**
 * Entities of the text, plus the outlet named in the metadata (or in a removed 'المصدر:' trailer)
 * when the knowledge base knows it: a MEDIA entity with no mention in the text.
 */
function entitiesStage({ doc: d, words }: StageContext): Partial<Doc> {
  const entities = extractEntities({ text: d.text, published: d.source.published, sentences: d.sentences, tokens: words });
  if (d.source.outlet) {
    for (const e of outletEntities(d.source.outlet, entityCues().outlets)) if (!entities.some((x) => x.id === e.id)) entities.push(e);
  }
  return { entities: linkHomeRoyals(d.text, words, linkHomeKingdom(words, entities), d.source.published ?? null) };
}

export function contentId(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** How an analysis is bounded: asked between stages whether the document has used up its budget. */
export interface AnalysisBudget {
  overBudget?: () => boolean;
}

/** Thrown between stages when a document has used up its budget: the document fails with `timeout`. */
export class BudgetExceeded extends Error {}

/** A raw document assembled, with its content id: made once when a caller needs them before the analysis (ingest's
 * stored-already check) and handed to it, which then neither assembles nor hashes the text again. */
export interface AssembledDoc {
  assembled: Assembled;
  id: string;
}

/** The assembled document of a raw one and its content id. */
export function assembleDoc(raw: RawDoc): AssembledDoc {
  const assembled = assemble(raw);
  return { assembled, id: contentId(assembled.text) };
}

/** What a run of analyses shares between its documents: caches of pure functions of a word, bounded (one per run,
 * made by the caller: `newRunCaches`; a document analysed alone gets its own). No output depends on them. */
export type RunCaches = WordCaches;

/**
 * Words per generation of a run's word caches (src/generational-map.ts; two generations at most). The Maps cleared at
 * 200,000 words kept growing for about 10,000 reports (95,000 words after the first 2,000 SaudiNewsNet ones), and the
 * heap V8 lets grow is a multiple of what is live: an ingest's peak RSS grew with its corpus. 15,000 words a
 * generation hold the words in use; the first 2,000 reports ingested side by side: peak RSS 403 MB against 493 (40,000
 * a generation) and 483 (the cleared Maps), CPU 51.5 against 53.3 and 53.2 s.
 */
const RUN_CACHE_GENERATION = 15_000;

export function newRunCaches(): RunCaches {
  return { readings: new GenerationalMap(RUN_CACHE_GENERATION), forms: new GenerationalMap(RUN_CACHE_GENERATION) };
}

/** Analyses cleaned text with its metadata (`id`: the text's contentId when the caller has it already). */
export function analyzeText(text: string, source: SourceMeta, input: string, warnings: string[] = [], budget: AnalysisBudget = {}, id = contentId(text), run: RunCaches = newRunCaches()): Doc {
  let doc: Doc = {
    id,
    input,
    source,
    language: detectLanguage(text),
    text,
    sentences: splitSentences(text),
    entities: [],
    times: [],
    quantities: [],
    quotes: [],
    events: [],
  };
  if (!text) warnings.push('no article text found');
  const words = wordsOf(text, doc.sentences, run);
  const numberTokens = prepare(text);
  for (const stage of PIPELINE) {
    if (budget.overBudget?.()) throw new BudgetExceeded(`analysis used up its budget before stage ${stage.name}`);
    try {
      const layers = stage.run({ doc, words, numberTokens });
      const stray = Object.keys(layers).filter((k) => !stage.assigns.includes(k as DocLayer));
      if (stray.length) throw new Error(`wrote ${stray.join(', ')}, which it does not assign`);
      doc = { ...doc, ...layers };
    } catch (e) {
      warnings.push(`stage ${stage.name} failed: ${(e as Error).message}`);
    }
  }
  if (warnings.length) doc.warnings = warnings;
  return doc;
}

/** Analyses a raw document (`done`: its assembleDoc, when made already; `run`: the run's caches). */
export function analyzeRaw(raw: RawDoc, budget: AnalysisBudget = {}, done: AssembledDoc = assembleDoc(raw), run?: RunCaches): Doc {
  const { text, source } = done.assembled;
  return analyzeText(text, source, raw.input, [...raw.warnings], budget, done.id, run);
}

/** Turns a read result into the document or its error line (`timeout` when it overran its budget); never throws.
 * `done`: the document's assembleDoc when made already; `run`: the caches of the run it is part of. */
export function analyzeResult(r: RawResult, budget: AnalysisBudget = {}, done?: AssembledDoc, run?: RunCaches): Doc | ErrorDoc {
  if (!r.ok) return { id: null, input: r.input, error: r.error };
  try {
    return analyzeRaw(r.doc, budget, done, run);
  } catch (e) {
    const code = e instanceof BudgetExceeded ? 'timeout' : 'analysis_failed';
    return { id: null, input: r.doc.input, error: { code, message: (e as Error).message } };
  }
}
