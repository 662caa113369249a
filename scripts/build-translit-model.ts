// Builds data/arabic/translit_model.tsv, the joint-sequence n-gram speller of src/arabic/translit-model.ts, from
// the name pairs of data/kb/name_spellings.tsv (words with the article ال left out: translit.ts spells those as
// al- and the rest). Two steps, as Sequitur G2P / Phonetisaurus:
// 1. Alignment: each Arabic letter writes a chunk of 0-MAX_CHUNK Latin letters; the chunks' joint probabilities are
//    fitted by EM over all ways to cut each word's spelling (forward-backward), then each word takes its likeliest
//    cut (Viterbi). A word no cut fits is left out.
// 2. An interpolated Kneser-Ney n-gram model over the joint units, written in backoff form (ARPA-like).
// Usage: node --import tsx scripts/build-translit-model.ts [--order N]
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { dataPath } from '../src/data-files.js';
import { BOS, EOS, gramKey, jointModel, originFeatures, TRANSLIT_MODEL_FILE, type JointModel, type OriginOdds } from '../src/arabic/translit-model.js';
import { loadTsv } from '../src/data-files.js';
import { normalizeArabic } from '../src/arabic/normalize.js';

export const MAX_CHUNK = 3;
export const ORDER = 4;
/** A spelling uses the units the alignment used this many times or more (rarer ones are noise, and slow the search). */
export const MIN_UNIT_COUNT = 2;
const EM_ROUNDS = 8;

export interface Pair { ar: string; en: string }

/** The pairs of a name_spellings.tsv text: words without the article, spellings lowercased letters only. */
export function tablePairs(text: string): Pair[] {
  const out: Pair[] = [];
  let header = true;
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    if (header) { header = false; continue; }
    const [ar, en] = line.split('\t');
    const e = en.toLowerCase().replace(/[^a-z]/g, '');
    if (ar.startsWith('ال') || !e) continue;
    out.push({ ar, en: e });
  }
  return out;
}

const unitKey = (a: string, e: string): string => `${a}:${e}`;

/** The chunk lengths each letter may take at each cut: forward/backward weights over (letter i, Latin j). */
function lattice(p: Pair, w: (a: string, e: string) => number): { f: number[][]; b: number[][] } | undefined {
  const A = [...p.ar];
  const n = A.length;
  const m = p.en.length;
  if (m > n * MAX_CHUNK) return undefined;
  const f = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  const b = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  f[0][0] = 1;
  for (let i = 0; i < n; i++) for (let j = 0; j <= m; j++) {
    if (!f[i][j]) continue;
    for (let k = 0; k <= MAX_CHUNK && j + k <= m; k++) f[i + 1][j + k] += f[i][j] * w(A[i], p.en.slice(j, j + k));
  }
  if (!f[n][m]) return undefined;
  b[n][m] = 1;
  for (let i = n - 1; i >= 0; i--) for (let j = m; j >= 0; j--) {
    for (let k = 0; k <= MAX_CHUNK && j + k <= m; k++) if (b[i + 1][j + k]) b[i][j] += w(A[i], p.en.slice(j, j + k)) * b[i + 1][j + k];
  }
  return { f, b };
}

/** The units of each pair (letter, chunk), by EM alignment; a pair no cut fits is left out. */
export function align(pairs: readonly Pair[], rounds = EM_ROUNDS): { ar: string; en: string }[][] {
  let prob = new Map<string, number>();
  const w = (a: string, e: string): number => prob.get(unitKey(a, e)) ?? (prob.size ? 0 : 1);
  for (let r = 0; r < rounds; r++) {
    const counts = new Map<string, number>();
    let total = 0;
    for (const p of pairs) {
      const l = lattice(p, w);
      if (!l) continue;
      const A = [...p.ar];
      const z = l.f[A.length][p.en.length];
      for (let i = 0; i < A.length; i++) for (let j = 0; j <= p.en.length; j++) {
        if (!l.f[i][j]) continue;
        for (let k = 0; k <= MAX_CHUNK && j + k <= p.en.length; k++) {
          const e = p.en.slice(j, j + k);
          const c = (l.f[i][j] * w(A[i], e) * l.b[i + 1][j + k]) / z;
          if (c > 0) {
            counts.set(unitKey(A[i], e), (counts.get(unitKey(A[i], e)) ?? 0) + c);
            total += c;
          }
        }
      }
    }
    prob = new Map([...counts].filter(([, c]) => c > 1e-3).map(([k, c]) => [k, c / total]));
  }
  const out: { ar: string; en: string }[][] = [];
  for (const p of pairs) {
    const A = [...p.ar];
    const m = p.en.length;
    // Viterbi: best[i][j] = the best score of letters < i writing en[0, j).
    const best = Array.from({ length: A.length + 1 }, () => new Array<number>(m + 1).fill(-Infinity));
    const back = Array.from({ length: A.length + 1 }, () => new Array<number>(m + 1).fill(-1));
    best[0][0] = 0;
    for (let i = 0; i < A.length; i++) for (let j = 0; j <= m; j++) {
      if (best[i][j] === -Infinity) continue;
      for (let k = 0; k <= MAX_CHUNK && j + k <= m; k++) {
        const q = prob.get(unitKey(A[i], p.en.slice(j, j + k)));
        if (!q) continue;
        const s = best[i][j] + Math.log(q);
        if (s > best[i + 1][j + k]) [best[i + 1][j + k], back[i + 1][j + k]] = [s, k];
      }
    }
    if (best[A.length][m] === -Infinity) continue;
    const units: { ar: string; en: string }[] = [];
    for (let i = A.length, j = m; i > 0; i--) {
      const k = back[i][j];
      units.unshift({ ar: A[i - 1], en: p.en.slice(j - k, j) });
      j -= k;
    }
    out.push(units);
  }
  return out;
}

/** Interpolated Kneser-Ney over unit-id sequences, in backoff form: [ids, log10 p, log10 backoff][]. */
export function kneserNey(seqs: readonly number[][], order: number, vocab: number): [number[], number, number | undefined][] {
  // counts[k]: n-grams of k+1 ids -> count (raw for the top order and for n-grams opening with <s>, else the
  // number of distinct units before them).
  const counts = Array.from({ length: order }, () => new Map<string, number>());
  const left = Array.from({ length: order }, () => new Map<string, Set<number>>());
  for (const s of seqs) {
    for (let i = 1; i < s.length; i++) {
      for (let k = 0; k < order && i - k >= 0; k++) {
        const gram = s.slice(i - k, i + 1);
        const key = gram.join(' ');
        if (k === order - 1 || i - k === 0) counts[k].set(key, (counts[k].get(key) ?? 0) + 1);
        else {
          const set = left[k].get(key) ?? new Set<number>();
          set.add(s[i - k - 1]);
          left[k].set(key, set);
        }
      }
    }
  }
  for (let k = 0; k < order - 1; k++) for (const [key, set] of left[k]) counts[k].set(key, (counts[k].get(key) ?? 0) + set.size);
  const out: [number[], number, number | undefined][] = [];
  const prob = new Map<string, number>(); // n-gram -> interpolated probability
  const gamma = new Map<string, number>(); // context -> interpolation weight
  for (let k = 0; k < order; k++) {
    let n1 = 0;
    let n2 = 0;
    for (const c of counts[k].values()) if (c === 1) n1++; else if (c === 2) n2++;
    const D = n1 + n2 ? Math.min(0.9, Math.max(0.1, n1 / (n1 + 2 * n2))) : 0.5;
    const ctxTotal = new Map<string, number>();
    const ctxTypes = new Map<string, number>();
    for (const [key, c] of counts[k]) {
      const ctx = key.split(' ').slice(0, -1).join(' ');
      ctxTotal.set(ctx, (ctxTotal.get(ctx) ?? 0) + c);
      ctxTypes.set(ctx, (ctxTypes.get(ctx) ?? 0) + 1);
    }
    for (const [ctx, t] of ctxTotal) gamma.set(ctx, (D * ctxTypes.get(ctx)!) / t);
    const lower = (key: string): number => {
      if (k === 0) return 1 / vocab;
      const ids = key.split(' ');
      let p = 0;
      let g = 1;
      // the backoff chain for an n-gram the lower order never saw
      for (let d = 1; d < ids.length; d++) {
        const low = ids.slice(d).join(' ');
        const hit = prob.get(low);
        if (hit !== undefined) { p = hit; break; }
        g *= gamma.get(ids.slice(d, -1).join(' ')) ?? 1;
      }
      return (p || 1 / vocab) * g;
    };
    for (const [key, c] of counts[k]) {
      const ctx = key.split(' ').slice(0, -1).join(' ');
      const p = Math.max(c - D, 0) / ctxTotal.get(ctx)! + gamma.get(ctx)! * lower(key);
      prob.set(key, p);
    }
  }
  for (const [key, p] of prob) {
    const g = gamma.get(key);
    out.push([key.split(' ').map(Number), Math.log10(p), g === undefined ? undefined : Math.log10(g)]);
  }
  // contexts never predicted themselves (<s>): their backoff weight alone
  for (const [ctx, g] of gamma) if (ctx && !prob.has(ctx)) out.push([ctx.split(' ').map(Number), -99, Math.log10(g)]);
  return out;
}

/**
 * The Arabic names the origin classifier learns from: the words of data/arabic/name_parts.tsv and those of the npm
 * arabic-name-to-en name database (source `an` in data/lexicon/ner_name_tokens.tsv).
 */
export function arabicNameWords(): Set<string> {
  const out = new Set(loadTsv('arabic/name_parts.tsv').map((r) => normalizeArabic(r.ar)).filter((w) => !w.includes(' ')));
  for (const r of loadTsv('lexicon/ner_name_tokens.tsv')) if (r.source.split(',').includes('an')) out.add(r.word);
  return out;
}

/** Naive Bayes log-odds (Arabic against foreign) of letter bigrams and trigrams, add-half smoothing. */
export function trainOrigin(arabic: Iterable<string>, foreign: Iterable<string>): OriginOdds {
  const count = (words: Iterable<string>): [Map<string, number>, number, number] => {
    const c = new Map<string, number>();
    let total = 0;
    let n = 0;
    for (const w of words) {
      n++;
      for (const f of originFeatures(w)) { c.set(f, (c.get(f) ?? 0) + 1); total++; }
    }
    return [c, total, n];
  };
  const [ca, ta, na] = count(arabic);
  const [cf, tf, nf] = count(foreign);
  const V = new Set([...ca.keys(), ...cf.keys()]).size;
  const za = Math.log(ta + 0.5 * V);
  const zf = Math.log(tf + 0.5 * V);
  const odds = new Map<string, number>();
  for (const f of new Set([...ca.keys(), ...cf.keys()])) odds.set(f, Math.log((ca.get(f) ?? 0) + 0.5) - za - Math.log((cf.get(f) ?? 0) + 0.5) + zf);
  // Equal priors, not the pairs' mix (1 Arabic word in 7): the names of Arabic news are mostly Arabic.
  void na;
  void nf;
  return { prior: 0, unseen: zf - za, odds };
}

/**
 * A model trained on pairs; the origin classifier on `arabic` (less the words held out: those of `heldOut`) against
 * the pairs' other words.
 */
export function trainModel(pairs: readonly Pair[], order = ORDER, arabic: ReadonlySet<string> = new Set(), heldOut: ReadonlySet<string> = new Set(), minCount = MIN_UNIT_COUNT): { model: JointModel; origin: OriginOdds; units: { ar: string; en: string; count: number }[]; grams: [number[], number, number | undefined][]; aligned: number; minCount: number } {
  const aligned = align(pairs);
  const ids = new Map<string, number>();
  const units: { ar: string; en: string; count: number }[] = [];
  for (const word of aligned) for (const u of word) {
    const k = unitKey(u.ar, u.en);
    if (!ids.has(k)) { ids.set(k, units.length + 3); units.push({ ...u, count: 0 }); }
    units[ids.get(k)! - 3].count++;
  }
  const seqs = aligned.map((word) => [BOS, ...word.map((u) => ids.get(unitKey(u.ar, u.en))!), EOS]);
  const grams = kneserNey(seqs, order, units.length + 1);
  const origin = trainOrigin([...arabic].filter((w) => !heldOut.has(w)), pairs.map((p) => p.ar).filter((w) => !arabic.has(w)));
  return { model: jointModel(order, units, grams, origin, minCount), origin, units, grams, aligned: aligned.length, minCount };
}

/** The model file's text. */
export function modelText(t: ReturnType<typeof trainModel>, pairs: number, header: readonly string[]): string {
  const lines = [...header.map((h) => `# ${h}`), `order\t${t.model.order}`, `min_count\t${t.minCount}`];
  t.units.forEach((u, i) => lines.push(`unit\t${i + 3}\t${u.ar}\t${u.en}\t${u.count}`));
  const sorted = [...t.grams].sort((a, b) => a[0].length - b[0].length || gramKey(a[0], t.model.base) - gramKey(b[0], t.model.base));
  for (const [ids, lp, bo] of sorted) lines.push(`gram\t${ids.join(' ')}\t${lp.toFixed(4)}${bo === undefined ? '' : `\t${bo.toFixed(4)}`}`);
  void pairs;
  const o = t.origin;
  lines.push(`origin\t<prior>\t${o.prior.toFixed(4)}`, `origin\t<unseen>\t${o.unseen.toFixed(4)}`);
  for (const [f, v] of [...o.odds].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) lines.push(`origin\t${f}\t${v.toFixed(3)}`);
  return lines.join('\n') + '\n';
}

if (process.argv[1] && path.resolve(process.argv[1]).endsWith('build-translit-model.ts')) {
  const i = process.argv.indexOf('--order');
  const order = i > 0 ? Number(process.argv[i + 1]) : ORDER;
  const pairs = tablePairs(readFileSync(dataPath('kb', 'name_spellings.tsv'), 'utf8'));
  const t = trainModel(pairs, order, arabicNameWords());
  const header = [
    'A joint-sequence n-gram speller for name words no spelling table holds (src/arabic/translit-model.ts).',
    `Built by scripts/build-translit-model.ts (order ${order}, chunks of 0-${MAX_CHUNK} letters, Kneser-Ney) from the ${pairs.length} pairs of`,
    `data/kb/name_spellings.tsv without the article (${t.aligned} aligned): Wikidata labels (CC0) via`,
    'steveash/NETransliteration-COLING2018 (MIT) and google/transliteration ar2en (Apache-2.0).',
    'Rows: order; min_count (a spelling uses the units seen so often); unit id letter chunk count (a letter in',
    'matching form writing 0-3 Latin letters, and how often the alignment used it);',
    'gram ids log10-probability [log10-backoff] (ids oldest first; 1 = word start, 2 = word end);',
    'origin feature log-odds: naive Bayes, a word Arabic (the words of data/arabic/name_parts.tsv and of the npm',
    'arabic-name-to-en 1.0.6 name database, ISC, source an in data/lexicon/ner_name_tokens.tsv) or foreign (the other',
    'pairs), by its letter bigrams and trigrams; an Arabic-looking word keeps the letter rules (translit.ts).',
  ];
  writeFileSync(dataPath(TRANSLIT_MODEL_FILE), modelText(t, pairs.length, header));
  console.log(`${pairs.length} pairs, ${t.aligned} aligned, ${t.units.length} units, ${t.grams.length} n-grams`);
}
