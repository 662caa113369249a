// Cross-document views the Store interface does not give directly (document metadata by id, the
// entity index), computed from the store on first use and cached for a short time.
import type { Doc } from '../doc.js';
import type { DocumentSummary, Store, StoredEvent } from '../store/store.js';
import { DocCache } from '../export/common.js';
import { EntityIndex } from './entities.js';
import { allDocuments } from '../store/all-documents.js';
import { buildCorpus, type CorpusView } from '../corpus/index.js';
import type { DocMeta } from './claims.js';

export class Corpus {
  private metaP: Promise<Map<string, DocumentSummary>> | null = null;
  private entitiesP: Promise<EntityIndex> | null = null;
  private at = 0;
  readonly docs: DocCache;

  constructor(readonly store: Store, private ttlMs = 30_000) {
    this.docs = new DocCache(store, 128);
  }

  /** Forget cached views (after a write, or when they are older than the TTL). */
  invalidate(): void {
    this.metaP = null;
    this.entitiesP = null;
    this.viewP = null;
  }

  private viewP: Promise<CorpusView> | null = null;

  /** Stories, merged events, claims and timelines across every stored document (src/corpus). */
  view(): Promise<CorpusView> {
    this.fresh();
    this.viewP ??= (async () => {
      const docs: Doc[] = [];
      for await (const d of allDocuments(this.store)) docs.push(d);
      return buildCorpus(docs);
    })();
    return this.viewP;
  }

  private fresh(): void {
    if (Date.now() - this.at > this.ttlMs) {
      this.invalidate();
      this.at = Date.now();
    }
  }

  /** Every document's summary by id. */
  meta(): Promise<Map<string, DocumentSummary>> {
    this.fresh();
    this.metaP ??= (async () => {
      const m = new Map<string, DocumentSummary>();
      for (let offset = 0; ; offset += 500) {
        const page = await this.store.listDocuments({ limit: 500, offset });
        for (const d of page) m.set(d.id, d);
        if (page.length < 500) break;
      }
      return m;
    })().catch((e) => {
      this.metaP = null;
      throw e;
    });
    return this.metaP;
  }

  /**
   * What the claims board and the network need about the events' documents — outlet and date, and
   * the English and Arabic names of their entities — read from those documents only: bounded by
   * the events shown, not by the corpus. Beyond `maxDocs` distinct documents, names and outlets
   * are left out (the events carry English names of their own).
   */
  async contextFor(events: StoredEvent[], maxDocs = 2000): Promise<{ en: Map<string, string>; ar: Map<string, string>; docs: Map<string, DocMeta> }> {
    const en = new Map<string, string>();
    const ar = new Map<string, string>();
    const docs = new Map<string, DocMeta>();
    const docIds = [...new Set(events.map((e) => e.doc_id))];
    if (docIds.length > maxDocs) return { en, ar, docs };
    for (const id of docIds) {
      const d = await this.docs.get(id);
      if (!d) continue;
      docs.set(id, { outlet: d.source.outlet, published: d.source.published, title: d.source.title });
      for (const x of d.entities) {
        if (!en.has(x.id)) en.set(x.id, x.name_en);
        if (!ar.has(x.id) && x.name_ar) ar.set(x.id, x.name_ar);
      }
    }
    return { en, ar, docs };
  }

  /** Entities aggregated over every document (reads every document once). */
  entities(): Promise<EntityIndex> {
    this.fresh();
    this.entitiesP ??= (async () => {
      const idx = new EntityIndex();
      const ids = [...(await this.meta()).keys()];
      for (const id of ids) {
        const d: Doc | null = await this.store.getDocument(id);
        if (d) idx.add(d);
      }
      return idx;
    })().catch((e) => {
      this.entitiesP = null;
      throw e;
    });
    return this.entitiesP;
  }
}
