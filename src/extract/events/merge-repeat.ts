// A sentence that says again what an earlier one said, word for word ('الاحتلال أطلق قذائف على بلدتي يارون وشبعا.' after
// 'قام الاحتلال بإطلاق قذائف على بلدتي يارون وشبعا، واستهدفت ...'): a caption, a correspondent's tweet or a lead
// repeated in the body. Its acts are the earlier sentence's, told again.
import type { Doc } from '../../doc.js';
import { normalizeArabic } from '../../arabic/normalize.js';

/** At least this many words make a sentence that can repeat another. */
const MIN_WORDS = 6;
/** The share of its words the earlier sentence must hold. */
const SHARE = 0.85;

const wordsOf = (text: string) => text.split(/\s+/).map((w) => normalizeArabic(w.replace(/[^\u0621-\u064a\u0660-\u0669\w]/g, '')).replace(/^[وف]/, '')).filter((w) => w.length > 1);

/** For each sentence that repeats an earlier one, the index of the earlier sentence (the nearest that holds it). */
export function repeatedSentences(doc: Pick<Doc, 'text' | 'sentences'>): Map<number, number> {
  const sets = doc.sentences.map((s) => new Set(wordsOf(doc.text.slice(s.start, s.end))));
  const out = new Map<number, number>();
  sets.forEach((words, i) => {
    if (words.size < MIN_WORDS) return;
    for (let j = i - 1; j >= 0; j--) {
      let held = 0;
      for (const w of words) if (sets[j].has(w)) held++;
      if (held >= SHARE * words.size) {
        out.set(i, j);
        return;
      }
    }
  });
  return out;
}
