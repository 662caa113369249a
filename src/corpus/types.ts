// Cross-document results: near-duplicates, stories, merged corpus events, claims, actor network.
import type { EventActor, EventLocation, EventType, Modality, Quad, Span } from '../doc.js';
import type { ClaimRow } from './claims.js';
import type { Network } from './network.js';

export interface DocRef {
  id: string;
  input: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
}

export interface Duplicate {
  /** The copy. */
  doc: string;
  /** The document it copies (earliest published, else first by input). */
  original: string;
  similarity: number;
}

export interface EventMention {
  doc: string;
  idx: number;
  evidence: Span;
  sentence: string;
  outlet: string | null;
  published: string | null;
  modality: Modality;
  claimed_by: string | null;
  summary_en: string;
}

export interface CorpusEvent {
  id: string;
  type: EventType;
  quad: Quad;
  cameo: string;
  intensity: number;
  source: EventActor | null;
  target: EventActor | null;
  location: EventLocation | null;
  date: string | null;
  summary_en: string;
  mentions: EventMention[];
  /** Independent documents reporting it (syndicated copies count once). */
  documents: number;
  outlets: number;
  first_report: { doc: string; published: string | null };
  story: string | null;
}

export interface Story {
  id: string;
  title: string;
  documents: string[];
  actors: { id: string; name_en: string; mentions: number }[];
  from: string | null;
  to: string | null;
}

export interface TimelineItem {
  date: string;
  kind: 'event' | 'background';
  text: string;
  doc: string;
  evidence: Span;
  event?: string;
}

export interface CorpusView {
  documents: DocRef[];
  duplicates: Duplicate[];
  stories: Story[];
  events: CorpusEvent[];
  /** The claims board (src/corpus/claims.ts), as the API serves it. */
  claims: ClaimRow[];
  /** The actor network (src/corpus/network.ts), as the API serves it. */
  network: Network;
  timelines: Record<string, TimelineItem[]>;
}
