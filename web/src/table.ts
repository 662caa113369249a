// The events table: who did what to whom, where and when, one row per event of the current filters,
// sortable by column, paged, and downloadable as CSV (the whole view, not just the page). A row
// opens the reader at the event's sentence.
import type { ApiEvent } from './api.js';
import { quadColor } from './colors.js';
import { bdi, clear, dot, h } from './dom.js';
import { dayEl, getLang, MODALITY_NAMES, named, t, typeLabel } from './i18n.js';
import { clip } from './map.js';
import { parseSort, rowsToCsv, sortRows, type ActorCell, type EventRow, type SortKey } from './rows.js';

export const PAGE_SIZE = 50;

export interface TableHandlers {
  pick(e: ApiEvent): void;
  sort(s: string): void;
  page(p: number): void;
}

const HEADERS: [string, SortKey | null][] = [
  ['col.date', 'date'],
  ['col.type', 'type'],
  ['col.source', 'source'],
  ['col.target', 'target'],
  ['col.place', 'place'],
  ['col.fatalities', 'fatalities'],
  ['col.modality', 'modality'],
  ['col.claimed', 'claimed_by'],
  ['col.summary', null],
  ['col.outlet', 'outlet'],
];

export class EventsTable {
  private rows: EventRow[] = [];

  constructor(private el: HTMLElement, private note: HTMLElement, private on: TableHandlers) {}

  /** `sortSpec` and `page` come from the URL; rows are all the events of the filters. */
  update(rows: EventRow[], sortSpec: string, page: number): void {
    const sort = parseSort(sortSpec);
    this.rows = sortRows(rows, sort, getLang() === 'ar' ? 'ar' : 'en');
    const pages = Math.max(1, Math.ceil(this.rows.length / PAGE_SIZE));
    const p = Math.min(Math.max(1, page || 1), pages);
    clear(this.el);
    this.note.textContent = t('table.count', { n: this.rows.length });
    if (!this.rows.length) {
      this.el.appendChild(h('div', { class: 'empty', text: t('events.none') }));
      return;
    }
    this.el.appendChild(this.toolbar(p, pages));
    const table = h('table', { class: 'ev-table' });
    table.appendChild(this.head(sort));
    const body = h('tbody');
    for (const r of this.rows.slice((p - 1) * PAGE_SIZE, p * PAGE_SIZE)) body.appendChild(this.row(r));
    table.appendChild(body);
    this.el.appendChild(h('div', { class: 'table-scroll' }, table));
  }

  /** The CSV of the whole view, in its current order. */
  csv(): string {
    return rowsToCsv(this.rows);
  }

  private toolbar(p: number, pages: number): HTMLElement {
    const prev = h('button', { type: 'button', class: 'small', 'data-page': 'prev', disabled: p <= 1, text: t('table.prev') });
    const next = h('button', { type: 'button', class: 'small', 'data-page': 'next', disabled: p >= pages, text: t('table.next') });
    prev.addEventListener('click', () => this.on.page(p - 1));
    next.addEventListener('click', () => this.on.page(p + 1));
    const csv = h('button', { type: 'button', class: 'small csv', id: 'table-csv', text: t('table.csv') });
    csv.addEventListener('click', () => download(this.csv(), 'rasad-events.csv'));
    const from = (p - 1) * PAGE_SIZE + 1;
    const to = Math.min(p * PAGE_SIZE, this.rows.length);
    return h('div', { class: 'table-bar' },
      prev,
      h('span', { class: 'note page-of', text: t('table.page', { from, to, n: this.rows.length }) }),
      next,
      csv,
    );
  }

  private head(sort: { key: SortKey; desc: boolean }): HTMLElement {
    const tr = h('tr');
    for (const [label, key] of HEADERS) {
      if (!key) {
        tr.appendChild(h('th', { scope: 'col', text: t(label) }));
        continue;
      }
      const on = sort.key === key;
      const b = h('button', { type: 'button', class: 'th-sort', 'data-sort': key, text: `${t(label)}${on ? (sort.desc ? ' ▼' : ' ▲') : ''}` });
      // Dates and counts read best newest / biggest first; names from A.
      const firstDesc = key === 'date' || key === 'fatalities';
      b.addEventListener('click', () => this.on.sort(on ? (sort.desc ? key : `-${key}`) : firstDesc ? `-${key}` : key));
      tr.appendChild(h('th', { scope: 'col', 'aria-sort': on ? (sort.desc ? 'descending' : 'ascending') : 'none' }, b));
    }
    return h('thead', {}, tr);
  }

  private row(r: EventRow): HTMLElement {
    const e = r.e;
    const ar = getLang() === 'ar';
    const summary = ar && r.sentence ? r.sentence : r.summary;
    const tr = h('tr', { 'data-event': e.event_id, tabindex: 0, title: r.sentence || r.summary },
      h('td', { class: r.dated ? 'c-date' : 'c-date undated' }, r.date ? dayEl(r.date) : null),
      h('td', { class: 'c-type' }, dot(quadColor(e.quad)), typeLabel(r.type), r.mode ? h('div', { class: 'note', text: r.mode }) : null),
      h('td', {}, actor(r.source)),
      h('td', {}, actor(r.target)),
      h('td', {}, r.place ? bdi(r.place) : null),
      h('td', { class: 'num', text: r.fatalities == null ? '' : String(r.fatalities) }),
      h('td', { text: r.modality === 'asserted' ? '' : named(MODALITY_NAMES, r.modality) }),
      h('td', {}, r.claimed_by ? bdi(r.claimed_by) : null),
      h('td', { class: 'c-summary', dir: ar && r.sentence ? 'rtl' : 'ltr', text: clip(summary, 160) }),
      h('td', {}, r.outlet ? bdi(r.outlet) : null),
    );
    tr.addEventListener('click', () => this.on.pick(e));
    tr.addEventListener('keydown', (ev) => {
      if (ev.key === 'Enter') this.on.pick(e);
    });
    return tr;
  }
}

function actor(a: ActorCell): HTMLElement | null {
  if (!a.name && !a.country) return null;
  const meta = [a.country, a.sector].filter(Boolean).join(' · ');
  return h('span', { class: 'actor' }, a.name ? bdi(a.name) : null, meta ? h('span', { class: 'note', dir: 'ltr', text: meta }) : null);
}

/** Saves `text` as a file through a blob URL (no request to the server). */
function download(text: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.setAttribute('href', url);
  a.setAttribute('download', name);
  document.body.appendChild(a);
  a.click();
  a.remove();
  // The download has taken its copy by then; the URL only has to outlive the click.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
