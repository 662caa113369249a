// Corpus events: the same happening reported by several documents becomes one event with all
// its mentions. Same type, compatible actors (same country or one side unknown), same place or
// one unknown, dates within a day (or, undated, reports published within two days in one story).
import type { Doc, EventActor, EventRecord } from '../doc.js';
import type { CorpusEvent, EventMention } from './types.js';

const DAY = 86400000;

function dayDiff(a: string | null, b: string | null): number | null {
  if (!a || !b || !/^\d{4}-\d{2}-\d{2}$/.test(a) || !/^\d{4}-\d{2}-\d{2}$/.test(b)) return null;
  return Math.abs(Date.parse(a) - Date.parse(b)) / DAY;
}

const side = (a: EventActor | null) => a?.country ?? a?.entity ?? null;

function compatibleActors(x: EventActor | null, y: EventActor | null): boolean {
  const a = side(x);
  const b = side(y);
  return a === null || b === null || a === b;
}

interface Item {
  doc: Doc;
  idx: number;
  e: EventRecord;
  story: string | null;
}

function fits(c: CorpusEvent, it: Item, published: (id: string) => string | null): boolean {
  if (c.type !== it.e.type) return false;
  if (!compatibleActors(c.source, it.e.source) || !compatibleActors(c.target, it.e.target)) {
    // Symmetric acts (fighting, talks) may be reported from either side.
    const sym = it.e.type === 'ASSAULT' || it.e.type === 'CONSULT' || it.e.type === 'AGREE';
    if (!(sym && compatibleActors(c.source, it.e.target) && compatibleActors(c.target, it.e.source))) return false;
  }
  if (c.location?.entity && it.e.location?.entity && c.location.entity !== it.e.location.entity) return false;
  const d = dayDiff(c.date, it.e.date);
  if (d !== null) return d <= 1;
  if (c.story !== it.story) return false;
  const p = dayDiff(published(c.first_report.doc), it.doc.source.published);
  return p === null ? c.mentions.some((m) => m.doc === it.doc.id) === false : p <= 2;
}

const richness = (e: { source: unknown; target: unknown; location: unknown; date: unknown }) =>
  (e.source ? 2 : 0) + (e.target ? 2 : 0) + (e.location ? 1 : 0) + (e.date ? 1 : 0);

function mentionOf(it: Item): EventMention {
  return {
    doc: it.doc.id,
    idx: it.idx,
    evidence: it.e.evidence,
    sentence: it.doc.text.slice(it.e.evidence.start, it.e.evidence.end),
    outlet: it.doc.source.outlet,
    published: it.doc.source.published,
    modality: it.e.modality,
    claimed_by: it.e.claimed_by,
    summary_en: it.e.summary_en,
  };
}

function newEvent(it: Item, mention: EventMention): CorpusEvent {
  return {
    id: `ev:${it.doc.id.slice(0, 10)}:${it.idx}`,
    type: it.e.type,
    quad: it.e.quad,
    cameo: it.e.cameo,
    intensity: it.e.intensity,
    source: it.e.source,
    target: it.e.target,
    location: it.e.location,
    date: it.e.date,
    summary_en: it.e.summary_en,
    mentions: [mention],
    documents: 0,
    outlets: 0,
    first_report: { doc: it.doc.id, published: it.doc.source.published },
    story: it.story,
  };
}

export function mergeCorpusEvents(docs: Doc[], storyOf: Map<string, string>, copies: Map<string, string>): CorpusEvent[] {
  // Syndicated copies are folded into their original's events afterwards, never merged on their own.
  const items: Item[] = docs.filter((d) => !copies.has(d.id)).flatMap((doc) => doc.events.map((e, idx) => ({ doc, idx, e, story: storyOf.get(doc.id) ?? null })));
  // Reports in date order, so that the first report opens each corpus event.
  items.sort((a, b) => (a.e.date ?? a.doc.source.published ?? '9999').localeCompare(b.e.date ?? b.doc.source.published ?? '9999') || a.doc.input.localeCompare(b.doc.input) || a.idx - b.idx);
  const pub = new Map(docs.map((d) => [d.id, d.source.published]));
  const events: CorpusEvent[] = [];
  // Where an item may merge, without scanning every corpus event: by type and exact day (dated
  // events fit within a day), and by type and story (everything else is decided in the story).
  const order = new Map<CorpusEvent, number>();
  const byDay = new Map<string, CorpusEvent[]>();
  const byStory = new Map<string, CorpusEvent[]>();
  const push = (m: Map<string, CorpusEvent[]>, k: string, c: CorpusEvent) => {
    const l = m.get(k);
    if (l) l.push(c);
    else m.set(k, [c]);
  };
  const fullDay = (d: string | null) => (d && /^\d{4}-\d{2}-\d{2}$/.test(d) ? Math.round(Date.parse(d) / DAY) : null);
  const indexDay = (c: CorpusEvent) => {
    const d = fullDay(c.date);
    if (d !== null) push(byDay, `${c.type}|${d}`, c);
  };
  for (const it of items) {
    const mention = mentionOf(it);
    const d = fullDay(it.e.date);
    const candidates = [...(byStory.get(`${it.e.type}|${it.story}`) ?? []).filter((c) => d === null || fullDay(c.date) === null)];
    if (d !== null) for (const k of [d - 1, d, d + 1]) candidates.push(...(byDay.get(`${it.e.type}|${k}`) ?? []));
    candidates.sort((a, b) => order.get(a)! - order.get(b)!);
    const into = candidates.find((c) => fits(c, it, (id) => pub.get(id) ?? null));
    if (into) {
      into.mentions.push(mention);
      if (richness(it.e) > richness(into)) {
        const undatedBefore = fullDay(into.date) === null;
        into.source ??= it.e.source;
        into.target ??= it.e.target;
        into.location ??= it.e.location;
        into.date ??= it.e.date;
        into.summary_en = it.e.summary_en;
        if (undatedBefore) indexDay(into);
      }
      continue;
    }
    const c = newEvent(it, mention);
    order.set(c, events.length);
    events.push(c);
    push(byStory, `${c.type}|${c.story}`, c);
    indexDay(c);
  }
  const ofDoc = new Map<string, CorpusEvent[]>();
  for (const c of events) for (const m of c.mentions) if (!ofDoc.get(m.doc)?.includes(c)) push(ofDoc, m.doc, c);
  for (const doc of docs) {
    const original = copies.get(doc.id);
    if (!original) continue;
    doc.events.forEach((e, idx) => {
      const mention = mentionOf({ doc, idx, e, story: storyOf.get(doc.id) ?? null });
      const trigger = e.trigger?.text;
      const ofOriginal = (ofDoc.get(original) ?? []).filter((c) => c.type === e.type);
      const into = ofOriginal.find((c) => c.mentions.some((m) => m.doc === original && trigger && m.sentence.includes(trigger))) ?? ofOriginal[0];
      if (into) into.mentions.push(mention);
      else events.push(newEvent({ doc, idx, e, story: storyOf.get(doc.id) ?? null }, mention));
    });
  }
  for (const c of events) {
    const independent = new Set(c.mentions.map((m) => copies.get(m.doc) ?? m.doc));
    c.documents = independent.size;
    c.outlets = new Set(c.mentions.map((m) => m.outlet ?? `doc:${copies.get(m.doc) ?? m.doc}`)).size;
  }
  return events;
}
