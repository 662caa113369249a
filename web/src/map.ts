// The map: an offline basemap of country shapes (Natural Earth via world-atlas, drawn by Leaflet
// from TopoJSON; no tile server) and one circle per place, sized by its number of events.
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { ApiEvent } from './api.js';
import { quadColor } from './colors.js';
import { bdi, dot, h } from './dom.js';
import { dayEl, getLang, MODALITY_NAMES, named, t, typeLabel } from './i18n.js';

type Pick = (e: ApiEvent) => void;

export class EventMap {
  private map: L.Map;
  private markers = L.layerGroup();
  private fitted = false;

  constructor(private el: HTMLElement, private note: HTMLElement, private onPick: Pick) {
    this.map = L.map(el, { zoomSnap: 0.25, minZoom: 1, maxZoom: 12, worldCopyJump: false, attributionControl: true, preferCanvas: false });
    this.map.attributionControl.setPrefix(false);
    this.map.attributionControl.addAttribution('Natural Earth · world-atlas');
    this.map.setView([27, 40], 3.5);
    this.markers.addTo(this.map);
    this.map.on('zoomend', () => this.render());
    void this.loadBasemap();
  }

  private async loadBasemap(): Promise<void> {
    // 110m first (small, immediate), then the 50m shapes for closer zooms.
    const small = (await import('world-atlas/countries-110m.json')).default as unknown as Topology;
    const layer = this.countries(small).addTo(this.map);
    layer.bringToBack();
    const fine = (await import('world-atlas/countries-50m.json')).default as unknown as Topology;
    const fineLayer = this.countries(fine);
    fineLayer.addTo(this.map);
    fineLayer.bringToBack();
    this.map.removeLayer(layer);
  }

  private countries(topo: Topology): L.GeoJSON {
    const geo = feature(topo, topo.objects.countries as GeometryCollection);
    return L.geoJSON(geo, {
      interactive: false,
      style: { color: '#97a3b6', weight: 0.7, fillColor: '#eef1f4', fillOpacity: 1 },
    });
  }

  private events: ApiEvent[] = [];

  update(events: ApiEvent[]): void {
    this.events = events;
    const located = events.filter((e) => e.location?.lat != null && e.location?.lon != null);
    const without = events.length - located.length;
    this.note.textContent = [t('map.shown', { n: located.length }), without ? t('map.nocoords', { n: without }) : ''].filter(Boolean).join(' · ');
    this.render();
    if (located.length && !this.fitted) {
      this.fitted = true;
      this.map.fitBounds(L.latLngBounds(located.map((e) => [e.location!.lat!, e.location!.lon!] as L.LatLngTuple)), { maxZoom: 6, padding: [30, 30] });
    }
  }

  /**
   * One marker per place, and places closer than a marker's size at this zoom share one: a click
   * on a shared marker lists its events.
   */
  private render(): void {
    this.markers.clearLayers();
    const places = new Map<string, ApiEvent[]>();
    for (const e of this.events) {
      const l = e.location;
      if (!l || l.lat == null || l.lon == null) continue;
      const k = `${l.lat.toFixed(2)},${l.lon.toFixed(2)}`;
      let g = places.get(k);
      if (!g) places.set(k, (g = []));
      g.push(e);
    }
    const zoom = this.map.getZoom();
    const clusters: { pt: L.Point; ll: L.LatLng; events: ApiEvent[] }[] = [];
    for (const g of places.values()) {
      const ll = L.latLng(g[0].location!.lat!, g[0].location!.lon!);
      const pt = this.map.project(ll, zoom);
      const near = clusters.find((c) => c.pt.distanceTo(pt) < 18);
      if (near) near.events.push(...g);
      else clusters.push({ pt, ll, events: [...g] });
    }
    for (const { ll, events: g } of clusters) {
      // Colour by the most frequent quad of the place.
      const counts = new Map<string, number>();
      for (const e of g) counts.set(e.quad, (counts.get(e.quad) ?? 0) + 1);
      const quad = [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0];
      const m = L.circleMarker(ll, {
        radius: Math.min(22, 6 + 2.5 * Math.sqrt(g.length - 1)),
        color: '#fff',
        weight: 1.5,
        fillColor: quadColor(quad),
        fillOpacity: 0.85,
        className: 'ev-marker',
      });
      m.bindTooltip(this.tooltip(g), { direction: 'top', offset: [0, -6], className: 'ev-tip' });
      m.on('click', () => {
        if (g.length === 1) this.onPick(g[0]);
        else m.bindPopup(this.list(g), { maxWidth: 340, className: 'ev-popup' }).openPopup();
      });
      m.addTo(this.markers);
      const path = m.getElement();
      if (path) {
        path.setAttribute('data-events', g.map((e) => e.event_id).join(' '));
        path.setAttribute('role', 'button');
        path.setAttribute('aria-label', g.map((e) => e.type).join(', '));
      }
    }
  }

  /** Refit to the markers (after the filters change). */
  refit(): void {
    this.fitted = false;
  }

  invalidate(): void {
    this.map.invalidateSize();
  }

  private tooltip(g: ApiEvent[]): HTMLElement {
    const ar = getLang() === 'ar';
    const names = [...new Set(g.map((e) => (ar && e.names_ar?.location) || e.location?.name_en || ''))].filter(Boolean);
    const place = names.slice(0, 3).join(ar ? '، ' : ', ') + (names.length > 3 ? '…' : '');
    return h(
      'div',
      { dir: ar ? 'rtl' : 'ltr', class: 'tip' },
      h('strong', { dir: 'auto', text: place }),
      ...g.slice(0, 3).map((e) =>
        h('div', { class: 'tip-ev' },
          h('div', { class: 'tip-head' },
            dot(quadColor(e.quad)),
            `${typeLabel(e.type)}${e.modality !== 'asserted' ? ` (${named(MODALITY_NAMES, e.modality)})` : ''}`,
            calendarDay(e.date) ? ' · ' : null,
            calendarDay(e.date) ? dayEl(calendarDay(e.date)!) : null,
          ),
          actorsLine(e, ar),
          e.evidence_text ? h('div', { class: 'tip-text', dir: 'rtl', text: clip(e.evidence_text, 100) }) : null,
        ),
      ),
      g.length > 3 ? h('div', { class: 'note', text: `+${g.length - 3}` }) : null,
    );
  }

  private list(g: ApiEvent[]): HTMLElement {
    const ar = getLang() === 'ar';
    const ul = h('ul', { class: 'popup-list', dir: ar ? 'rtl' : 'ltr' });
    for (const e of g) {
      const b = h('button', { type: 'button', class: 'linkish', 'data-event': e.event_id },
        dot(quadColor(e.quad)),
        typeLabel(e.type),
        calendarDay(e.date) ? ' · ' : null,
        calendarDay(e.date) ? dayEl(calendarDay(e.date)!) : null,
        actorsLine(e, ar),
        e.evidence_text ? h('div', { class: 'tip-text', text: clip(e.evidence_text, 120) }) : null,
      );
      b.addEventListener('click', () => {
        this.map.closePopup();
        this.onPick(e);
      });
      ul.appendChild(h('li', {}, b));
    }
    return ul;
  }
}

/** The event's date when it is a calendar date (not a week form such as XXXX-WXX-4). */
export function calendarDay(d: string | null | undefined): string | null {
  const m = /^\d{4}(-\d{2}(-\d{2})?)?/.exec(d ?? '');
  return m ? m[0] : null;
}

/** "source → target" with the names in the interface's language; null when neither is known. */
function actorsLine(e: ApiEvent, ar: boolean): HTMLElement | null {
  const src = (ar && e.names_ar?.source) || e.source?.name_en || '';
  const tgt = (ar && e.names_ar?.target) || e.target?.name_en || '';
  if (!src && !tgt) return null;
  return h('div', { class: 'tip-actors' }, bdi(src || '?'), ar ? ' ← ' : ' → ', bdi(tgt || '?'));
}

export function clip(s: string, n: number): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > n ? one.slice(0, n - 1) + '…' : one;
}
