// After the pass: a kept act told with a definite noun ('سقط الصاروخ', 'في الغارات التي نفذتها المقاتلات') is the act
// told just before with that very word ('إثر سقوط صاروخ'), or, when the noun is followed by a relative clause that
// says what was done, the one told anywhere before: the reader is meant to know it.
import { absorb } from './merge-absorb.js';
import { type Sentenced, compatible, countsAgree, placesDiffer, days, richness } from './merge-sides.js';

/** What the merge learnt of each kept act's tellings: the words, by sentence; the definite nouns' words; a relative clause among them. */
export interface Tellings { words: Map<number, Set<string>>; definite: Set<string>; relative: boolean }

const NEXT_SENTENCES = 2;
const withinADay = (a: Sentenced, b: Sentenced) => {
  const [da, db] = [days(a.date), days(b.date)];
  return da === null || db === null || Math.abs(da - db) <= 1;
};

function pointedBack(earlier: Sentenced, told: Tellings, later: Sentenced, retold: Tellings): boolean {
  const gap = later.sentence - earlier.sentence;
  if (gap < 1 || (gap > NEXT_SENTENCES && !retold.relative) || earlier.type !== later.type) return false;
  const words = new Set([...told.words.values()].flatMap((w) => [...w]));
  if (![...retold.definite].some((w) => words.has(w))) return false;
  return compatible(earlier, later) && countsAgree(earlier, later) && !placesDiffer(earlier, later) && withinADay(earlier, later);
}

/** The kept acts with each one pointed back to by a later one folded into it (the richer record kept), and their tellings. */
export function foldDefinite<T extends Sentenced>(out: T[], tellings: Tellings[]): { out: T[]; tellings: Tellings[] } {
  const gone = new Set<number>();
  for (let j = 0; j < out.length; j++) {
    if (!tellings[j].definite.size) continue;
    let i = -1;
    for (let k = j - 1; k >= 0; k--) if (!gone.has(k) && pointedBack(out[k], tellings[k], out[j], tellings[j])) { i = k; break; }
    if (i < 0) continue;
    gone.add(j);
    const [kept, other] = richness(out[j]) > richness(out[i]) ? [out[j], out[i]] : [out[i], out[j]];
    absorb(kept, other);
    out[i] = kept;
    for (const [s, w] of tellings[j].words) tellings[i].words.set(s, new Set([...(tellings[i].words.get(s) ?? []), ...w]));
    tellings[j].definite.forEach((w) => tellings[i].definite.add(w));
    tellings[i].relative ||= tellings[j].relative;
  }
  return { out: out.filter((_, k) => !gone.has(k)), tellings: tellings.filter((_, k) => !gone.has(k)) };
}
