// Pairing each denial with the claim it answers, through an index of claims by what they share
// with a denial (an actor, a country, a place, the document), each list sorted by day: a denial
// looks only at the claims of its window, so the cost grows with the events, not denials × events.
import type { StoredEvent } from '../store/store.js';
import { actorKey, family, isBareDenial, type PartyRef, type Role } from './claim-roles.js';

export interface BoardItem {
  ev: StoredEvent;
  role: Role;
  party: PartyRef;
  /** Days since the epoch: the event's date, else its document's publication date. */
  day: number | null;
  /** What it may share with a claim or a denial (filled by pairDenials). */
  anchors?: Anchors;
}

export interface PairChoice {
  claim: BoardItem;
  reasons: string[];
}

interface Anchors {
  actors: string[];
  countries: string[];
  place: string | null;
}

function anchorsOf(it: BoardItem): Anchors {
  const actors = new Set<string>();
  const countries = new Set<string>();
  for (const a of [it.ev.source, it.ev.target]) {
    const k = actorKey(a);
    if (k) actors.add(k);
    if (a?.country) countries.add(a.country);
  }
  if (it.ev.claimed_by) actors.add(it.ev.claimed_by);
  if (!it.party.key.startsWith('outlet:')) actors.add(it.party.key);
  if (it.party.country) countries.add(it.party.country);
  return { actors: [...actors], countries: [...countries], place: it.ev.location?.entity ?? null };
}

/** Lists sorted by day (undated first), searched by window. */
class DayIndex {
  private lists = new Map<string, BoardItem[]>();

  add(key: string, it: BoardItem): void {
    let l = this.lists.get(key);
    if (!l) this.lists.set(key, (l = []));
    l.push(it);
  }

  seal(): void {
    for (const l of this.lists.values()) l.sort((a, b) => (a.day ?? -Infinity) - (b.day ?? -Infinity));
  }

  /** Items under `key` dated within `days` of `day`. */
  *near(key: string, day: number, days: number): Generator<BoardItem> {
    const l = this.lists.get(key);
    if (!l) return;
    let lo = 0;
    let hi = l.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((l[mid].day ?? -Infinity) < day - days) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < l.length && (l[i].day ?? -Infinity) <= day + days; i++) yield l[i];
  }

  *all(key: string): Generator<BoardItem> {
    yield* this.lists.get(key) ?? [];
  }
}

/**
 * How well a denial answers a claim (higher is better), or null when it cannot: the same type
 * family (a bare 'denied the claims' answers any type); not the denier's own claim; a shared actor,
 * country or place — without one, only inside one document and when one side names no actor; and
 * dates within the window (undated ones only inside one document).
 */
export function pairScore(den: BoardItem, cl: BoardItem, windowDays: number): { score: number; reasons: string[] } | null {
  if (cl.ev === den.ev || cl.role === 'deny') return null;
  if (!cl.party.key.startsWith('outlet:') && cl.party.key === den.party.key) return null;
  const reasons: string[] = [];
  let score = 0;
  const sameDoc = den.ev.doc_id === cl.ev.doc_id;
  if (!isBareDenial(den.ev)) {
    if (family(den.ev.type) !== family(cl.ev.type)) return null;
    score += den.ev.type === cl.ev.type ? 1 : 0.5;
    reasons.push(den.ev.type === cl.ev.type ? 'same type' : 'same type family');
  }
  const da = (den.anchors ??= anchorsOf(den));
  const ca = (cl.anchors ??= anchorsOf(cl));
  const sharedActor = da.actors.some((k) => ca.actors.includes(k));
  const sharedCountry = da.countries.some((k) => ca.countries.includes(k));
  const samePlace = da.place != null && da.place === ca.place;
  if (sharedActor) {
    score += 3;
    reasons.push('shared actor');
  } else if (sharedCountry) {
    score += 1.5;
    reasons.push('shared country');
  }
  if (samePlace) {
    score += 4;
    reasons.push('same place');
  }
  if (!sharedActor && !sharedCountry && !samePlace && (!sameDoc || (da.actors.length > 0 && ca.actors.length > 0))) return null;
  // A denier usually denies what it is said to have suffered or done: its country as the target.
  if (den.party.country && cl.ev.target?.country === den.party.country) score += 1;
  if (sameDoc) {
    score += 2;
    reasons.push('same document');
  }
  if (den.day != null && cl.day != null) {
    const gap = Math.abs(den.day - cl.day);
    if (gap > windowDays) return null;
    score += 1 - gap / (windowDays + 1);
    reasons.push(gap === 0 ? 'same day' : `${Math.round(gap)} day(s) apart`);
  } else if (!sameDoc) return null;
  // Inside a document, a denial usually follows the claim it answers.
  if (sameDoc && den.ev.evidence.start >= cl.ev.evidence.start) score += 0.5;
  return { score, reasons };
}

/**
 * Every denial's best claim; failing a claim, the best report ('X reported it; Y denied it').
 * Candidates come from the denial's document, actors and place, and only when those give none,
 * from its countries. A generator: it yields now and then, so that a caller may pause between.
 */
export function* pairDenials(items: BoardItem[], windowDays: number, out: Map<BoardItem, PairChoice>): Generator<void> {
  const index = new DayIndex();
  let n = 0;
  for (const it of items) {
    it.anchors ??= anchorsOf(it);
    if (it.role === 'deny') continue;
    const a = it.anchors;
    for (const k of a.actors) index.add(`a:${k}`, it);
    for (const k of a.countries) index.add(`c:${k}`, it);
    if (a.place) index.add(`p:${a.place}`, it);
    index.add(`d:${it.ev.doc_id}`, it);
    if (++n % 5000 === 0) yield;
  }
  index.seal();
  yield;
  for (const den of items) {
    if (den.role !== 'deny') continue;
    if (++n % 500 === 0) yield;
    const a = den.anchors!;
    const seen = new Set<BoardItem>();
    const candidates: BoardItem[] = [];
    const take = (c: BoardItem) => {
      if (!seen.has(c)) {
        seen.add(c);
        candidates.push(c);
      }
    };
    for (const c of index.all(`d:${den.ev.doc_id}`)) take(c);
    if (den.day != null) {
      for (const k of [...a.actors.map((x) => `a:${x}`), ...(a.place ? [`p:${a.place}`] : [])]) for (const c of index.near(k, den.day, windowDays)) take(c);
      if (!candidates.length) for (const k of a.countries) for (const c of index.near(`c:${k}`, den.day, windowDays)) take(c);
    }
    let best: { claim: BoardItem; score: number; reasons: string[] } | null = null;
    for (const pool of ['claim', 'report'] as const) {
      for (const cl of candidates) {
        if (cl.role !== pool) continue;
        const s = pairScore(den, cl, windowDays);
        if (s && (!best || s.score > best.score)) best = { claim: cl, ...s, reasons: pool === 'report' ? [...s.reasons, 'answers a report'] : s.reasons };
      }
      if (best) break;
    }
    if (best) out.set(den, { claim: best.claim, reasons: best.reasons });
  }
}
