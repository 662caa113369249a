// How much a word's letters look like a person's name rather than a dictionary word: two letter models
// (letters given the two before them, interpolated with shorter contexts) learnt from name tokens and from
// dictionary words, and per letter the log-ratio of their probabilities. A word's score is the mean ratio over
// its letters and its end, so a word no list has (a foreign name in «ـوف», «ـسكي», «ـيني») still gets one.
// The ratios are data (ner_name_letters.tsv, scripts/build-ner-name-letters.ts); these functions are pure.

/** The longest context a letter is read in (letters before it). */
const ORDER = 2;
/** Interpolation weight of the shorter context (added counts). */
const BETA = 2;
const BOUNDARY_START = '^';
const BOUNDARY_END = '$';

function padded(word: string): string {
  return BOUNDARY_START.repeat(ORDER) + word + BOUNDARY_END;
}

type Counts = Map<string, number>;

function countGrams(words: Iterable<string>): { grams: Counts; contexts: Counts; letters: number } {
  const grams: Counts = new Map();
  const contexts: Counts = new Map();
  let letters = 0;
  const inc = (m: Counts, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  for (const w of words) {
    const p = padded(w);
    for (let i = ORDER; i < p.length; i++) {
      letters++;
      for (let n = 0; n <= ORDER; n++) {
        inc(grams, p.slice(i - n, i + 1));
        inc(contexts, p.slice(i - n, i));
      }
    }
  }
  return { grams, contexts, letters };
}

/** Probability of the gram's last letter given the letters before it, interpolated down to the letter alone (add-one). */
function probability(c: ReturnType<typeof countGrams>, gram: string, alphabet: number): number {
  let p = ((c.grams.get(gram.slice(-1)) ?? 0) + 1) / (c.letters + alphabet);
  for (let n = 1; n < gram.length; n++) {
    const g = gram.slice(-n - 1);
    p = ((c.grams.get(g) ?? 0) + BETA * p) / ((c.contexts.get(g.slice(0, -1)) ?? 0) + BETA);
  }
  return p;
}

/**
 * Log-ratio (name model over word model) of every gram (a letter with up to ORDER letters before it) seen in
 * either list; `minCount`: grams seen fewer times in both lists together are left out (their shorter gram stands).
 */
export function letterRatios(names: Iterable<string>, words: Iterable<string>, minCount = 2): Map<string, number> {
  const a = countGrams(names);
  const b = countGrams(words);
  const alphabet = new Set([...a.grams.keys(), ...b.grams.keys()].filter((g) => g.length === 1)).size + 1;
  const out = new Map<string, number>();
  for (const g of new Set([...a.grams.keys(), ...b.grams.keys()])) {
    if ((a.grams.get(g) ?? 0) + (b.grams.get(g) ?? 0) < minCount && g.length > 1) continue;
    out.set(g, Math.log(probability(a, g, alphabet)) - Math.log(probability(b, g, alphabet)));
  }
  return out;
}

/** The mean log-ratio of a word's letters and end (the longest gram the table has at each letter); 0 for ''. */
export function nameLetterScore(word: string, ratios: { get(gram: string): number | undefined }): number {
  if (!word) return 0;
  const p = padded(word);
  let sum = 0;
  for (let i = ORDER; i < p.length; i++) {
    for (let n = ORDER; n >= 0; n--) {
      const r = ratios.get(p.slice(i - n, i + 1));
      if (r !== undefined) {
        sum += r;
        break;
      }
    }
  }
  return sum / (p.length - ORDER);
}

/** A score's bin, as a feature value: steps of 0.5 from -2 to 2, open at both ends. */
export function nameLetterBin(score: number): string {
  const b = Math.max(-5, Math.min(4, Math.floor(score * 2)));
  return String(b);
}
