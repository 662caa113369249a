// The cross-document views the API serves — the claims board, the network's events, the entity
// index, documents' outlets and dates — kept per store version: each new document's events and
// entities are read once (Store.changesAfter), the board is rebuilt from them at most once per
// version, and meanwhile requests get the previous version's views rather than wait.
import type { Doc } from '../doc.js';
import type { Store, StoreChanges, StoredEvent } from '../store/store.js';
import { DocCache } from '../export/common.js';
import { EntityIndex } from './entities.js';
import { allDocuments } from '../store/all-documents.js';
import { buildClaimsBoardInSteps, eventId, type ClaimRow, type DocMeta } from '../corpus/claims.js';
import type { Network } from '../corpus/network.js';
import { entityRowsOf, nameBookOf } from '../corpus/board-input.js';

export interface ViewState {
  version: number;
  events: StoredEvent[];
  byId: Map<string, StoredEvent>;
  docs: Map<string, DocMeta>;
  entities: EntityIndex;
  board: ClaimRow[];
  /** Every event of each row of the board. */
  members: Map<ClaimRow, StoredEvent[]>;
  /** The network of every event (filtered networks are built per request). */
  network: Network | null;
}

export interface ViewOptions {
  /** Documents read per step between two turns of the event loop. */
  step?: number;
  /** Stores without a version: how long views are kept (ms). */
  ttlMs?: number;
  /** Least time between two rebuilds while writes keep coming, as a multiple of the last rebuild's. */
  backoff?: number;
}

const turn = () => new Promise<void>((r) => setImmediate(r));

export class Views {
  readonly docs: DocCache;
  private state: ViewState | null = null;
  private building: Promise<ViewState> | null = null;
  private nextBuildAt = 0;
  private ttlVersion = 0;
  private ttlAt = 0;

  constructor(readonly store: Store, private opts: ViewOptions = {}) {
    this.docs = new DocCache(store, 256);
  }

  /** The store's version; stores without one get a new version every ttlMs. */
  private async storeVersion(): Promise<number> {
    if (this.store.version) return this.store.version();
    if (Date.now() - this.ttlAt > (this.opts.ttlMs ?? 30_000)) {
      this.ttlAt = Date.now();
      this.ttlVersion++;
    }
    return this.ttlVersion;
  }

  /**
   * The views, current when first built; after a write, the previous version's until the
   * rebuild (started here, at most one at a time) is done.
   */
  async current(): Promise<ViewState> {
    const v = await this.storeVersion();
    if (this.state && this.state.version === v) return this.state;
    if (!this.building && (!this.state || Date.now() >= this.nextBuildAt)) {
      const started = Date.now();
      this.building = this.build(v).then(
        (s) => {
          this.state = s;
          this.building = null;
          this.nextBuildAt = Date.now() + (this.opts.backoff ?? 2) * (Date.now() - started);
          return s;
        },
        (e) => {
          this.building = null;
          throw e;
        },
      );
    }
    return this.state ?? this.building!;
  }

  /** Resolves once the views reflect every document stored so far (for tests and tools). */
  async settled(): Promise<ViewState> {
    for (;;) {
      this.nextBuildAt = 0;
      const s = await (this.building ?? this.current());
      if (s.version === (await this.storeVersion())) return s;
    }
  }

  private async build(version: number): Promise<ViewState> {
    const prev = this.state;
    const step = this.opts.step ?? 50;
    // Incremental when the store can say what changed, else read from scratch.
    const fresh = !this.store.changesAfter || !prev;
    const s: ViewState = fresh
      ? { version: 0, events: [], byId: new Map(), docs: new Map(), entities: new EntityIndex(), board: [], members: new Map(), network: null }
      : { ...prev, events: prev.events, network: null };
    const add = (c: Omit<StoreChanges, 'version'>) => {
      for (const d of c.docs) s.docs.set(d.id, { outlet: d.outlet, published: d.published, title: d.title });
      for (const e of c.events) {
        const id = eventId(e);
        if (s.byId.has(id)) continue;
        s.byId.set(id, e);
        s.events.push(e);
      }
      s.entities.add(c.entities);
    };
    if (this.store.changesAfter) {
      let at = fresh ? 0 : prev!.version;
      for (;;) {
        const c = await this.store.changesAfter(at, step);
        add(c);
        if (c.version === at || c.docs.length < step) {
          at = c.version;
          break;
        }
        at = c.version;
        await turn();
      }
      s.version = Math.max(at, version);
    } else {
      let batch: Doc[] = [];
      const flush = () => {
        add({ docs: batch.map((d) => ({ id: d.id, outlet: d.source.outlet, published: d.source.published, title: d.source.title })), events: batch.flatMap((d) => d.events.map((e, idx) => ({ ...e, doc_id: d.id, idx }))), entities: batch.flatMap(entityRowsOf) });
        batch = [];
      };
      for await (const d of allDocuments(this.store)) {
        batch.push(d);
        if (batch.length >= step) {
          flush();
          await turn();
        }
      }
      flush();
      s.version = version;
    }
    await turn();
    const book = nameBookOf(s.entities.byId.values());
    const members = new Map<ClaimRow, StoredEvent[]>();
    s.board = await buildClaimsBoardInSteps(s.events, { ...book, docs: s.docs, members }, turn);
    s.members = members;
    return s;
  }
}
