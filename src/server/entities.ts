// Entities aggregated across documents: one row per entity id with document and mention counts,
// filled incrementally from each new document's entities.
import { mergeEntity } from '../corpus/board-input.js';
import type { EntityRow, EntitySummary } from '../store/store.js';

export type { EntitySummary } from '../store/store.js';

export class EntityIndex {
  readonly byId = new Map<string, EntitySummary>();
  private sorted: EntitySummary[] | null = null;

  add(rows: Iterable<EntityRow>): void {
    for (const r of rows) mergeEntity(this.byId, r);
    this.sorted = null;
  }

  /** Sorted by documents, then mentions, then id; optionally by type and a name substring. */
  list(opts: { type?: string; q?: string } = {}): EntitySummary[] {
    this.sorted ??= [...this.byId.values()].sort((a, b) => b.documents - a.documents || b.mentions - a.mentions || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const q = opts.q?.toLowerCase();
    if (!opts.type && !q) return this.sorted;
    return this.sorted.filter((e) => (!opts.type || e.type === opts.type) && (!q || e.name_en.toLowerCase().includes(q) || e.name_ar.includes(opts.q!) || e.id.toLowerCase() === q));
  }

  /** Ids of entities whose Arabic or English name contains `q`. */
  idsMatching(q: string): Set<string> {
    const lq = q.toLowerCase();
    const out = new Set<string>();
    for (const e of this.byId.values()) if (e.name_ar.includes(q) || e.name_en.toLowerCase().includes(lq)) out.add(e.id);
    return out;
  }
}
