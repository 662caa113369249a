// The NER knowledge's gazetteer, name parts, word counts and context words (knowledge.ts, built by makeKnowledge)
// in shareable tables: word tables over a TSV text the encoder writes (word-table.ts) and int tables for the
// word-sequence hashes (int-table.ts). The build writes them into the prebuilt NER file and worker threads get
// them from the thread that read it, so that no process parses the lists, normalises their words and hashes their
// names at start-up. A lookup reads the tables in place and gives what the maps give (a test compares every
// entry). Pure.
import { intTableData, intTableGet, type IntTableData } from './int-table.js';
import type { NerKnowledge } from './knowledge.js';
import { wordTableData, wordTableOf, type Alloc, type WordTableData } from './word-table.js';

/** What a knowledge object's lookups read: get, has and size, as a Map's. */
export interface Lookup<K, V> {
  get(key: K): V | undefined;
  has(key: K): boolean;
  readonly size: number;
}

/** The knowledge parts makeKnowledge builds from the lists (the word-class tables are shared on their own). */
export type ListKnowledge = Pick<NerKnowledge, 'gazetteer' | 'gazetteerSeq' | 'gazetteerPrefixes' | 'gazetteerMaxWords' | 'nameParts' | 'triggers' | 'frequency'>;

export interface KnowledgeData {
  maxWords: number;
  /** The context words, in the map's order (a small list, rebuilt as a Map). */
  triggers: [string, string[]][];
  gazetteer: WordTableData;
  nameParts: WordTableData;
  frequency: WordTableData;
  /** Word-sequence hash -> index into seqTypes. */
  seq: IntTableData;
  seqTypes: string[][];
  /** Every prefix hash (value 0). */
  prefixes: IntTableData;
}

function fail(what: string): never {
  throw new Error(`NER knowledge tables: ${what}`);
}

const BAD_CELL = /[\t\n\r]/;

/** A TSV text of key -> value rows that a word table reads back exactly. */
function tableText(entries: Iterable<[string, string]>): Uint8Array {
  const lines = ['word\tvalue'];
  for (const [k, v] of entries) {
    if (BAD_CELL.test(k) || BAD_CELL.test(v) || k.startsWith('#') || !`${k}\t${v}`.trim()) fail(`a row a table cannot hold: ${JSON.stringify(k)}`);
    lines.push(`${k}\t${v}`);
  }
  return new TextEncoder().encode(`${lines.join('\n')}\n`);
}

function listCell(list: readonly string[]): string {
  if (!list.length || list.some((x) => !x || x.includes(','))) fail(`a list a cell cannot hold: ${JSON.stringify(list)}`);
  return list.join(',');
}

function countCell(n: number): string {
  const s = String(n);
  if (Number(s) !== n || Object.is(n, -0)) fail(`a count a cell cannot hold: ${n}`);
  return s;
}

/**
 * A string-keyed lookup over a table written by tableText, read in place: a key's bytes are hashed and compared in
 * the table, and an entry found is parsed once and kept (at most the table's entries, only those asked for). The
 * tagger asks only for the words it has not met (word-info.ts keeps what it read per word), so building a Map of
 * every entry when the tagger loads cost more (its strings and hash tables in every thread's heap) than it saved.
 */
function wordLookup<V>(data: WordTableData, read: (cell: string) => V): Lookup<string, V> {
  const table = wordTableOf(data);
  const found = new Map<string, V>();
  const get = (key: string): V | undefined => {
    if (found.has(key)) return found.get(key);
    const row = table.find(key);
    if (row < 0) return undefined;
    const v = read(table.cells(row)[1]);
    found.set(key, v);
    return v;
  };
  return { size: data.size, get, has: (key) => found.has(key) || table.find(key) >= 0 };
}

/** The tables of a knowledge object's list parts; throws when some entry cannot be held (the caller then keeps the maps). */
export function knowledgeData(k: ListKnowledge, alloc: Alloc = 'local'): KnowledgeData {
  const strings = (m: Lookup<string, string[]>) => [...(m as Map<string, string[]>)].map(([w, v]): [string, string] => [w, listCell(v)]);
  const seqTypes: string[][] = [];
  const typeNo = new Map<string, number>();
  const seq: [number, number][] = [];
  for (const [h, types] of k.gazetteerSeq as Map<number, string[]>) {
    const id = JSON.stringify(types);
    let n = typeNo.get(id);
    if (n === undefined) typeNo.set(id, (n = seqTypes.push([...types]) - 1));
    seq.push([h, n]);
  }
  const data: KnowledgeData = {
    maxWords: k.gazetteerMaxWords,
    triggers: [...k.triggers].map(([w, v]) => [w, [...v]]),
    gazetteer: wordTableData(tableText(strings(k.gazetteer)), alloc),
    nameParts: wordTableData(tableText(strings(k.nameParts)), alloc),
    frequency: wordTableData(tableText([...(k.frequency as Map<string, number>)].map(([w, n]) => [w, countCell(n)])), alloc),
    seq: intTableData(seq, alloc),
    seqTypes,
    prefixes: intTableData([...(k.gazetteerPrefixes as Set<number>)].map((h) => [h, 0]), alloc),
  };
  if (data.gazetteer.size !== k.gazetteer.size || data.nameParts.size !== k.nameParts.size || data.frequency.size !== k.frequency.size
    || data.seq.size !== k.gazetteerSeq.size || data.prefixes.size !== k.gazetteerPrefixes.size) fail('keys that the tables merge');
  // Every entry read back as the maps hold it (a word the UTF-8 bytes cannot carry, a value a cell changes).
  const back = knowledgeOfData(data);
  const same = <V>(m: Lookup<string, V>, b: Lookup<string, V>) => {
    for (const [w, v] of m as Map<string, V>) if (JSON.stringify(b.get(w)) !== JSON.stringify(v)) fail(`entry ${JSON.stringify(w)} reads back otherwise`);
  };
  same(k.gazetteer, back.gazetteer);
  same(k.nameParts, back.nameParts);
  same(k.frequency, back.frequency);
  for (const [h, v] of k.gazetteerSeq as Map<number, string[]>) if (JSON.stringify(back.gazetteerSeq.get(h)) !== JSON.stringify(v)) fail(`sequence ${h} reads back otherwise`);
  for (const h of k.gazetteerPrefixes as Set<number>) if (!back.gazetteerPrefixes.has(h)) fail(`prefix ${h} is lost`);
  return data;
}

/** The list parts of a knowledge object over its tables (read in place: nothing is copied). */
export function knowledgeOfData(d: KnowledgeData): ListKnowledge {
  const types = d.seqTypes;
  return {
    gazetteer: wordLookup(d.gazetteer, (c) => c.split(',')),
    gazetteerSeq: {
      size: d.seq.size,
      get: (h) => {
        const n = intTableGet(d.seq, h);
        return n < 0 ? undefined : types[n];
      },
      has: (h) => intTableGet(d.seq, h) >= 0,
    },
    gazetteerPrefixes: { size: d.prefixes.size, has: (h) => intTableGet(d.prefixes, h) >= 0 },
    gazetteerMaxWords: d.maxWords,
    nameParts: wordLookup(d.nameParts, (c) => c.split(',')),
    triggers: new Map(d.triggers.map(([w, v]) => [w, [...v]])),
    frequency: wordLookup(d.frequency, Number),
  };
}
