// The timeline: an SVG strip with one lane per quad (verbal/material cooperation/conflict) and one
// dot per event on its date; events dated only by their article's publication day are hollow.
import type { ApiEvent } from './api.js';
import { QUADS, quadColor } from './colors.js';
import { clear, dot, h, svg } from './dom.js';
import { getLang, MODALITY_NAMES, named, QUAD_NAMES, t, typeLabel } from './i18n.js';
import { clip } from './map.js';

const DAY = 86_400_000;

/** The day an event can be drawn on, and whether it is the publication day. */
export function eventTime(e: ApiEvent): { t: number; published: boolean } | null {
  const d = e.date ?? '';
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(d);
  if (m) return { t: Date.UTC(+m[1], +m[2] - 1, +m[3]), published: false };
  m = /^(\d{4})-(\d{2})$/.exec(d);
  if (m) return { t: Date.UTC(+m[1], +m[2] - 1, 15), published: false };
  const p = /^(\d{4})-(\d{2})-(\d{2})/.exec(e.doc_published ?? '');
  if (p) return { t: Date.UTC(+p[1], +p[2] - 1, +p[3]), published: true };
  return null;
}

/** Dots closer than this many pixels on one lane are drawn as one, with a count. */
const BIN_PX = 18;
const LANE_H = 30;

interface Placed {
  e: ApiEvent;
  when: { t: number; published: boolean };
}

export class Timeline {
  constructor(private el: HTMLElement, private note: HTMLElement, private detail: HTMLElement, private onPick: (e: ApiEvent) => void) {}

  update(events: ApiEvent[]): void {
    clear(this.el);
    clear(this.detail);
    const placed = events.map((e) => ({ e, when: eventTime(e) })).filter((x): x is Placed => x.when != null);
    const undated = events.length - placed.length;
    this.note.textContent = undated ? t('timeline.undated', { n: undated }) : '';
    const ar = getLang() === 'ar';
    const width = Math.max(320, this.el.clientWidth || 800);
    const top = 8;
    const height = top + LANE_H * QUADS.length + 28;
    const root = svg('svg', { width, height, viewBox: `0 0 ${width} ${height}`, class: 'tl', role: 'img', direction: 'ltr' });
    this.el.appendChild(root);
    // Lane labels first, measured, so that the plot starts after the longest one.
    const labels = QUADS.map((q, i) => {
      const el = svg('text', { y: top + i * LANE_H + LANE_H / 2 + 4, 'text-anchor': 'end', class: 'tl-label' }, named(QUAD_NAMES, q));
      root.appendChild(el);
      return el;
    });
    const labelW = Math.ceil(Math.max(...labels.map((l) => l.getComputedTextLength?.() || 110))) + 14;
    const left = ar ? 8 : labelW;
    const right = ar ? labelW : 8;
    for (const l of labels) l.setAttribute('x', String(ar ? width - 6 : left - 6));
    if (ar) for (const l of labels) l.setAttribute('text-anchor', 'start'), l.setAttribute('direction', 'rtl');
    QUADS.forEach((_, i) => {
      root.insertBefore(svg('rect', { x: left, y: top + i * LANE_H, width: width - left - right, height: LANE_H - 2, class: `tl-lane lane-${i % 2}` }), root.firstChild);
    });
    if (!placed.length) {
      root.appendChild(svg('text', { x: width / 2, y: height / 2, 'text-anchor': 'middle', class: 'tl-empty' }, t('events.none')));
      return;
    }
    let min = Math.min(...placed.map((p) => p.when.t));
    let max = Math.max(...placed.map((p) => p.when.t));
    if (max - min < 6 * DAY) {
      min -= 3 * DAY;
      max += 3 * DAY;
    }
    const pad = (max - min) * 0.03;
    min -= pad;
    max += pad;
    const r = 5.5;
    const x = (v: number) => left + r + ((v - min) / (max - min)) * (width - left - right - 2 * r);
    const axisY = top + LANE_H * QUADS.length + 4;
    for (const tk of ticks(min, max)) {
      const tx = x(tk.t);
      root.appendChild(svg('line', { x1: tx, x2: tx, y1: top, y2: axisY, class: 'tl-tick' }));
      root.appendChild(svg('text', { x: tx, y: axisY + 14, 'text-anchor': 'middle', class: 'tl-axis' }, tk.label));
    }
    // One bin per lane and BIN_PX-wide column, drawn at the column's middle: a bin of one event is
    // its dot, a bigger bin one disc with its count. Nothing is pushed sideways, so nothing leaves
    // the plot, and discs of neighbouring bins never overlap.
    const bins = new Map<string, Placed[]>();
    for (const p of placed) {
      const lane = Math.max(0, QUADS.indexOf(p.e.quad as (typeof QUADS)[number]));
      const k = `${lane}:${Math.floor((x(p.when.t) - left) / BIN_PX)}`;
      let b = bins.get(k);
      if (!b) bins.set(k, (b = []));
      b.push(p);
    }
    for (const [k, b] of bins) {
      b.sort((a, c) => a.when.t - c.when.t);
      const [lane, col] = k.split(':').map(Number);
      const cx = Math.min(width - right - r, left + (col + 0.5) * BIN_PX);
      const cy = top + lane * LANE_H + LANE_H / 2 - 1;
      root.appendChild(b.length === 1 ? this.dot(b[0], cx, cy) : this.bin(b, cx, cy));
    }
  }

  private dot(p: Placed, cx: number, cy: number): SVGElement {
    const { e, when } = p;
    const c = svg('circle', {
      cx, cy, r: 5.5,
      class: `tl-ev${when.published ? ' tl-pub' : ''}`,
      fill: when.published ? '#fff' : quadColor(e.quad),
      stroke: quadColor(e.quad),
      'data-event': e.event_id,
      tabindex: 0,
      role: 'button',
    });
    c.appendChild(svg('title', {}, `${describe(e)}${when.published ? ' ' + t('timeline.published') : ''}\n${clip(e.evidence_text ?? e.summary_en, 160)}`));
    activate(c, () => this.onPick(e));
    return c;
  }

  /** Several events close in time on one lane: a disc with their count; a click lists them. */
  private bin(b: Placed[], cx: number, cy: number): SVGElement {
    const g = svg('g', { class: 'tl-bin', tabindex: 0, role: 'button', 'data-events': b.map((p) => p.e.event_id).join(' ') });
    const color = quadColor(b[0].e.quad);
    g.appendChild(svg('circle', { cx, cy, r: Math.min(BIN_PX / 2 - 0.5, 6 + Math.log2(b.length)), fill: color, stroke: '#fff', class: 'tl-ev' }));
    g.appendChild(svg('text', { x: cx, y: cy + 3.5, 'text-anchor': 'middle', class: 'tl-count' }, b.length > 99 ? '99+' : String(b.length)));
    g.appendChild(svg('title', {}, `${t('timeline.day', { n: b.length })}\n${b.slice(0, 5).map((p) => describe(p.e)).join('\n')}${b.length > 5 ? '\n…' : ''}`));
    activate(g, () => this.list(b));
    return g;
  }

  private list(b: Placed[]): void {
    clear(this.detail);
    const ul = h('ul', { class: 'edge-events' });
    for (const { e } of b) {
      const item = h('button', { type: 'button', class: 'linkish', 'data-event': e.event_id }, dot(quadColor(e.quad)), describe(e));
      item.addEventListener('click', () => this.onPick(e));
      ul.appendChild(h('li', {}, item));
    }
    this.detail.appendChild(ul);
  }
}

function describe(e: ApiEvent): string {
  const mod = e.modality !== 'asserted' ? ` (${named(MODALITY_NAMES, e.modality)})` : '';
  return `${typeLabel(e.type)}${mod} · ${e.date ?? e.doc_published?.slice(0, 10) ?? ''}`;
}

function activate(el: SVGElement, go: () => void): void {
  el.addEventListener('click', go);
  el.addEventListener('keydown', (ev) => {
    if ((ev as KeyboardEvent).key === 'Enter') go();
  });
}

function ticks(min: number, max: number): { t: number; label: string }[] {
  const span = max - min;
  const lang = getLang() === 'ar' ? 'ar' : 'en-GB';
  const out: { t: number; label: string }[] = [];
  const d = new Date(min);
  if (span <= 60 * DAY) {
    const step = Math.max(1, Math.ceil(span / DAY / 8));
    const fmt = new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'short', timeZone: 'UTC' });
    for (let v = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + 1); v <= max; v += step * DAY) out.push({ t: v, label: fmt.format(v) });
  } else if (span <= 3 * 365 * DAY) {
    const months = span / (30 * DAY);
    const step = Math.max(1, Math.ceil(months / 8));
    const fmt = new Intl.DateTimeFormat(lang, { month: 'short', year: '2-digit', timeZone: 'UTC' });
    for (let y = d.getUTCFullYear(), m = d.getUTCMonth() + 1; ; m += step) {
      const v = Date.UTC(y, m, 1);
      if (v > max) break;
      out.push({ t: v, label: fmt.format(v) });
    }
  } else {
    const years = span / (365 * DAY);
    const step = Math.max(1, Math.ceil(years / 8));
    const fmt = new Intl.DateTimeFormat(lang, { year: 'numeric', timeZone: 'UTC' });
    for (let y = d.getUTCFullYear() + 1; Date.UTC(y, 0, 1) <= max; y += step) out.push({ t: Date.UTC(y, 0, 1), label: fmt.format(Date.UTC(y, 0, 1)) });
  }
  return out;
}
