// Across documents: near-duplicates, stories, merged events, claims board, actor network and
// timelines, computed from analysed documents. Pure: documents in, the corpus view out.
import type { Doc } from '../doc.js';
import { candidatePairs, signature, similarity } from './minhash.js';
import { clusterStories, type StoryOptions } from './stories.js';
import { mergeCorpusEvents } from './events.js';
import { buildClaimsBoard } from './claims.js';
import { buildNetwork } from './network.js';
import { docMetaOf, eventsOfDocs, nameBookOf, summariesOfDocs } from './board-input.js';
import { storyTimeline } from './timeline.js';
import type { CorpusEvent, CorpusView, Duplicate } from './types.js';

export * from './types.js';
export { buildNetwork, type Network } from './network.js';
export { buildClaimsBoard, type ClaimRow } from './claims.js';

/** Two reports sharing this share of their 5-word shingles are copies of one text. */
export const DUPLICATE_THRESHOLD = 0.6;

function earlier(a: Doc, b: Doc): boolean {
  const pa = a.source.published ?? '9999';
  const pb = b.source.published ?? '9999';
  return pa < pb || (pa === pb && a.input < b.input);
}

export function findDuplicates(docs: Doc[]): Duplicate[] {
  const sigs = docs.map((d) => signature(d.text));
  const links: Duplicate[] = [];
  const originalOf = new Map<number, number>();
  const root = (i: number): number => {
    let r = i;
    while (originalOf.has(r)) r = originalOf.get(r)!;
    return r;
  };
  const pairs = candidatePairs(sigs)
    .map(([i, j]) => ({ i, j, s: similarity(sigs[i], sigs[j]) }))
    .filter((p) => p.s >= DUPLICATE_THRESHOLD)
    .sort((a, b) => b.s - a.s);
  for (const { i, j, s } of pairs) {
    const ri = root(i);
    const rj = root(j);
    if (ri === rj) continue;
    const [orig, copy] = earlier(docs[ri], docs[rj]) ? [ri, rj] : [rj, ri];
    originalOf.set(copy, orig);
    links.push({ doc: docs[copy].id, original: docs[orig].id, similarity: Number(s.toFixed(3)) });
  }
  // Point every copy at the root original.
  const indexOf = new Map(docs.map((d, i) => [d.id, i]));
  return links.map((l) => {
    const idx = indexOf.get(l.doc)!;
    return { ...l, original: docs[root(idx)].id };
  });
}

/** The claims board and the network of documents, as the API builds them from their store. */
export function boardAndNetwork(docs: Doc[]): Pick<CorpusView, 'claims' | 'network'> {
  const events = eventsOfDocs(docs);
  const summaries = summariesOfDocs(docs);
  const book = nameBookOf(summaries);
  const places = new Set(summaries.filter((e) => e.type === 'PLACE').map((e) => e.id));
  return { claims: buildClaimsBoard(events, { ...book, docs: docMetaOf(docs) }), network: buildNetwork(events, { namesAr: book.namesAr, places }) };
}

/** Stories, merged events and timelines (everything of the corpus view but the board and network). */
export function buildStories(docs: Doc[], opts: StoryOptions = {}): Omit<CorpusView, 'claims' | 'network'> {
  const sorted = [...docs].sort((a, b) => a.input.localeCompare(b.input));
  const duplicates = findDuplicates(sorted);
  const copies = new Map(duplicates.map((d) => [d.doc, d.original]));
  const stories = clusterStories(sorted, copies, opts);
  const storyOf = new Map<string, string>();
  for (const s of stories) for (const d of s.documents) storyOf.set(d, s.id);
  const events = mergeCorpusEvents(sorted, storyOf, copies);
  const byId = new Map(sorted.map((d) => [d.id, d]));
  const timelines: CorpusView['timelines'] = {};
  const ofStory = new Map<string, CorpusEvent[]>();
  for (const e of events) {
    if (!e.story) continue;
    const l = ofStory.get(e.story);
    if (l) l.push(e);
    else ofStory.set(e.story, [e]);
  }
  for (const s of stories) timelines[s.id] = storyTimeline(s, ofStory.get(s.id) ?? [], byId);
  return {
    documents: sorted.map((d) => ({ id: d.id, input: d.input, title: d.source.title, outlet: d.source.outlet, published: d.source.published })),
    duplicates,
    stories,
    events,
    timelines,
  };
}

export function buildCorpus(docs: Doc[], opts: StoryOptions = {}): CorpusView {
  return { ...buildStories(docs, opts), ...boardAndNetwork(docs) };
}
