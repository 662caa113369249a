// The GSR span sentences as the sides trainer reads them (scripts/train-sides.ts): each sentence analysed once, the act
// its record is about, and that act's candidate actors labelled source, target or neither by the words the annotators
// marked (a word counts when at least half of them marked it).
import { analyzeText } from '../src/pipeline.js';
import { codeEvents } from '../src/extract/events/index.js';
import { loadReportModels } from '../src/extract/events/report-filter.js';
import type { SidesRecord } from '../src/extract/events/sides/choose.js';
import type { SideClass, SideExample } from '../src/extract/events/sides/model.js';
import type { Doc } from '../src/doc.js';
import { cameoCountry } from '../src/export/tables.js';
import { goldSides, readSpans, spanFiles, type SpanRecord } from './gsr-spans.js';

export interface Sentence {
  r: SpanRecord;
  doc: Doc;
  examples: SideExample[];
}

const clean = (w: string) => w.replace(/[^\u0621-\u064a\u0660-\u0669\w]/g, '');

/** Words marked by at least half of the annotators, for one side. */
export function markedWords(r: SpanRecord, side: 'source_actor' | 'target_actor'): Set<string> {
  const counts = new Map<string, number>();
  for (const s of r.spans) for (const w of new Set(s[side].map(clean))) counts.set(w, (counts.get(w) ?? 0) + 1);
  return new Set([...counts].filter(([w, n]) => w && n * 2 >= r.spans.length).map(([w]) => w));
}

/** The act a record is about: of its type, its trigger among the annotators' verbs, else the first. */
export function pickRecord(records: SidesRecord[], doc: Doc, r: SpanRecord): SidesRecord | null {
  const verbs = new Set(r.spans.flatMap((s) => s.verb.map(clean)));
  const typed = records.filter((x) => x.hit.entry.type === r.event_type);
  const onVerb = typed.find((x) => doc.text.slice(x.trigger.start, x.trigger.end).split(/\s+/).some((w) => verbs.has(clean(w))));
  return onVerb ?? typed[0] ?? null;
}

export function label(doc: Doc, r: SpanRecord, a: SidesRecord['candidates'][number]): SideClass {
  const src = markedWords(r, 'source_actor');
  const tgt = markedWords(r, 'target_actor');
  if (a.first < 0) {
    const gold = goldSides(r);
    if (gold.source && gold.source.countries.has(cameoCountry({ entity: a.entity.id, country: a.entity.country }) || null)) return 'source';
    return 'none';
  }
  const words = doc.text.slice(a.start, a.end).split(/\s+/).map(clean).filter(Boolean);
  // The whole token the mention ends in, clitics included ('والمسلحون' for 'المسلحون').
  const head = clean(doc.text.slice(0, a.end).match(/\S+$/)?.[0] ?? '');
  const all = new Set([...words, head]);
  const inSrc = [...all].some((w) => src.has(w));
  const inTgt = [...all].some((w) => tgt.has(w));
  if (inSrc && !inTgt) return 'source';
  if (inTgt && !inSrc) return 'target';
  return 'none';
}

/** Analyses every sentence once and keeps its act's labelled candidates. */
export function loadSentences(dir: string): Sentence[] {
  const learned = new Set(loadReportModels().keys());
  const out: Sentence[] = [];
  for (const file of spanFiles(dir)) {
    for (const r of readSpans(file)) {
      const doc = analyzeText(r.text, { title: null, outlet: null, url: null, published: null }, r.id);
      // The coder runs twice (without, then with guessing): the last record of a trigger is the one that counts.
      const byHit = new Map<string, SidesRecord>();
      codeEvents(doc, { learned, sides: { model: null, record: (x) => byHit.set(`${x.hit.first}:${x.hit.entry.id}`, x) } });
      const rec = pickRecord([...byHit.values()], doc, r);
      const examples = rec ? rec.candidates.map((a, k) => ({ features: rec.features[k], label: label(doc, r, a) })) : [];
      out.push({ r, doc, examples });
    }
  }
  return out;
}
