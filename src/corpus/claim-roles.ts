// Who plays which part on the claims board. A claimant is who tells of an event (claimed_by), never
// the event's doer; a denier is who rejects it: the source of a REJECT ('نفت وزارة الدفاع ...'),
// or, for an event whose modality is 'denied', whoever the text says denies it, else its doer
// ('نفت قوات الدعم السريع انسحابها': the forces deny their own withdrawal).
import type { EventActor, EventType } from '../doc.js';
import type { StoredEvent } from '../store/store.js';

export type Role = 'claim' | 'deny' | 'report';

export interface DocMeta {
  outlet: string | null;
  published: string | null;
  title?: string | null;
}

export interface PartyRef {
  /** Entity id, `name:<english name>` without one, or `outlet:<outlet>` for the outlet itself. */
  key: string;
  name: string;
  name_ar: string | null;
  country: string | null;
}

export interface NameBook {
  names?: Map<string, string>;
  namesAr?: Map<string, string>;
  /** Country (ISO alpha-3) by entity id, for parties known only by id (claimed_by). */
  countries?: Map<string, string>;
}

export function actorKey(a: EventActor | null | undefined): string | null {
  if (!a) return null;
  if (a.entity) return a.entity;
  return a.name_en ? `name:${a.name_en.toLowerCase()}` : null;
}

/** A REJECT whose mode is a denial answers a claim of any type ('denied the claims'). */
export function isBareDenial(e: Pick<StoredEvent, 'type' | 'mode'>): boolean {
  return e.type === 'REJECT' && (e.mode ?? '').toLowerCase() === 'denial';
}

export function roleOf(e: StoredEvent): Role {
  if (isBareDenial(e) || e.modality === 'denied') return 'deny';
  if (e.modality === 'claimed' || e.claimed_by) return 'claim';
  return 'report';
}

/** The modality the board's filters see: a denial is 'denied' whatever its coder said. */
export function boardModality(e: StoredEvent): string {
  return roleOf(e) === 'deny' ? 'denied' : e.modality;
}

/** Types that answer to one another: a denial of an air strike answers a claim of an attack. */
export function family(t: EventType): string {
  if (t === 'ASSAULT' || t === 'COERCE') return 'violence';
  if (t === 'MOBILIZE' || t === 'RETREAT') return 'forces';
  if (t === 'AGREE' || t === 'CONSULT' || t === 'CONCEDE') return 'talks';
  if (t === 'AID' || t === 'COOPERATE' || t === 'SUPPORT') return 'support';
  return t;
}

function byId(id: string, book: NameBook): PartyRef {
  return { key: id, name: book.names?.get(id) ?? id, name_ar: book.namesAr?.get(id) ?? null, country: book.countries?.get(id) ?? null };
}

function byActor(a: EventActor, book: NameBook): PartyRef {
  const key = actorKey(a)!;
  return { key, name: a.name_en ?? book.names?.get(key) ?? key, name_ar: (a.entity && book.namesAr?.get(a.entity)) || null, country: a.country };
}

function outletParty(meta: DocMeta | undefined, unnamed: boolean): PartyRef {
  const outlet = meta?.outlet ?? null;
  if (unnamed) return { key: `outlet:${outlet ?? ''}`, name: outlet ? `unnamed (${outlet})` : 'unnamed', name_ar: null, country: null };
  return { key: `outlet:${outlet ?? ''}`, name: outlet ?? 'unattributed report', name_ar: outlet, country: null };
}

/** The party that claims, denies or reports the event. */
export function partyOf(e: StoredEvent, role: Role, meta: DocMeta | undefined, book: NameBook): PartyRef {
  if (role === 'deny') {
    const doer = actorKey(e.source) ? e.source! : null;
    if (e.type === 'REJECT' && doer) return byActor(doer, book);
    if (e.claimed_by) return byId(e.claimed_by, book);
    return doer ? byActor(doer, book) : outletParty(meta, true);
  }
  if (role === 'claim') return e.claimed_by ? byId(e.claimed_by, book) : outletParty(meta, true);
  return outletParty(meta, false);
}
