// What the NER tagger knows of one word type, computed once per word (cached in the knowledge
// object): its matching form, clitic-stripped and light stems, shape, list memberships, and the
// keys of every feature that depends on the word alone.
import { normalizeArabic } from '../arabic/normalize.js';
import { cliticAnalyses, pickClitics } from '../arabic/clitics.js';
import { lightStem } from '../arabic/stem.js';
import { hashString, key, template } from './hash.js';
import type { NerKnowledge } from './knowledge.js';
import { nameLetterBin, nameLetterScore } from './name-letters.js';
import { GenerationalMap } from '../generational-map.js';
import { stemPattern } from './cue-runs.js';

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

function freqClass(n: number): string {
  return n === 0 ? '0' : n < 5 ? '1' : n < 20 ? '2' : n < 100 ? '3' : '4';
}

/** What is worked out of a word before its keys are hashed (not kept: the cache holds WordInfo). */
interface WordAnalysis {
  norm: string;
  /** Clitic-stripped stem (matching form). */
  stem: string;
  /** The proclitics split off, joined ('و+ال'), and '|' + the enclitic, or ''. */
  pro: string;
  light: string;
  shape: string;
  /** Trigger kinds of the word or of one of its clitic readings. */
  trig: string[];
  /** Gazetteer types of the word alone, or of its stem. */
  gz: string[];
  /** Count class of the word (and of its stem) in the reference text. */
  freq: string;
  /** Word classes of the word (by its matching form, else its stem, prefixed 's'). */
  cls: string[];
  /** Dictionary features (ner_dictionary.tsv) of the word and of its clitic-stripped readings. */
  dict: string[];
  /** Name-token classes (ner_name_tokens.tsv) of the word ('n2') and of its clitic-stripped stems ('sn2'). */
  nm: string[];
  /** Bin of the stem's name-letter score (name-letters.ts), '' when the list is off or the word not Arabic. */
  nl: string;
}

/**
 * What the feature extractors read of a word, cached per word type: the few strings they test and
 * the hashes of the rest (a cached word costs about half the memory it would with the lists kept).
 */
export interface WordInfo {
  stem: string;
  pro: string;
  shape: string;
  /** Hashes of norm, stem, shape, pro, the last two letters of norm (0: none). */
  hNorm: number;
  hStem: number;
  hShape: number;
  hPro: number;
  hS2: number;
  /** Hash of what the lists know of the word: 'g' (a gazetteer), 'n' (person-name words), 'd' (a dictionary), 'u' (none). */
  hLex: number;
  /** Hash of the stem's pattern (cue-runs.ts stemPattern; 0: none). */
  hWz: number;
  /** Hashes of trig, gz, cls and nm (WordAnalysis). */
  hTrig: Int32Array;
  hGz: Int32Array;
  hCls: Int32Array;
  hNm: Int32Array;
  /** Hashes of the forms a multi-word gazetteer name may start with here (norm, stem, ال+stem). */
  hFirsts: Int32Array;
  /** Keys of the features of the word alone. */
  own: Int32Array;
  /**
   * Keys of the features the word gives a word that has it at a distance of NEAR_DISTANCES (its identity,
   * at one word also its stem, shape, clitics, ending, classes and name class; its triggers and gazetteer
   * types): block b (distance NEAR_DISTANCES[b]) is near[near[b] .. near[b + 1]), the first five cells
   * holding those offsets.
   */
  near: Int32Array;
}

/** The distances of a neighbour from the word whose features it gives (-1: the word before). */
export const NEAR_DISTANCES = [-2, -1, 1, 2];
/** The templates of a neighbour's features, by distance index. */
export const NEAR = {
  w: NEAR_DISTANCES.map((d) => template(`w${d}`)),
  st: NEAR_DISTANCES.map((d) => template(`st${d}`)),
  sh: NEAR_DISTANCES.map((d) => template(`sh${d}`)),
  pro: NEAR_DISTANCES.map((d) => template(`pro${d}`)),
  s2: NEAR_DISTANCES.map((d) => template(`s2${d}`)),
  tr: NEAR_DISTANCES.map((d) => template(`tr${d}`)),
  gz: NEAR_DISTANCES.map((d) => template(`gz${d}`)),
  cl: { [-1]: template('cl-1'), [1]: template('cl+1') } as Record<number, ReturnType<typeof template>>,
  nm: { [-1]: template('nm-1'), [1]: template('nm+1') } as Record<number, ReturnType<typeof template>>,
};

/** The `near` keys of a word from its hashes. */
function nearKeys(w: HashLists): number[] {
  const out: number[] = [0, 0, 0, 0, 0];
  for (let di = 0; di < NEAR_DISTANCES.length; di++) {
    const d = NEAR_DISTANCES[di];
    out[di] = out.length;
    out.push(key(NEAR.w[di], w.hNorm));
    if (d === 1 || d === -1) {
      out.push(key(NEAR.st[di], w.hStem), key(NEAR.sh[di], w.hShape), key(NEAR.pro[di], w.hPro));
      if (w.hS2) out.push(key(NEAR.s2[di], w.hS2));
      for (let c = 0; c < w.hCls.length; c++) out.push(key(NEAR.cl[d], w.hCls[c]));
      for (let c = 0; c < w.hNm.length; c++) out.push(key(NEAR.nm[d], w.hNm[c]));
    }
    for (let t = 0; t < w.hTrig.length; t++) out.push(key(NEAR.tr[di], w.hTrig[t]));
    for (let t = 0; t < w.hGz.length; t++) out.push(key(NEAR.gz[di], w.hGz[t]));
  }
  out[NEAR_DISTANCES.length] = out.length;
  return out;
}

export const T = {
  w: template('w'),
  st: template('st'),
  ls: template('ls'),
  pro: template('pro'),
  sh: template('sh'),
  len: template('len'),
  p: [1, 2, 3, 4].map((n) => template(`p${n}`)),
  s: [1, 2, 3, 4].map((n) => template(`s${n}`)),
  sp: [1, 2, 3].map((n) => template(`sp${n}`)),
  ss: [1, 2, 3].map((n) => template(`ss${n}`)),
  c3: template('c3'),
  raw: template('raw'),
  cl: template('cl'),
  fq: template('fq'),
  fqpro: template('fqpro'),
  dk: template('dk'),
  tr0: template('tr0'),
  gz0: template('gz0'),
  nm: template('nm'),
  nl: template('nl'),
  nlx: template('nlx'),
  wz: template('wz'),
  wzx: template('wzx'),
};

function suffix(s: string, n: number): string {
  return s.length > n ? s.slice(-n) : '';
}
function prefix(s: string, n: number): string {
  return s.length > n ? s.slice(0, n) : '';
}

function nameClass(n: number): string {
  return n === 0 ? 'n0' : n < 10 ? 'n1' : n < 100 ? 'n2' : 'n3';
}

function ownKeys(word: string, w: WordAnalysis, wazn: boolean): number[] {
  const out: number[] = [];
  const add = (t: (typeof T)['w'], v: string) => out.push(key(t, hashString(v)));
  add(T.w, w.norm);
  add(T.st, w.stem);
  add(T.ls, w.light);
  add(T.pro, w.pro);
  add(T.sh, w.shape);
  add(T.len, lengthClass(w.stem.length));
  for (let n = 1; n <= 4; n++) {
    const p = prefix(w.norm, n);
    const s = suffix(w.norm, n);
    if (p) add(T.p[n - 1], p);
    if (s) add(T.s[n - 1], s);
    if (n <= 3) {
      const sp = prefix(w.stem, n);
      const ss = suffix(w.stem, n);
      if (sp) add(T.sp[n - 1], sp);
      if (ss) add(T.ss[n - 1], ss);
    }
  }
  if (w.shape === 'ar' && w.stem.length >= 3) {
    const padded = `^${w.stem}$`;
    for (let c = 0; c + 3 <= padded.length; c++) add(T.c3, padded.slice(c, c + 3));
  }
  if (w.shape !== 'ar') add(T.raw, word);
  for (const c of w.cls) add(T.cl, c);
  if (w.shape === 'ar') {
    add(T.fq, w.freq);
    add(T.fqpro, `${w.freq}|${w.pro}`);
  }
  for (const d of w.dict) add(T.dk, d);
  for (const t of w.trig) add(T.tr0, t);
  for (const t of w.gz) add(T.gz0, t);
  for (const t of w.nm) add(T.nm, t);
  if (w.nl) {
    add(T.nl, w.nl);
    // The same with whether a list knows the word: the letters matter most for a word no list has.
    add(T.nlx, `${w.nl}|${w.nm.length ? 'n' : !(w.dict.includes('noh') && w.dict.includes('not')) ? 'd' : 'u'}`);
  }
  if (wazn && w.shape === 'ar') {
    const p = stemPattern(w.stem);
    if (p) {
      add(T.wz, p);
      add(T.wzx, `${p}|${w.pro.includes('ال') ? 'al' : w.pro ? 'c' : ''}|${w.nm.length ? 'n' : w.dict.includes('noh') && w.dict.includes('not') ? 'u' : 'd'}`);
    }
  }
  return out;
}

// Filled by index: Int32Array.from goes through the iterator protocol, many times slower per word.
export function int32s(xs: readonly number[]): Int32Array {
  const out = new Int32Array(xs.length);
  for (let i = 0; i < xs.length; i++) out[i] = xs[i];
  return out;
}

/** Shared by every word with an empty list (read only). */
const NONE = new Int32Array(0);

const hashes = (xs: readonly string[]): number[] => xs.map(hashString);

/** The hashes and lists of a word before they are packed (packed). */
type HashLists = Pick<WordInfo, 'hNorm' | 'hStem' | 'hShape' | 'hPro' | 'hS2' | 'hLex' | 'hWz'> & Record<'hTrig' | 'hGz' | 'hCls' | 'hNm' | 'hFirsts', number[]>;

/**
 * The lists of a word as views of one buffer: a typed array of its own has a native backing store (allocated
 * outside the V8 heap, with its bookkeeping), and a cached word has up to seven; one per word keeps the cache's
 * native memory a few times smaller and its churn low.
 */
function packed(lists: readonly number[][]): Int32Array[] {
  let n = 0;
  for (const l of lists) n += l.length;
  const buffer = new ArrayBuffer(4 * n);
  let at = 0;
  return lists.map((l) => {
    if (!l.length) return NONE;
    const view = new Int32Array(buffer, 4 * at, l.length);
    for (let i = 0; i < l.length; i++) view[i] = l[i];
    at += l.length;
    return view;
  });
}

/** Words' analyses a generation of the cache keeps (src/generational-map.ts, two generations at most): about 0.9 KB a
 * word and seven small typed arrays, each with its own native backing store. See newWordInfoCache. */
const WORD_CACHE_GENERATION = 25_000;

/** The bounded cache of per-word analyses a knowledge object owns. */
export function newWordInfoCache(): Map<string, WordInfo> {
  return new GenerationalMap(WORD_CACHE_GENERATION);
}

/** Per-word analysis, cached in the knowledge object. */
export function wordInfo(word: string, k: NerKnowledge): WordInfo {
  const hit = k.wordCache.get(word);
  if (hit) return hit;
  const norm = normalizeArabic(word);
  const shape = wordShape(word);
  let stem = norm;
  let pro = '';
  let light = norm;
  const trig: string[] = [];
  const gz: string[] = [];
  const dict: string[] = [];
  const nm: string[] = [];
  const nameOf = (s: string, tag = '') => {
    const n = k.nameTokens.get(s);
    if (n !== undefined) addNew(nm, [nameClass(n)], tag);
  };
  const addNew = (list: string[], xs: readonly string[] | undefined, tag = '') => {
    for (const x of xs ?? []) if (!list.includes(tag + x)) list.push(tag + x);
  };
  addNew(dict, k.dictionary.get(norm), 'w');
  addNew(trig, k.triggers.get(norm));
  addNew(gz, k.gazetteer.get(norm));
  addNew(gz, k.nameParts.get(norm));
  nameOf(norm);
  if (shape === 'ar') {
    const known = (s: string) => k.gazetteer.has(s) || k.triggers.has(s);
    const analyses = cliticAnalyses(word);
    const a = pickClitics(word, analyses, known);
    stem = normalizeArabic(a.stem);
    pro = a.proclitics.join('+') + (a.enclitic ? `|${a.enclitic}` : '');
    light = lightStem(word);
    for (const an of analyses) {
      if (an.enclitic) continue;
      const s = normalizeArabic(an.stem);
      addNew(trig, k.triggers.get(s));
      addNew(gz, k.gazetteer.get(s));
      addNew(gz, k.nameParts.get(s));
      if (s !== norm) addNew(dict, k.dictionary.get(s), 's');
      if (s !== norm) nameOf(s, 's');
      // 'ال' + a name the gazetteer lists bare.
      if (an.proclitics.length) addNew(gz, k.gazetteer.get('ال' + s));
    }
  }
  const freq = `${freqClass(k.frequency.get(norm) ?? 0)}/${freqClass(k.frequency.get(stem) ?? 0)}`;
  const cls = k.clusters.get(norm) ?? k.clusters.get(stem)?.map((c) => `s${c}`) ?? [];
  if (shape === 'ar') {
    if (light !== norm) addNew(dict, k.dictionary.get(light), 'l');
    if (!dict.some((d) => d.includes('h'))) dict.push('noh');
    if (!dict.some((d) => d.endsWith('t'))) dict.push('not');
  }
  const nl = shape === 'ar' && k.nameLetters?.size && stem.length >= 2 ? nameLetterBin(nameLetterScore(stem, k.nameLetters)) : '';
  const base: WordAnalysis = { norm, stem, pro, light, shape, trig, gz, freq, cls, dict, nm, nl };
  const s2 = suffix(norm, 2);
  const firsts = shape !== 'ar' ? [] : [norm, ...(stem !== norm ? [stem] : []), ...(pro.split(/[+|]/).includes('ال') ? ['ال' + stem] : [])];
  const h: HashLists = {
    hNorm: hashString(norm),
    hStem: hashString(stem),
    hShape: hashString(shape),
    hPro: hashString(pro),
    hS2: s2 ? hashString(s2) : 0,
    hLex: hashString(gz.length ? 'g' : nm.length ? 'n' : shape === 'ar' && dict.includes('noh') && dict.includes('not') ? 'u' : 'd'),
    hWz: shape === 'ar' && stemPattern(stem) ? hashString(stemPattern(stem)) : 0,
    hTrig: hashes(trig),
    hGz: hashes(gz),
    hCls: hashes(cls),
    hNm: hashes(nm),
    hFirsts: hashes(firsts),
  };
  const [hTrig, hGz, hCls, hNm, hFirsts, own, near] = packed([h.hTrig, h.hGz, h.hCls, h.hNm, h.hFirsts, ownKeys(word, base, k.switches?.includes('wazn') ?? false), nearKeys(h)]);
  const info: WordInfo = {
    stem,
    pro,
    shape,
    hNorm: h.hNorm,
    hStem: h.hStem,
    hShape: h.hShape,
    hPro: h.hPro,
    hS2: h.hS2,
    hLex: h.hLex,
    hWz: h.hWz,
    hTrig,
    hGz,
    hCls,
    hNm,
    hFirsts,
    own,
    near,
  };
  k.wordCache.set(word, info);
  return info;
}
