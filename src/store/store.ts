// The store interface. The SQLite store is the default; a PostgreSQL store implements the same
// interface and passes the same contract tests (test/store-contract.ts).
import type { Doc, Entity, EntityType, ErrorDoc, EventRecord, Geo } from '../doc.js';

/**
 * Words per generation of a store's cache of search terms (src/generational-map.ts): at most two generations, as the
 * run's word caches (src/pipeline.ts RUN_CACHE_GENERATION), so that a long ingest's memory stops growing.
 */
export const SEARCH_TERMS_GENERATION = 15_000;

export interface PutResult {
  /** Documents newly stored. */
  added: number;
  /** Documents already present (same content id): nothing was written. */
  skipped: number;
  /** Error records stored for inputs that could not be analysed. */
  errors: number;
}

export interface DocumentSummary {
  id: string;
  input: string;
  title: string | null;
  outlet: string | null;
  url: string | null;
  published: string | null;
  language: string;
  events: number;
  entities: number;
}

export interface StoredEvent extends EventRecord {
  doc_id: string;
  idx: number;
}

export interface EventFilter {
  type?: string;
  country?: string;
  from?: string;
  to?: string;
  modality?: string;
  docId?: string;
  limit?: number;
  offset?: number;
}

/** One entity across the documents that name it (each name: the smallest non-empty one). */
export interface EntitySummary extends Pick<Entity, 'id' | 'type' | 'name_en' | 'name_ar' | 'country' | 'geo'> {
  documents: number;
  /** Its mentions counted over the documents. */
  mentions: number;
}

/** One entity as one document names it. */
export interface EntityRow extends Omit<EntitySummary, 'documents'> {
  doc_id: string;
}

/** What documents stored after a version brought: their outlet and date, events and entities. */
export interface StoreChanges {
  version: number;
  docs: { id: string; outlet: string | null; published: string | null; title: string | null }[];
  events: StoredEvent[];
  entities: EntityRow[];
}

export interface StoreStats {
  documents: number;
  errors: number;
  entities: number;
  mentions: number;
  times: number;
  quantities: number;
  quotes: number;
  events: number;
  eventsByType: Record<string, number>;
}

export interface SearchHit {
  id: string;
  title: string | null;
  snippet: string;
  rank: number;
}

export interface Store {
  /** Stores a batch in one transaction; idempotent by content id. */
  putBatch(docs: (Doc | ErrorDoc)[]): Promise<PutResult>;
  hasDocument(id: string): Promise<boolean>;
  getDocument(id: string): Promise<Doc | null>;
  listDocuments(opts?: { limit?: number; offset?: number }): Promise<DocumentSummary[]>;
  listEvents(filter?: EventFilter): Promise<StoredEvent[]>;
  search(query: string, limit?: number): Promise<SearchHit[]>;
  /**
   * Optional: every event matching the filter (limit/offset ignored), in store order, read in
   * pages so that memory stays constant on a large store. Exports and the API use it when present
   * and fall back to paging listEvents otherwise.
   */
  iterateEvents?(filter?: EventFilter): AsyncIterable<StoredEvent>;
  stats(): Promise<StoreStats>;
  /**
   * Optional, for views cached per store version: a number that grows whenever a document is
   * stored, and the events stored after a given version, in store order, in pages.
   */
  version?(): Promise<number>;
  changesAfter?(version: number, limitDocs: number): Promise<StoreChanges>;
  close(): Promise<void>;
}
