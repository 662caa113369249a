// Words that open a further report within a sentence ('، كما قامت الطائرات', 'وفيما قصفت المدفعية'): what is told
// after one is another happening than what is told before it (data/lexicon/event_words.tsv, list act_openers).
import type { Word } from '../../arabic/words.js';
import { eventWords } from './word-lists.js';

const ACT_OPENERS = eventWords('act_openers');

/** Word k opens a further report: an opener with و, or one right after a comma or another mark. */
export function opensReport(words: Word[], k: number): boolean {
  const w = words[k];
  if (w.kind !== 'word') return false;
  if (w.norm.startsWith('و') && ACT_OPENERS.has(w.norm.slice(1))) return true;
  const prev = words[k - 1];
  return !!prev && prev.sentence === w.sentence && prev.kind === 'punct' && ACT_OPENERS.has(w.norm);
}

/** The nearest opener of a further report before word i in its sentence (its index), or -1. */
export function reportOpenerBefore(words: Word[], i: number): number {
  for (let k = i - 1; k > 0 && words[k].sentence === words[i].sentence; k--) if (opensReport(words, k)) return k;
  return -1;
}

/** The nearest opener of a further report after word i in its sentence (its index), or words.length. */
export function reportOpenerAfter(words: Word[], i: number): number {
  for (let k = i + 1; k < words.length && words[k].sentence === words[i].sentence; k++) if (opensReport(words, k)) return k;
  return words.length;
}
