// A learned speller for name words no spelling table holds: a joint-sequence n-gram model (as Sequitur G2P and
// Phonetisaurus), data/arabic/translit_model.tsv, built by scripts/build-translit-model.ts from the name pairs of
// data/kb/name_spellings.tsv. Each Arabic letter (matching form) writes one chunk of 0-3 Latin letters (a joint
// unit, 'ب:ba'); the model gives the probability of a unit after the units before it (backoff, Kneser-Ney), and a
// word is spelt by the likeliest sequence of units its letters allow (beam search). translit.ts asks it for the
// words no table knows, instead of its letter rules.
//
// The model is held in typed arrays (JointTables), so that the build can write it beside the compiled code and a
// process read it in one go (translit-model-file.ts): an n-gram's history is a number (its unit ids in base
// `base`), the histories sorted in one Float64Array, each with its backoff and its row of next units (sorted ids
// and log10 probabilities); the origin classifier's features likewise, a feature's key its UTF-16 code units.

export const TRANSLIT_MODEL_FILE = 'arabic/translit_model.tsv';

export const BOS = 1;
export const EOS = 2;

/** The model's data: plain numbers, strings and typed arrays (what a prebuilt file holds). */
export interface JointTables {
  order: number;
  /** The number of unit ids: an n-gram's key is its ids in this base, one exact number (no string per lookup). */
  base: number;
  /** A spelling uses the units the alignment used this many times or more. */
  minCount: number;
  /** Unit id -> its Arabic letter and its Latin chunk (ids 0-2: none, <s>, </s>), and how often the alignment used it. */
  letter: string[];
  chunk: string[];
  count: Int32Array;
  /** The histories (keys, ascending), each with its log10 backoff and its row: rowUnit/rowLp[rowStart[i]..rowStart[i+1]). */
  ctxKey: Float64Array;
  ctxBackoff: Float64Array;
  rowStart: Int32Array;
  /** A row's next units (ids ascending) and their log10 P(unit | history). */
  rowUnit: Int32Array;
  rowLp: Float64Array;
  /**
   * Origin: log-odds that a word is an Arabic name rather than a foreign one, by its letter bigrams and trigrams
   * (naive Bayes; the prior the classes' log-odds, `unseen` a feature neither class had; features by originKey,
   * ascending). The speller is better than the letter rules on foreign names, the letter rules on Arabic ones
   * (cross-validation, scripts/translit-check.ts).
   */
  originPrior: number;
  originUnseen: number;
  originKey: Float64Array;
  originOdds: Float64Array;
}

/** A model ready to spell: its tables, and what is derived from them at load. */
export interface JointModel extends JointTables {
  /** base ** k, for k up to the order. */
  pow: readonly number[];
  /** Arabic letter -> the ids of the units a spelling may use (seen `minCount` times or more in the alignment). */
  byLetter: ReadonlyMap<string, readonly number[]>;
  /** The most units any letter has (the size of a beam step's scratch). */
  maxUnits: number;
  /** Spellings already made, by word (bounded). */
  cache: Map<string, string>;
}

/** The origin classifier as trained: its features by name. */
export interface OriginOdds { prior: number; unseen: number; odds: ReadonlyMap<string, number> }

/** The key of an n-gram of unit ids (oldest first), in base `base`. */
export function gramKey(ids: readonly number[], base: number, from = 0, to = ids.length): number {
  let k = 0;
  for (let i = from; i < to; i++) k = k * base + ids[i];
  return k;
}

/** The index of `key` in the ascending array `keys`, or -1. */
function findKey(keys: Float64Array, key: number, lo = 0, hi = keys.length): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const k = keys[mid];
    if (k < key) lo = mid + 1;
    else if (k > key) hi = mid;
    else return mid;
  }
  return -1;
}

/** The index of unit `u` in a history's row, or -1. */
function findUnit(m: JointTables, row: number, u: number): number {
  let lo = m.rowStart[row];
  let hi = m.rowStart[row + 1];
  const units = m.rowUnit;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const k = units[mid];
    if (k < u) lo = mid + 1;
    else if (k > u) hi = mid;
    else return mid;
  }
  return -1;
}

/** The rows of a history being scored (made once a word): each suffix's row index (-1: none) and backoff. */
interface Scratch { rows: Int32Array; backoffs: Float64Array; nRows: number }

/** The rows of a history (key `ctx`, `len` units): for each of its suffixes, longest first, its row and backoff. */
function setRows(m: JointModel, s: Scratch, ctx: number, len: number): void {
  s.nRows = 0;
  for (let k = len; k >= 0; k--) {
    const row = findKey(m.ctxKey, ctx % m.pow[k]);
    s.rows[s.nRows] = row;
    s.backoffs[s.nRows] = k > 0 && row >= 0 ? m.ctxBackoff[row] : 0;
    s.nRows++;
  }
}

/** log10 P(unit | the history of the rows set), backing off to shorter histories. */
function logProb(m: JointModel, s: Scratch, unit: number): number {
  let acc = 0;
  for (let r = 0; r < s.nRows; r++) {
    const row = s.rows[r];
    if (row >= 0) {
      const j = findUnit(m, row, unit);
      if (j >= 0) return acc + m.rowLp[j];
    }
    acc += s.backoffs[r];
  }
  return acc - 9; // a unit the model never saw (not asked: only a letter's own units are tried)
}

/**
 * The likeliest spelling of a word (matching form) under the model, capitalised; undefined for a letter it lacks.
 * A hypothesis is the key and number of its last units (at most order-1) and its log10 score; hypotheses with the
 * same last units are merged (the better kept), the `beam` best kept (ties in the order they were made), and the
 * spelling read back from the back-pointers at the end: no string or map is made per step.
 */
export function spellWith(m: JointModel, word: string, beam = 8): string | undefined {
  const hit = m.cache.get(word);
  if (hit !== undefined) return hit;
  const letters: (readonly number[])[] = [];
  for (const ch of word) {
    const units = m.byLetter.get(ch);
    if (!units) return undefined;
    letters.push(units);
  }
  const keep = m.order - 1;
  const cap = beam * m.maxUnits;
  const s: Scratch = { rows: new Int32Array(m.order + 1), backoffs: new Float64Array(m.order + 1), nRows: 0 };
  let hCtx = new Float64Array(beam);
  let hScore = new Float64Array(beam);
  let nh = 1;
  let hLen = 1;
  hCtx[0] = BOS;
  let nCtx = new Float64Array(beam);
  let nScore = new Float64Array(beam);
  const cCtx = new Float64Array(cap);
  const cScore = new Float64Array(cap);
  const cParent = new Int32Array(cap);
  const cUnit = new Int32Array(cap);
  const sel = new Int32Array(beam);
  const trailParent = new Int32Array(letters.length * beam);
  const trailUnit = new Int32Array(letters.length * beam);
  // A hypothesis's candidates stand at its stem's first hypothesis's place: the same last units, the same letter's
  // units in the same order, so hypotheses with one stem share candidates (the better score kept) without a map.
  const stems = new Float64Array(beam);
  const firstCand = new Int32Array(beam);
  for (let t = 0; t < letters.length; t++) {
    const units = letters[t];
    const len = Math.min(hLen + 1, keep);
    let nc = 0;
    for (let i = 0; i < nh; i++) {
      setRows(m, s, hCtx[i], hLen);
      const stem = (hCtx[i] % m.pow[len - 1]) * m.base;
      let same = 0;
      while (same < i && stems[same] !== stem) same++;
      stems[i] = stem;
      const fresh = same === i;
      const at = fresh ? nc : firstCand[same];
      firstCand[i] = at;
      for (let k = 0; k < units.length; k++) {
        const u = units[k];
        const score = hScore[i] + logProb(m, s, u);
        const c = at + k;
        if (fresh) {
          cCtx[c] = stem + u; cScore[c] = score; cParent[c] = i; cUnit[c] = u;
        } else if (cScore[c] < score) {
          cScore[c] = score; cParent[c] = i;
        }
      }
      if (fresh) nc += units.length;
    }
    // The `beam` best, best first, ties in the order made (a stable sort's first `beam`).
    let ns = 0;
    for (let c = 0; c < nc; c++) {
      const score = cScore[c];
      let p = ns;
      while (p > 0 && cScore[sel[p - 1]] < score) p--;
      if (p >= beam) continue;
      for (let q = Math.min(ns, beam - 1); q > p; q--) sel[q] = sel[q - 1];
      sel[p] = c;
      if (ns < beam) ns++;
    }
    for (let j = 0; j < ns; j++) {
      const c = sel[j];
      nCtx[j] = cCtx[c]; nScore[j] = cScore[c];
      trailParent[t * beam + j] = cParent[c];
      trailUnit[t * beam + j] = cUnit[c];
    }
    const ctxs = hCtx;
    hCtx = nCtx;
    nCtx = ctxs;
    const scores = hScore;
    hScore = nScore;
    nScore = scores;
    nh = ns;
    hLen = len;
  }
  let best = -1;
  let bestScore = -Infinity;
  for (let i = 0; i < nh; i++) {
    setRows(m, s, hCtx[i], hLen);
    const score = hScore[i] + logProb(m, s, EOS);
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  }
  if (best < 0) return undefined;
  const chunks: string[] = [];
  for (let t = letters.length - 1, j = best; t >= 0; t--) {
    chunks.push(m.chunk[trailUnit[t * beam + j]]);
    j = trailParent[t * beam + j];
  }
  const spelt = chunks.reverse().join('');
  if (!spelt) return undefined;
  const out = spelt.charAt(0).toUpperCase() + spelt.slice(1);
  if (m.cache.size > 50_000) m.cache.clear();
  m.cache.set(word, out);
  return out;
}

/** The letter bigrams and trigrams of a word, with ^ and $ at its ends: the origin classifier's features. */
export function originFeatures(word: string): string[] {
  const w = `^${word}$`;
  const out: string[] = [];
  for (let i = 0; i + 2 <= w.length; i++) out.push(w.slice(i, i + 2));
  for (let i = 0; i + 3 <= w.length; i++) out.push(w.slice(i, i + 3));
  return out;
}

/** A feature's key: its 2 or 3 UTF-16 code units in base 65536 (a trigram's at 2^32 or more); -1 for another length. */
export function originKey(feature: string): number {
  if (feature.length === 2) return feature.charCodeAt(0) * 65536 + feature.charCodeAt(1);
  if (feature.length === 3) return (feature.charCodeAt(0) * 65536 + feature.charCodeAt(1)) * 65536 + feature.charCodeAt(2);
  return -1;
}

/** Whether a word (matching form) reads as an Arabic name (log-odds above 0), which the letter rules spell better. */
export function looksArabic(m: JointTables, word: string): boolean {
  // The features of originFeatures, in its order (bigrams, then trigrams), by key: no string per feature.
  const n = word.length + 2;
  const at = (i: number): number => (i === 0 ? 94 /* ^ */ : i === n - 1 ? 36 /* $ */ : word.charCodeAt(i - 1));
  const odds = (key: number): number => {
    const i = findKey(m.originKey, key);
    return i >= 0 ? m.originOdds[i] : m.originUnseen;
  };
  let s = m.originPrior;
  for (let i = 0; i + 2 <= n; i++) s += odds(at(i) * 65536 + at(i + 1));
  for (let i = 0; i + 3 <= n; i++) s += odds((at(i) * 65536 + at(i + 1)) * 65536 + at(i + 2));
  return s > 0;
}

/** The origin classifier's tables from its features by name. */
export function originTables(o: OriginOdds): Pick<JointTables, 'originPrior' | 'originUnseen' | 'originKey' | 'originOdds'> {
  const pairs = [...o.odds].map(([f, v]) => [originKey(f), v] as const).filter(([k]) => k >= 0).sort((a, b) => a[0] - b[0]);
  return {
    originPrior: o.prior, originUnseen: o.unseen,
    originKey: Float64Array.from(pairs, (p) => p[0]), originOdds: Float64Array.from(pairs, (p) => p[1]),
  };
}

/** The tables of a model from its parts (the builder's and the TSV reader's shared end). */
export function jointTables(order: number, units: readonly { ar: string; en: string; count: number }[], grams: Iterable<[number[], number, number | undefined]>, origin: OriginOdds, minCount = 1): JointTables {
  const letter = ['', '', ''];
  const chunk = ['', '<s>', '</s>'];
  const count = [0, 0, 0];
  for (const u of units) {
    letter.push(u.ar);
    chunk.push(u.en);
    count.push(u.count);
  }
  const base = chunk.length;
  if (base ** order > Number.MAX_SAFE_INTEGER) throw new Error(`translit model: ${base} units too many for order ${order}`);
  const after = new Map<number, Map<number, number>>();
  const backoff = new Map<number, number>();
  for (const [ids, lp, bo] of grams) {
    const k = gramKey(ids, base);
    const ctx = gramKey(ids, base, 0, ids.length - 1);
    const row = after.get(ctx) ?? new Map<number, number>();
    row.set(ids[ids.length - 1], lp);
    after.set(ctx, row);
    if (bo !== undefined && bo !== 0) backoff.set(k, bo);
  }
  const ctxKey = Float64Array.from(new Set([...after.keys(), ...backoff.keys()])).sort();
  const rowStart = new Int32Array(ctxKey.length + 1);
  const rowUnit: number[] = [];
  const rowLp: number[] = [];
  ctxKey.forEach((c, i) => {
    for (const [u, lp] of [...(after.get(c) ?? [])].sort((a, b) => a[0] - b[0])) {
      rowUnit.push(u);
      rowLp.push(lp);
    }
    rowStart[i + 1] = rowUnit.length;
  });
  return {
    order, base, minCount, letter, chunk, count: Int32Array.from(count),
    ctxKey, ctxBackoff: Float64Array.from(ctxKey, (c) => backoff.get(c) ?? 0), rowStart,
    rowUnit: Int32Array.from(rowUnit), rowLp: Float64Array.from(rowLp), ...originTables(origin),
  };
}

/** A model over its tables. */
export function modelOf(t: JointTables): JointModel {
  const byLetter = new Map<string, number[]>();
  for (let id = 3; id < t.base; id++) {
    if (t.count[id] < t.minCount) continue;
    const list = byLetter.get(t.letter[id]) ?? [];
    list.push(id);
    byLetter.set(t.letter[id], list);
  }
  const pow = Array.from({ length: t.order + 1 }, (_, k) => t.base ** k);
  const maxUnits = Math.max(1, ...[...byLetter.values()].map((l) => l.length));
  return { ...t, pow, byLetter, maxUnits, cache: new Map() };
}

/** A model from its parts. */
export function jointModel(order: number, units: readonly { ar: string; en: string; count: number }[], grams: Iterable<[number[], number, number | undefined]>, origin: OriginOdds, minCount = 1): JointModel {
  return modelOf(jointTables(order, units, grams, origin, minCount));
}

/**
 * Parses the model file: '#' lines, then `order<TAB>N`, then `unit<TAB>id<TAB>letter<TAB>chunk<TAB>count` rows (ids from 3,
 * in order; count: how often the alignment used it), `min_count<TAB>N` (a spelling uses the units seen N times or
 * more), `gram<TAB>ids<TAB>log10 p<TAB>log10 backoff` rows (ids space-separated, oldest first) and
 * `origin<TAB>feature<TAB>log-odds` rows (features <prior> and <unseen> the constants).
 */
export function parseJointTables(text: string): JointTables {
  let order = 0;
  let minCount = 1;
  const units: { ar: string; en: string; count: number }[] = [];
  const grams: [number[], number, number | undefined][] = [];
  const origin = { prior: 0, unseen: 0, odds: new Map<string, number>() };
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const c = line.split('\t');
    if (c[0] === 'order') order = Number(c[1]);
    else if (c[0] === 'min_count') minCount = Number(c[1]);
    else if (c[0] === 'unit') {
      if (Number(c[1]) !== units.length + 3) throw new Error(`translit model: unit ${c[1]} out of order`);
      units.push({ ar: c[2], en: c[3] ?? '', count: Number(c[4] ?? 1) });
    } else if (c[0] === 'gram') grams.push([c[1].split(' ').map(Number), Number(c[2]), c[3] ? Number(c[3]) : undefined]);
    else if (c[0] === 'origin') {
      if (c[1] === '<prior>') origin.prior = Number(c[2]);
      else if (c[1] === '<unseen>') origin.unseen = Number(c[2]);
      else origin.odds.set(c[1], Number(c[2]));
    } else throw new Error(`translit model: unknown row ${c[0]}`);
  }
  if (order < 1 || order > 5) throw new Error(`translit model: order ${order}`);
  return jointTables(order, units, grams, origin, minCount);
}

/** A model from the model file's text. */
export function parseJointModel(text: string): JointModel {
  return modelOf(parseJointTables(text));
}
