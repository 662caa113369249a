// What the NER tagger knows besides its weights: gazetteers, context-word lists, word counts,
// word classes and dictionary knowledge, all read from data/lexicon/ (each file names its source).
import { normalizeArabic } from '../arabic/normalize.js';
import { readFileSync } from 'node:fs';
import { dataPath, parseTsv, type TsvRow } from '../data-files.js';
import { once } from '../once.js';
import { hashString, mix } from './hash.js';
import { wordTableData, wordTableOf, type WordTable, type WordTableData } from './word-table.js';
import { newWordInfoCache, type WordInfo } from './word-info.js';
import { knowledgeData, knowledgeOfData, type KnowledgeData, type Lookup } from './knowledge-tables.js';
import { silverKnowledge, silverRows, type SilverKnowledge } from './silver.js';

export const ENTITY_TYPES = ['PERS', 'LOC', 'ORG', 'MISC'] as const;

export interface NerKnowledge {
  /** Matching form of a gazetteer name (words joined by one space) -> its types. */
  gazetteer: Lookup<string, string[]>;
  /** Hash of the words of a multi-word gazetteer name (sequenceHash) -> its types. */
  gazetteerSeq: Lookup<number, string[]>;
  /** sequenceHash of every first 2, 3, ... words of a multi-word gazetteer name: a walk along the text stops when it leaves them. */
  gazetteerPrefixes: { has(key: number): boolean; readonly size: number };
  /** Longest gazetteer name, in words. */
  gazetteerMaxWords: number;
  /** First ('PERS^') and last ('PERS$') words of multi-word gazetteer names. */
  nameParts: Lookup<string, string[]>;
  /** Matching form of a context word -> its kinds (PERS_TITLE, LOC_CUE, ...). */
  triggers: Map<string, string[]>;
  /** Matching form -> count in a reference news text (a common-word signal). */
  frequency: Lookup<string, number>;
  /** Matching form -> word classes learnt from raw text (ner_clusters.tsv), e.g. ['c64:12', 'c256:200']. */
  clusters: WordClasses;
  /**
   * Matching form -> what dictionaries say of it (ner_dictionary.tsv): 'h<N>' for each Ayaspell
   * affix class of the stem, 't' if the Tesseract word list has it.
   */
  dictionary: WordClasses;
  /** Matching form -> how often Wikidata person names have the word (ner_name_tokens.tsv; empty: list off). */
  nameTokens: WordCounts;
  /** Letter gram -> name-over-word log-ratio (ner_name_letters.tsv, name-letters.ts; absent or empty: list off). */
  nameLetters?: Lookup<string, number>;
  /** Optional feature sets on (cue-runs.ts; absent: none). */
  switches?: readonly FeatureSwitch[];
  /** Corpus-level name evidence (silver.ts, ner_silver.tsv; absent: list off). */
  silver?: SilverKnowledge;
  /** Per-word analyses (word-info.ts), filled as words are met; owned by this object. */
  wordCache: Map<string, WordInfo>;
}

/** Word -> classes; the shipped tables build a word's list when it is asked for. */
export interface WordClasses {
  get(word: string): string[] | undefined;
  /** Number of words. */
  readonly size: number;
}

/** Word -> a count. */
export interface WordCounts {
  get(word: string): number | undefined;
  /** Number of words. */
  readonly size: number;
}

function addTo(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

/** The hash of a sequence of words in matching form (the key of gazetteerSeq). */
export function sequenceHash(wordHashes: readonly number[]): number {
  return wordHashes.slice(1).reduce((h, w) => mix(h, w), wordHashes[0]);
}

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
  nameTokens: Iterable<{ word: string; count: number }> = [],
): NerKnowledge {
  const gz = new Map<string, string[]>();
  const seq = new Map<number, string[]>();
  const parts = new Map<string, string[]>();
  const prefixes = new Set<number>();
  let maxWords = 1;
  for (const { name, type, list } of gazetteer) {
    const words = name.split(/\s+/).filter(Boolean).map(normalizeArabic);
    if (!words.length) continue;
    maxWords = Math.max(maxWords, words.length);
    const t = !list || list === 'anergazet' ? type : list === 'wide' ? `w${type}` : `${list}${type}`;
    addTo(gz, words.join(' '), t);
    // The first and last words of a listed multi-word name, on their own (a first name, a surname).
    if (words.length >= 2) {
      const hs = words.map(hashString);
      const h = sequenceHash(hs);
      for (let n = 1, p = hs[0]; n < hs.length; n++) prefixes.add((p = mix(p, hs[n])));
      const types = seq.get(h) ?? [];
      if (!types.includes(t)) types.push(t);
      seq.set(h, types);
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
  const names = new Map<string, number>();
  for (const { word, count } of nameTokens) names.set(normalizeArabic(word), count);
  return {
    gazetteer: gz,
    gazetteerSeq: seq,
    gazetteerPrefixes: prefixes,
    gazetteerMaxWords: maxWords,
    nameParts: parts,
    triggers: tr,
    frequency: fq,
    clusters: cl,
    dictionary: dict,
    nameTokens: names,
    wordCache: newWordInfoCache(),
  };
}

/** The columns of a word-class table read as features: c<N> (N classes), b<N> (the first N bits of a Brown path), e<N> (N classes of word vectors). */
const CLASS_COLUMN = /^[cbe]\d+$/;

/** Word classes of the rows of a ner_clusters.tsv file: every column named c<N>, b<N> or e<N>. */
export function clusterRows(rows: readonly TsvRow[]): { word: string; classes: string[] }[] {
  return rows.map((r) => ({
    word: r.word,
    classes: Object.keys(r).filter((c) => CLASS_COLUMN.test(c)).map((c) => `${c}:${r[c]}`),
  }));
}

/** The lists read as word tables (their words must be in matching form). */
export const CLUSTERS_FILE = 'lexicon/ner_clusters.tsv';
export const DICTIONARY_FILE = 'lexicon/ner_dictionary.tsv';
export const NAME_TOKENS_FILE = 'lexicon/ner_name_tokens.tsv';

/**
 * Classes of a word from a word table: the rows are kept in the file's text and expanded into
 * class names (`expand`) when the word is asked for, so loading builds no list per word.
 */
function lazyClasses(table: WordTable, expand: (cells: string[]) => string[]): WordClasses {
  return {
    size: table.size,
    get(word: string): string[] | undefined {
      const rows = table.rows(word);
      if (!rows.length) return undefined;
      const out: string[] = [];
      for (const cells of rows) for (const c of expand(cells)) if (!out.includes(c)) out.push(c);
      return out;
    },
  };
}

const tables = new Map<string, { data: WordTableData; table: WordTable }>();

/** The shipped lists read as word tables. */
const TABLE_FILES = [CLUSTERS_FILE, DICTIONARY_FILE, NAME_TOKENS_FILE] as const;

/**
 * Shipped lists read as word tables: their words are in matching form (a test checks). Read once per
 * process (or handed over by the thread that read them: useSharedTables) and shared by every
 * knowledge object (a table is read-only). Their data lives in SharedArrayBuffers, ready for threads.
 */
function shippedTable(relative: string): WordTable {
  let t = tables.get(relative);
  if (!t) {
    const data = wordTableData(readFileSync(dataPath(relative)), 'shared');
    tables.set(relative, (t = { data, table: wordTableOf(data) }));
  }
  return t.table;
}

/** The data of every shipped word table (read now if not yet), in SharedArrayBuffers: for worker threads. */
export function sharedTables(): Record<string, WordTableData> {
  const out: Record<string, WordTableData> = {};
  for (const f of TABLE_FILES) {
    shippedTable(f);
    out[f] = tables.get(f)!.data;
  }
  return out;
}

/** Takes the shipped word tables another thread read (sharedTables): this thread reads no file for them. */
export function useSharedTables(shared: Record<string, WordTableData>): void {
  for (const f of TABLE_FILES) {
    const data = shared[f];
    if (data && !tables.has(f)) tables.set(f, { data, table: wordTableOf(data) });
  }
}

/** ner_clusters.tsv as word classes ('c64:12', ...), as clusterRows reads it (the last row of a word wins). */
function shippedClusters(): WordClasses {
  const table = shippedTable(CLUSTERS_FILE);
  const cols = table.header.flatMap((h, k) => (CLASS_COLUMN.test(h) ? [k] : []));
  return {
    size: table.size,
    get(word: string): string[] | undefined {
      const cells = table.rows(word).at(-1);
      return cells && cols.map((k) => `${table.header[k]}:${(cells[k] ?? '').trim()}`);
    },
  };
}

/** ner_name_tokens.tsv: how often Wikidata person names have the word (the last row of a word wins). */
function shippedNameTokens(): WordCounts {
  const table = shippedTable(NAME_TOKENS_FILE);
  const col = table.header.indexOf('wd_count');
  return {
    size: table.size,
    get(word: string): number | undefined {
      const cells = table.rows(word).at(-1);
      return cells && Number((cells[col] ?? '').trim());
    },
  };
}

/** ner_dictionary.tsv as classes: 'h<N>' per Ayaspell affix class, 't' for the Tesseract list. */
function shippedDictionary(): WordClasses {
  return lazyClasses(shippedTable(DICTIONARY_FILE), (cells) => {
    const cell = (cells[1] ?? '').trim();
    return cell === 't' ? ['t'] : cell.split(',').map((c) => `h${c}`);
  });
}

/** Rows of a list read once by the knowledge loader (not kept in loadTsv's cache: the knowledge object holds what it needs). */
function readList(relative: string): TsvRow[] {
  return parseTsv(readFileSync(dataPath(relative), 'utf8'), relative);
}

/** Optional lists a model may be trained with (recorded in the model file). */
export type NerList = 'names' | 'wikifane' | 'letters' | 'silver' | FeatureSwitch;
/** Optional feature sets (cue-runs.ts), recorded in a model file with its lists. */
export type FeatureSwitch = 'runs' | 'wide' | 'wazn' | 'wazn-near';
export const FEATURE_SWITCHES: readonly FeatureSwitch[] = ['runs', 'wide', 'wazn', 'wazn-near'];
const switchesOf = (lists: readonly NerList[]): FeatureSwitch[] => FEATURE_SWITCHES.filter((f) => lists.includes(f));

export const NAME_LETTERS_FILE = 'lexicon/ner_name_letters.tsv';
/** ner_name_letters.tsv (a small list: read into a map once per process). */
const shippedNameLetters = once((): Map<string, number> => new Map(readList(NAME_LETTERS_FILE).map((r) => [r.gram, Number(r.pers) / 100])));

export const SILVER_FILE = 'lexicon/ner_silver.tsv';
/** ner_silver.tsv (list `silver`), read once per process. */
const shippedSilver = once((): SilverKnowledge => silverKnowledge(silverRows(readList(SILVER_FILE))));

export interface KnowledgeOptions {
  /** Word classes (rows of a ner_clusters.tsv file); default the shipped ones. */
  clusters?: { word: string; classes: string[] }[];
  lists?: readonly NerList[];
}

/** Knowledge from the shipped lists, with other word classes and optional lists if asked. */
export function knowledgeFromFiles(opts: KnowledgeOptions = {}): NerKnowledge {
  const lists = opts.lists ?? [];
  const k = makeKnowledge(
    [
      ...readList('lexicon/ner_gazetteer.tsv').map((r) => ({ name: r.name, type: r.type, list: r.list })),
      ...readList('lexicon/ner_given_names.tsv').map((r) => ({ name: r.name, type: 'PERS', list: 'given' })),
      ...(lists.includes('wikifane') ? readList('lexicon/ner_wikifane.tsv').map((r) => ({ name: r.name, type: r.type, list: 'wf' })) : []),
    ],
    readList('lexicon/ner_triggers.tsv').map((r) => ({ word: r.word, kind: r.kind })),
    readList('lexicon/ner_wordfreq.tsv').map((r) => ({ word: r.word, count: Number(r.count) })),
    opts.clusters ?? [],
    [],
  );
  // The two largest lists are read without a row object each, their classes built per word asked for.
  const nameTokens = lists.includes('names') ? shippedNameTokens() : k.nameTokens;
  const nameLetters = lists.includes('letters') ? shippedNameLetters() : undefined;
  const silver = lists.includes('silver') ? shippedSilver() : undefined;
  return { ...k, clusters: opts.clusters ? k.clusters : shippedClusters(), dictionary: shippedDictionary(), nameTokens, nameLetters, silver, switches: switchesOf(lists) };
}

const shipped = new Map<string, NerKnowledge>();
/** The list parts of the shipped knowledge in tables (knowledge-tables.ts), by list set: read from the prebuilt file or handed over by another thread. */
const sharedLists = new Map<string, KnowledgeData>();

const listSetId = (lists: readonly NerList[]) => [...lists].sort().join(',');

/** The shipped knowledge (data/lexicon/ner_*.tsv) with the optional lists given, loaded once (from shared tables when there are). */
export function loadKnowledge(lists: readonly NerList[] = []): NerKnowledge {
  const id = listSetId(lists);
  let k = shipped.get(id);
  if (!k) {
    const data = sharedLists.get(id);
    k = data
      ? { ...knowledgeOfData(data), clusters: shippedClusters(), dictionary: shippedDictionary(), nameTokens: lists.includes('names') ? shippedNameTokens() : new Map(), nameLetters: lists.includes('letters') ? shippedNameLetters() : undefined, silver: lists.includes('silver') ? shippedSilver() : undefined, switches: switchesOf(lists), wordCache: newWordInfoCache() }
      : knowledgeFromFiles({ lists });
    shipped.set(id, k);
  }
  return k;
}

/**
 * The list parts of the shipped knowledge for these lists in SharedArrayBuffers, for worker threads and the
 * prebuilt file (made from the loaded knowledge when no thread or file handed them over); null when some entry
 * cannot be held in a table.
 */
export function sharedKnowledge(lists: readonly NerList[]): KnowledgeData | null {
  const id = listSetId(lists);
  let data = sharedLists.get(id);
  if (!data) {
    try {
      data = knowledgeData(loadKnowledge(lists) as NerKnowledge & { gazetteer: Map<string, string[]> }, 'shared');
    } catch {
      return null;
    }
    sharedLists.set(id, data);
  }
  return data;
}

/** Takes the list parts another thread (or the prebuilt file) shared: loadKnowledge for these lists then reads no list. */
export function useSharedKnowledge(lists: readonly NerList[], data: KnowledgeData): void {
  const id = listSetId(lists);
  if (!sharedLists.has(id) && !shipped.has(id)) sharedLists.set(id, data);
}
