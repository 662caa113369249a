// Feature extraction for the statistical NER tagger (src/ner/perceptron.ts). Pure: a sentence
// (its words, as written) and a knowledge object (gazetteer and trigger lists) give, for each
// word, a list of feature strings. The model learns one weight per feature and tag.
//
// Words are compared in matching form (normalizeArabic). The knowledge comes from data files:
// data/lexicon/ner_gazetteer.tsv (ANERGazet) and data/lexicon/ner_triggers.tsv (context words).
import { normalizeArabic } from '../arabic/normalize.js';
import { cliticAnalyses, splitClitics } from '../arabic/clitics.js';
import { lightStem } from '../arabic/stem.js';
import { loadTsv } from '../data-files.js';

export const ENTITY_TYPES = ['PERS', 'LOC', 'ORG', 'MISC'] as const;

export interface NerKnowledge {
  /** Matching form of a gazetteer name (words joined by one space) -> its types. */
  gazetteer: Map<string, string[]>;
  /** Longest gazetteer name, in words. */
  gazetteerMaxWords: number;
  /** First ('PERS^') and last ('PERS$') words of multi-word gazetteer names. */
  nameParts: Map<string, string[]>;
  /** Matching form of a context word -> its kinds (PERS_TITLE, LOC_CUE, ...). */
  triggers: Map<string, string[]>;
  /** Matching form -> count in a reference news text (a common-word signal). */
  frequency: Map<string, number>;
  /** Matching form -> word classes learnt from raw text (ner_clusters.tsv), e.g. ['c64:12', 'c256:200']. */
  clusters: Map<string, string[]>;
  /**
   * Matching form -> what dictionaries say of it (ner_dictionary.tsv): 'h<N>' for each Ayaspell
   * affix class of the stem, 't' if the Tesseract word list has it.
   */
  dictionary: Map<string, string[]>;
}

function addTo(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

/** Builds the knowledge object from lists (used by the loader and by tests). */
/**
 * Builds the knowledge object from lists (used by the loader and by tests). A gazetteer entry of
 * a list other than 'anergazet' gets its type prefixed with 'w' (wLOC) for the list 'wide', with
 * the list's name otherwise (givenPERS): those lists are noisier and get weights of their own.
 */
export function makeKnowledge(
  gazetteer: Iterable<{ name: string; type: string; list?: string }>,
  triggers: Iterable<{ word: string; kind: string }>,
  frequency: Iterable<{ word: string; count: number }> = [],
  clusters: Iterable<{ word: string; classes: string[] }> = [],
  dictionary: Iterable<{ word: string; classes: string[] }> = [],
): NerKnowledge {
  const gz = new Map<string, string[]>();
  const parts = new Map<string, string[]>();
  let maxWords = 1;
  for (const { name, type, list } of gazetteer) {
    const words = name.split(/\s+/).filter(Boolean).map(normalizeArabic);
    if (!words.length) continue;
    maxWords = Math.max(maxWords, words.length);
    const t = !list || list === 'anergazet' ? type : list === 'wide' ? `w${type}` : `${list}${type}`;
    addTo(gz, words.join(' '), t);
    // The first and last words of a listed multi-word name, on their own (a first name, a surname).
    if (words.length >= 2) {
      addTo(parts, words[0], `${t}^`);
      addTo(parts, words[words.length - 1], `${t}$`);
    }
  }
  const tr = new Map<string, string[]>();
  for (const { word, kind } of triggers) addTo(tr, normalizeArabic(word.trim()), kind);
  const fq = new Map<string, number>();
  for (const { word, count } of frequency) {
    const n = normalizeArabic(word);
    fq.set(n, (fq.get(n) ?? 0) + count);
  }
  const cl = new Map<string, string[]>();
  for (const { word, classes } of clusters) cl.set(normalizeArabic(word), classes);
  const dict = new Map<string, string[]>();
  for (const { word, classes } of dictionary) for (const c of classes) addTo(dict, normalizeArabic(word), c);
  return { gazetteer: gz, gazetteerMaxWords: maxWords, nameParts: parts, triggers: tr, frequency: fq, clusters: cl, dictionary: dict };
}

let knowledge: NerKnowledge | null = null;

/** The shipped knowledge (data/lexicon/ner_gazetteer.tsv and ner_triggers.tsv), loaded once. */
export function loadKnowledge(): NerKnowledge {
  if (!knowledge) {
    knowledge = makeKnowledge(
      [
        ...loadTsv('lexicon/ner_gazetteer.tsv').map((r) => ({ name: r.name, type: r.type, list: r.list })),
        ...loadTsv('lexicon/ner_given_names.tsv').map((r) => ({ name: r.name, type: 'PERS', list: 'given' })),
      ],
      loadTsv('lexicon/ner_triggers.tsv').map((r) => ({ word: r.word, kind: r.kind })),
      loadTsv('lexicon/ner_wordfreq.tsv').map((r) => ({ word: r.word, count: Number(r.count) })),
      loadTsv('lexicon/ner_clusters.tsv').map((r) => ({
        word: r.word,
        classes: Object.keys(r).filter((c) => /^c\d+$/.test(c)).map((c) => `${c}:${r[c]}`),
      })),
      loadTsv('lexicon/ner_dictionary.tsv').map((r) => ({
        word: r.word,
        classes: r.classes === 't' ? ['t'] : r.classes.split(',').map((c) => `h${c}`),
      })),
    );
  }
  return knowledge;
}

const ARABIC_LETTERS = /^[\u0621-\u064A]+$/;
const HAS_DIGIT = /\p{Nd}/u;
const LATIN = /^[A-Za-z]+$/;
const PUNCT = /^[\p{P}\p{S}]+$/u;

/** A coarse shape class of a word as written. */
export function wordShape(word: string): string {
  if (/^\p{Nd}+$/u.test(word)) return word.length === 4 ? 'year' : 'num';
  if (HAS_DIGIT.test(word)) return 'hasnum';
  if (LATIN.test(word)) return /^[A-Z]+$/.test(word) ? 'LAT' : /^[A-Z]/.test(word) ? 'Lat' : 'lat';
  if (PUNCT.test(word)) return 'punct';
  if (ARABIC_LETTERS.test(normalizeArabic(word))) return 'ar';
  return 'other';
}

function lengthClass(n: number): string {
  return n <= 2 ? String(n) : n <= 4 ? '3-4' : n <= 6 ? '5-6' : '7+';
}

/** What the tagger needs to know about one word, computed once per word. */
export interface WordInfo {
  norm: string;
  /** Clitic-stripped stem (matching form). */
  stem: string;
  /** The proclitics split off, joined ('و+ال'), or ''. */
  pro: string;
  light: string;
  shape: string;
  /** Trigger kinds of the word or of one of its clitic readings. */
  trig: string[];
  /** Gazetteer types of the word alone, or of its stem. */
  gz: string[];
  /** Count class of the word (and of its stem) in the reference text. */
  freq: string;
  /** Word classes of the word (by its matching form, else its stem). */
  cls: string[];
  /** Dictionary features (ner_dictionary.tsv) of the word and of its clitic-stripped readings. */
  dict: string[];
}

function freqClass(n: number): string {
  return n === 0 ? '0' : n < 5 ? '1' : n < 20 ? '2' : n < 100 ? '3' : '4';
}

const infoCache = new Map<string, WordInfo>();
let infoCacheOwner: NerKnowledge | null = null;

/** Per-word analysis (cached per knowledge object). */
export function wordInfo(word: string, k: NerKnowledge): WordInfo {
  if (infoCacheOwner !== k) {
    infoCache.clear();
    infoCacheOwner = k;
  }
  const hit = infoCache.get(word);
  if (hit) return hit;
  const norm = normalizeArabic(word);
  const shape = wordShape(word);
  let stem = norm;
  let pro = '';
  let light = norm;
  const trig: string[] = [];
  const gz: string[] = [];
  const dict: string[] = [];
  const dictOf = (s: string, tag: string) => {
    for (const c of k.dictionary.get(s) ?? []) {
      const f = `${tag}${c}`;
      if (!dict.includes(f)) dict.push(f);
    }
  };
  dictOf(norm, 'w');
  for (const t of k.triggers.get(norm) ?? []) if (!trig.includes(t)) trig.push(t);
  for (const t of k.gazetteer.get(norm) ?? []) if (!gz.includes(t)) gz.push(t);
  for (const t of k.nameParts.get(norm) ?? []) if (!gz.includes(t)) gz.push(t);
  if (shape === 'ar') {
    const known = (s: string) => k.gazetteer.has(s) || k.triggers.has(s);
    const a = splitClitics(word, known);
    stem = normalizeArabic(a.stem);
    pro = a.proclitics.join('+') + (a.enclitic ? `|${a.enclitic}` : '');
    light = lightStem(word);
    for (const an of cliticAnalyses(word)) {
      if (an.enclitic) continue;
      const s = normalizeArabic(an.stem);
      for (const t of k.triggers.get(s) ?? []) if (!trig.includes(t)) trig.push(t);
      for (const t of k.gazetteer.get(s) ?? []) if (!gz.includes(t)) gz.push(t);
      for (const t of k.nameParts.get(s) ?? []) if (!gz.includes(t)) gz.push(t);
      // 'ال' + a name the gazetteer lists bare, and the reverse.
      if (s !== norm) dictOf(s, 's');
      const withAl = k.gazetteer.get('ال' + s);
      if (an.proclitics.length && withAl) for (const t of withAl) if (!gz.includes(t)) gz.push(t);
    }
  }
  const freq = `${freqClass(k.frequency.get(norm) ?? 0)}/${freqClass(k.frequency.get(stem) ?? 0)}`;
  const cls = k.clusters.get(norm) ?? k.clusters.get(stem)?.map((c) => `s${c}`) ?? [];
  if (shape === 'ar') {
    if (light !== norm) dictOf(light, 'l');
    if (!dict.some((d) => d.includes('h'))) dict.push('noh');
    if (!dict.some((d) => d.endsWith('t'))) dict.push('not');
  }
  const info: WordInfo = { norm, stem, pro, light, shape, trig, gz, freq, cls, dict };
  if (infoCache.size > 200_000) infoCache.clear();
  infoCache.set(word, info);
  return info;
}

/**
 * Multi-word gazetteer matches: for each word, the features gB=TYPE (a listed name of that type
 * starts here) and gI=TYPE (inside one). The first word may carry clitics (والولايات المتحدة).
 */
function gazetteerSpans(infos: WordInfo[], k: NerKnowledge): string[][] {
  const out: string[][] = infos.map(() => []);
  for (let i = 0; i < infos.length; i++) {
    if (infos[i].shape !== 'ar') continue;
    const w = infos[i];
    const firsts = [w.norm];
    if (w.stem !== w.norm) firsts.push(w.stem);
    // للأمم المتحدة: the article the clitic split off belongs to the listed name.
    if (w.pro.split(/[+|]/).includes('ال')) firsts.push('ال' + w.stem);
    for (const first of firsts) {
      let key = first;
      for (let j = i + 1; j < infos.length && j - i < k.gazetteerMaxWords; j++) {
        key += ' ' + infos[j].norm;
        const types = k.gazetteer.get(key);
        if (!types) continue;
        for (const t of types) {
          const b = `gB=${t}`;
          if (!out[i].includes(b)) out[i].push(b);
          for (let m = i + 1; m <= j; m++) {
            const f = `gI=${t}`;
            if (!out[m].includes(f)) out[m].push(f);
          }
        }
      }
    }
  }
  return out;
}

function suffix(s: string, n: number): string {
  return s.length > n ? s.slice(-n) : '';
}
function prefix(s: string, n: number): string {
  return s.length > n ? s.slice(0, n) : '';
}

/** The feature strings of every word of one sentence (no tag-dependent features: those are the model's transitions). */
export function sentenceFeatures(words: readonly string[], k: NerKnowledge): string[][] {
  const infos = words.map((w) => wordInfo(w, k));
  const spans = gazetteerSpans(infos, k);
  const at = (i: number): WordInfo | null => (i >= 0 && i < infos.length ? infos[i] : null);
  const BOS = '<s>';
  const EOS = '</s>';
  const normAt = (i: number) => at(i)?.norm ?? (i < 0 ? BOS : EOS);
  const stemAt = (i: number) => at(i)?.stem ?? (i < 0 ? BOS : EOS);
  return infos.map((w, i) => {
    const f: string[] = ['b'];
    const add = (s: string) => f.push(s);
    add(`w=${w.norm}`);
    add(`st=${w.stem}`);
    add(`ls=${w.light}`);
    add(`pro=${w.pro}`);
    add(`sh=${w.shape}`);
    add(`len=${lengthClass(w.stem.length)}`);
    for (let n = 1; n <= 4; n++) {
      const p = prefix(w.norm, n);
      const s = suffix(w.norm, n);
      if (p) add(`p${n}=${p}`);
      if (s) add(`s${n}=${s}`);
      const sp = prefix(w.stem, n);
      const ss = suffix(w.stem, n);
      if (n <= 3 && sp) add(`sp${n}=${sp}`);
      if (n <= 3 && ss) add(`ss${n}=${ss}`);
    }
    if (w.shape === 'ar' && w.stem.length >= 3) {
      const padded = `^${w.stem}$`;
      for (let c = 0; c + 3 <= padded.length; c++) add(`c3=${padded.slice(c, c + 3)}`);
    }
    if (w.shape !== 'ar') add(`raw=${words[i]}`);
    if (i === 0) add('first');
    for (const c of w.cls) add(`cl=${c}`);
    for (const c of at(i - 1)?.cls ?? []) add(`cl-1=${c}`);
    for (const c of at(i + 1)?.cls ?? []) add(`cl+1=${c}`);
    if (w.shape === 'ar') {
      add(`fq=${w.freq}`);
      add(`fqpro=${w.freq}|${w.pro}`);
    }
    for (const d of w.dict) add(`dk=${d}`);

    for (const t of w.trig) add(`tr0=${t}`);
    for (const t of w.gz) add(`gz0=${t}`);
    for (const t of spans[i]) add(t);
    // Context words, stems and their features.
    for (const d of [-2, -1, 1, 2]) {
      add(`w${d}=${normAt(i + d)}`);
      const c = at(i + d);
      if (!c) continue;
      if (Math.abs(d) === 1) {
        add(`st${d}=${c.stem}`);
        add(`sh${d}=${c.shape}`);
        add(`pro${d}=${c.pro}`);
        const s2 = suffix(c.norm, 2);
        if (s2) add(`s2${d}=${s2}`);
      }
      for (const t of c.trig) add(`tr${d}=${t}`);
      for (const t of c.gz) add(`gz${d}=${t}`);
    }
    add(`w-1w=${normAt(i - 1)}|${w.norm}`);
    add(`ww+1=${w.norm}|${normAt(i + 1)}`);
    add(`st-1st=${stemAt(i - 1)}|${w.stem}`);
    add(`w-2w-1=${normAt(i - 2)}|${normAt(i - 1)}`);
    add(`w+1w+2=${normAt(i + 1)}|${normAt(i + 2)}`);
    // Trigger two back with the word before a nisba (الرئيس الفرنسي X).
    const p1 = at(i - 1);
    if (p1) for (const t of p1.trig) add(`tr-1w=${t}|${w.shape}`);
    for (const g of w.gz) for (const t of p1?.trig ?? []) add(`gz0tr-1=${g}|${t}`);
    return f;
  });
}

/** What one occurrence of a word says about it, for documentFeatures. */
function occurrenceCues(infos: readonly WordInfo[], i: number): string[] {
  const cues: string[] = [];
  const w = infos[i];
  cues.push(w.pro.includes('ال') ? 'al' : w.pro ? 'clitic' : 'bare');
  for (const t of infos[i - 1]?.trig ?? []) cues.push(`t-1:${t}`);
  for (const t of infos[i - 2]?.trig ?? []) cues.push(`t-2:${t}`);
  for (const t of infos[i + 1]?.trig ?? []) cues.push(`t+1:${t}`);
  const prev = infos[i - 1];
  if (prev && prev.shape === 'ar' && prev.gz.length) for (const g of prev.gz) cues.push(`g-1:${g}`);
  const next = infos[i + 1];
  if (next && next.shape === 'ar' && next.gz.length) for (const g of next.gz) cues.push(`g+1:${g}`);
  return cues;
}

/**
 * Document features (no labels needed): what the other occurrences of the same word (by stem)
 * in a window of sentences say about it: after a title, with the article, next to a listed
 * name... A surname alone in one sentence inherits the title that preceded it in another.
 */
export function documentFeatures(sentences: readonly (readonly string[])[], k: NerKnowledge, window: number): string[][][] {
  const infos = sentences.map((ws) => ws.map((w) => wordInfo(w, k)));
  const eligible = (w: WordInfo) => w.shape === 'ar' && w.stem.length >= 3 && !k.triggers.has(w.stem);
  // Per sentence: stem -> cue -> count.
  const perSentence = infos.map((inf) => {
    const m = new Map<string, Map<string, number>>();
    inf.forEach((w, i) => {
      if (!eligible(w)) return;
      let c = m.get(w.stem);
      if (!c) m.set(w.stem, (c = new Map()));
      c.set('#', (c.get('#') ?? 0) + 1);
      for (const cue of occurrenceCues(inf, i)) c.set(cue, (c.get(cue) ?? 0) + 1);
    });
    return m;
  });
  return infos.map((inf, s) =>
    inf.map((w, i) => {
      if (!eligible(w)) return [];
      const total = new Map<string, number>();
      for (let t = Math.max(0, s - window); t <= Math.min(infos.length - 1, s + window); t++) {
        const c = perSentence[t].get(w.stem);
        if (c) for (const [cue, n] of c) total.set(cue, (total.get(cue) ?? 0) + n);
      }
      total.set('#', (total.get('#') ?? 0) - 1);
      for (const cue of occurrenceCues(inf, i)) total.set(cue, (total.get(cue) ?? 0) - 1);
      const others = total.get('#') ?? 0;
      const f = [`dn=${others === 0 ? 0 : others === 1 ? 1 : others < 5 ? 2 : 3}`];
      if (others > 0) for (const [cue, n] of total) if (cue !== '#' && n > 0) f.push(`dc=${cue}`);
      return f;
    }),
  );
}

/**
 * Stacked (second-pass) features: the first pass's tags for this sentence and what it said of
 * the same word elsewhere in a window of sentences (news repeats names: a surname alone later
 * in the article is the person named in full earlier).
 * `sentences` and `firstPass` are parallel; `window` sentences either side count.
 */
export function stackedFeatures(
  sentences: readonly (readonly string[])[],
  firstPass: readonly (readonly string[])[],
  k: NerKnowledge,
  window: number,
  margins?: readonly (readonly { label: string; margin: number }[])[],
): string[][][] {
  const keyOf = (w: string) => wordInfo(w, k).stem;
  // Per sentence: stem -> types the first pass gave it (one entry per occurrence).
  const perSentence: Map<string, string[]>[] = sentences.map((words, s) => {
    const m = new Map<string, string[]>();
    words.forEach((w, i) => {
      const tag = firstPass[s][i];
      const info = wordInfo(w, k);
      if (info.shape !== 'ar' || info.stem.length < 3) return;
      addAll(m, keyOf(w), tag === 'O' ? 'O' : tag.slice(2));
    });
    return m;
  });
  return sentences.map((words, s) => {
    const tags = firstPass[s];
    return words.map((w, i) => {
      const f: string[] = [];
      const tagAt = (j: number) => (j < 0 ? '<s>' : j >= tags.length ? '</s>' : tags[j]);
      f.push(`P0=${tags[i]}`, `P-1=${tagAt(i - 1)}`, `P+1=${tagAt(i + 1)}`, `P-1P0=${tagAt(i - 1)}|${tags[i]}`);
      f.push(`P0P+1=${tags[i]}|${tagAt(i + 1)}`, `P-2=${tagAt(i - 2)}`, `P+2=${tagAt(i + 2)}`);
      const m = margins?.[s][i];
      if (m) {
        const b = marginBin(m.margin);
        f.push(`M=${b}`, `M=${b}|${m.label}`, `M=${b}|${tags[i]}`);
      }
      const info = wordInfo(w, k);
      if (info.shape !== 'ar' || info.stem.length < 3) return f;
      const counts = new Map<string, number>();
      let total = 0;
      for (let t = Math.max(0, s - window); t <= Math.min(sentences.length - 1, s + window); t++) {
        const list = perSentence[t].get(info.stem);
        if (!list) continue;
        for (const type of list) {
          counts.set(type, (counts.get(type) ?? 0) + 1);
          total++;
        }
      }
      // Leave this occurrence out.
      const own = tags[i] === 'O' ? 'O' : tags[i].slice(2);
      counts.set(own, (counts.get(own) ?? 0) - 1);
      total--;
      if (total <= 0) {
        f.push('D=none');
        return f;
      }
      let best = 'O';
      let bestN = -1;
      for (const [type, n] of counts) {
        if (n <= 0) continue;
        if (type !== 'O') f.push(`D=${type}`);
        if (n > bestN) {
          best = type;
          bestN = n;
        }
      }
      f.push(`Dmaj=${best}`, `Dmaj=${best}|${tags[i]}`);
      return f;
    });
  });
}

/** Bins of a first-pass emission margin (the weights are sums of integer perceptron updates). */
function marginBin(m: number): string {
  const cuts = [-150, -80, -40, -15, 0, 15, 40, 80];
  let b = 0;
  while (b < cuts.length && m >= cuts[b]) b++;
  return String(b);
}

function addAll(m: Map<string, string[]>, key: string, value: string): void {
  const list = m.get(key);
  if (list) list.push(value);
  else m.set(key, [value]);
}
