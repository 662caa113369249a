// Entities aggregated across documents: one row per entity id with document and mention counts.
import type { Doc, EntityType, Geo } from '../doc.js';

export interface EntitySummary {
  id: string;
  type: EntityType;
  name_en: string;
  name_ar: string;
  country: string | null;
  geo: Geo | null;
  documents: number;
  mentions: number;
}

export class EntityIndex {
  readonly byId = new Map<string, EntitySummary>();

  add(doc: Pick<Doc, 'entities'>): void {
    for (const e of doc.entities) {
      let s = this.byId.get(e.id);
      if (!s) {
        s = { id: e.id, type: e.type, name_en: e.name_en, name_ar: e.name_ar, country: e.country, geo: e.geo, documents: 0, mentions: 0 };
        this.byId.set(e.id, s);
      }
      s.documents++;
      s.mentions += e.mentions.length;
    }
  }

  /** Sorted by documents, then mentions, then id; optionally by type and a name substring. */
  list(opts: { type?: string; q?: string } = {}): EntitySummary[] {
    const q = opts.q?.toLowerCase();
    return [...this.byId.values()]
      .filter((e) => (!opts.type || e.type === opts.type) && (!q || e.name_en.toLowerCase().includes(q) || e.name_ar.includes(opts.q!) || e.id.toLowerCase() === q))
      .sort((a, b) => b.documents - a.documents || b.mentions - a.mentions || a.id.localeCompare(b.id));
  }

  /** Ids of entities whose Arabic or English name contains `q`. */
  idsMatching(q: string): Set<string> {
    const lq = q.toLowerCase();
    const out = new Set<string>();
    for (const e of this.byId.values()) if (e.name_ar.includes(q) || e.name_en.toLowerCase().includes(lq)) out.add(e.id);
    return out;
  }

  namesAr(): Map<string, string> {
    return new Map([...this.byId.values()].map((e) => [e.id, e.name_ar]));
  }

  namesEn(): Map<string, string> {
    return new Map([...this.byId.values()].map((e) => [e.id, e.name_en]));
  }
}
