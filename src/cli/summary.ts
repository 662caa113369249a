// A plain-text summary of a store's contents.
import type { Store } from '../store/store.js';

export async function printSummary(store: Store, out: (line: string) => void): Promise<void> {
  const s = await store.stats();
  out(`documents ${s.documents}   errors ${s.errors}   entities ${s.entities} (${s.mentions} mentions)   times ${s.times}   quantities ${s.quantities}   quotes ${s.quotes}   events ${s.events}`);
  const types = Object.entries(s.eventsByType);
  if (types.length) out(`events by type: ${types.map(([t, n]) => `${t} ${n}`).join(', ')}`);
  out('');
  for (const d of await store.listDocuments({ limit: 50 })) {
    out(`${d.published ?? '????-??-??'}  ${d.outlet ?? '-'}  ${d.title ?? d.input}`);
    for (const e of await store.listEvents({ docId: d.id, limit: 20 })) {
      out(`    ${e.type.padEnd(9)} ${e.summary_en}`);
    }
  }
}
