// The API's event filters applied in memory to the cached views (the same meaning as in the
// store: string comparison of dates, an undated event outside any date bound).
import type { StoredEvent } from '../store/store.js';
import { eventPredicate, inclusiveTo, type ActorIds, type EventQuery } from '../export/query.js';
import { boardModality, type ClaimRow } from '../corpus/claims.js';

export function memoryPredicate(q: EventQuery, docIds: Set<string> | null, actorIds: ActorIds, modalityOf: (e: StoredEvent) => string = (e) => e.modality): (e: StoredEvent) => boolean {
  const types = q.types?.length ? new Set<string>(q.types) : null;
  const mods = q.modalities?.length ? new Set<string>(q.modalities) : null;
  const to = q.to ? inclusiveTo(q.to) : null;
  const rest = eventPredicate({ actor: q.actor, place: q.place }, docIds, actorIds);
  return (e) => {
    if (types && !types.has(e.type)) return false;
    if (mods && !mods.has(modalityOf(e))) return false;
    if (q.country && e.source?.country !== q.country && e.target?.country !== q.country) return false;
    if (q.from && (e.date == null || e.date < q.from)) return false;
    if (to && (e.date == null || e.date > to)) return false;
    if (q.docId && e.doc_id !== q.docId) return false;
    return rest(e);
  };
}

/**
 * Rows of the board that hold an event matching the query; a denial counts as 'denied' whatever
 * its coder's modality (a REJECT 'denied the claims' is asserted), so that filter finds them.
 */
export function boardRows(board: ClaimRow[], members: Map<ClaimRow, StoredEvent[]>, q: EventQuery, docIds: Set<string> | null, actorIds: ActorIds): ClaimRow[] {
  const open = !q.types?.length && !q.modalities?.length && !q.country && !q.from && !q.to && !q.docId && !q.actor && !q.place && !docIds;
  if (open) return board;
  const keep = memoryPredicate(q, docIds, actorIds, boardModality);
  return board.filter((r) => (members.get(r) ?? []).some(keep));
}
