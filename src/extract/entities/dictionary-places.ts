// A gazetteer place whose one-word name is also a dictionary word ('صافي' Safi / net, 'الزرقاء' Zarqa / blue, 'سور'
// Sur / a wall, data/kb/gazetteer_words.tsv) is read as the place only where the report names its country or when it
// is a city of a million people or more: elsewhere the word is the common word ('ارتفع صافي الأرباح'). A place cue
// before it ('مدينة صافي') keeps it; a preposition or a list does not ('في صافي الأقساط', 'سور وآيات').
// Internal to src/extract/entities/.
import { loadTsv } from '../../data-files.js';
import { once } from '../../once.js';
import { wordReadings, type Word } from '../../kb/match-words.js';
import type { Index } from '../../kb/kb-index.js';
import type { RawMention } from '../../kb/matcher.js';

const gazetteerWords = once(() => new Set(loadTsv('kb/gazetteer_words.tsv').map((r) => r.word)));

/** A city of this many people is read as itself wherever it is named. */
const LARGE_PLACE = 1000000;

/** Whether a gazetteer match of one dictionary word stands for the common word, not the place. */
export function dictionaryWordPlace(idx: Index, words: readonly Word[], m: RawMention, namedCountries: ReadonlySet<string>): boolean {
  if (m.first !== m.last || m.placeCue || !m.entries.every((e) => e.prio === 1)) return false;
  const w = words[m.first];
  if (!wordReadings(w).some((r) => gazetteerWords().has(r.stem))) return false;
  return m.entries.every((e) => {
    const info = idx.entities.get(e.id)!;
    return !namedCountries.has(info.country ?? '') && (info.population ?? 0) < LARGE_PLACE;
  });
}
