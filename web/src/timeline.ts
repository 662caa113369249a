// The timeline: an SVG strip with one lane per quad (verbal/material cooperation/conflict) and one
// dot per event on its date; events dated only by their article's publication day are hollow.
import type { ApiEvent } from './api.js';
import { QUADS, quadColor } from './colors.js';
import { clear, svg } from './dom.js';
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

export class Timeline {
  constructor(private el: HTMLElement, private note: HTMLElement, private onPick: (e: ApiEvent) => void) {}

  update(events: ApiEvent[]): void {
    clear(this.el);
    const placed = events.map((e) => ({ e, when: eventTime(e) })).filter((x): x is { e: ApiEvent; when: { t: number; published: boolean } } => x.when != null);
    const undated = events.length - placed.length;
    this.note.textContent = undated ? t('timeline.undated', { n: undated }) : '';
    const width = Math.max(320, this.el.clientWidth || 800);
    const laneH = 30;
    const left = getLang() === 'ar' ? 12 : 130;
    const right = getLang() === 'ar' ? 130 : 12;
    const top = 8;
    const height = top + laneH * QUADS.length + 28;
    const root = svg('svg', { width, height, viewBox: `0 0 ${width} ${height}`, class: 'tl', role: 'img', direction: 'ltr' });
    if (!placed.length) {
      root.appendChild(svg('text', { x: width / 2, y: height / 2, 'text-anchor': 'middle', class: 'tl-empty' }, t('events.none')));
      this.el.appendChild(root);
      return;
    }
    let min = Math.min(...placed.map((p) => p.when.t));
    let max = Math.max(...placed.map((p) => p.when.t));
    if (max - min < 6 * DAY) {
      min -= 3 * DAY;
      max += 3 * DAY;
    }
    const pad = (max - min) * 0.04;
    min -= pad;
    max += pad;
    const x = (v: number) => left + ((v - min) / (max - min)) * (width - left - right);
    // Lanes, labelled on the reading side.
    QUADS.forEach((q, i) => {
      const y = top + i * laneH;
      root.appendChild(svg('rect', { x: left, y, width: width - left - right, height: laneH - 2, class: `tl-lane lane-${i % 2}` }));
      const ar = getLang() === 'ar';
      root.appendChild(
        svg('text', { x: ar ? width - 6 : left - 6, y: y + laneH / 2 + 4, 'text-anchor': ar ? 'start' : 'end', direction: ar ? 'rtl' : 'ltr', class: 'tl-label' }, named(QUAD_NAMES, q)),
      );
    });
    // Axis ticks: days, months or years depending on the span.
    const axisY = top + laneH * QUADS.length + 4;
    for (const tk of ticks(min, max)) {
      const tx = x(tk.t);
      root.appendChild(svg('line', { x1: tx, x2: tx, y1: top, y2: axisY, class: 'tl-tick' }));
      root.appendChild(svg('text', { x: tx, y: axisY + 14, 'text-anchor': 'middle', class: 'tl-axis' }, tk.label));
    }
    // Dots, stacked a little when they share a day and lane.
    const stack = new Map<string, number>();
    for (const { e, when } of placed) {
      const lane = Math.max(0, QUADS.indexOf(e.quad as (typeof QUADS)[number]));
      const k = `${lane}:${when.t}`;
      const n = stack.get(k) ?? 0;
      stack.set(k, n + 1);
      const cy = top + lane * laneH + laneH / 2 - 1 + (n % 3 === 1 ? -7 : n % 3 === 2 ? 7 : 0);
      const cx = x(when.t) + Math.floor(n / 3) * 7;
      const c = svg('circle', {
        cx, cy, r: 5.5,
        class: `tl-ev${when.published ? ' tl-pub' : ''}`,
        fill: when.published ? '#fff' : quadColor(e.quad),
        stroke: quadColor(e.quad),
        'data-event': e.event_id,
        tabindex: 0,
        role: 'button',
      });
      const mod = e.modality !== 'asserted' ? ` (${named(MODALITY_NAMES, e.modality)})` : '';
      c.appendChild(svg('title', {}, `${typeLabel(e.type)}${mod} · ${e.date ?? e.doc_published ?? ''}${when.published ? ' ' + t('timeline.published') : ''}\n${clip(e.evidence_text ?? e.summary_en, 160)}`));
      c.addEventListener('click', () => this.onPick(e));
      c.addEventListener('keydown', (ev) => {
        if ((ev as KeyboardEvent).key === 'Enter') this.onPick(e);
      });
      root.appendChild(c);
    }
    this.el.appendChild(root);
  }
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
