// The actor graph (cytoscape): actors, or their countries, as nodes; who-acted-on-whom as directed
// edges, wider with more events, green for mostly cooperation and red for mostly conflict. Only the
// biggest nodes carry a label, and only where it covers no other (the rest on hover); the drawing
// is fitted to the panel after every change. Selecting an edge lists its events.
import cytoscape from 'cytoscape';
import type { Network } from './api.js';
import { clear, h } from './dom.js';
import { buildGraph, pickLabels, type GEdge, type GNode, type GraphModel, type GraphOptions } from './graph-model.js';
import { getLang, t } from './i18n.js';

export interface GraphPickers {
  /** An event id doc_id:idx. */
  pickEvent(eventId: string): void;
  filterActor(id: string): void;
  /** Label for an event id (from the events loaded for the map and timeline). */
  describe(eventId: string): string;
}

const FONT = 13;
const FONT_FAMILY = 'Noto Naskh Arabic, Amiri, Tahoma, DejaVu Sans, sans-serif';
const MAX_LABELS = 18;

export class ActorGraph {
  private cy: cytoscape.Core | null = null;
  private model: GraphModel | null = null;

  constructor(private el: HTMLElement, private detail: HTMLElement, private note: HTMLElement, private pick: GraphPickers) {
    // The panel changes size without a window resize too (a scrollbar appears, the grid reflows):
    // the drawing is fitted again each time.
    new ResizeObserver(() => this.resize()).observe(el);
  }

  update(net: Network, opts: GraphOptions): void {
    clear(this.detail);
    delete this.el.dataset.laidOut;
    this.cy?.destroy();
    this.cy = null;
    const m = (this.model = buildGraph(net, opts));
    this.note.textContent = m.total ? t('graph.shown', { e: m.edges.length, v: m.nodes.length, n: m.total }) : '';
    clear(this.el);
    this.el.dataset.nodes = String(m.nodes.length);
    this.el.dataset.edges = String(m.edges.length);
    if (!m.edges.length) {
      this.el.appendChild(h('div', { class: 'empty', text: t('graph.none') }));
      return;
    }
    const maxCount = Math.max(...m.edges.map((e) => e.count));
    const maxWeight = Math.max(...m.nodes.map((n) => n.weight));
    const big = m.nodes.length > 40;
    const elements: cytoscape.ElementDefinition[] = [
      ...m.nodes.map((n) => ({
        data: { id: n.id, label: this.label(n), size: (big ? 8 : 12) + (big ? 20 : 26) * Math.sqrt(n.weight / maxWeight) },
      })),
      ...m.edges.map((e) => ({
        data: {
          id: e.id,
          source: e.source,
          target: e.target,
          width: 1 + (big ? 4 : 6) * (e.count / maxCount),
          color: e.conflict > e.cooperation ? '#c92a2a' : e.conflict === e.cooperation ? '#868e96' : '#2f9e44',
          label: m.edges.length <= 25 ? String(e.count) : '',
        },
      })),
    ];
    const cy = (this.cy = cytoscape({
      container: this.el,
      elements,
      layout: { name: 'preset' },
      // Low enough that any graph fits its panel.
      minZoom: 0.02,
      maxZoom: 3,
      wheelSensitivity: 0.3,
      style: STYLE,
    }));
    // Laid out in the panel's own shape, then fitted to it (labels included) once they are chosen.
    const w = Math.max(200, this.el.clientWidth);
    const hgt = Math.max(150, this.el.clientHeight);
    const layout = cy.layout({
      name: m.nodes.length > 2 ? 'cose' : 'circle',
      animate: false,
      fit: false,
      randomize: true,
      boundingBox: { x1: 0, y1: 0, w, h: hgt },
      nodeRepulsion: () => (big ? 60_000 : 40_000),
      idealEdgeLength: () => (big ? 60 : 90),
      edgeElasticity: () => 60,
      gravity: 0.5,
      nodeOverlap: 20,
      numIter: big ? 600 : 1000,
    } as cytoscape.LayoutOptions);
    layout.one('layoutstop', () => {
      if (this.cy !== cy) return;
      this.placeLabels(cy);
      this.fit();
      this.el.dataset.labels = String(cy.nodes('.lbl').length);
      this.el.dataset.laidOut = '1';
    });
    layout.run();
    cy.on('mouseover', 'node', (ev) => ev.target.addClass('hover'));
    cy.on('mouseout', 'node', (ev) => ev.target.removeClass('hover'));
    cy.on('tap', 'edge', (ev) => this.showEdge(ev.target.id() as string));
    cy.on('tap', 'node', (ev) => this.showNode(ev.target.id() as string));
  }

  resize(): void {
    this.cy?.resize();
    this.fit();
  }

  private fit(): void {
    if (!this.cy) return;
    this.cy.resize();
    this.cy.fit(undefined, 16);
  }

  /**
   * Labels for the biggest nodes whose label box meets no other kept label and no other node. The
   * boxes are cytoscape's own (every candidate labelled, measured, the losers unlabelled again), a
   * little enlarged so that the outlines do not touch either.
   */
  private placeLabels(cy: cytoscape.Core): void {
    const nodes = [...(this.model?.nodes ?? [])].sort((a, b) => b.weight - a.weight);
    const grow = (b: cytoscape.BoundingBox12) => ({ x1: b.x1 - 2, y1: b.y1 - 2, x2: b.x2 + 2, y2: b.y2 + 2 });
    cy.batch(() => {
      for (const n of nodes) cy.getElementById(n.id).addClass('lbl');
    });
    const candidates = nodes.map((n) => ({
      id: n.id,
      box: grow(cy.getElementById(n.id).boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false } as cytoscape.BoundingBoxOptions)),
    }));
    const discs = nodes.map((n) => ({ id: n.id, box: grow(cy.getElementById(n.id).boundingBox({ includeLabels: false, includeOverlays: false } as cytoscape.BoundingBoxOptions)) }));
    const keep = pickLabels(candidates, MAX_LABELS, discs);
    cy.batch(() => {
      for (const n of nodes) cy.getElementById(n.id).toggleClass('lbl', keep.has(n.id));
    });
  }

  private label(n: GNode): string {
    return (getLang() === 'ar' && n.name_ar) || n.name_en;
  }

  private nodeLabel(id: string): string {
    const n = this.model?.nodes.find((x) => x.id === id);
    return n ? this.label(n) : id;
  }

  private showEdge(id: string): void {
    const e: GEdge | undefined = this.model?.edges.find((x) => x.id === id);
    if (!e) return;
    clear(this.detail);
    const types = Object.entries(e.types).sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ');
    this.detail.appendChild(
      h('div', { class: 'edge-head' },
        h('strong', {}, h('bdi', { text: this.nodeLabel(e.source) }), ' → ', h('bdi', { text: this.nodeLabel(e.target) })),
        h('div', { class: 'note', dir: 'ltr', text: `${t('graph.coop')}: ${e.cooperation} · ${t('graph.conflict')}: ${e.conflict} · ${types}` }),
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

  private showNode(id: string): void {
    clear(this.detail);
    const n = this.model?.nodes.find((x) => x.id === id);
    if (!n) return;
    const single = n.members.length === 1 && !id.startsWith('country:') ? n.members[0] : null;
    const b = single ? h('button', { type: 'button', class: 'small', text: t('graph.filter') }) : null;
    b?.addEventListener('click', () => this.pick.filterActor(single!.startsWith('name:') ? single!.slice(5) : single!));
    this.detail.appendChild(
      h('div', { class: 'edge-head' },
        h('strong', {}, h('bdi', { text: this.label(n) })),
        h('div', { class: 'note', dir: 'ltr', text: [n.name_en, n.country, n.sector, single && /^Q\d+$/.test(single) ? single : '', n.members.length > 1 ? `${n.members.length} actors` : ''].filter(Boolean).join(' · ') }),
        b,
      ),
    );
  }
}

const STYLE: cytoscape.StylesheetStyle[] = [
  {
    selector: 'node',
    style: {
      'background-color': '#495057',
      width: 'data(size)',
      height: 'data(size)',
      label: '',
      'font-size': FONT,
      'min-zoomed-font-size': 7,
      'font-family': FONT_FAMILY,
      color: '#212529',
      'text-valign': 'bottom',
      'text-margin-y': 2,
      'text-outline-color': '#fff',
      'text-outline-width': 2,
    },
  },
  { selector: 'node.lbl, node.hover, node:selected', style: { label: 'data(label)' } },
  { selector: 'node.hover, node:selected', style: { 'z-index': 10, 'font-weight': 'bold', 'min-zoomed-font-size': 0 } },
  {
    selector: 'edge',
    style: {
      width: 'data(width)',
      'line-color': 'data(color)',
      'target-arrow-color': 'data(color)',
      'target-arrow-shape': 'triangle',
      'arrow-scale': 0.8,
      'curve-style': 'bezier',
      opacity: 0.7,
      label: 'data(label)',
      'font-size': 10,
      color: '#495057',
      'text-background-color': '#fff',
      'text-background-opacity': 0.8,
    },
  },
  { selector: ':selected', style: { 'overlay-color': '#fab005', 'overlay-opacity': 0.25 } },
];
