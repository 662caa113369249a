// The actor graph (cytoscape): actors as nodes, who-acted-on-whom as directed edges, wider with
// more events, green for mostly cooperation and red for mostly conflict. Selecting an edge lists its
// events; each jumps to its sentence.
import cytoscape from 'cytoscape';
import type { Network } from './api.js';
import { clear, h } from './dom.js';
import { getLang, t } from './i18n.js';

export interface GraphPickers {
  /** An event id doc_id:idx. */
  pickEvent(eventId: string): void;
  filterActor(id: string): void;
  /** Label for an event id (from the events loaded for the map and timeline). */
  describe(eventId: string): string;
}

export class ActorGraph {
  private cy: cytoscape.Core | null = null;

  constructor(private el: HTMLElement, private detail: HTMLElement, private note: HTMLElement, private pick: GraphPickers) {}

  update(net: Network): void {
    clear(this.detail);
    this.cy?.destroy();
    this.cy = null;
    this.note.textContent = net.edges.length ? t('graph.edges', { n: net.edges.length }) : '';
    if (!net.edges.length) {
      clear(this.el);
      this.el.appendChild(h('div', { class: 'empty', text: t('graph.none') }));
      return;
    }
    clear(this.el);
    const ar = getLang() === 'ar';
    const maxCount = Math.max(...net.edges.map((e) => e.count));
    const elements: cytoscape.ElementDefinition[] = [
      ...net.nodes.map((n) => ({
        data: { id: n.id, label: (ar && n.name_ar) || n.name_en, size: 18 + 6 * Math.sqrt(n.events), country: n.country ?? '' },
      })),
      ...net.edges.map((e) => ({
        data: {
          id: e.id,
          source: e.source,
          target: e.target,
          width: 1.5 + 6 * (e.count / maxCount),
          color: e.conflict.count > e.cooperation.count ? '#c92a2a' : e.conflict.count === e.cooperation.count ? '#868e96' : '#2f9e44',
          label: String(e.count),
        },
      })),
    ];
    this.cy = cytoscape({
      container: this.el,
      elements,
      // Laid out inside the panel's own box, so that the fit keeps labels at their written size.
      layout: {
        name: net.nodes.length > 2 ? 'cose' : 'circle',
        animate: false,
        padding: 24,
        nodeRepulsion: () => 6000,
        idealEdgeLength: () => 70,
        boundingBox: { x1: 0, y1: 0, w: Math.max(200, this.el.clientWidth - 40), h: Math.max(150, this.el.clientHeight - 40) },
        randomize: false,
      } as cytoscape.LayoutOptions,
      minZoom: 0.3,
      maxZoom: 3,
      wheelSensitivity: 0.3,
      style: [
        {
          selector: 'node',
          style: {
            'background-color': '#495057',
            width: 'data(size)',
            height: 'data(size)',
            label: 'data(label)',
            'font-size': 13,
            'min-zoomed-font-size': 6,
            'font-family': 'Noto Naskh Arabic, Amiri, Tahoma, DejaVu Sans, sans-serif',
            color: '#212529',
            'text-valign': 'bottom',
            'text-margin-y': 4,
            'text-outline-color': '#fff',
            'text-outline-width': 2,
          },
        },
        {
          selector: 'edge',
          style: {
            width: 'data(width)',
            'line-color': 'data(color)',
            'target-arrow-color': 'data(color)',
            'target-arrow-shape': 'triangle',
            'curve-style': 'bezier',
            opacity: 0.8,
            label: 'data(label)',
            'font-size': 10,
            color: '#495057',
            'text-background-color': '#fff',
            'text-background-opacity': 0.8,
          },
        },
        { selector: ':selected', style: { 'overlay-color': '#fab005', 'overlay-opacity': 0.25 } },
      ],
    });
    this.cy.on('tap', 'edge', (ev) => this.showEdge(net, ev.target.id() as string));
    this.cy.on('tap', 'node', (ev) => this.showNode(net, ev.target.id() as string));
  }

  resize(): void {
    this.cy?.resize();
    this.cy?.fit(undefined, 20);
  }

  private label(net: Network, id: string): string {
    const n = net.nodes.find((x) => x.id === id);
    return n ? (getLang() === 'ar' && n.name_ar) || n.name_en : id;
  }

  private showEdge(net: Network, id: string): void {
    const e = net.edges.find((x) => x.id === id);
    if (!e) return;
    clear(this.detail);
    this.detail.appendChild(
      h('div', { class: 'edge-head' },
        h('strong', { text: `${this.label(net, e.source)} → ${this.label(net, e.target)}` }),
        h('div', { class: 'note', text: `${t('graph.coop')}: ${e.cooperation.count} · ${t('graph.conflict')}: ${e.conflict.count} · ⌀ ${e.mean_intensity}` }),
      ),
    );
    const ul = h('ul', { class: 'edge-events' });
    for (const ref of e.events) {
      const b = h('button', { type: 'button', class: 'linkish', 'data-event': ref, text: this.pick.describe(ref) });
      b.addEventListener('click', () => this.pick.pickEvent(ref));
      ul.appendChild(h('li', {}, b));
    }
    this.detail.appendChild(ul);
  }

  private showNode(net: Network, id: string): void {
    clear(this.detail);
    const b = h('button', { type: 'button', class: 'small', text: t('graph.filter') });
    b.addEventListener('click', () => this.pick.filterActor(id.startsWith('name:') ? id.slice(5) : id));
    const n = net.nodes.find((x) => x.id === id);
    this.detail.appendChild(
      h('div', { class: 'edge-head' },
        h('strong', { text: this.label(net, id) }),
        h('div', { class: 'note', text: [n?.name_en, n?.country, n?.sector, /^Q\d+$/.test(id) ? id : ''].filter(Boolean).join(' · ') }),
        b,
      ),
    );
  }
}
