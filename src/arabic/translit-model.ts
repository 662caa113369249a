// A learned speller for name words no spelling table holds: a joint-sequence n-gram model (as Sequitur G2P and
// Phonetisaurus), data/arabic/translit_model.tsv, built by scripts/build-translit-model.ts from the name pairs of
// data/kb/name_spellings.tsv. Each Arabic letter (matching form) writes one chunk of 0-3 Latin letters (a joint
// unit, 'ب:ba'); the model gives the probability of a unit after the units before it (backoff, Kneser-Ney), and a
// word is spelt by the likeliest sequence of units its letters allow (beam search). translit.ts asks it for the
// words no table knows, instead of its letter rules.
import { readFileSync } from 'node:fs';
import { dataPath } from '../data-files.js';
import { once } from '../once.js';

export const TRANSLIT_MODEL_FILE = 'arabic/translit_model.tsv';

export const BOS = 1;
export const EOS = 2;

/** A joint-sequence model: its units, the units of each letter, and the n-grams' log10 probabilities and backoffs. */
export interface JointModel {
  order: number;
  /** The number of unit ids: an n-gram's key is its ids in this base, one exact number (no string per lookup). */
  base: number;
  /** base ** k, for k up to the order. */
  pow: readonly number[];
  /** Unit id -> its Latin chunk (ids 0-2: none, <s>, </s>). */
  chunk: readonly string[];
  /** Arabic letter -> the ids of the units a spelling may use (seen `minCount` times or more in the alignment). */
  byLetter: ReadonlyMap<string, readonly number[]>;
  /** History key -> unit id -> log10 P(unit | history): a history's row found once, its units by small ids. */
  after: ReadonlyMap<number, ReadonlyMap<number, number>>;
  backoff: ReadonlyMap<number, number>;
  /**
   * Origin: log-odds that a word is an Arabic name rather than a foreign one, by its letter bigrams and trigrams
   * (naive Bayes; `prior` the classes' log-odds, `unseen` a feature neither class had). The speller is better than the
   * letter rules on foreign names, the letter rules on Arabic ones (cross-validation, scripts/translit-check.ts).
   */
  origin: { prior: number; unseen: number; odds: ReadonlyMap<string, number> };
  /** Spellings already made, by word (bounded). */
  cache: Map<string, string>;
}

/** The key of an n-gram of unit ids (oldest first), in base `base`. */
export function gramKey(ids: readonly number[], base: number, from = 0, to = ids.length): number {
  let k = 0;
  for (let i = from; i < to; i++) k = k * base + ids[i];
  return k;
}

/** The rows of a history: for each of its suffixes, longest first, the n-grams after it and its backoff. */
function rowsOf(m: JointModel, ctx: number, len: number): { next: ReadonlyMap<number, number> | undefined; backoff: number }[] {
  const out = [];
  for (let k = len; k >= 0; k--) {
    const c = ctx % m.pow[k];
    out.push({ next: m.after.get(c), backoff: k > 0 ? m.backoff.get(c) ?? 0 : 0 });
  }
  return out;
}

/** log10 P(unit | a history, by its rows), backing off to shorter histories. */
function logProb(rows: ReturnType<typeof rowsOf>, unit: number): number {
  let acc = 0;
  for (const r of rows) {
    const lp = r.next?.get(unit);
    if (lp !== undefined) return acc + lp;
    acc += r.backoff;
  }
  return acc - 9; // a unit the model never saw (not asked: only a letter's own units are tried)
}

/** A partial spelling: the key and number of its last units (at most order-1), its log10 score, its letters. */
interface Hyp { ctx: number; len: number; score: number; out: string }

/** The likeliest spelling of a word (matching form) under the model, capitalised; undefined for a letter it lacks. */
export function spellWith(m: JointModel, word: string, beam = 8): string | undefined {
  const hit = m.cache.get(word);
  if (hit !== undefined) return hit;
  let hyps: Hyp[] = [{ ctx: BOS, len: 1, score: 0, out: '' }];
  const keep = m.order - 1;
  for (const ch of word) {
    const units = m.byLetter.get(ch);
    if (!units) return undefined;
    const next = new Map<number, Hyp>();
    for (const h of hyps) {
      const rows = rowsOf(m, h.ctx, h.len);
      const len = Math.min(h.len + 1, keep);
      const stem = (h.ctx % m.pow[len - 1]) * m.base;
      for (const u of units) {
        const score = h.score + logProb(rows, u);
        const ctx = stem + u;
        const old = next.get(ctx);
        if (!old) next.set(ctx, { ctx, len, score, out: h.out + m.chunk[u] });
        else if (old.score < score) [old.score, old.out] = [score, h.out + m.chunk[u]];
      }
    }
    hyps = [...next.values()].sort((a, b) => b.score - a.score).slice(0, beam);
  }
  let best: Hyp | undefined;
  let bestScore = -Infinity;
  for (const h of hyps) {
    const s = h.score + logProb(rowsOf(m, h.ctx, h.len), EOS);
    if (s > bestScore) [best, bestScore] = [h, s];
  }
  if (!best || !best.out) return undefined;
  const out = best.out.charAt(0).toUpperCase() + best.out.slice(1);
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

/** Whether a word (matching form) reads as an Arabic name (log-odds above 0), which the letter rules spell better. */
export function looksArabic(m: JointModel, word: string): boolean {
  let s = m.origin.prior;
  for (const f of originFeatures(word)) s += m.origin.odds.get(f) ?? m.origin.unseen;
  return s > 0;
}

type Origin = JointModel['origin'];

/** A model from its parts (the builder's and the loader's shared end). */
export function jointModel(order: number, units: readonly { ar: string; en: string; count: number }[], grams: Iterable<[number[], number, number | undefined]>, origin: Origin, minCount = 1): JointModel {
  const chunk = ['', '<s>', '</s>'];
  const byLetter = new Map<string, number[]>();
  for (const [i, u] of units.entries()) {
    chunk[i + 3] = u.en;
    if (u.count < minCount) continue;
    const list = byLetter.get(u.ar) ?? [];
    list.push(i + 3);
    byLetter.set(u.ar, list);
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
  const pow = Array.from({ length: order + 1 }, (_, k) => base ** k);
  return { order, base, pow, chunk, byLetter, after, backoff, origin, cache: new Map() };
}

/**
 * Parses the model file: '#' lines, then `order<TAB>N`, then `unit<TAB>id<TAB>letter<TAB>chunk<TAB>count` rows (ids from 3,
 * in order; count: how often the alignment used it), `min_count<TAB>N` (a spelling uses the units seen N times or
 * more), `gram<TAB>ids<TAB>log10 p<TAB>log10 backoff` rows (ids space-separated, oldest first) and
 * `origin<TAB>feature<TAB>log-odds` rows (features <prior> and <unseen> the constants).
 */
export function parseJointModel(text: string): JointModel {
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
  return jointModel(order, units, grams, origin, minCount);
}

/** The shipped model, read once per process on first use. */
export const translitModel = once(() => parseJointModel(readFileSync(dataPath(TRANSLIT_MODEL_FILE), 'utf8')));
