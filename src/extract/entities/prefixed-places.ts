// Places named by a prefix that only names places (data/kb/glued_name_prefixes.tsv, column place): 'البوفراج' and
// 'بالبو شهاب' are Iraqi villages named after a tribe's forefather wherever they stand, with no settlement noun before
// them. An unknown word with the prefix glued (not a common word, its rest as the file allows, in a report on a country
// whose places are so named, not after a given name), or the prefix written
// apart and the unknown word after it, is a PLACE with its transliterated name (Albu Faraj, Albu Shihab). Runs after
// the settlement nouns, before the tagger. Internal to src/extract/entities/.
import { gluedPrefix, gluedPrefixes } from '../../arabic/translit.js';
import { cutOffset, wordReadings } from '../../kb/match-words.js';
import type { DocState } from './state.js';
import { addNewPlace, placeWord } from './cued-places.js';

/** The countries of the places, countries and bodies the document names so far. */
function namedCountries(s: DocState): Set<string> {
  return new Set(s.mentions.filter((m) => m.top).map((m) => s.entities.get(m.id)!.info.country).filter((c): c is string => !!c));
}

export function findPrefixedPlaces(s: DocState): void {
  const apart = gluedPrefixes().filter((p) => p.placeApart);
  const countries = namedCountries(s);
  for (let i = 0; i < s.words.length; i++) {
    const w = s.words[i];
    if (!placeWord(s, w)) continue;
    // After a tribe noun the prefix names the tribe ('عشائر البو متيوت').
    const before = i > 0 && s.sentOf[i - 1] === s.sentOf[i] ? wordReadings(s.words[i - 1]) : [];
    for (const r of wordReadings(w)) {
      const prefix = gluedPrefixes().find((p) => r.stem.startsWith(p.ar));
      if (prefix && before.some((b) => prefix.notAfter.has(b.stem))) break;
      if (apart.some((p) => p.ar === r.stem)) {
        const next = s.words[i + 1];
        if (next && s.sentOf[i + 1] === s.sentOf[i] && placeWord(s, next) && !next.norm.startsWith('و') && !next.norm.startsWith('ال')) {
          addNewPlace(s, w.start + cutOffset(w.text, r.cut), i, i + 1);
          i++;
          break;
        }
        continue;
      }
      const glued = gluedPrefix(r.stem)?.prefix;
      if (!glued?.placeGlued || (glued.countries.size && ![...glued.countries].some((c) => countries.has(c)))) continue;
      // After a given name it is a family name ('محمد البوجبارة').
      const prev = s.words[i - 1];
      if (!s.idx.givenNames.has(r.stem) && !(prev && s.sentOf[i - 1] === s.sentOf[i] && s.idx.givenNames.has(prev.norm))) {
        addNewPlace(s, w.start + cutOffset(w.text, r.cut), i, i);
        break;
      }
    }
  }
}
