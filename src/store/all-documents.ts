// Every stored document, page by page (for corpus-level views).
import type { Doc } from '../doc.js';
import type { Store } from './store.js';

export async function* allDocuments(store: Store, pageSize = 200): AsyncGenerator<Doc> {
  for (let offset = 0; ; offset += pageSize) {
    const page = await store.listDocuments({ limit: pageSize, offset });
    for (const s of page) {
      const d = await store.getDocument(s.id);
      if (d) yield d;
    }
    if (page.length < pageSize) return;
  }
}
