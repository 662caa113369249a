// The index over the KB the matcher reads: a token trie keyed by matching forms of every name,
// spelling variant, generated nisba, organisation pattern and gazetteer place, with the entities,
// titles, office holders and word lists beside it. Built once per process (`getIndex`).
import { LIGHT_RULES, normalizeArabic, normalizeText } from '../arabic/normalize.js';
import type { EntityType, Geo, GeoPrecision } from '../doc.js';
import { loadKb, loadWordList, prebuiltIndex } from './load.js';
import { loadTsv } from '../data-files.js';
import type { Kb, PersonRecord, TitleRecord, CorefRecord } from './records.js';
import { definiteNisba, nisbaForms } from './nisba.js';
import { nameKey } from './match-words.js';
import { once } from '../once.js';

export interface EntityInfo {
  id: string;
  type: EntityType;
  name_en: string;
  name_ar: string;
  country: string | null;
  geo: Geo | null;
  sector: string | null;
  /** Grammatical gender of the Arabic name, for الأخير / الأخيرة. */
  gender: 'm' | 'f';
  /** Places: admin1 | admin2 | city | site | region; gazetteer population for ranking. */
  kind?: string;
  population?: number;
  /** People: their KB record (terms of office). */
  person?: PersonRecord;
  /** Pattern organisations: the office code of their head. */
  headOffice?: string | null;
}

/**
 * An entity's record with every field present, in one order (the optional ones undefined when absent): records of
 * one shape keep V8's property reads monomorphic where the entity stages read them (records built with different
 * keys or key orders made those reads megamorphic and deoptimised optimised code on 'wrong map').
 */
export function entityInfo(f: EntityInfo): EntityInfo {
  return {
    id: f.id, type: f.type, name_en: f.name_en, name_ar: f.name_ar, country: f.country, geo: f.geo, sector: f.sector, gender: f.gender,
    kind: f.kind, population: f.population, person: f.person, headOffice: f.headOffice,
  };
}

export interface DictEntry {
  id: string;
  form: 'name' | 'nisba';
  /** Needs a cue word before it (the spelling is also a common word). */
  cue: boolean;
  /** Higher wins when spans tie: person 6, org 5, country 4, curated place 3, pattern org 2, gazetteer 1. */
  prio: number;
  /** A surname alone (people.tsv short_ar). */
  short: boolean;
}

interface Node {
  next: Map<string, Node> | null;
  entries: DictEntry[] | null;
}

/** A level of the name trie: the node of each word (a Map when built from the TSVs; a table when prebuilt). */
export interface TrieLevel {
  get(word: string): TrieNode | undefined;
}

export interface TrieNode {
  /** The level of the words that may follow (null: none). */
  next: TrieLevel | null;
  /** The entries of the words up to here (null: they name nothing). */
  entries: DictEntry[] | null;
}

export interface Index {
  kb: Kb;
  trie: TrieLevel;
  /** Every entity by id, in a fixed order (read-only: a Map when built from the TSVs, a table when prebuilt). */
  entities: ReadonlyMap<string, EntityInfo>;
  titleTrie: Map<string, TitleNode>;
  coref: Map<string, CorefRecord>;
  givenNames: Set<string>;
  /** Light-normalised forms (ة and ى kept). */
  stopLight: Set<string>;
  /** Complement words inside a title phrase ('باسم', 'العامة', 'للشؤون'). */
  complements: Set<string>;
  /** office|scope -> people with their terms. */
  holders: Map<string, { person: PersonRecord; start: string | null; end: string | null; role: string }[]>;
  /** Matching forms of every KB key that is a single word (countries, nisbas, places, orgs). */
  singleKeys: Set<string>;
  /** Common words (data/kb/common_words.tsv): never part of a new person's name. */
  common: Set<string>;
  /** Pattern organisation id (rasad:org:army:SYR) -> the explicit organisation that took one of its names. */
  patternOwner: Map<string, string>;
  /** Explicit organisation id -> the pattern organisation one of its names replaced. */
  ownedPattern: Map<string, string>;
  /** Name particles (data/kb/name_particles.tsv): all of them, and the Arabic ones ('أبو', 'بن', not 'دي'). */
  particles: Set<string>;
  arabicParticles: Set<string>;
}

interface TitleNode {
  next: Map<string, TitleNode> | null;
  title: TitleRecord | null;
}

function insert(trie: Map<string, Node>, key: string[], entry: DictEntry, overwriteBelow = -1): void {
  if (!key.length) return;
  let map = trie;
  let node: Node | undefined;
  for (const k of key) {
    // A node gets its map of next words only when a longer key passes through it.
    if (node) map = node.next ?? (node.next = new Map());
    node = map.get(k);
    if (!node) {
      node = { next: null, entries: null };
      map.set(k, node);
    }
  }
  const n = node!;
  if (!n.entries) n.entries = [];
  if (overwriteBelow >= 0 && n.entries.some((e) => e.prio > overwriteBelow)) return;
  if (n.entries.some((e) => e.id === entry.id)) {
    // Same entity: keep the better form (name over nisba) and the looser cue.
    const e = n.entries.find((x) => x.id === entry.id)!;
    if (entry.form === 'name') e.form = 'name';
    if (!entry.cue) e.cue = false;
    e.prio = Math.max(e.prio, entry.prio);
    return;
  }
  n.entries.push(entry);
}

function precisionOf(kind: string): GeoPrecision {
  return kind === 'region' ? 'admin1' : (kind as GeoPrecision);
}

function genderOf(nameAr: string): 'm' | 'f' {
  const first = nameAr.trim().split(/\s+/)[0] ?? '';
  return /[ةه]$/.test(first) || /ات$/.test(first) ? 'f' : 'm';
}

export function buildIndex(kb: Kb): Index {
  const trie = new Map<string, Node>();
  const entities = new Map<string, EntityInfo>();
  const singleKeys = new Set<string>();
  const setEntity = (info: EntityInfo) => entities.set(info.id, entityInfo(info));
  // Entries of one shape, \`short\` always present (see entityInfo).
  const add = (name: string, entry: Omit<DictEntry, 'short'> & { short?: true }) => {
    const key = nameKey(name);
    if (key.length === 1) singleKeys.add(key[0]);
    insert(trie, key, { id: entry.id, form: entry.form, cue: entry.cue, prio: entry.prio, short: entry.short ?? false });
  };

  for (const c of kb.countries) {
    setEntity({
      id: c.id, type: 'COUNTRY', name_en: c.name_en, name_ar: c.names_ar[0].text, country: c.iso3,
      geo: { lat: c.lat, lon: c.lon, precision: 'country' }, sector: 'GOV', gender: 'f',
    });
    for (const n of c.names_ar) add(n.text, { id: c.id, form: 'name', cue: n.cue, prio: 4 });
    for (const base of c.nisba) for (const f of nisbaForms(base)) add(f.form, { id: c.id, form: 'nisba', cue: false, prio: 4 });
  }
  const byIso3 = kb.byIso3;
  for (const n of kb.nisbaIrregular) add(n.form, { id: byIso3.get(n.iso3)!.id, form: 'nisba', cue: false, prio: 4 });

  for (const p of kb.places) {
    setEntity({
      id: p.id, type: 'PLACE', name_en: p.name_en, name_ar: p.names_ar[0].text, country: p.country,
      geo: { lat: p.lat, lon: p.lon, precision: precisionOf(p.kind) }, sector: null, gender: 'f', kind: p.kind,
    });
    for (const n of p.names_ar) add(n.text, { id: p.id, form: 'name', cue: n.cue, prio: 3 });
  }

  // Organisation patterns first, so that explicit rows with the same name replace them.
  for (const pat of kb.orgPatterns) {
    for (const c of kb.countries) {
      const id = `rasad:org:${pat.key}:${c.iso3}`;
      const needsDemonym = pat.name_en.includes('{demonym}');
      const name_en = needsDemonym && !c.demonym_en
        ? pat.name_en.replace('{demonym} ', '').replace(/^(.*)$/, `$1 of ${c.name_en}`)
        : pat.name_en.replace('{country}', c.name_en).replace('{demonym}', c.demonym_en);
      let used = false;
      for (const form of pat.forms_ar) {
        const fills: string[] = [];
        if (form.includes('{country}')) for (const n of c.names_ar) if (!n.cue) fills.push(form.replace('{country}', n.text));
        if (form.includes('{nisba_m}')) for (const b of c.nisba) fills.push(form.replace('{nisba_m}', definiteNisba(b).m));
        if (form.includes('{nisba_f}')) for (const b of c.nisba) fills.push(form.replace('{nisba_f}', definiteNisba(b).f));
        for (const f of fills) {
          // ب{country}: the preposition is glued to the country name.
          add(f, { id, form: 'name', cue: false, prio: 2 });
          used = true;
        }
      }
      if (used) {
        const f0 = pat.forms_ar[0];
        const nb = c.nisba[0] ? definiteNisba(c.nisba[0]) : null;
        const nameAr = nb
          ? f0.replace('{nisba_f}', nb.f).replace('{nisba_m}', nb.m).replace('{country}', c.names_ar[0].text)
          : (pat.forms_ar.find((f) => f.includes('{country}')) ?? f0).replace('{country}', c.names_ar[0].text);
        setEntity({ id, type: pat.type, name_en, name_ar: nameAr, country: c.iso3, geo: null, sector: pat.sector, gender: genderOf(nameAr), headOffice: pat.head_office });
      }
    }
  }
  const patternOwner = new Map<string, string>();
  const ownedPattern = new Map<string, string>();
  for (const o of kb.orgs) {
    setEntity({ id: o.id, type: o.type, name_en: o.name_en, name_ar: o.names_ar[0].text, country: o.country, geo: null, sector: o.sector, gender: genderOf(o.names_ar[0].text) });
    for (const n of o.names_ar) {
      const key = nameKey(n.text);
      // An explicit organisation replaces a pattern organisation of the same name.
      let map = trie;
      let node: Node | undefined;
      for (const k of key) { node = map.get(k); if (!node) break; map = node.next ?? new Map(); }
      if (node?.entries && key.length) {
        for (const e of node.entries) {
          if (e.prio !== 2) continue;
          if (!patternOwner.has(e.id)) patternOwner.set(e.id, o.id);
          if (!ownedPattern.has(o.id)) ownedPattern.set(o.id, e.id);
        }
        node.entries = node.entries.filter((e) => e.prio !== 2);
      }
      add(n.text, { id: o.id, form: 'name', cue: n.cue, prio: 5 });
    }
  }
  // A group's nisba ('الميليشيات الحوثية') names the group as a country's names its country.
  for (const g of kb.groupNisba) for (const f of nisbaForms(g.base)) add(f.form, { id: g.id, form: 'nisba', cue: false, prio: 4 });

  const holders = new Map<string, { person: PersonRecord; start: string | null; end: string | null; role: string }[]>();
  for (const p of kb.people) {
    const t0 = p.terms[0];
    setEntity({
      id: p.id, type: 'PERSON', name_en: p.name_en, name_ar: p.names_ar[0], country: t0.country, geo: null, sector: t0.sector || null,
      gender: 'm', person: p,
    });
    if (p.imported) {
      // An imported name takes no key another KB name has (a hand-written person's, an organisation's, a place's).
      for (const n of p.names_ar) insert(trie, nameKey(n), { id: p.id, form: 'name', cue: false, prio: 6, short: false }, 0);
      continue;
    }
    for (const n of p.names_ar) add(n, { id: p.id, form: 'name', cue: false, prio: 6 });
    for (const n of p.short_ar) add(n, { id: p.id, form: 'name', cue: false, prio: 6, short: true });
    for (const t of p.terms) {
      for (const scope of [t.org, t.country]) {
        if (!scope) continue;
        const k = `${t.office}|${scope}`;
        const list = holders.get(k) ?? [];
        list.push({ person: p, start: t.start, end: t.end, role: t.role });
        holders.set(k, list);
        break; // an organisation's office is not also the country's
      }
    }
  }

  for (const g of kb.gazetteer) {
    if (!entities.has(g.id)) {
      setEntity({
        id: g.id, type: 'PLACE', name_en: g.name_en, name_ar: g.name_ar, country: g.country,
        geo: { lat: g.lat, lon: g.lon, precision: g.kind }, sector: null, gender: 'f', kind: g.kind, population: g.population,
      });
    }
    for (const k of g.keys) {
      const key = k.split(' ');
      // Never let the gazetteer shadow a KB name.
      let map = trie;
      let node: Node | undefined;
      for (const t of key) { node = map.get(t); if (!node) break; map = node.next ?? new Map(); }
      if (node?.entries?.some((e) => e.prio > 1)) continue;
      insert(trie, key, { id: g.id, form: 'name', cue: g.match === 'cue', prio: 1, short: false });
    }
  }

  // Titles.
  const titleTrie = new Map<string, TitleNode>();
  for (const t of kb.titles) {
    for (const f of t.forms) {
      const key = nameKey(f);
      let map = titleTrie;
      let node: TitleNode | undefined;
      for (const k of key) {
        if (node) map = node.next ?? (node.next = new Map());
        node = map.get(k);
        if (!node) { node = { next: null, title: null }; map.set(k, node); }
      }
      if (node && !node.title) node.title = t;
    }
  }
  const coref = new Map(kb.coref.map((c) => [normalizeArabic(c.form), c]));
  const givenNames = new Set(loadWordList('kb/given_names.tsv').map((w) => normalizeArabic(w)));
  const stopLight = new Set(loadWordList('kb/name_stopwords.tsv').map((w) => normalizeText(w, LIGHT_RULES)));
  const complements = new Set(loadWordList('kb/title_complements.tsv').map((w) => normalizeArabic(w)));
  const common = new Set(loadWordList('kb/common_words.tsv'));
  for (const g of givenNames) common.delete(g);
  const particleRows = loadTsv('kb/name_particles.tsv');
  const particles = new Set(particleRows.map((r) => normalizeArabic(r.word)));
  const arabicParticles = new Set(particleRows.filter((r) => r.kind === 'arabic').map((r) => normalizeArabic(r.word)));
  return { kb, trie, entities, titleTrie, coref, givenNames, stopLight, complements, holders, singleKeys, common, patternOwner, ownedPattern, particles, arabicParticles };
}


/** The index's entities of one type, in the index's order (a prebuilt index parses only those). */
export function entitiesOfType(idx: Index, type: EntityType): EntityInfo[] {
  const e = idx.entities as ReadonlyMap<string, EntityInfo> & { ofType?: (t: string) => EntityInfo[] };
  return e.ofType ? e.ofType(type) : [...e.values()].filter((i) => i.type === type);
}

/**
 * The index over the KB, made on first use and kept for the process: read from the prebuilt index when the
 * build wrote one for these very TSVs and this code (src/kb/prebuilt.ts), built from the TSVs otherwise.
 */
export const getIndex = once((): Index => prebuiltIndex() ?? buildIndex(loadKb()));

// --- matching --------------------------------------------------------------------------------------------------
