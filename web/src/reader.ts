// The article reader: the cleaned text with its layers highlighted (entities, times, numbers,
// quotes, event evidence). The text is cut at every span boundary and each piece becomes a text
// node, wrapped in a <span> carrying the classes of the layers that cover it; no markup from the
// article is ever interpreted. Jumping to an event marks its sentence and trigger and scrolls there.
import type { Doc, EventRecord } from './api.js';
import { quadColor } from './colors.js';
import { bdi, clear, dot, h, httpUrl, linkOrText } from './dom.js';
import { dayEl, ENTITY_TYPE_NAMES, MODALITY_NAMES, named, t, typeLabel } from './i18n.js';

interface Layer {
  start: number;
  end: number;
  cls: string;
  title?: string;
  ev?: number;
}

interface Segment {
  el: HTMLElement;
  start: number;
  end: number;
}

const LAYERS = [
  ['ent', 'legend.ent'],
  ['time', 'legend.time'],
  ['qty', 'legend.qty'],
  ['quote', 'legend.quote'],
  ['ev', 'legend.ev'],
] as const;

export class Reader {
  private doc: Doc | null = null;
  private segments: Segment[] = [];
  private active: number | null = null;
  private hidden = new Set<string>();

  constructor(
    private head: HTMLElement,
    private legend: HTMLElement,
    private list: HTMLElement,
    private body: HTMLElement,
    private onSelect: (docId: string, idx: number | null) => void,
  ) {}

  get docId(): string | null {
    return this.doc?.id ?? null;
  }

  showMessage(msg: string): void {
    this.doc = null;
    this.segments = [];
    clear(this.head);
    clear(this.list);
    clear(this.body);
    clear(this.legend);
    this.body.appendChild(h('p', { class: 'empty', text: msg }));
  }

  render(doc: Doc): void {
    this.doc = doc;
    this.active = null;
    this.renderHead(doc);
    this.renderLegend();
    this.renderEvents(doc);
    this.renderText(doc);
  }

  /** Re-renders labels (language switch) keeping the selection. */
  relabel(): void {
    if (!this.doc) return;
    const a = this.active;
    this.render(this.doc);
    if (a != null) this.highlight(a, false);
  }

  private renderHead(doc: Doc): void {
    clear(this.head);
    const s = doc.source;
    this.head.appendChild(h('h3', { dir: 'auto', text: s.title ?? doc.input }));
    const meta: (Node | string)[] = [];
    const add = (x: Node | string) => meta.push(...(meta.length ? [' · ', x] : [x]));
    if (s.outlet) add(bdi(s.outlet));
    if (s.published) add(dayEl(s.published.slice(0, 10)));
    // Only an absolute http(s) URL is a link; anything else is shown as text.
    if (s.url) add(linkOrText(s.url, httpUrl(s.url) ? hostOf(s.url) : s.url.slice(0, 120), { dir: 'ltr' }));
    this.head.appendChild(h('div', { class: 'note source-line' }, ...meta));
  }

  private renderLegend(): void {
    clear(this.legend);
    for (const [key, label] of LAYERS) {
      const box = h('input', { type: 'checkbox', checked: !this.hidden.has(key) });
      box.addEventListener('change', () => {
        if (box.checked) this.hidden.delete(key);
        else this.hidden.add(key);
        this.body.classList.toggle(`hide-${key}`, !box.checked);
      });
      this.body.classList.toggle(`hide-${key}`, this.hidden.has(key));
      this.legend.appendChild(h('label', { class: `lg lg-${key}` }, box, h('span', { class: `sw m-${key}`, text: t(label) })));
    }
  }

  private renderEvents(doc: Doc): void {
    clear(this.list);
    if (!doc.events.length) return;
    this.list.appendChild(h('div', { class: 'col-title', text: t('reader.events') }));
    const ol = h('ol', { class: 'ev-list' });
    doc.events.forEach((e, i) => {
      const mod = e.modality !== 'asserted' ? ` (${named(MODALITY_NAMES, e.modality)})` : '';
      const b = h('button', { type: 'button', class: 'linkish', 'data-idx': i }, dot(quadColor(e.quad)), `${typeLabel(e.type)}${mod}`, h('span', { class: 'summary', dir: 'ltr', text: e.summary_en }));
      b.addEventListener('click', () => this.onSelect(doc.id, i));
      ol.appendChild(h('li', { 'data-idx': i }, b));
    });
    this.list.appendChild(ol);
  }

  private layers(doc: Doc): Layer[] {
    const out: Layer[] = [];
    const len = doc.text.length;
    const ok = (s: { start: number; end: number }) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end <= len && s.start < s.end;
    for (const e of doc.entities) {
      const title = `${e.name_ar} · ${e.name_en} (${named(ENTITY_TYPE_NAMES, e.type)}${e.country ? ', ' + e.country : ''}${e.role ? ', ' + e.role : ''})${/^Q\d+$/.test(e.id) ? ' ' + e.id : ''}`;
      for (const m of e.mentions) if (ok(m)) out.push({ start: m.start, end: m.end, cls: `m-ent t-${e.type.toLowerCase()}`, title });
    }
    for (const x of doc.times) if (ok(x)) out.push({ start: x.start, end: x.end, cls: 'm-time', title: `${x.value} (${x.granularity})` });
    for (const q of doc.quantities) if (ok(q)) out.push({ start: q.start, end: q.end, cls: 'm-qty', title: `${q.value}${q.unit ? ' ' + q.unit : ''} (${q.kind})` });
    for (const q of doc.quotes) if (ok(q)) out.push({ start: q.start, end: q.end, cls: 'm-quote', title: `${q.cue}${q.speaker ? ' — ' + q.speaker : ''}` });
    doc.events.forEach((e, i) => {
      if (ok(e.evidence)) out.push({ start: e.evidence.start, end: e.evidence.end, cls: 'm-ev', title: describe(e), ev: i });
      if (e.trigger && ok(e.trigger)) out.push({ start: e.trigger.start, end: e.trigger.end, cls: 'm-trig', ev: i });
    });
    return out;
  }

  private renderText(doc: Doc): void {
    clear(this.body);
    this.segments = [];
    const text = doc.text;
    const layers = this.layers(doc);
    const cuts = new Set<number>([0, text.length]);
    for (const l of layers) {
      cuts.add(l.start);
      cuts.add(l.end);
    }
    const points = [...cuts].sort((a, b) => a - b);
    // Sweep: layers sorted by start; the active set changes only at cut points.
    const byStart = [...layers].sort((a, b) => a.start - b.start);
    let next = 0;
    let active: Layer[] = [];
    const frag = document.createDocumentFragment();
    for (let i = 0; i + 1 < points.length; i++) {
      const a = points[i];
      const b = points[i + 1];
      active = active.filter((l) => l.end > a);
      while (next < byStart.length && byStart[next].start <= a) {
        if (byStart[next].end > a) active.push(byStart[next]);
        next++;
      }
      const piece = text.slice(a, b);
      if (!active.length) {
        frag.appendChild(document.createTextNode(piece));
        continue;
      }
      const classes = new Set<string>();
      const titles: string[] = [];
      const evs: number[] = [];
      for (const l of active) {
        for (const c of l.cls.split(' ')) classes.add(c);
        if (l.title && !titles.includes(l.title)) titles.push(l.title);
        if (l.ev != null && l.cls === 'm-ev') evs.push(l.ev);
      }
      const span = document.createElement('span');
      span.className = [...classes].join(' ');
      if (titles.length) span.title = titles.join('\n');
      if (evs.length) span.dataset.ev = evs.join(' ');
      span.textContent = piece;
      if (evs.length) span.addEventListener('click', () => this.onSelect(doc.id, evs[0]));
      frag.appendChild(span);
      this.segments.push({ el: span, start: a, end: b });
    }
    this.body.appendChild(frag);
  }

  /** Marks event `idx`'s sentence and trigger; scrolls there. */
  highlight(idx: number, scroll = true): void {
    const doc = this.doc;
    if (!doc) return;
    for (const el of this.body.querySelectorAll('.ev-active, .trig-active')) el.classList.remove('ev-active', 'trig-active');
    for (const el of this.list.querySelectorAll('li.sel')) el.classList.remove('sel');
    const e = doc.events[idx];
    if (!e) return;
    this.active = idx;
    let first: HTMLElement | null = null;
    for (const s of this.segments) {
      if (s.start >= e.evidence.start && s.end <= e.evidence.end) {
        s.el.classList.add('ev-active');
        first ??= s.el;
        if (e.trigger && s.start >= e.trigger.start && s.end <= e.trigger.end) s.el.classList.add('trig-active');
      }
    }
    this.list.querySelector(`li[data-idx="${idx}"]`)?.classList.add('sel');
    if (first && scroll) first.scrollIntoView({ block: 'center', behavior: 'auto' });
  }
}

function describe(e: EventRecord): string {
  const mod = e.modality !== 'asserted' ? ` (${e.modality})` : '';
  return `${e.type}${mod} · ${e.summary_en}`;
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url.slice(0, 60);
  }
}
