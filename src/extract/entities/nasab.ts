// An imported person's name followed by 'آل' and a family ('محمد بن فيصل آل صقر' after the imported 'محمد بن فيصل'): the
// text names someone of that family whose name goes on past the imported one, most often another person of the same
// given and father's name. The shorter imported name is not read there (the people stages may read the whole name).
// A family the KB's own people bear ('آل سعود') goes on to the same person. The particle: data/kb/name_particles.tsv
// (lineage family). Internal to src/extract/entities/.
import { loadTsv } from '../../data-files.js';
import { normalizeArabic } from '../../arabic/normalize.js';
import { once } from '../../once.js';
import { entitiesOfType, type Index } from '../../kb/kb-index.js';
import type { Word } from '../../kb/match-words.js';

const familyParticles = once(() => new Set(loadTsv('kb/name_particles.tsv').filter((r) => r.lineage === 'family').map((r) => normalizeArabic(r.word))));

const ARABIC_WORD = /^[\u0621-\u064A]{2,}$/;

/** Families (matching form of the word after the particle) that the names of the KB's hand-written people hold. */
const knownFamilies = new WeakMap<Index, Set<string>>();
function familiesOf(idx: Index): Set<string> {
  let out = knownFamilies.get(idx);
  if (out) return out;
  out = new Set();
  for (const p of entitiesOfType(idx, 'PERSON')) {
    if (!p.person || p.person.imported) continue;
    for (const n of p.person.names_ar) {
      const ws = normalizeArabic(n).split(/\s+/);
      ws.forEach((w, k) => { if (k > 0 && k + 1 < ws.length && familyParticles().has(w)) out!.add(ws[k + 1]); });
    }
  }
  knownFamilies.set(idx, out);
  return out;
}

/** Whether the mention of entity `id` ending at word `last` (at that word's end, `end`) is an imported person's name
 * the next words carry on to a family the KB's people do not bear: the particle, then an Arabic word. */
export function nasabGoesOn(idx: Index, words: readonly Word[], id: string, last: number, end: number): boolean {
  const info = idx.entities.get(id);
  if (!info?.person?.imported || words[last]?.end !== end) return false;
  const particle = words[last + 1];
  const family = words[last + 2];
  if (!particle || !family || particle.kind !== 'word' || family.kind !== 'word') return false;
  return familyParticles().has(particle.norm) && ARABIC_WORD.test(family.norm) && !familiesOf(idx).has(family.norm);
}
