// The KB index in a compact form and back: the prebuilt index that start-up reads instead of parsing the TSVs
// and building the tries (src/kb/prebuilt.ts). The name trie and the entities, most of the index, are word tables
// (src/ner/word-table.ts: a hash table of line numbers over UTF-8 text, read in place) that decoding does not
// expand: a trie node or an entity is made when first asked for and kept, so that start-up builds no object per
// name. The KB records, the title trie and the word sets are plain JSON values. `decodeIndex(encodeIndex(x))` gives
// an index that reads as x does, key orders and shared records (a person's record in `kb.people`, in its entity
// and in `holders`) included; test/kb-prebuilt.test.ts proves it on the shipped KB. Pure.
import type { Kb, CorefRecord, GazetteerRecord, PersonRecord, TitleRecord } from './records.js';
import { entityInfo, type DictEntry, type EntityInfo, type Index, type TrieLevel, type TrieNode } from './kb-index.js';
import { validateKb } from './parse.js';
import { wordTableData, wordTableOf, type WordTable, type WordTableData } from '../ner/word-table.js';

export const CODEC_FORMAT = 3;

interface TitleNode {
  next: Map<string, TitleNode> | null;
  title: TitleRecord | null;
}

/** The Kb's own records: everything but the gazetteer (read from its TSV only when asked for). */
type KbRecords = Omit<Kb, 'gazetteer' | 'byIso3' | 'ids'>;

export interface EncodedIndex {
  format: number;
  kb: KbRecords;
  /**
   * Rows `id<TAB>JSON array`, in the order of `Index.entities`: the entity's shape (an index into entityShapes, its
   * key list) and its values in key order, geo as [lat, lon, precision] and the person as an index into kb.people.
   */
  entities: WordTableData;
  entityShapes: string[][];
  /** Per entity row, its type as an index into entityTypes. */
  entityType: Uint8Array;
  entityTypes: string[];
  /** Rows `path<TAB>children<TAB>entries`: the node's words joined by spaces, its number of next words, its entries as JSON [id, flags] pairs (-: none). */
  trie: WordTableData;
  titleTrie: { top: number; words: string[]; kids: number[]; titles: number[] };
  coref: [string, number][];
  holders: [string, [number, string | null, string | null, string][]][];
  sets: Record<SetName, string[]>;
  patternOwner: [string, string][];
  ownedPattern: [string, string][];
}

const SET_NAMES = ['givenNames', 'stopLight', 'complements', 'singleKeys', 'common', 'particles', 'arabicParticles'] as const;
type SetName = (typeof SET_NAMES)[number];

const ENTRY_KEYS = 'id,form,cue,prio,short';

function fail(what: string): never {
  throw new Error(`KB index codec: ${what}`);
}

function indexOf<T>(list: readonly T[]): Map<T, number> {
  return new Map(list.map((x, i) => [x, i]));
}

function entryFlags(e: DictEntry): number {
  const keys = Object.keys(e).join(',');
  if (keys !== ENTRY_KEYS) fail(`dictionary entry with keys ${keys}`);
  if (typeof e.short !== 'boolean') fail('dictionary entry with short not a boolean');
  if (!Number.isInteger(e.prio) || e.prio < 0 || e.prio > 63) fail(`priority ${e.prio}`);
  return (e.form === 'nisba' ? 1 : 0) | (e.cue ? 2 : 0) | (e.short ? 4 : 0) | (e.prio << 3);
}

function entryOf(id: string, flags: number): DictEntry {
  const form = flags & 1 ? 'nisba' : 'name';
  const cue = (flags & 2) !== 0;
  const prio = flags >> 3;
  return { id, form, cue, prio, short: (flags & 4) !== 0 };
}

/** Whether JSON gives `x` back as it is: no undefined, -0, NaN or infinite number, function, Map or Set inside. */
function keepsInJson(x: unknown): boolean {
  if (x === null || typeof x === 'string' || typeof x === 'boolean') return true;
  if (typeof x === 'number') return Number.isFinite(x) && !Object.is(x, -0);
  if (Array.isArray(x)) return x.every(keepsInJson);
  if (typeof x === 'object' && !(x instanceof Map) && !(x instanceof Set)) return Object.values(x).every(keepsInJson);
  return false;
}

/** The bytes of a table of rows (first cell a key no other row has), checked to read back as written. */
function rowsTable(rows: string[][], what: string): WordTableData {
  for (const r of rows) {
    if (r.some((c) => /[\t\n\r]/.test(c))) fail(`${what}: a cell with a tab or line break: ${JSON.stringify(r[0])}`);
    if (r[0].startsWith('#') || !r.join('\t').trim() || r[0] !== r[0].trim()) fail(`${what}: a key a table cannot hold: ${JSON.stringify(r[0])}`);
  }
  const data = wordTableData(new TextEncoder().encode(`key\n${rows.map((r) => r.join('\t')).join('\n')}\n`));
  if (data.size !== rows.length) fail(`${what}: keys that are not distinct`);
  const t = wordTableOf(data);
  rows.forEach((r, i) => {
    if (t.find(r[0]) !== i) fail(`${what}: ${JSON.stringify(r[0])} does not read back`);
  });
  return data;
}

interface BuiltNode {
  next: Map<string, BuiltNode> | null;
  entries: DictEntry[] | null;
}

export function encodeIndex(idx: Index): EncodedIndex {
  const { countries, places, people, orgs, orgPatterns, titles, nisbaIrregular, groupNisba, coref } = idx.kb;
  const kb: KbRecords = { countries, places, people, orgs, orgPatterns, titles, nisbaIrregular, groupNisba, coref };
  const personNo = indexOf(people);

  const entityTypes: string[] = [];
  const typeNo = new Map<string, number>();
  const entityShapes: string[][] = [];
  const shapeNo = new Map<string, number>();
  const infos = [...idx.entities.values()];
  const entityType = new Uint8Array(infos.length);
  const entityRows = infos.map((info, i) => {
    let t = typeNo.get(info.type);
    if (t === undefined) typeNo.set(info.type, (t = entityTypes.push(info.type) - 1));
    entityType[i] = t;
    // The keys it has a value for (entityInfo gives every record all of them, the absent ones undefined).
    const keys = Object.keys(info).filter((k) => (info as unknown as Record<string, unknown>)[k] !== undefined);
    let shape = shapeNo.get(keys.join(','));
    if (shape === undefined) shapeNo.set(keys.join(','), (shape = entityShapes.push(keys) - 1));
    if (info.geo && Object.keys(info.geo).join(',') !== 'lat,lon,precision') fail(`entity ${info.id}: geo keys`);
    const values = keys.map((k) => {
      if (k === 'person') return personNo.get(info.person!) ?? fail(`entity ${info.id}: person record not in kb.people`);
      if (k === 'geo') return info.geo && [info.geo.lat, info.geo.lon, info.geo.precision];
      return (info as unknown as Record<string, unknown>)[k];
    });
    if (!keepsInJson(values)) fail(`entity ${info.id}: a value JSON does not keep`);
    return [info.id, JSON.stringify([shape, ...values])];
  });

  const trieRows: string[][] = [];
  const walk = (map: Map<string, BuiltNode>, prefix: string) => {
    for (const [word, node] of map) {
      if (Object.keys(node).join(',') !== 'next,entries') fail('trie node keys');
      if (!word || /\s/.test(word)) fail(`trie word ${JSON.stringify(word)}`);
      if (node.next && !node.next.size) fail('trie node with an empty map of next words');
      const path = prefix ? `${prefix} ${word}` : word;
      const entries = node.entries ? JSON.stringify(node.entries.map((e) => [e.id, entryFlags(e)])) : '-';
      trieRows.push([path, String(node.next?.size ?? 0), entries]);
      if (node.next) walk(node.next, path);
    }
  };
  walk(idx.trie as unknown as Map<string, BuiltNode>, '');

  const titleNo = indexOf(titles);
  const titleTrie = { top: idx.titleTrie.size, words: [] as string[], kids: [] as number[], titles: [] as number[] };
  const walkTitles = (map: Map<string, TitleNode>) => {
    for (const [word, node] of map) {
      if (node.next && !node.next.size) fail('title node with an empty map of next words');
      titleTrie.words.push(word);
      titleTrie.kids.push(node.next?.size ?? 0);
      titleTrie.titles.push(node.title ? titleNo.get(node.title) ?? fail('title record not in kb.titles') : -1);
      if (node.next) walkTitles(node.next);
    }
  };
  walkTitles(idx.titleTrie as Map<string, TitleNode>);

  const corefNo = indexOf(coref);
  return {
    format: CODEC_FORMAT,
    kb,
    entities: rowsTable(entityRows, 'entities'),
    entityShapes,
    entityType,
    entityTypes,
    trie: rowsTable(trieRows, 'trie'),
    titleTrie,
    coref: [...idx.coref].map(([form, c]) => [form, corefNo.get(c) ?? fail('coreference record not in kb.coref')]),
    holders: [...idx.holders].map(([k, list]) => [k, list.map((h) => {
      if (Object.keys(h).join(',') !== 'person,start,end,role') fail('holder keys');
      return [personNo.get(h.person) ?? fail('holder not in kb.people'), h.start, h.end, h.role];
    })]),
    sets: Object.fromEntries(SET_NAMES.map((n) => [n, [...idx[n]]])) as Record<SetName, string[]>,
    patternOwner: [...idx.patternOwner],
    ownedPattern: [...idx.ownedPattern],
  };
}

/** Words looked up and not found that a memo keeps before it starts again (documents bring new words without end). */
const MAX_MISSES = 50_000;

/**
 * A level of the name trie over its table: a node is made when first asked for, and kept with the words asked
 * for (a Map lookup, as fast as the built trie's, where the table hashes the word's bytes).
 */
class TableTrieLevel implements TrieLevel {
  private readonly memo = new Map<string, TrieNode | null>();
  private misses = 0;

  constructor(private readonly table: WordTable, private readonly prefix: string) {}

  get(word: string): TrieNode | undefined {
    const known = this.memo.get(word);
    if (known !== undefined) return known ?? undefined;
    const row = this.table.find(this.prefix ? `${this.prefix} ${word}` : word);
    if (row < 0) {
      if (++this.misses > MAX_MISSES) this.forgetMisses();
      this.memo.set(word, null);
      return undefined;
    }
    const [path, kids, entries] = this.table.cells(row);
    const node: TrieNode = {
      next: kids !== '0' ? new TableTrieLevel(this.table, path) : null,
      entries: entries === '-' ? null : (JSON.parse(entries) as [string, number][]).map(([id, flags]) => entryOf(id, flags)),
    };
    this.memo.set(word, node);
    return node;
  }

  private forgetMisses(): void {
    for (const [w, n] of this.memo) if (n === null) this.memo.delete(w);
    this.misses = 0;
  }
}

/** The entities over their table, in row order: an entity is parsed when first asked for, and kept. */
export class TableEntities implements ReadonlyMap<string, EntityInfo> {
  private readonly table: WordTable;
  private readonly made: (EntityInfo | undefined)[];
  /** Ids asked for -> their row (-1: none); misses are forgotten past MAX_MISSES. */
  private readonly rows = new Map<string, number>();
  private misses = 0;

  constructor(private readonly enc: Pick<EncodedIndex, 'entities' | 'entityShapes' | 'entityType' | 'entityTypes'>, private readonly people: readonly PersonRecord[]) {
    this.table = wordTableOf(enc.entities);
    this.made = new Array<EntityInfo | undefined>(enc.entityType.length);
  }

  get size(): number {
    return this.made.length;
  }

  private at(row: number): EntityInfo {
    let e = this.made[row];
    if (!e) {
      const [shape, ...values] = JSON.parse(this.table.cells(row)[1]) as [number, ...unknown[]];
      const keys = this.enc.entityShapes[shape];
      const o: Record<string, unknown> = {};
      for (let k = 0; k < keys.length; k++) {
        const key = keys[k];
        const v = values[k];
        if (key === 'person') o.person = this.people[v as number];
        else if (key === 'geo') o.geo = v && { lat: (v as unknown[])[0], lon: (v as unknown[])[1], precision: (v as unknown[])[2] };
        else o[key] = v;
      }
      // One shape for every record, as the built index has them.
      this.made[row] = e = entityInfo(o as unknown as EntityInfo);
    }
    return e;
  }

  private rowOf(id: string): number {
    let row = this.rows.get(id);
    if (row === undefined) {
      row = this.table.find(id);
      if (row < 0 && ++this.misses > MAX_MISSES) {
        for (const [k, r] of this.rows) if (r < 0) this.rows.delete(k);
        this.misses = 0;
      }
      this.rows.set(id, row);
    }
    return row;
  }

  get(id: string): EntityInfo | undefined {
    const row = this.rowOf(id);
    return row < 0 ? undefined : this.at(row);
  }

  has(id: string): boolean {
    return this.rowOf(id) >= 0;
  }

  /** The entities of one type, in the order of the index (only they are parsed). */
  ofType(type: string): EntityInfo[] {
    const t = this.enc.entityTypes.indexOf(type);
    const out: EntityInfo[] = [];
    if (t < 0) return out;
    for (let r = 0; r < this.made.length; r++) if (this.enc.entityType[r] === t) out.push(this.at(r));
    return out;
  }

  *values(): MapIterator<EntityInfo> {
    for (let r = 0; r < this.made.length; r++) yield this.at(r);
  }

  *keys(): MapIterator<string> {
    for (const e of this.values()) yield e.id;
  }

  *entries(): MapIterator<[string, EntityInfo]> {
    for (const e of this.values()) yield [e.id, e];
  }

  [Symbol.iterator](): MapIterator<[string, EntityInfo]> {
    return this.entries();
  }

  forEach(f: (value: EntityInfo, key: string, map: ReadonlyMap<string, EntityInfo>) => void): void {
    for (const e of this.values()) f(e, e.id, this);
  }
}

/** The index from its encoded form; `gazetteer` reads the gazetteer's records when something asks for them. */
export function decodeIndex(enc: EncodedIndex, gazetteer: (iso: Set<string>) => GazetteerRecord[]): Index {
  if (enc.format !== CODEC_FORMAT) fail(`format ${enc.format}, not ${CODEC_FORMAT}`);
  const r = enc.kb;
  let gaz: GazetteerRecord[] | null = null;
  const base = { countries: r.countries, places: r.places, people: r.people, orgs: r.orgs, orgPatterns: r.orgPatterns, titles: r.titles, nisbaIrregular: r.nisbaIrregular, groupNisba: r.groupNisba, coref: r.coref } as Omit<Kb, 'byIso3' | 'ids'>;
  Object.defineProperty(base, 'gazetteer', {
    enumerable: true, configurable: true,
    get: () => (gaz ??= gazetteer(new Set(r.countries.map((c) => c.iso3)))),
  });
  const kb = Object.assign(base, validateKb(base)) as Kb;

  const tt = enc.titleTrie;
  let tw = 0;
  const fillTitles = (map: Map<string, TitleNode>, count: number) => {
    for (let c = 0; c < count; c++) {
      const node: TitleNode = { next: null, title: null };
      const word = tt.words[tw];
      const kids = tt.kids[tw];
      const title = tt.titles[tw];
      tw++;
      if (title >= 0) node.title = r.titles[title];
      map.set(word, node);
      if (kids) fillTitles((node.next = new Map()), kids);
    }
  };
  const titleTrie = new Map<string, TitleNode>();
  fillTitles(titleTrie, tt.top);

  const set = (n: SetName) => new Set(enc.sets[n]);
  return {
    kb,
    trie: new TableTrieLevel(wordTableOf(enc.trie), ''),
    entities: new TableEntities(enc, r.people),
    titleTrie: titleTrie as Index['titleTrie'],
    coref: new Map<string, CorefRecord>(enc.coref.map(([form, k]) => [form, r.coref[k]])),
    givenNames: set('givenNames'),
    stopLight: set('stopLight'),
    complements: set('complements'),
    holders: new Map(enc.holders.map(([k, list]) => [k, list.map(([p, start, end, role]) => ({ person: r.people[p], start, end, role }))])),
    singleKeys: set('singleKeys'),
    common: set('common'),
    patternOwner: new Map(enc.patternOwner),
    ownedPattern: new Map(enc.ownedPattern),
    particles: set('particles'),
    arabicParticles: set('arabicParticles'),
  };
}
