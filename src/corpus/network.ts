// The actor network: actor-to-actor edges weighted by event counts and mean intensity, split
// into cooperation and conflict, over an optional time window.
import type { EventActor } from '../doc.js';
import type { CorpusEvent, NetworkEdge } from './types.js';

const key = (a: EventActor) => a.entity ?? a.country ?? a.name_en ?? '?';

export function actorNetwork(events: CorpusEvent[], window: { from?: string; to?: string } = {}): NetworkEdge[] {
  const edges = new Map<string, NetworkEdge & { sum: number }>();
  for (const e of events) {
    if (!e.source || !e.target) continue;
    if (window.from && (!e.date || e.date < window.from)) continue;
    if (window.to && (!e.date || e.date > window.to)) continue;
    const s = key(e.source);
    const t = key(e.target);
    if (s === t) continue;
    const kind = e.quad.endsWith('cooperation') ? 'cooperation' : 'conflict';
    const k = `${s}|${t}|${kind}`;
    const edge = edges.get(k) ?? { source: s, target: t, source_name: e.source.name_en, target_name: e.target.name_en, kind, events: 0, intensity: 0, sum: 0 };
    edge.events += 1;
    edge.sum += e.intensity;
    edges.set(k, edge);
  }
  return [...edges.values()]
    .map(({ sum, ...e }) => ({ ...e, intensity: Number((sum / e.events).toFixed(2)) }))
    .sort((a, b) => b.events - a.events || a.source.localeCompare(b.source));
}
