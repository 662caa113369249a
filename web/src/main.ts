// Rasad's web UI: map, timeline, actor graph, claims board, reader and search, sharing their
// filters through the URL hash. Plain TypeScript and DOM.
import './style.css';
import { api, exportUrl, type ApiEvent, type DocumentSummary, type SearchHit } from './api.js';
import { ClaimsBoard } from './claims.js';
import { $, clear, h } from './dom.js';
import { ActorGraph } from './graph.js';
import { formatDay, getLang, MODALITY_NAMES, named, relabel, setLang, t, TYPE_NAMES, typeLabel, type Lang } from './i18n.js';
import { EventMap, clip } from './map.js';
import { Reader } from './reader.js';
import { changed, FILTER_KEYS, filtersOf, readState, writeState, type UiState } from './state.js';
import { Timeline } from './timeline.js';

const TYPES = Object.keys(TYPE_NAMES);
const MODALITIES = Object.keys(MODALITY_NAMES);
const FORMATS: [string, string][] = [
  ['jsonl', 'JSONL'],
  ['gdelt', 'GDELT (TSV)'],
  ['acled', 'ACLED (CSV)'],
  ['plover', 'PLOVER (JSONL)'],
  ['geojson', 'GeoJSON'],
];

let prev: UiState | null = null;
let events: ApiEvent[] = [];
const eventsById = new Map<string, ApiEvent>();
const docCache = new Map<string, Promise<import('./api.js').Doc>>();

function pickEvent(docId: string, idx: number): void {
  writeState({ doc: docId, ev: String(idx), tab: 'article' });
}

function pickEventId(id: string): void {
  const [docId, idx] = id.split(':');
  pickEvent(docId, Number(idx));
}

const map = new EventMap($('map'), $('map-note'), (e) => pickEvent(e.doc_id, e.idx));
const timeline = new Timeline($('timeline'), $('timeline-note'), (e) => pickEvent(e.doc_id, e.idx));
const graph = new ActorGraph($('graph'), $('graph-detail'), $('graph-note'), {
  pickEvent: pickEventId,
  filterActor: (id) => writeState({ actor: id }),
  describe: (id) => {
    const e = eventsById.get(id);
    return e ? `${typeLabel(e.type)}${e.date ? ' · ' + e.date : ''} — ${clip(e.evidence_text ?? e.summary_en, 90)}` : id;
  },
});
const claims = new ClaimsBoard($('claims'), $('claims-note'), pickEvent);
const reader = new Reader($('reader-head'), $('legend'), $('reader-events'), $('reader'), (docId, idx) =>
  idx == null ? writeState({ doc: docId, ev: '', tab: 'article' }) : pickEvent(docId, idx),
);

// ---- the filter bar --------------------------------------------------------------------------

function fillSelect(sel: HTMLSelectElement, values: string[], label: (v: string) => string): void {
  const cur = sel.value;
  clear(sel);
  sel.appendChild(h('option', { value: '', text: t('f.all') }));
  for (const v of values) sel.appendChild(h('option', { value: v, text: label(v) }));
  sel.value = cur;
}

const fType = $('f-type') as HTMLSelectElement;
const fModality = $('f-modality') as HTMLSelectElement;
const filterForm = $('filters') as HTMLFormElement;

function labelStatic(): void {
  relabel();
  fillSelect(fType, TYPES, typeLabel);
  fillSelect(fModality, MODALITIES, (m) => named(MODALITY_NAMES, m));
  ($('search-input') as HTMLInputElement).placeholder = t('search.placeholder');
  $('search-button').textContent = t('search');
  $('lang-switch').textContent = t('switchTo');
  document.title = getLang() === 'ar' ? 'رصد · Rasad' : 'Rasad · رصد';
}

function syncControls(s: UiState): void {
  for (const k of FILTER_KEYS) {
    const el = filterForm.elements.namedItem(k) as HTMLInputElement | HTMLSelectElement | null;
    if (el && el.value !== s[k]) el.value = s[k];
  }
  const q = $('search-input') as HTMLInputElement;
  if (q.value !== s.q && document.activeElement !== q) q.value = s.q;
  const links = $('export-links');
  clear(links);
  for (const [f, label] of FORMATS) links.appendChild(h('a', { href: exportUrl(f, filtersOf(s)), download: '', text: label }));
}

filterForm.addEventListener('change', () => {
  const patch: Partial<UiState> = {};
  for (const k of FILTER_KEYS) {
    const el = filterForm.elements.namedItem(k) as HTMLInputElement | HTMLSelectElement | null;
    let v = (el?.value ?? '').trim();
    if (k === 'country') v = v.toUpperCase();
    patch[k] = v;
  }
  writeState(patch);
});
filterForm.addEventListener('submit', (e) => e.preventDefault());
$('f-reset').addEventListener('click', () => writeState({ type: '', country: '', actor: '', from: '', to: '', modality: '' }));

$('search-form').addEventListener('submit', (e) => {
  e.preventDefault();
  writeState({ q: ($('search-input') as HTMLInputElement).value.trim(), tab: 'docs' });
});

$('lang-switch').addEventListener('click', () => writeState({ lang: getLang() === 'ar' ? 'en' : 'ar' }));

for (const b of document.querySelectorAll<HTMLButtonElement>('.tabs button')) {
  b.addEventListener('click', () => writeState({ tab: b.dataset.tab ?? 'docs' }));
}

// ---- loading ---------------------------------------------------------------------------------

function showError(where: HTMLElement, e: unknown): void {
  where.textContent = `${t('error')}: ${(e as Error).message}`;
}

let loadSeq = 0;

async function loadViews(s: UiState): Promise<void> {
  const seq = ++loadSeq;
  const f = filtersOf(s);
  try {
    const page = await api.events(f, 2000);
    if (seq !== loadSeq) return;
    events = page.items;
    eventsById.clear();
    for (const e of events) eventsById.set(e.event_id, e);
    map.update(events);
    timeline.update(events);
    const countries = new Set<string>();
    for (const e of events) for (const c of [e.source?.country, e.target?.country]) if (c) countries.add(c);
    const dl = $('country-list');
    clear(dl);
    for (const c of [...countries].sort()) dl.appendChild(h('option', { value: c }));
    if (page.next_offset != null) $('map-note').append(' ', t('truncated', { n: events.length }));
  } catch (e) {
    showError($('map-note'), e);
  }
  api.network(f).then(
    (net) => seq === loadSeq && graph.update(net),
    (e) => showError($('graph-note'), e),
  );
  api.claims(f).then(
    (c) => seq === loadSeq && claims.update(c.items, c.total ?? c.items.length),
    (e) => showError($('claims-note'), e),
  );
}

function docItem(d: { id: string; title: string | null; outlet?: string | null; published?: string | null; events?: number }, snippet?: string): HTMLElement {
  const b = h('button', { type: 'button', class: 'doc-link', 'data-doc': d.id },
    h('span', { class: 'doc-title', dir: 'auto', text: d.title ?? d.id.slice(0, 12) }),
    h('span', { class: 'note', text: [d.outlet, d.published ? formatDay(d.published) : null, d.events != null ? `${d.events} ${t('docs.events')}` : null].filter(Boolean).join(' · ') }),
    snippet ? h('span', { class: 'snippet', dir: 'rtl', text: snippet }) : null,
  );
  b.addEventListener('click', () => writeState({ doc: d.id, ev: '', tab: 'article' }));
  return h('li', {}, b);
}

let allDocs: DocumentSummary[] | null = null;

async function loadDocs(s: UiState): Promise<void> {
  const list = $('doc-list');
  const status = $('search-status');
  clear(list);
  clear(status);
  try {
    if (s.q) {
      const r = await api.search(s.q, 50);
      const meta = new Map((allDocs ?? []).map((d) => [d.id, d]));
      status.append(t('docs.results', { n: r.items.length, q: s.q }), ' ');
      const back = h('button', { type: 'button', class: 'small', text: t('docs.clear') });
      back.addEventListener('click', () => writeState({ q: '' }));
      status.appendChild(back);
      list.classList.add('results');
      for (const hit of r.items as SearchHit[]) {
        const m = meta.get(hit.id);
        list.appendChild(docItem({ id: hit.id, title: hit.title, outlet: m?.outlet, published: m?.published, events: m?.events }, hit.snippet));
      }
    } else {
      allDocs ??= (await api.documents(500)).items;
      list.classList.remove('results');
      status.textContent = t('docs.count', { n: allDocs.length });
      for (const d of allDocs) list.appendChild(docItem(d));
    }
  } catch (e) {
    showError(status, e);
  }
}

async function loadReader(s: UiState): Promise<void> {
  if (!s.doc) {
    reader.showMessage(t('reader.empty'));
    return;
  }
  if (reader.docId !== s.doc) {
    reader.showMessage(t('reader.loading'));
    let p = docCache.get(s.doc);
    if (!p) {
      p = api.document(s.doc);
      docCache.set(s.doc, p);
      p.catch(() => docCache.delete(s.doc));
    }
    try {
      const d = await p;
      if (readState().doc !== s.doc) return;
      reader.render(d);
    } catch (e) {
      reader.showMessage(`${t('reader.notfound')} (${(e as Error).message})`);
      return;
    }
  }
  if (s.ev !== '') reader.highlight(Number(s.ev));
}

function showTab(tab: string): void {
  const article = tab === 'article';
  $('docs-pane').hidden = article;
  $('article-pane').hidden = !article;
  $('tab-docs').classList.toggle('on', !article);
  $('tab-article').classList.toggle('on', article);
  $('tab-docs').setAttribute('aria-selected', String(!article));
  $('tab-article').setAttribute('aria-selected', String(article));
}

// ---- the state machine -----------------------------------------------------------------------

async function apply(): Promise<void> {
  const s = readState();
  const langChanged = changed(prev, s, ['lang']);
  if (langChanged) {
    setLang((s.lang === 'en' ? 'en' : 'ar') as Lang);
    labelStatic();
  }
  syncControls(s);
  showTab(s.tab || (s.doc ? 'article' : 'docs'));
  const tasks: Promise<void>[] = [];
  if (langChanged || changed(prev, s, FILTER_KEYS)) {
    if (prev && changed(prev, s, FILTER_KEYS)) map.refit();
    tasks.push(loadViews(s));
  }
  if (langChanged || changed(prev, s, ['q'])) tasks.push(loadDocs(s));
  if (changed(prev, s, ['doc', 'ev'])) tasks.push(loadReader(s));
  else if (langChanged) reader.relabel();
  prev = s;
  await Promise.all(tasks);
  document.body.dataset.ready = '1';
}

window.addEventListener('hashchange', () => void apply());
window.addEventListener('resize', () => {
  map.invalidate();
  graph.resize();
  timeline.update(events);
});

void apply();
