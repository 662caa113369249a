// Rasad's web UI: map, timeline, events table, actor graph, claims board, reader and search,
// sharing their filters through the URL hash. Plain TypeScript and DOM.
import './style.css';
import { api, type ApiEvent, type Doc, type EntitySummary, type Network } from './api.js';
import { ClaimsBoard } from './claims.js';
import { DocList } from './docs.js';
import { $ } from './dom.js';
import { DEFAULT_TOP, GRAPH_TOPS, labelControls, syncControls, wireControls } from './filters.js';
import { ActorGraph } from './graph.js';
import type { GraphOptions } from './graph-model.js';
import { getLang, setLang, t, typeLabel, type Lang } from './i18n.js';
import { EventMap, clip } from './map.js';
import { PanelStatus } from './panel.js';
import { Reader } from './reader.js';
import { toRow, type NameBook } from './rows.js';
import { changed, FILTER_KEYS, filtersOf, GRAPH_KEYS, readState, writeState, type UiState } from './state.js';
import { EventsTable } from './table.js';
import { Timeline } from './timeline.js';

/**
 * The most events the map, timeline and table load for one set of filters (the API's page limit),
 * a first page small enough to draw at once, then the rest in pages.
 */
const EVENT_LIMIT = 5000;
const FIRST_PAGE = 1000;
const NEXT_PAGE = 2000;

function pickEvent(docId: string, idx: number): void {
  writeState({ doc: docId, ev: String(idx), tab: 'article' });
}

/** What the views share: the loaded events, network and entities, and the request states. */
class App {
  private prev: UiState | null = null;
  private events: ApiEvent[] = [];
  /** More events match the filters than were loaded. */
  private truncated = false;
  /** Counts the loads of the views, so that the pages of an older one stop coming. */
  private loadSeq = 0;
  private eventsById = new Map<string, ApiEvent>();
  private net: Network | null = null;
  private entities: EntitySummary[] = [];
  private entitiesReady: Promise<void> = Promise.resolve();
  private docCache = new Map<string, Promise<Doc>>();

  private map = new EventMap($('map'), $('map-note'), (e) => pickEvent(e.doc_id, e.idx));
  private timeline = new Timeline($('timeline'), $('timeline-note'), $('timeline-detail'), (e) => pickEvent(e.doc_id, e.idx));
  private table = new EventsTable($('table'), $('table-note'), {
    pick: (e) => pickEvent(e.doc_id, e.idx),
    sort: (s) => writeState({ sort: s, page: '' }),
    page: (p) => writeState({ page: p > 1 ? String(p) : '' }),
  });
  private graph = new ActorGraph($('graph'), $('graph-detail'), $('graph-note'), {
    pickEvent: (id) => {
      const [docId, idx] = id.split(':');
      pickEvent(docId, Number(idx));
    },
    filterActor: (id) => writeState({ actor: id }),
    describe: (id) => {
      const e = this.eventsById.get(id);
      return e ? `${typeLabel(e.type)}${e.date ? ' · ' + e.date : ''} — ${clip(e.evidence_text ?? e.summary_en, 90)}` : id;
    },
  });
  private claims = new ClaimsBoard($('claims'), $('claims-note'), pickEvent);
  private reader = new Reader($('reader-head'), $('legend'), $('reader-events'), $('reader'), (docId, idx) =>
    idx == null ? writeState({ doc: docId, ev: '', tab: 'article' }) : pickEvent(docId, idx),
  );
  private docs = new DocList($('doc-list'), $('search-status'), $('docs-more') as HTMLButtonElement,
    (id) => writeState({ doc: id, ev: '', tab: 'article' }),
    () => writeState({ q: '' }),
  );

  private status = {
    events: new PanelStatus([$('panel-map'), $('panel-timeline'), $('panel-table')]),
    graph: new PanelStatus($('panel-graph')),
    claims: new PanelStatus($('panel-claims')),
    // The documents list and the article load separately: one must not make the other stale.
    docs: new PanelStatus($('docs-pane'), $('reader-tabs')),
    reader: new PanelStatus($('article-pane'), $('reader-tabs')),
  };

  /**
   * Entity names and types (places are no actors), one request per page load. The table does not
   * wait for it (it draws with the names the events carry, and again when it arrives); the graph
   * does, so that no place is ever drawn as an actor.
   */
  private loadEntities(): void {
    // The places on their own as well: on a big store they may not all be among the first 5,000.
    this.entitiesReady = Promise.all([api.entities(), api.entities('PLACE')]).then(
      ([all, places]) => {
        const seen = new Set(all.items.map((x) => x.id));
        this.entities = [...all.items, ...places.items.filter((x) => !seen.has(x.id))];
        if (this.events.length) void this.renderTable(readState());
      },
      () => undefined,
    );
  }

  private names(): NameBook {
    const book: NameBook = new Map();
    for (const x of this.entities) book.set(x.id, { en: x.name_en, ar: x.name_ar || null });
    for (const e of this.events) {
      for (const [a, ar] of [[e.source, e.names_ar?.source], [e.target, e.names_ar?.target]] as const) {
        if (a?.entity && !book.has(a.entity)) book.set(a.entity, { en: a.name_en ?? a.entity, ar: ar ?? null });
      }
    }
    return book;
  }

  /**
   * Entities of type PLACE. Without the entity index, the events' places below country level
   * stand in (a country can be a place and an actor, a city only a place).
   */
  private placeIds(): Set<string> {
    const out = new Set<string>();
    for (const x of this.entities) if (x.type === 'PLACE') out.add(x.id);
    if (!this.entities.length) for (const e of this.events) if (e.location?.entity && e.location.precision !== 'country') out.add(e.location.entity);
    return out;
  }

  private graphOptions(s: UiState, places: Set<string>): GraphOptions {
    const countryNames = new Map<string, { en: string; ar: string | null }>();
    // The country entity most documents name stands for its country (the list is sorted so).
    for (const x of this.entities) if (x.type === 'COUNTRY' && x.country && !countryNames.has(x.country)) countryNames.set(x.country, { en: x.name_en, ar: x.name_ar || null });
    return { group: s.group === 'countries' ? 'countries' : 'actors', top: Number(GRAPH_TOPS.includes(s.top) ? s.top : DEFAULT_TOP), quad: s.quad, places, countryNames };
  }

  private async renderTable(s: UiState): Promise<void> {
    const names = this.names();
    const ar = getLang() === 'ar';
    this.table.update(this.events.map((e) => toRow(e, names, ar)), s.sort, Number(s.page) || 1);
    if (this.truncated) $('table-note').append(' ', t('truncated', { n: this.events.length }));
  }

  private async renderGraph(s: UiState): Promise<void> {
    await this.entitiesReady;
    if (this.net) this.graph.update(this.net, this.graphOptions(s, this.placeIds()));
  }

  /** Map, timeline and table, from the events loaded so far; `truncated` when more match. */
  private drawEvents(items: ApiEvent[], truncated: boolean): void {
    this.events = items;
    this.eventsById = new Map(items.map((e) => [e.event_id, e]));
    this.truncated = truncated;
    this.map.update(items);
    if (truncated) $('map-note').append(' ', t('truncated', { n: items.length }));
    this.timeline.update(items);
    void this.renderTable(readState());
  }

  /**
   * The events of the filters, page after page while this is still the latest load; `firstDone`
   * resolves when the first page has been drawn (or has failed).
   */
  private async loadEvents(f: Record<string, string | undefined>, seq: number, firstDone: () => void): Promise<void> {
    let items: ApiEvent[] = [];
    try {
      for (let offset = 0; offset < EVENT_LIMIT && seq === this.loadSeq; ) {
        const limit = offset ? Math.min(NEXT_PAGE, EVENT_LIMIT - offset) : FIRST_PAGE;
        let next: number | null = null;
        const ok = await this.status.events.run(() => api.events(f, limit, offset), (page) => {
          items = offset ? [...items, ...page.items] : page.items;
          next = page.next_offset;
          this.drawEvents(items, next != null && next >= EVENT_LIMIT);
        });
        firstDone();
        if (!ok || next == null) return;
        offset = next;
      }
    } finally {
      firstDone();
    }
  }

  private loadViews(s: UiState): Promise<unknown> {
    const f = filtersOf(s);
    const seq = ++this.loadSeq;
    this.status.graph.waiting();
    this.status.claims.waiting();
    // The first page of events is asked alone: the network and the claims cost the server more, and
    // the map, timeline and table should not wait behind them.
    let firstDone!: () => void;
    const first = new Promise<void>((r) => (firstDone = r));
    const events = this.loadEvents(f, seq, firstDone);
    const rest = first.then(() => {
      if (seq !== this.loadSeq) return;
      const graph = this.status.graph.run(() => api.network(f), (net) => {
        this.net = net;
        void this.renderGraph(readState());
      });
      const claims = this.status.claims.run(() => api.claims(f), (c) => this.claims.update(c.items, c.total ?? c.items.length));
      return Promise.all([graph, claims]);
    });
    return Promise.all([events, rest]);
  }

  private loadDocs(s: UiState): Promise<unknown> {
    return this.status.docs.run(() => (s.q ? this.docs.showSearch(s.q) : this.docs.showAll()), () => undefined);
  }

  private async loadReader(s: UiState): Promise<void> {
    if (!s.doc) {
      this.reader.showMessage(t('reader.empty'));
      return;
    }
    if (this.reader.docId !== s.doc) {
      this.reader.showMessage(t('reader.loading'));
      let p = this.docCache.get(s.doc);
      if (!p) {
        p = api.document(s.doc);
        this.docCache.set(s.doc, p);
        p.catch(() => this.docCache.delete(s.doc));
      }
      const ok = await this.status.reader.run(() => p, (d) => {
        if (readState().doc === s.doc) this.reader.render(d);
      });
      if (!ok) {
        // Failed, not merely overtaken by a newer request for the article.
        if (readState().doc === s.doc && $('article-pane').dataset.state === 'error') this.reader.showMessage(t('reader.notfound'));
        return;
      }
    }
    if (s.ev !== '') this.reader.highlight(Number(s.ev));
  }

  async apply(): Promise<void> {
    const s = readState();
    const prev = this.prev;
    delete document.body.dataset.ready;
    const langChanged = changed(prev, s, ['lang']);
    if (langChanged) {
      setLang((s.lang === 'en' ? 'en' : 'ar') as Lang);
      labelControls();
    }
    syncControls(s);
    showTab(s.tab || (s.doc ? 'article' : 'docs'));
    const tasks: Promise<unknown>[] = [];
    const filtersChanged = changed(prev, s, FILTER_KEYS);
    if (langChanged || filtersChanged) {
      if (prev && filtersChanged) this.map.refit();
      tasks.push(this.loadViews(s));
    } else {
      if (changed(prev, s, ['sort', 'page'])) tasks.push(this.renderTable(s));
      if (changed(prev, s, GRAPH_KEYS)) tasks.push(this.renderGraph(s));
    }
    if (langChanged || changed(prev, s, ['q'])) tasks.push(this.loadDocs(s));
    if (changed(prev, s, ['doc', 'ev'])) tasks.push(this.loadReader(s));
    else if (langChanged) this.reader.relabel();
    this.prev = s;
    await Promise.all(tasks);
    document.body.dataset.ready = '1';
  }

  start(): void {
    this.loadEntities();
    void this.apply();
  }

  resize(): void {
    this.map.invalidate();
    this.graph.resize();
    this.timeline.update(this.events);
  }
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

wireControls();
$('search-form').addEventListener('submit', (e) => {
  e.preventDefault();
  writeState({ q: ($('search-input') as HTMLInputElement).value.trim(), tab: 'docs' });
});
$('lang-switch').addEventListener('click', () => writeState({ lang: getLang() === 'ar' ? 'en' : 'ar' }));
for (const b of document.querySelectorAll<HTMLButtonElement>('.tabs button')) {
  b.addEventListener('click', () => writeState({ tab: b.dataset.tab ?? 'docs' }));
}

const app = new App();
app.start();
window.addEventListener('hashchange', () => void app.apply());
window.addEventListener('resize', () => app.resize());
