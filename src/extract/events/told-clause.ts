// What a teller tells: the phrase after a verb of telling (event_words teller_verbs) names who tells, up to the word that
// opens what is told ('قالت الشرطة إن ...', 'أعلن المتحدث باسم الجيش أن ...', a quote, a colon). Read by the teller rule
// (./tellers.ts) and by the date of an act told in such a clause (./attributes.ts).
import type { Word } from '../../arabic/words.js';
import { eventWords } from './word-lists.js';

/** How many words a teller's phrase may run after the verb that opens it ('قال العميد X مدير شرطة المحافظة، إن'). */
export const PHRASE_WORDS = 12;

const TELLER_VERBS = eventWords('teller_verbs');
const QUOTE_OPENERS = eventWords('quote_openers');

/** A verb of telling, past و/ف ('وقالت'; 'وصفه مسؤولون بأنه': it may carry the pronoun of what it tells). */
export const isTellerVerb = (w: Word) => w.kind === 'word' && w.readings.some((r) => r.proclitics.every((p) => p === 'و' || p === 'ف') && TELLER_VERBS.has(r.stem));
/** 'أن', 'إن', 'بأن', 'أنه': the word that opens what is told. */
const isComplementizer = (w: Word) => w.kind === 'word' && w.readings.some((r) => r.stem === 'ان');
const QUOTE_CLOSERS = eventWords('quote_closers');
/** How many words a term in quote marks may have ('بدء «الحرب» التي أعلنتها'): it is named, not told. */
const QUOTED_TERM = 3;
const quotedTerm = (words: Word[], k: number) => words.slice(k + 2, k + 2 + QUOTED_TERM).some((w) => w.kind === 'punct' && QUOTE_CLOSERS.has(w.text));
/** What ends a teller's phrase at word k and opens what it tells: 'أن', a quote (not a term in quote marks), a colon. */
export const opensTold = (words: Word[], k: number) => {
  const w = words[k];
  return (w.kind === 'punct' && ((QUOTE_OPENERS.has(w.text) && !quotedTerm(words, k)) || w.text === ':')) || isComplementizer(w);
};
/** The end of a sentence's part: no teller's phrase runs past it. */
export const endsPart = (w: Word) => w.kind === 'punct' && /^[.؟!]$/.test(w.text);

/** The word that opens the told clause the word at `at` stands in, right after a teller's phrase ('أفادت الشبكة بأن 63
 * شخصا قتلوا': the word of 'بأن'), or -1 when it stands in none. */
export function toldClauseOpener(words: Word[], at: number): number {
  const sentence = words[at].sentence;
  for (let c = at - 1; c >= 0 && words[c].sentence === sentence; c--) {
    if (!opensTold(words, c)) continue;
    for (let v = c - 1; v >= Math.max(0, c - PHRASE_WORDS - 1) && words[v].sentence === sentence; v--) {
      if (isTellerVerb(words[v])) return c;
      if (opensTold(words, v) || endsPart(words[v])) break;
    }
  }
  return -1;
}

/** The word range [from, to) of what is told around the word at `at`: from its opener (toldClauseOpener) to the end of its
 * clause `end` or the next verb of telling ('..., وأشار المرصد إلى ... منذ 23 سبتمبر' tells another thing), or null. */
export function toldClause(words: Word[], at: number, end: number): [number, number] | null {
  const from = toldClauseOpener(words, at);
  if (from < 0) return null;
  let to = at + 1;
  while (to < end && !isTellerVerb(words[to])) to++;
  return [from, to];
}
