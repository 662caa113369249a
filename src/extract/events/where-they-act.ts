// Groups that act across borders (data/kb/transnational.tsv) are coded by the country of each act:
// 'Islamic State' attacking in Homs is a Syrian side, in Suruç a Turkish one.
import type { Doc, EventActor, EventRecord } from '../../doc.js';
import { loadTsv } from '../../data-files.js';

export function transnationalGroups(): Set<string> {
  return new Set(loadTsv('kb/transnational.tsv').map((r) => r.id).filter(Boolean));
}

/** The country most of the document's place mentions lie in, or null when there is none. */
function reportCountry(doc: Doc): string | null {
  const tally = new Map<string, number>();
  for (const e of doc.entities) {
    if (e.type !== 'PLACE' || !e.country) continue;
    tally.set(e.country, (tally.get(e.country) ?? 0) + e.mentions.length);
  }
  let best: string | null = null;
  for (const [c, n] of tally) if (!best || n > tally.get(best)!) best = c;
  return best;
}

/** Events whose side is a transnational group, with that side's country set to where the act took place. */
export function placeTransnationalSides<T extends Pick<EventRecord, 'source' | 'target' | 'location'>>(
  events: T[], doc: Doc, groups: Set<string> = transnationalGroups(),
): T[] {
  if (!groups.size || !doc.entities.some((e) => groups.has(e.id))) return events;
  const countryOf = new Map(doc.entities.map((e) => [e.id, e.country]));
  const fallback = reportCountry(doc);
  const place = (side: EventActor | null, where: string | null): EventActor | null =>
    side && side.entity && groups.has(side.entity) && where ? { ...side, country: where } : side;
  return events.map((e) => {
    const where = (e.location?.entity ? countryOf.get(e.location.entity) : null) ?? fallback;
    const source = place(e.source, where);
    const target = place(e.target, where);
    return source === e.source && target === e.target ? e : { ...e, source, target };
  });
}
