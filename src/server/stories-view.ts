// The stories view over every stored document, kept per store version. Clustering thousands of
// documents takes seconds, so for a SQLite file it runs in a worker thread that reads the file
// itself; other stores build it here. After a write, the previous version's view is served
// until the rebuild is done.
import type { Doc } from '../doc.js';
import type { Store } from '../store/store.js';
import { allDocuments } from '../store/all-documents.js';
import { storiesPayload, type StoriesPayload } from './stories-payload.js';
import { startModuleWorker } from './module-worker.js';

function inWorker(file: string): Promise<StoriesPayload> {
  return new Promise((resolve, reject) => {
    const w = startModuleWorker('stories-worker', { file });
    w.once('message', (m: { ok: boolean; payload?: StoriesPayload; error?: string }) => {
      void w.terminate();
      if (m.ok) resolve(m.payload!);
      else reject(new Error(m.error));
    });
    w.once('error', reject);
    w.once('exit', (code) => reject(new Error(`stories thread exited with code ${code}`)));
  });
}

export class StoriesView {
  private state: { version: number; view: StoriesPayload } | null = null;
  private building: Promise<{ version: number; view: StoriesPayload }> | null = null;
  private ttlAt = 0;
  private ttlVersion = 0;
  /** While writes keep coming, a rebuild waits twice as long as the last one took. */
  private nextAt = 0;

  /** `file`: the SQLite file of the store (null: build on this thread). */
  constructor(private store: Store, private file: string | null, private ttlMs = 30_000) {}

  private async version(): Promise<number> {
    if (this.store.version) return this.store.version();
    if (Date.now() - this.ttlAt > this.ttlMs) {
      this.ttlAt = Date.now();
      this.ttlVersion++;
    }
    return this.ttlVersion;
  }

  /** The view and the store version it was built for. */
  async current(): Promise<{ version: number; view: StoriesPayload }> {
    const v = await this.version();
    if (this.state?.version === v) return this.state;
    if (this.state && !this.building && Date.now() < this.nextAt) return this.state;
    const started = Date.now();
    this.building ??= (async () => {
      if (this.file) return { version: v, view: await inWorker(this.file) };
      const docs: Doc[] = [];
      for await (const d of allDocuments(this.store)) docs.push(d);
      return { version: v, view: storiesPayload(docs) };
    })().then(
      (s) => {
        this.state = s;
        this.building = null;
        this.nextAt = Date.now() + 2 * (Date.now() - started);
        return s;
      },
      (e) => {
        this.building = null;
        throw e;
      },
    );
    return this.state ?? (await this.building);
  }
}
