// Where a report is: the country of the place named nearest to a word in its sentence, and the country most of the
// report's countries and places belong to. Read by the generic actors and the bare state actors and coalitions.
// Internal to src/extract/entities/.
import type { EntityInfo } from '../../kb/kb-index.js';
import { PLACE_CUES } from '../../kb/matcher.js';
import type { DocMention, DocState } from './state.js';

/** The country most of the report's countries and places belong to (three mentions, twice any other). */
export function reportCountry(s: DocState): string | null {
  const ranked = countryCounts(s, (e) => e.type === 'COUNTRY' || e.type === 'PLACE');
  if (!ranked.length || ranked[0][1] < 3 || (ranked.length > 1 && ranked[0][1] < 2 * ranked[1][1])) return null;
  return ranked[0][0];
}

/** The country of the place named nearest to word i in its sentence. */
export function placeCountry(s: DocState, i: number): string | null {
  let best: { d: number; country: string } | null = null;
  // The top-level mentions of i's sentence, read off the words they cover, in the order of s.mentions (a long
  // document has many sentences: no scan of every mention per generic actor).
  const sentence = s.sentOf[i];
  const found = new Set<number>();
  for (let k = i; k >= 0 && s.sentOf[k] === sentence; k--) if (s.cover[k] >= 0) found.add(s.cover[k]);
  for (let k = i + 1; k < s.sentOf.length && s.sentOf[k] === sentence; k++) if (s.cover[k] >= 0) found.add(s.cover[k]);
  for (const at of [...found].sort((a, b) => a - b)) {
    const m = s.mentions[at];
    const info = s.entities.get(m.id)!.info;
    if (!m.top || !info.country || s.sentOf[m.first] !== s.sentOf[i] || (info.type !== 'PLACE' && !(info.type === 'COUNTRY' && namedAsPlace(s, m)))) continue;
    const d = Math.abs(m.first - i);
    if (!best || d < best.d) best = { d, country: info.country };
  }
  return best?.country ?? null;
}

/** A country named where something happens ('في مالي', 'وسط مالي'), not as a party: after في or a place cue. */
function namedAsPlace(s: DocState, m: DocMention): boolean {
  const prev = s.words[m.first - 1];
  return m.form === 'name' && !!prev && prev.kind === 'word' && s.sentOf[m.first - 1] === s.sentOf[m.first] && (prev.norm === 'في' || PLACE_CUES.has(prev.norm));
}

/** Mentions counted by country, most named first, of the entities the test keeps. */
export function countryCounts(s: DocState, keep: (info: EntityInfo) => boolean, where: (m: DocMention) => boolean = () => true): [string, number][] {
  const counts = new Map<string, number>();
  for (const m of s.mentions) {
    const info = s.entities.get(m.id)!.info;
    if (m.top && where(m) && info.country && !info.id.startsWith('rasad:generic:') && keep(info)) counts.set(info.country, (counts.get(info.country) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1]);
}

