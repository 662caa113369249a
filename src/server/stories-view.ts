// The stories view (src/corpus: duplicates, stories, merged events, timelines) over every stored
// document, kept per store version; after a write, the previous version's is served until the
// rebuild is done.
import type { Doc } from '../doc.js';
import type { Store } from '../store/store.js';
import { allDocuments } from '../store/all-documents.js';
import { buildStories } from '../corpus/index.js';

type Stories = ReturnType<typeof buildStories>;

export class StoriesView {
  private state: { version: number; view: Stories } | null = null;
  private building: Promise<{ version: number; view: Stories }> | null = null;
  private ttlAt = 0;
  private ttlVersion = 0;

  constructor(private store: Store, private ttlMs = 30_000) {}

  private async version(): Promise<number> {
    if (this.store.version) return this.store.version();
    if (Date.now() - this.ttlAt > this.ttlMs) {
      this.ttlAt = Date.now();
      this.ttlVersion++;
    }
    return this.ttlVersion;
  }

  async current(): Promise<Stories> {
    const v = await this.version();
    if (this.state?.version === v) return this.state.view;
    this.building ??= (async () => {
      const docs: Doc[] = [];
      for await (const d of allDocuments(this.store)) docs.push(d);
      return { version: v, view: buildStories(docs) };
    })().then(
      (s) => {
        this.state = s;
        this.building = null;
        return s;
      },
      (e) => {
        this.building = null;
        throw e;
      },
    );
    return this.state?.view ?? (await this.building).view;
  }
}
