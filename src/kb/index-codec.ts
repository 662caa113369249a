// The KB index in a compact form (JSON of flat arrays) and back: the prebuilt index that start-up reads
// instead of parsing the TSVs and building the tries (src/kb/prebuilt.ts). `decodeIndex(encodeIndex(x))` gives
// an index equal to x, object key orders and shared records (a person's record in `kb.people`, in its entity
// and in `holders`) included; test/kb-prebuilt.test.ts proves it on the shipped KB. Pure.
import type { Kb, CorefRecord, GazetteerRecord, PersonRecord, TitleRecord } from './records.js';
import type { DictEntry, EntityInfo, Index } from './kb-index.js';
import { validateKb } from './parse.js';
import { decodeEntities, encodeEntities, type EncodedEntities } from './entity-columns.js';

export const CODEC_FORMAT = 2;

interface TrieNode {
  next: Map<string, TrieNode> | null;
  entries: DictEntry[] | null;
}

interface TitleNode {
  next: Map<string, TitleNode> | null;
  title: TitleRecord | null;
}

/** The Kb's own records: everything but the gazetteer (read from its TSV only when asked for). */
type KbRecords = Omit<Kb, 'gazetteer' | 'byIso3' | 'ids'>;

export interface EncodedIndex {
  format: number;
  kb: KbRecords;
  /** The entities in the order of `Index.entities`. */
  entities: EncodedEntities;
  /** Preorder: word, child count and entry count (-1: no entry list) per node; entries as [entity, flags]. */
  trie: { top: number; words: string[]; kids: number[]; counts: number[]; entries: number[] };
  titleTrie: { top: number; words: string[]; kids: number[]; titles: number[] };
  coref: [string, number][];
  holders: [string, [number, string | null, string | null, string][]][];
  sets: Record<SetName, string[]>;
  patternOwner: [string, string][];
  ownedPattern: [string, string][];
}

const SET_NAMES = ['givenNames', 'stopLight', 'complements', 'singleKeys', 'common', 'particles', 'arabicParticles'] as const;
type SetName = (typeof SET_NAMES)[number];

const ENTRY_KEYS = 'id,form,cue,prio';

function fail(what: string): never {
  throw new Error(`KB index codec: ${what}`);
}

function indexOf<T>(list: readonly T[]): Map<T, number> {
  return new Map(list.map((x, i) => [x, i]));
}

function entryFlags(e: DictEntry): number {
  const keys = Object.keys(e).join(',');
  if (keys !== ENTRY_KEYS && keys !== `${ENTRY_KEYS},short`) fail(`dictionary entry with keys ${keys}`);
  if (e.short !== undefined && e.short !== true) fail('dictionary entry with short other than true');
  if (!Number.isInteger(e.prio) || e.prio < 0 || e.prio > 63) fail(`priority ${e.prio}`);
  return (e.form === 'nisba' ? 1 : 0) | (e.cue ? 2 : 0) | (e.short ? 4 : 0) | (e.prio << 3);
}

function entryOf(id: string, flags: number): DictEntry {
  const form = flags & 1 ? 'nisba' : 'name';
  const cue = (flags & 2) !== 0;
  const prio = flags >> 3;
  return flags & 4 ? { id, form, cue, prio, short: true } : { id, form, cue, prio };
}

export function encodeIndex(idx: Index): EncodedIndex {
  const { countries, places, people, orgs, orgPatterns, titles, nisbaIrregular, coref } = idx.kb;
  const kb: KbRecords = { countries, places, people, orgs, orgPatterns, titles, nisbaIrregular, coref };
  const personNo = indexOf(people);
  const entities = encodeEntities([...idx.entities.values()], personNo);
  const entityNo = indexOf([...idx.entities.keys()]);

  const trie = { top: idx.trie.size, words: [] as string[], kids: [] as number[], counts: [] as number[], entries: [] as number[] };
  const walk = (map: Map<string, TrieNode>) => {
    for (const [word, node] of map) {
      if (Object.keys(node).join(',') !== 'next,entries') fail('trie node keys');
      trie.words.push(word);
      trie.kids.push(node.next?.size ?? 0);
      if (node.next && !node.next.size) fail('trie node with an empty map of next words');
      trie.counts.push(node.entries ? node.entries.length : -1);
      for (const e of node.entries ?? []) {
        const n = entityNo.get(e.id);
        if (n === undefined) fail(`entry for ${e.id}, which is no entity`);
        trie.entries.push(n, entryFlags(e));
      }
      if (node.next) walk(node.next);
    }
  };
  walk(idx.trie as Map<string, TrieNode>);

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
    entities,
    trie,
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

/** The index from its encoded form; `gazetteer` reads the gazetteer's records when something asks for them. */
export function decodeIndex(enc: EncodedIndex, gazetteer: (iso: Set<string>) => GazetteerRecord[]): Index {
  if (enc.format !== CODEC_FORMAT) fail(`format ${enc.format}, not ${CODEC_FORMAT}`);
  const r = enc.kb;
  let gaz: GazetteerRecord[] | null = null;
  const base = { countries: r.countries, places: r.places, people: r.people, orgs: r.orgs, orgPatterns: r.orgPatterns, titles: r.titles, nisbaIrregular: r.nisbaIrregular, coref: r.coref } as Omit<Kb, 'byIso3' | 'ids'>;
  Object.defineProperty(base, 'gazetteer', {
    enumerable: true, configurable: true,
    get: () => (gaz ??= gazetteer(new Set(r.countries.map((c) => c.iso3)))),
  });
  const kb = Object.assign(base, validateKb(base)) as Kb;

  const infos = decodeEntities(enc.entities, r.people);
  const ids = infos.map((e) => e.id);
  const entities = new Map<string, EntityInfo>(infos.map((e) => [e.id, e]));

  const t = enc.trie;
  let w = 0;
  let e = 0;
  const fill = (map: Map<string, TrieNode>, count: number) => {
    for (let c = 0; c < count; c++) {
      const node: TrieNode = { next: null, entries: null };
      const word = t.words[w];
      const kids = t.kids[w];
      const n = t.counts[w];
      w++;
      if (n >= 0) {
        const list: DictEntry[] = [];
        for (let k = 0; k < n; k++, e += 2) list.push(entryOf(ids[t.entries[e]], t.entries[e + 1]));
        node.entries = list;
      }
      map.set(word, node);
      if (kids) fill((node.next = new Map()), kids);
    }
  };
  const trie = new Map<string, TrieNode>();
  fill(trie, t.top);

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
    trie: trie as Index['trie'],
    entities,
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
