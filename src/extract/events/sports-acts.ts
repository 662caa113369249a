// Acts told of a game: a sentence about players, coaches and matches with no word of force in it.
import type { EventRecord } from '../../doc.js';
import type { Word } from '../../arabic/words.js';
import { eventWords } from './word-lists.js';
import { contextWords } from './report-checks.js';
import { firstFrom } from '../sorted-spans.js';

const SPORTS_WORDS = eventWords('sports_words');
const FIGURATIVE = eventWords('figurative_players');

/** A word of a game said of a party in politics: 'اللاعب الرئيسي في الملف', 'لاعب إقليمي' (event_words.tsv figurative_players). */
const figurative = (next: Word | undefined, sentence: number) => !!next && next.sentence === sentence && next.readings.some((r) => FIGURATIVE.has(r.stem));

/** Whether the words of [start, end) tell of a game (a word of event_words.tsv sports_words, matched exactly) and hold no
 * word of force (data/lexicon/event_context.tsv ASSAULT: killed, troops, shells...). */
function gameTold(words: Word[], start: number, end: number): boolean {
  const force = contextWords('ASSAULT');
  let game = false;
  for (let k = firstFrom(words, start); k < words.length && words[k].start < end; k++) {
    const w = words[k];
    if (w.end > end || w.kind !== 'word') continue;
    if (force && w.readings.some((r) => force(r.stem))) return false;
    if (!game && w.readings.some((r) => SPORTS_WORDS.has(r.stem)) && !figurative(words[w.index + 1], w.sentence)) game = true;
  }
  return game;
}

/** Drops the acts of a sentence that tells of a game ('رفض اللاعب تجديد عقده', 'طالب المدرب إدارة النادي', 'سرعة هجماته
 * في المباراة'): clubs, players and referees are no parties of a conflict. A sentence with a word of force keeps its acts
 * ('قتل لاعب كرة قدم في غارة على الملعب'). */
export function withoutGameActs<E extends EventRecord>(events: E[], words: Word[]): E[] {
  return events.filter((e) => !gameTold(words, e.evidence.start, e.evidence.end));
}
