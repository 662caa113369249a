// The token view the number, unit and time readers share: tokens of the matching form of the text
// (normalizeWithMap, so spans map back), their proclitic readings, and phrase dictionaries over them.
import { normalizeArabic, normalizeWithMap, type Normalized } from '../../arabic/normalize.js';
import { eachNormalizedToken } from '../../arabic/normalized-tokens.js';

/** A token of the normalised text: w = word (letters only), n = number (digits with separators), p = other. */
export interface NTok {
  /** Offsets in the normalised text. */
  s: number;
  e: number;
  t: string;
  kind: 'w' | 'n' | 'p';
  /** No white space between this token and the one before. */
  glued: boolean;
  /** Clitic readings of a word, computed on first use (see `tokenReadings`). */
  rd?: Reading[];
}

/**
 * Tokens of a normalised text (eachNormalizedToken). Tokens of the same form share its string and its readings (read
 * only), computed once per text: a word's readings are set as it is cut, every other token's on first use.
 */
export function tokenizeNormalized(norm: string): NTok[] {
  const out: NTok[] = [];
  const forms = new Map<string, { t: string; rd: Reading[] | undefined }>();
  let prevEnd = -1;
  eachNormalizedToken(norm, (s, e, kind) => {
    const t = norm.slice(s, e);
    let f = forms.get(t);
    if (!f) forms.set(t, (f = { t, rd: kind === 'w' ? readings(t) : undefined }));
    out.push({ s, e, t: f.t, kind, glued: s === prevEnd, rd: f.rd });
    prevEnd = e;
  });
  return out;
}

/** The normalised text of `text` with its tokens. */
export interface Prepared {
  norm: Normalized;
  toks: NTok[];
}

export function prepare(text: string): Prepared {
  const norm = normalizeWithMap(text);
  return { norm, toks: tokenizeNormalized(norm.text) };
}

/** One reading of a word: the word with some proclitics removed, and where the rest starts. */
export interface Reading {
  base: string;
  /** Characters stripped from the start of the token (the span of the reading starts there). */
  off: number;
}

const CONJ = new Set(['و', 'ف']);

const PREP = new Set(['ب', 'ل', 'ك']);

/** Readings of a (normalised) word, the unsplit one first: و/ف, then ب/ل/ك, and لل = ل + ال. */
export function readings(word: string): Reading[] {
  const out: Reading[] = [{ base: word, off: 0 }];
  const rest = word.length > 2 && CONJ.has(word[0]) ? word.slice(1) : null;
  if (rest !== null) out.push({ base: rest, off: 1 });
  addPrepositionReadings(out, word, 0);
  if (rest !== null) addPrepositionReadings(out, rest, 1);
  return out;
}

/** Adds the readings of `b` (the word from `off` on) without ب/ل/ك, and لل read as ل + ال. */
function addPrepositionReadings(out: Reading[], b: string, off: number): void {
  if (b.length > 3 && b.startsWith('لل')) out.push({ base: 'ال' + b.slice(2), off });
  if (b.length > 2 && PREP.has(b[0])) out.push({ base: b.slice(1), off: off + 1 });
}

/** The first reading of a token found in `dict`, or null. */
export function lookup<T>(tok: NTok | undefined, dict: ReadonlyMap<string, T>, allowClitics = true): { value: T; off: number } | null {
  if (!tok || tok.kind !== 'w') return null;
  if (!allowClitics) {
    const v = dict.get(tok.t);
    return v === undefined ? null : { value: v, off: 0 };
  }
  for (const r of tokenReadings(tok)) {
    const v = dict.get(r.base);
    if (v !== undefined) return { value: v, off: r.off };
  }
  return null;
}

/** A node of a phrase dictionary's word trie: the entry of the phrase ending here, and the words that go on. */
interface PhraseNode<T> {
  value: T | undefined;
  next: Map<string, PhraseNode<T>> | null;
}

/** A phrase dictionary: normalised words joined by one space. */
export class PhraseDict<T> {
  readonly map = new Map<string, T>();
  maxWords = 1;
  /** For each first word, the phrase lengths (in words) that start with it, longest first. */
  private readonly firsts = new Map<string, number[]>();
  /** The phrases word by word, for `match` to walk (no key string built per try). */
  private readonly root = new Map<string, PhraseNode<T>>();
  add(phrase: string, value: T, keep = false): void {
    const words = normalizeArabic(phrase).split(/\s+/).filter(Boolean);
    const key = words.join(' ');
    if (!key) return;
    if (keep && this.map.has(key)) return;
    this.map.set(key, value);
    this.maxWords = Math.max(this.maxWords, words.length);
    const lens = this.firsts.get(words[0]) ?? [];
    if (!lens.includes(words.length)) {
      lens.push(words.length);
      lens.sort((a, b) => b - a);
    }
    this.firsts.set(words[0], lens);
    let level = this.root;
    let node: PhraseNode<T> | undefined;
    for (const w of words) {
      node = level.get(w);
      if (!node) level.set(w, (node = { value: undefined, next: null }));
      level = node.next ??= new Map();
    }
    node!.value = value;
  }
  has(phrase: string): boolean {
    return this.map.has(phrase);
  }
  /** The first words of the phrases. */
  firstWords(): Iterable<string> {
    return this.firsts.keys();
  }
  /** The lengths (in words, longest first) of the phrases whose first word is `word`, or undefined. */
  lengthsFrom(word: string): readonly number[] | undefined {
    return this.firsts.get(word);
  }
  /**
   * The longest phrase starting at token i (clitics allowed on its first word only): of the phrases of that length,
   * the one of the first reading that has one. Returns the entry, the index after its last token, and the start
   * offset (after stripped clitics).
   */
  match(toks: NTok[], i: number, allowClitics = true): { value: T; end: number; s: number } | null {
    const first = toks[i];
    if (!first || first.kind !== 'w') return null;
    let best: T | undefined;
    let bestLen = 0;
    let bestOff = 0;
    const rd = allowClitics ? tokenReadings(first) : null;
    for (let r = 0; r < (rd ? rd.length : 1); r++) {
      let node = this.root.get(rd ? rd[r].base : first.t);
      // The longest phrase of this reading: the deepest node on its path that ends one.
      for (let n = 1; node; n++) {
        if (node.value !== undefined && n > bestLen) {
          best = node.value;
          bestLen = n;
          bestOff = rd ? rd[r].off : 0;
        }
        const t = toks[i + n];
        node = t && t.kind === 'w' && node.next ? node.next.get(t.t) : undefined;
      }
    }
    return best === undefined ? null : { value: best, end: i + bestLen, s: first.s + bestOff };
  }
}

/** The readings of a word token, computed once per token and kept on it. */
export function tokenReadings(tok: NTok): Reading[] {
  return tok.rd ?? (tok.rd = readings(tok.t));
}

// ---------------------------------------------------------------------------------------------
// Number words
