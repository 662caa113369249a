// Corpus-level name evidence for the NER tagger (issue #15; list 'silver', off unless a model records it): a
// tagger trained on the labelled text tags a large unlabelled news text, and its tags are summed over the whole
// text, per word (clitic-stripped stem: how often it was tagged PERS, LOC, ORG, MISC or O) and per multi-word
// name (how often the exact string occurs, and how often it was tagged as a whole entity of each type). The
// features read those sums back: the word's and its neighbours' type shares in bins, and the longest silver
// name covering the word with its B/I position, majority type and how often the string is tagged as a name.
// scripts/build-ner-silver.ts builds the table (ner_silver.tsv). Pure.
import { hashString, key, mix, template } from './hash.js';
import { sequenceHash } from './knowledge.js';
import type { WordInfo } from './word-info.js';

export const SILVER_TYPES = ['PERS', 'LOC', 'ORG', 'MISC'] as const;

/** One row of a silver table: a word's tag counts ('w') or a multi-word name's ('n'). */
export interface SilverRow {
  kind: 'w' | 'n';
  /** The stem (kind 'w') or the name's words joined by one space, the first as silverFirst gives it (kind 'n'). */
  key: string;
  /** Occurrences of the stem / of the exact word sequence in the text. */
  n: number;
  /** Tokens tagged as each type (kind 'w'); occurrences tagged as one whole entity of each type (kind 'n'); SILVER_TYPES order. */
  counts: number[];
}

/** The silver table as the features read it. */
export interface SilverKnowledge {
  /** Stem -> value hashes of its own features (`own`) and of the feature it gives its neighbours (`near`). */
  words: Map<string, { own: number[]; near: number }>;
  /** sequenceHash of a name's words -> hash of its type, hash of its type with its name-share bin. */
  names: Map<number, { type: number; typeShare: number }>;
  /** sequenceHash of every first 2, 3, ... words of a name. */
  prefixes: Set<number>;
  maxWords: number;
}

/** The form a silver name's first word is keyed by: the clitic-stripped stem, with the article if it had one. */
export function silverFirst(w: Pick<WordInfo, 'stem' | 'pro'>): string {
  return w.pro.split(/[+|]/).includes('ال') ? `ال${w.stem}` : w.stem;
}

function shareBin(x: number): string {
  return x <= 0 ? '0' : x < 0.05 ? '1' : x < 0.2 ? '2' : x < 0.5 ? '3' : x < 0.8 ? '4' : '5';
}

function countBin(n: number): string {
  return n < 2 ? '1' : n < 5 ? '2' : n < 20 ? '3' : n < 100 ? '4' : '5';
}

/** The value strings of a word row: each type's share bin, the majority label (O included) with the count and share bins. */
export function silverWordValues(row: Pick<SilverRow, 'n' | 'counts'>): { own: string[]; near: string } {
  const own: string[] = [];
  let best = 'O';
  let bestCount = row.n - row.counts.reduce((a, b) => a + b, 0);
  row.counts.forEach((c, t) => {
    if (c > 0) own.push(`${SILVER_TYPES[t]}:${shareBin(c / row.n)}`);
    if (c > bestCount) [best, bestCount] = [SILVER_TYPES[t], c];
  });
  const share = shareBin(bestCount / row.n);
  own.push(`maj:${best}|${countBin(row.n)}`, `majs:${best}|${share}`);
  return { own, near: `${best}|${share}` };
}

/** The majority type of a name row and that type's bin of the string's occurrences (null: never tagged whole). */
export function silverNameValue(row: Pick<SilverRow, 'n' | 'counts'>): { type: string; share: string } | null {
  let t = -1;
  row.counts.forEach((c, j) => {
    if (c > 0 && (t < 0 || c > row.counts[t])) t = j;
  });
  if (t < 0) return null;
  return { type: SILVER_TYPES[t], share: shareBin(row.counts[t] / Math.max(row.n, row.counts[t])) };
}

/** The silver knowledge of a table's rows (the words' matching forms as the rows give them). */
export function silverKnowledge(rows: Iterable<SilverRow>): SilverKnowledge {
  const out: SilverKnowledge = { words: new Map(), names: new Map(), prefixes: new Set(), maxWords: 1 };
  for (const r of rows) {
    if (r.kind === 'w') {
      const v = silverWordValues(r);
      out.words.set(r.key, { own: v.own.map(hashString), near: hashString(v.near) });
      continue;
    }
    const v = silverNameValue(r);
    const words = r.key.split(' ');
    if (!v || words.length < 2) continue;
    const hs = words.map(hashString);
    for (let n = 1, p = hs[0]; n < hs.length - 1; n++) out.prefixes.add((p = mix(p, hs[n])));
    out.names.set(sequenceHash(hs), { type: hashString(v.type), typeShare: hashString(`${v.type}|${v.share}`) });
    out.maxWords = Math.max(out.maxWords, words.length);
  }
  return out;
}

const S = {
  own: template('sv'),
  near: [template('sv-1'), template('sv+1')],
  nameB: template('snB'),
  nameI: template('snI'),
  nameBs: template('snBs'),
  nameIs: template('snIs'),
  after: template('snA'),
};
const NONE = hashString('none');

/**
 * The silver keys of every word of a sentence (`keys[i]`): its stem's type shares, its neighbours'
 * majority labels, and the longest silver name over it (B/I, type, share) or just before it.
 */
export function silverKeys(infos: readonly WordInfo[], s: SilverKnowledge): number[][] {
  const n = infos.length;
  const keys: number[][] = infos.map(() => []);
  const rows = infos.map((w) => s.words.get(w.stem));
  for (let i = 0; i < n; i++) {
    const r = rows[i];
    if (r) for (const v of r.own) keys[i].push(key(S.own, v));
    else if (infos[i].shape === 'ar') keys[i].push(key(S.own, NONE));
    if (i > 0) keys[i].push(key(S.near[0], rows[i - 1]?.near ?? NONE));
    if (i + 1 < n) keys[i].push(key(S.near[1], rows[i + 1]?.near ?? NONE));
  }
  // The longest name over each word (the earliest start on a tie).
  const cover: { start: number; len: number; v: { type: number; typeShare: number } }[] = new Array(n);
  for (let i = 0; i + 1 < n; i++) {
    let h = hashString(silverFirst(infos[i]));
    for (let j = i + 1; j < n && j - i < s.maxWords; j++) {
      h = mix(h, infos[j].hNorm);
      const v = s.names.get(h);
      if (v) for (let m = i; m <= j; m++) if (!cover[m] || cover[m].len < j - i + 1) cover[m] = { start: i, len: j - i + 1, v };
      if (!s.prefixes.has(h)) break;
    }
  }
  for (let i = 0; i < n; i++) {
    const c = cover[i];
    if (c) {
      const b = c.start === i;
      keys[i].push(key(b ? S.nameB : S.nameI, c.v.type), key(b ? S.nameBs : S.nameIs, c.v.typeShare));
    } else if (i > 0 && cover[i - 1]) keys[i].push(key(S.after, cover[i - 1].v.type));
  }
  return keys;
}

/** Parses a silver table (ner_silver.tsv rows: kind, key, n, PERS, LOC, ORG, MISC). */
export function silverRows(rows: readonly Record<string, string>[]): SilverRow[] {
  return rows.map((r) => ({ kind: r.kind === 'n' ? 'n' : 'w', key: r.key, n: Number(r.n), counts: SILVER_TYPES.map((t) => Number(r[t])) }));
}

/**
 * Sums a tagged text into silver rows: `add` each tagged sentence (its words analysed, in matching form, and
 * the tags), then `rows` counts every occurrence of the names found and gives the table.
 */
export class SilverCounter {
  private readonly words = new Map<string, { n: number; counts: number[] }>();
  private readonly names = new Map<string, number[]>();
  /** Per sentence: the hash of each word's silverFirst form and of its matching form. */
  private readonly firsts: Int32Array[] = [];
  private readonly norms: Int32Array[] = [];

  add(infos: readonly WordInfo[], norms: readonly string[], tags: readonly string[]): void {
    const fs = new Int32Array(infos.length);
    const ns = new Int32Array(infos.length);
    infos.forEach((w, i) => {
      fs[i] = hashString(silverFirst(w));
      ns[i] = w.hNorm;
      const t = SILVER_TYPES.indexOf(tags[i].slice(2) as (typeof SILVER_TYPES)[number]);
      const row = this.words.get(w.stem) ?? { n: 0, counts: [0, 0, 0, 0] };
      row.n++;
      if (t >= 0) row.counts[t]++;
      this.words.set(w.stem, row);
    });
    this.firsts.push(fs);
    this.norms.push(ns);
    for (let i = 0; i < tags.length; i++) {
      if (!tags[i].startsWith('B-')) continue;
      let j = i + 1;
      while (j < tags.length && tags[j] === `I-${tags[i].slice(2)}`) j++;
      const t = SILVER_TYPES.indexOf(tags[i].slice(2) as (typeof SILVER_TYPES)[number]);
      if (j - i >= 2 && t >= 0) {
        const name = [silverFirst(infos[i]), ...norms.slice(i + 1, j)].join(' ');
        const c = this.names.get(name) ?? [0, 0, 0, 0];
        c[t]++;
        this.names.set(name, c);
      }
    }
  }

  /** The table: words seen at least `minWord` times that were tagged as a name once or more, or seen `minCommon` times; names tagged whole `minName` times or more. */
  rows(opts: { minWord?: number; minCommon?: number; minName?: number } = {}): SilverRow[] {
    const { minWord = 2, minCommon = 20, minName = 1 } = opts;
    const names = [...this.names].filter(([, c]) => c.reduce((a, b) => a + b, 0) >= minName);
    const seq = new Map<number, number>();
    const prefixes = new Set<number>();
    let maxWords = 2;
    names.forEach(([name], i) => {
      const hs = name.split(' ').map(hashString);
      for (let n = 1, p = hs[0]; n < hs.length - 1; n++) prefixes.add((p = mix(p, hs[n])));
      seq.set(sequenceHash(hs), i);
      maxWords = Math.max(maxWords, hs.length);
    });
    const occurrences = new Array<number>(names.length).fill(0);
    this.firsts.forEach((fs, s) => {
      const ns = this.norms[s];
      for (let i = 0; i + 1 < fs.length; i++) {
        let h = fs[i];
        for (let j = i + 1; j < fs.length && j - i < maxWords; j++) {
          h = mix(h, ns[j]);
          const at = seq.get(h);
          if (at !== undefined) occurrences[at]++;
          if (!prefixes.has(h)) break;
        }
      }
    });
    const out: SilverRow[] = [];
    for (const [w, r] of [...this.words].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
      const named = r.counts.some((c) => c > 0);
      if (r.n >= minCommon || (named && r.n >= minWord)) out.push({ kind: 'w', key: w, n: r.n, counts: r.counts });
    }
    names.forEach(([name, c], i) => out.push({ kind: 'n', key: name, n: Math.max(occurrences[i], c.reduce((a, b) => a + b, 0)), counts: c }));
    return out;
  }
}
