// One event per happening per document: the title and the lead often report what the body
// reports again; same-sentence repeats of one act are one event too.
import type { EventRecord } from '../../doc.js';

type Sentenced = EventRecord & { sentence: number };


const key = (e: EventRecord) => `${e.type}|${e.source?.country ?? e.source?.entity ?? '-'}|${e.target?.country ?? e.target?.entity ?? '-'}`;

const richness = (e: EventRecord) =>
  (e.source ? 2 : 0) + (e.target ? 2 : 0) + (e.location ? 1 : 0) + (e.date ? 1 : 0) + e.numbers.length + (e.claimed_by ? 1 : 0);

function absorb(into: Sentenced, other: Sentenced): void {
  into.location ??= other.location;
  into.date ??= other.date;
  if (!into.numbers.length) into.numbers = other.numbers;
  into.claimed_by ??= other.claimed_by;
  into.confidence = Math.min(0.99, Math.max(into.confidence, other.confidence) + 0.05);
}

export function mergeEvents<T extends Sentenced>(events: T[], hasTitle: boolean): T[] {
  const out: T[] = [];
  for (const e of events) {
    const k = key(e);
    const same = out.find((o) => key(o) === k && (o.sentence === e.sentence || (hasTitle && (o.sentence === 0 || e.sentence === 0))) && (!o.date || !e.date || o.date === e.date));
    if (!same) {
      out.push(e);
      continue;
    }
    // Keep the body sentence over the headline, and the richer record.
    if ((same.sentence === 0 && hasTitle && e.sentence !== 0) || richness(e) > richness(same)) {
      absorb(e, same);
      out[out.indexOf(same)] = e;
    } else {
      absorb(same, e);
    }
  }
  return out;
}
