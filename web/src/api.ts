// The API client and the shapes it returns.
import type { Doc, EventActor, EventRecord } from '../../src/doc.js';
import type { EntitySummary } from '../../src/server/entities.js';
import type { DocumentSummary, SearchHit, StoredEvent } from '../../src/store/store.js';
import type { ClaimRow } from '../../src/corpus/claims.js';
import type { Network } from '../../src/corpus/network.js';

export type { Doc, EventActor, EventRecord, EntitySummary, DocumentSummary, SearchHit, ClaimRow, Network };

export interface ApiEvent extends StoredEvent {
  event_id: string;
  evidence_text?: string;
  doc_title?: string | null;
  doc_published?: string | null;
  doc_outlet?: string | null;
  /** Arabic names of the actors and place, from the document's entities. */
  names_ar?: { source: string | null; target: string | null; location: string | null };
}

export interface Page<T> {
  items: T[];
  limit: number;
  offset: number;
  next_offset: number | null;
  total?: number;
  truncated?: boolean;
}

export class ApiError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

async function get<T>(path: string, params: Record<string, string | number | undefined> = {}): Promise<T> {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') qs.set(k, String(v));
  const url = qs.toString() ? `${path}?${qs}` : path;
  const r = await fetch(url, { headers: { Accept: 'application/json' } });
  if (!r.ok) {
    let msg = r.statusText;
    try {
      msg = ((await r.json()) as { error?: string }).error ?? msg;
    } catch {
      /* not JSON */
    }
    throw new ApiError(r.status, msg);
  }
  return (await r.json()) as T;
}

export type FilterParams = Record<string, string | undefined>;

export const api = {
  stats: () => get<{ documents: number; events: number; entities: number }>('/api/stats'),
  documents: (limit = 200, offset = 0) => get<Page<DocumentSummary>>('/api/documents', { limit, offset }),
  document: (id: string) => get<Doc>(`/api/documents/${encodeURIComponent(id)}`),
  entities: (type?: string, limit = 5000) => get<Page<EntitySummary>>('/api/entities', { type, limit }),
  events: (f: FilterParams, limit: number, offset = 0) => get<Page<ApiEvent>>('/api/events', { ...f, limit, offset, with: 'text' }),
  network: (f: FilterParams) => get<Network & { events: number; truncated: boolean }>('/api/network', f),
  claims: (f: FilterParams, limit = 60) => get<Page<ClaimRow>>('/api/claims', { ...f, limit }),
  search: (q: string, limit = 50) => get<{ query: string; items: SearchHit[] }>('/api/search', { q, limit }),
};

export function exportUrl(format: string, f: FilterParams): string {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(f)) if (v) qs.set(k, v);
  const s = qs.toString();
  return `/api/export/${format}${s ? `?${s}` : ''}`;
}
