// What the claims board and the network read, made the same way from analysed documents (for
// `rasad report`) as the server makes it from a store: the events with their document and index,
// documents' outlet and date, and one name per entity (the smallest non-empty, whatever the order).
import type { Doc } from '../doc.js';
import type { EntityRow, EntitySummary, StoredEvent } from '../store/store.js';
import type { DocMeta, NameBook } from './claim-roles.js';

export function eventsOfDocs(docs: Iterable<Doc>): StoredEvent[] {
  const out: StoredEvent[] = [];
  for (const d of docs) d.events.forEach((e, idx) => out.push({ ...e, doc_id: d.id, idx }));
  return out;
}

export function docMetaOf(docs: Iterable<Doc>): Map<string, DocMeta> {
  const m = new Map<string, DocMeta>();
  for (const d of docs) m.set(d.id, { outlet: d.source.outlet, published: d.source.published, title: d.source.title });
  return m;
}

const smaller = (a: string | null, b: string | null | undefined): string | null => (!b ? a : !a || b < a ? b : a);

/** Adds one document's entity to the summaries: counts add up, each name is the smallest seen. */
export function mergeEntity(into: Map<string, EntitySummary>, r: EntityRow): void {
  const s = into.get(r.id);
  if (!s) {
    into.set(r.id, { id: r.id, type: r.type, name_en: r.name_en ?? '', name_ar: r.name_ar ?? '', country: r.country, geo: r.geo, documents: 1, mentions: r.mentions });
    return;
  }
  s.name_en = smaller(s.name_en || null, r.name_en) ?? '';
  s.name_ar = smaller(s.name_ar || null, r.name_ar) ?? '';
  s.country = smaller(s.country, r.country);
  s.type = smaller(s.type, r.type) as EntitySummary['type'];
  s.geo ??= r.geo;
  s.documents++;
  s.mentions += r.mentions;
}

export function entityRowsOf(d: Doc): EntityRow[] {
  return d.entities.map((e) => ({ doc_id: d.id, id: e.id, type: e.type, name_en: e.name_en, name_ar: e.name_ar, country: e.country, geo: e.geo, mentions: e.mentions.length }));
}

export function summariesOfDocs(docs: Iterable<Doc>): EntitySummary[] {
  const by = new Map<string, EntitySummary>();
  for (const d of docs) for (const r of entityRowsOf(d)) mergeEntity(by, r);
  return [...by.values()];
}

export function nameBookOf(summaries: Iterable<Pick<EntitySummary, 'id' | 'name_en' | 'name_ar' | 'country'>>): Required<NameBook> {
  const names = new Map<string, string>();
  const namesAr = new Map<string, string>();
  const countries = new Map<string, string>();
  for (const s of summaries) {
    if (s.name_en) names.set(s.id, s.name_en);
    if (s.name_ar) namesAr.set(s.id, s.name_ar);
    if (s.country) countries.set(s.id, s.country);
  }
  return { names, namesAr, countries };
}
