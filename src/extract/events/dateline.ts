// A dateline ('رويترز- الصخيرات (المغرب):', 'بيروت (أ ف ب) -', 'الرياض - واس:') says where a wire was filed and by
// whom, not who acted: the country in it is no side of the act told after it ('(المغرب): وقّع ... الجماعات الليبية'
// had Morocco signing). Only a head of sentence made of names, with an agency among them, up to a colon or a dash.
import type { Word } from '../../arabic/words.js';
import type { ActorMention } from './actors.js';

/** Words a dateline may hold at most. */
const MAX_WORDS = 8;
/** Words no mention covers, in a dateline: a town the knowledge base does not have. */
const MAX_UNKNOWN = 2;
const ENDS = new Set([':', '-', '–', '—']);

/** The word indexes of every sentence's dateline. */
export function datelineWords(words: readonly Word[], mentions: readonly ActorMention[]): Set<number> {
  const out = new Set<number>();
  const covering = new Map<number, ActorMention>();
  for (const m of mentions) for (let k = m.first; k <= m.last; k++) covering.set(k, m);
  for (let i = 0; i < words.length; i++) {
    if (i > 0 && words[i - 1].sentence === words[i].sentence) continue;
    let end = -1;
    let agency = false;
    let unknown = 0;
    for (let k = i; k < words.length && k < i + MAX_WORDS + 4 && words[k].sentence === words[i].sentence; k++) {
      const w = words[k];
      if (w.kind !== 'word') {
        if (ENDS.has(w.text) && k > i && words[k + 1]?.kind === 'word' && agency) end = k;
        continue;
      }
      const m = covering.get(k);
      // The letters of an agency's initials ('أ ف ب') stand alone.
      const initial = w.norm.length === 1;
      // A place the knowledge base lacks ('الصخيرات'): one or two unknown words at most.
      if (!m && !initial && ++unknown > MAX_UNKNOWN) break;
      if (initial || m?.entity.type === 'MEDIA') agency = true;
      if (k - i >= MAX_WORDS) break;
    }
    for (let k = i; k < end; k++) out.add(k);
  }
  return out;
}

/** The mentions that can be a side: no country, group or body named in a dateline (a place there stays a place). */
export function withoutDateline(actors: ActorMention[], dateline: ReadonlySet<number>): ActorMention[] {
  if (!dateline.size) return actors;
  return actors.filter((a) => a.entity.type === 'PLACE' || !dateline.has(a.first));
}
