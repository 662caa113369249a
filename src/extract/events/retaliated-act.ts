// An act told as what the sentence's act answers: 'ردا على الاعتداءات الإسرائيلية على القرى', 'ثأرا لمقتل القائد', 'انتقاما
// من الهجوم'. It is another happening, earlier, most often by the side the answer strikes; who is named before the
// phrase did the answer, not this act. An act joined to it ('، وخصوصا الاعتداء الإسرائيلي على بلدة') is answered too.
import type { Word } from '../../arabic/words.js';
import type { Context } from './context.js';
import type { EarlierAct } from './earlier-act.js';
import type { TriggerHit } from './triggers.js';
import { reportOpenerAfter } from './act-openers.js';
import { eventWords } from './word-lists.js';
import { once } from '../../once.js';

const lists = once(() => ({
  openers: eventWords('retaliation_openers'),
  lamOpeners: eventWords('retaliation_lam_openers'),
  links: eventWords('retaliation_links'),
  fillers: eventWords('retaliation_fillers'),
  joins: eventWords('retaliation_joins'),
}));
type List = keyof ReturnType<typeof lists>;

/** The flag of an act told as what the sentence's act answers. */
export const ANSWERED_FLAG = 'answered-act';

/** How far after its phrase an answered act may be joined, in words. */
const JOIN_REACH = 20;

const isWord = (w: Word | undefined, list: List, sentence: number) => !!w && w.kind === 'word' && w.sentence === sentence && w.readings.some((r) => lists()[list].has(r.stem));
const withProclitic = (w: Word, clitic: string) => w.readings.some((r) => r.proclitics.includes(clitic));

/** The opener of an answer phrase right before word k ('ردا على', 'ردا على هذه', 'ثأرا لـ'), or -1. */
function phraseBefore(words: Word[], k: number): number {
  const s = words[k].sentence;
  let j = k - 1;
  if (isWord(words[j], 'fillers', s)) j--;
  if (isWord(words[j], 'links', s) && isWord(words[j - 1], 'openers', s)) return j - 1;
  return j === k - 1 && isWord(words[j], 'lamOpeners', s) && withProclitic(words[k], 'ل') ? j : -1;
}

/** Where the phrase of an answered act at word `from` ends: before a comma and a word joined by و ('، ودعما للشعب'). */
function phraseEnd(words: Word[], from: number): number {
  const s = words[from].sentence;
  for (let k = from + 1; k + 1 < words.length && words[k].sentence === s; k++) {
    if (words[k].kind === 'punct' && words[k + 1].kind === 'word' && withProclitic(words[k + 1], 'و')) return k;
  }
  return Infinity;
}

/** The phrase that tells an act noun as what the sentence's act answers, or null. */
export function retaliatedAct(ctx: Context, hit: TriggerHit): EarlierAct | null {
  if (hit.pos !== 'noun') return null;
  const { words } = ctx;
  const direct = phraseBefore(words, hit.first);
  if (direct >= 0) return { opener: direct, span: null, end: phraseEnd(words, hit.last) };
  const s = words[hit.first].sentence;
  const join = isWord(words[hit.first - 1], 'joins', s) ? hit.first - 1 : withProclitic(words[hit.first], 'و') ? hit.first : -1;
  if (join < 0) return null;
  for (let k = join - 1; k >= Math.max(0, join - JOIN_REACH) && words[k].sentence === s; k--) {
    const opener = phraseBefore(words, k);
    if (opener >= 0) return reportOpenerAfter(words, opener) > hit.first ? { opener: join, span: null, end: phraseEnd(words, hit.last) } : null;
  }
  return null;
}
