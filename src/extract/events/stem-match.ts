// A word list compiled once for the question the rules ask of every word of a sentence: does a stem match a word of
// the list, as itself or (for list words of `min` letters or more) as a longer word starting with it. The same answer
// as testing the list word by word (wordHas with prefix), with a few set look-ups per stem instead of one test per
// list word.

export type StemMatcher = (stem: string) => boolean;

/** The matcher of a list: a stem matches a word of it, or starts with one of `min` letters or more. */
export function stemMatcher(list: Iterable<string>, min: number): StemMatcher {
  const exact = new Set(list);
  const prefixes = new Set([...exact].filter((c) => c.length >= min));
  const lengths = [...new Set([...prefixes].map((c) => c.length))].sort((a, b) => a - b);
  return (stem) => {
    if (exact.has(stem)) return true;
    for (const n of lengths) {
      if (n > stem.length) break;
      if (prefixes.has(n === stem.length ? stem : stem.slice(0, n))) return true;
    }
    return false;
  };
}
