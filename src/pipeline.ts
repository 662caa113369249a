// The per-document pipeline: raw document -> cleaned text -> layers. Each stage is a pure
// function of the document built so far and returns the layer it adds.
import { createHash } from 'node:crypto';
import type { Doc, ErrorDoc, SourceMeta } from './doc.js';
import { splitSentences, detectLanguage } from './arabic/index.js';
import { assemble } from './ingest/assemble.js';
import type { RawDoc, RawResult } from './ingest/read.js';
import { extractEvents } from './extract/events/index.js';
import { extractQuotes } from './extract/quotes.js';
import { extractTimes, inferPublicationDate } from './extract/times.js';
import { extractQuantities } from './extract/quantities.js';
import { extractEntities } from './extract/entities.js';

export interface Stage {
  name: string;
  run(doc: Readonly<Doc>): Partial<Pick<Doc, 'entities' | 'times' | 'quantities' | 'quotes' | 'events' | 'source'>>;
}

/** The stages in order: each reads the layers before it. */
export const STAGES: Stage[] = [
  { name: 'times', run: timesStage },
  { name: 'entities', run: entitiesStage },
  { name: 'quantities', run: (d) => ({ quantities: extractQuantities(d.text, d.times) }) },
  { name: 'quotes', run: (d) => ({ quotes: extractQuotes(d.text, d.sentences, d.entities) }) },
  { name: 'events', run: (d) => ({ events: extractEvents(d) }) },
];

/** Times resolve against the publication date; with none, one inferred from the text where safe. */
function timesStage(d: Readonly<Doc>): Partial<Doc> {
  let source = d.source;
  if (!source.published) {
    const inferred = inferPublicationDate(d.text);
    if (inferred) source = { ...source, published: inferred.date, published_inferred: true };
  }
  return { source, times: extractTimes(d.text, source.published) };
}

/**
 * Entities of the text, plus the outlet named in the metadata (or in a removed 'المصدر:' trailer)
 * when the knowledge base knows it: a MEDIA entity with no mention in the text.
 */
function entitiesStage(d: Readonly<Doc>): Partial<Doc> {
  const entities = extractEntities({ text: d.text, published: d.source.published });
  if (d.source.outlet) {
    // The outlet field names a news outlet: say so, so that names that need a cue word ('الميادين') match.
    for (const e of extractEntities({ text: `شبكة ${d.source.outlet}`, published: d.source.published })) {
      if (e.type === 'MEDIA' && !entities.some((x) => x.id === e.id)) entities.push({ ...e, mentions: [] });
    }
  }
  return { entities };
}

export function contentId(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Analyses cleaned text with its metadata. */
export function analyzeText(text: string, source: SourceMeta, input: string, warnings: string[] = []): Doc {
  let doc: Doc = {
    id: contentId(text),
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
  for (const stage of STAGES) {
    try {
      doc = { ...doc, ...stage.run(doc) };
    } catch (e) {
      warnings.push(`stage ${stage.name} failed: ${(e as Error).message}`);
    }
  }
  if (warnings.length) doc.warnings = warnings;
  return doc;
}

export function analyzeRaw(raw: RawDoc): Doc {
  const { text, source } = assemble(raw);
  return analyzeText(text, source, raw.input, [...raw.warnings]);
}

/** Turns a read result into the document or its error line; never throws. */
export function analyzeResult(r: RawResult): Doc | ErrorDoc {
  if (!r.ok) return { id: null, input: r.input, error: r.error };
  try {
    return analyzeRaw(r.doc);
  } catch (e) {
    return { id: null, input: r.doc.input, error: { code: 'analysis_failed', message: (e as Error).message } };
  }
}
