// The event coder's word lists (data/lexicon/event_words.tsv): one row per list, words in matching
// form. Read once; a list the file does not have is an error, not an empty set.
import { loadTsv } from '../../data-files.js';
import { once } from '../../once.js';
import type { Word } from '../../arabic/words.js';

/** Every list of data/lexicon/event_words.tsv by name. */
export const eventWordLists = once((): Map<string, ReadonlySet<string>> => new Map(loadTsv('lexicon/event_words.tsv').map((r) => [r.list, new Set(r.words.split('|').map((w) => w.trim()).filter(Boolean))])));

/** One list of data/lexicon/event_words.tsv. */
export function eventWords(list: string): ReadonlySet<string> {
  const words = eventWordLists().get(list);
  if (!words) throw new Error(`data/lexicon/event_words.tsv has no list '${list}'`);
  return words;
}

const relativePronouns = once(() => eventWords('relative_pronouns'));
/** Whether a reading of the word is a relative pronoun ('الذي', 'التي', 'والتي'). */
export const isRelativePronoun = (w: Word | undefined) => w?.kind === 'word' && w.readings.some((r) => relativePronouns().has(r.stem));
