// The UI state lives in the URL hash, so that a view can be bookmarked and shared and every panel
// reads the same filters: #type=ASSAULT&country=YEM&from=2024-01-01&doc=<id>&ev=2&lang=en
export interface UiState {
  type: string;
  country: string;
  actor: string;
  place: string;
  from: string;
  to: string;
  modality: string;
  q: string;
  doc: string;
  ev: string;
  lang: string;
  tab: string;
  /** Events table: sort column, '-' first for descending; page from 1. */
  sort: string;
  page: string;
  /** Actor graph: 'countries' or actors; how many actors; one quad only. */
  group: string;
  top: string;
  quad: string;
}

export const FILTER_KEYS = ['type', 'country', 'actor', 'place', 'from', 'to', 'modality'] as const;
export const GRAPH_KEYS = ['group', 'top', 'quad'] as const;
const KEYS: (keyof UiState)[] = [...FILTER_KEYS, 'q', 'doc', 'ev', 'lang', 'tab', 'sort', 'page', ...GRAPH_KEYS];

export function readState(): UiState {
  const p = new URLSearchParams(location.hash.replace(/^#/, ''));
  const s = {} as UiState;
  for (const k of KEYS) s[k] = (p.get(k) ?? '').slice(0, 300);
  return s;
}

export function writeState(patch: Partial<UiState>): void {
  const s = { ...readState(), ...patch };
  // A new filter starts the table on its first page.
  if (FILTER_KEYS.some((k) => patch[k] !== undefined) && patch.page === undefined) s.page = '';
  const p = new URLSearchParams();
  for (const k of KEYS) if (s[k]) p.set(k, s[k]);
  const hash = '#' + p.toString();
  if (hash !== location.hash) location.hash = hash;
}

export function filtersOf(s: UiState): Record<string, string | undefined> {
  const f: Record<string, string | undefined> = {};
  for (const k of FILTER_KEYS) if (s[k]) f[k] = s[k];
  return f;
}

export function changed(a: UiState | null, b: UiState, keys: readonly (keyof UiState)[]): boolean {
  return !a || keys.some((k) => a[k] !== b[k]);
}
