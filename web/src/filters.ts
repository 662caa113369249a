// The filter bar and the graph's own controls: labels in the interface's language, values from
// the URL hash, changes written back to it.
import { exportUrl } from './api.js';
import { $, clear, h } from './dom.js';
import { getLang, MODALITY_NAMES, named, QUAD_NAMES, relabel, t, TYPE_NAMES, typeLabel } from './i18n.js';
import { FILTER_KEYS, filtersOf, writeState, type UiState } from './state.js';

const TYPES = Object.keys(TYPE_NAMES);
const MODALITIES = Object.keys(MODALITY_NAMES);
const FORMATS: [string, string][] = [
  ['jsonl', 'JSONL'],
  ['gdelt', 'GDELT (TSV)'],
  ['acled', 'ACLED (CSV)'],
  ['plover', 'PLOVER (JSONL)'],
  ['geojson', 'GeoJSON'],
];
/** How many actors the graph may draw: a force layout of more than a few hundred nodes would hold the page for seconds. */
export const GRAPH_TOPS = ['10', '30', '60', '150', '400'];
export const DEFAULT_TOP = '30';

function fillSelect(sel: HTMLSelectElement, values: string[], label: (v: string) => string, all: string | null = t('f.all')): void {
  const cur = sel.value;
  clear(sel);
  if (all != null) sel.appendChild(h('option', { value: '', text: all }));
  for (const v of values) sel.appendChild(h('option', { value: v, text: label(v) }));
  sel.value = cur;
}

const form = () => $('filters') as HTMLFormElement;
const graphForm = () => $('graph-tools') as HTMLFormElement;

/** Labels and option lists, after a language change. */
export function labelControls(): void {
  relabel();
  fillSelect($('f-type') as HTMLSelectElement, TYPES, typeLabel);
  fillSelect($('f-modality') as HTMLSelectElement, MODALITIES, (m) => named(MODALITY_NAMES, m));
  fillSelect($('g-type') as HTMLSelectElement, TYPES, typeLabel);
  fillSelect($('g-quad') as HTMLSelectElement, Object.keys(QUAD_NAMES), (q) => named(QUAD_NAMES, q));
  fillSelect($('g-group') as HTMLSelectElement, ['actors', 'countries'], (g) => t(`graph.${g}`), null);
  fillSelect($('g-top') as HTMLSelectElement, GRAPH_TOPS, (n) => n, null);
  ($('search-input') as HTMLInputElement).placeholder = t('search.placeholder');
  $('search-button').textContent = t('search');
  $('lang-switch').textContent = t('switchTo');
  document.title = getLang() === 'ar' ? 'رصد · Rasad' : 'Rasad · رصد';
}

function setValue(f: HTMLFormElement, name: string, v: string): void {
  const el = f.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null;
  if (el && el.value !== v) el.value = v;
}

/** The controls show the state; the export links carry the filters. */
export function syncControls(s: UiState): void {
  for (const k of FILTER_KEYS) setValue(form(), k, s[k]);
  setValue(graphForm(), 'type', s.type);
  setValue(graphForm(), 'group', s.group === 'countries' ? 'countries' : 'actors');
  setValue(graphForm(), 'top', GRAPH_TOPS.includes(s.top) ? s.top : DEFAULT_TOP);
  setValue(graphForm(), 'quad', s.quad);
  const q = $('search-input') as HTMLInputElement;
  if (q.value !== s.q && document.activeElement !== q) q.value = s.q;
  const links = $('export-links');
  clear(links);
  for (const [f, label] of FORMATS) links.appendChild(h('a', { href: exportUrl(f, filtersOf(s)), download: '', text: label }));
}

export function wireControls(): void {
  const f = form();
  f.addEventListener('change', () => {
    const patch: Partial<UiState> = {};
    for (const k of FILTER_KEYS) {
      let v = ((f.elements.namedItem(k) as HTMLInputElement | null)?.value ?? '').trim();
      if (k === 'country') v = v.toUpperCase();
      patch[k] = v;
    }
    writeState(patch);
  });
  f.addEventListener('submit', (e) => e.preventDefault());
  $('f-reset').addEventListener('click', () => writeState({ type: '', country: '', actor: '', place: '', from: '', to: '', modality: '' }));
  const g = graphForm();
  g.addEventListener('submit', (e) => e.preventDefault());
  g.addEventListener('change', (ev) => {
    const el = ev.target as HTMLSelectElement;
    if (el.name === 'type') writeState({ type: el.value });
    else if (el.name === 'group') writeState({ group: el.value === 'countries' ? 'countries' : '' });
    else if (el.name === 'top') writeState({ top: el.value === DEFAULT_TOP ? '' : el.value });
    else if (el.name === 'quad') writeState({ quad: el.value });
  });
}
