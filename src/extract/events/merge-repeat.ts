// A sentence that says again what an earlier one said, word for word ('الاحتلال أطلق قذائف على بلدتي يارون وشبعا.' after
// 'قام الاحتلال بإطلاق قذائف على بلدتي يارون وشبعا، واستهدفت ...'): a caption, a correspondent's tweet or a lead
// repeated in the body. Its acts are the earlier sentence's, told again.
import type { Word } from '../../arabic/words.js';

/** At least this many words make a sentence that can repeat another. */
const MIN_WORDS = 6;
/** The share of its words the earlier sentence must hold. */
const SHARE = 0.85;

/** For each of the `only` sentences (those holding acts; all when absent) that repeats an earlier one of them, the
 * index of the earlier sentence (the nearest that holds it). Read off the word layer: matching forms past و/ف. */
export function repeatedSentences(words: readonly Word[], only?: ReadonlySet<number>): Map<number, number> {
  const sets = new Map<number, Set<string>>();
  for (const w of words) {
    if ((w.kind !== 'word' && w.kind !== 'number') || (only && !only.has(w.sentence))) continue;
    const form = w.norm.replace(/^[وف]/, '');
    if (form.length < 2) continue;
    const set = sets.get(w.sentence) ?? new Set<string>();
    set.add(form);
    sets.set(w.sentence, set);
  }
  const order = [...sets.keys()].sort((a, b) => a - b);
  const out = new Map<number, number>();
  order.forEach((i, n) => {
    const mine = sets.get(i)!;
    if (mine.size < MIN_WORDS) return;
    for (let m = n - 1; m >= 0; m--) {
      const earlier = sets.get(order[m])!;
      let held = 0;
      for (const w of mine) if (earlier.has(w)) held++;
      if (held >= SHARE * mine.size) {
        out.set(i, order[m]);
        return;
      }
    }
  });
  return out;
}
