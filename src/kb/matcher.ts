// Dictionary recognition over the KB: a token trie keyed by matching forms (src/arabic/normalize.ts) of every name,
// spelling variant, generated nisba, organisation pattern and gazetteer place. Matching is longest-first over whole
// tokens (never inside a word); the first token may carry proclitics (و ف ب ل ك, and ل+ال written لل), which the
// mention leaves out ('وأذربيجان' -> 'أذربيجان'). Quotes, dashes and tatweel between the words of a name are skipped
// ('قاعدة "خاتم الأنبياء"', 'ناغورني ـ كاراباخ'). The index is built once per process (`getIndex`).
import { tokenize, type Token } from '../arabic/tokens.js';
import { LIGHT_RULES, normalizeArabic, normalizeText } from '../arabic/normalize.js';
import type { EntityType, Geo, GeoPrecision } from '../doc.js';
import { loadKb, loadWordList, type Kb, type PersonRecord, type TitleRecord, type CorefRecord } from './load.js';
import { definiteNisba, nisbaForms } from './nisba.js';

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

export interface DictEntry {
  id: string;
  form: 'name' | 'nisba';
  /** Needs a cue word before it (the spelling is also a common word). */
  cue: boolean;
  /** Higher wins when spans tie: person 6, org 5, country 4, curated place 3, pattern org 2, gazetteer 1. */
  prio: number;
  /** A surname alone (people.tsv short_ar). */
  short?: boolean;
}

interface Node {
  next: Map<string, Node> | null;
  entries: DictEntry[] | null;
}

export interface Word {
  /** Index in the word list. */
  i: number;
  start: number;
  end: number;
  text: string;
  /** Matching form (all rules). */
  norm: string;
  kind: 'word' | 'number' | 'punct';
  /** Quotes, dashes, tatweel: transparent inside a name. */
  skip: boolean;
  /** Clitic readings of `norm`, computed on first use (see `wordReadings`). */
  rd?: Reading[];
}

/** The readings of a word, cached on it. */
export function wordReadings(w: Word): Reading[] {
  return w.rd ?? (w.rd = readings(w.norm));
}

export interface Index {
  kb: Kb;
  trie: Map<string, Node>;
  entities: Map<string, EntityInfo>;
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
}

interface TitleNode {
  next: Map<string, TitleNode> | null;
  title: TitleRecord | null;
}

const COMMA = new Set(['،', ',']);
/** Words that look like a nisba but are ordinary adjectives (light-normalised: ى kept). */
const NOT_NISBA = new Set(['اليمنى', 'يمنى', 'اليسرى']);
const QUOTES = new Set(['"', '“', '”', '«', '»', "'", '‘', '’', '„', '‹', '›', '-', '–', '—', 'ـ']);

export const PLACE_CUES = new Set(['مدينه', 'مدينتي', 'مدن', 'بلده', 'بلدتي', 'بلدات', 'قريه', 'قريتي', 'قري', 'محافظه', 'محافظتي',
  'محافظات', 'ولايه', 'ولايتي', 'ولايات', 'مديريه', 'مديريات', 'منطقه', 'منطقتي', 'مناطق', 'ناحيه', 'قضاء', 'حي', 'احياء', 'مخيم',
  'مخيمات', 'ريف', 'اقليم', 'مقاطعه', 'عاصمه', 'العاصمه', 'مطار', 'ميناء', 'معبر', 'بلديه', 'ضواحي', 'محيط', 'شمال', 'جنوب', 'شرق',
  'غرب', 'شمالي', 'جنوبي', 'شرقي', 'غربي', 'وسط', 'قرب', 'مشارف', 'اطراف', 'مدخل', 'محور', 'جبهه', 'سهل', 'جبل', 'وادي', 'بحيره',
  'نهر', 'جزيره', 'مستشفي', 'سجن', 'قاعده']);
export const ADMIN_CUES = new Set(['محافظه', 'محافظتي', 'محافظات', 'ولايه', 'ولايتي', 'ولايات', 'اقليم', 'مقاطعه', 'مديريه', 'مديريات']);
export const CITY_CUES = new Set(['مدينه', 'مدينتي', 'مدن', 'بلده', 'بلدتي', 'بلدات', 'قريه', 'قريتي', 'عاصمه', 'العاصمه']);
export const ORG_CUES = new Set(['وكاله', 'قناه', 'صحيفه', 'جريده', 'موقع', 'شبكه', 'مراسل', 'اذاعه', 'تلفزيون', 'فضائيه', 'حركه',
  'تنظيم', 'جماعه', 'المصدر', 'مصدر', 'مجله', 'راديو', 'منصه']);

const CONJ = new Set(['و', 'ف']);
const PREP = new Set(['ب', 'ل', 'ك']);

export interface Reading {
  /** Normalised characters removed from the front of the token. */
  cut: number;
  stem: string;
  /** The proclitics removed include و or ف (for list coordination). */
  conj: boolean;
}

/** The token itself, then the token without و/ف, ب/ل/ك, and ل+ال written لل (-> ال...). */
export function readings(norm: string): Reading[] {
  const out: Reading[] = [{ cut: 0, stem: norm, conj: false }];
  const heads = CONJ.has(norm[0]) && norm.length > 3 ? [0, 1] : [0];
  for (const c of heads) {
    const rest = norm.slice(c);
    if (c) out.push({ cut: c, stem: rest, conj: true });
    if (rest.startsWith('لل') && rest.length >= 4) out.push({ cut: c, stem: `ا${rest.slice(1)}`, conj: c > 0 });
    else if (PREP.has(rest[0]) && rest.length >= 4) out.push({ cut: c + 1, stem: rest.slice(1), conj: c > 0 });
  }
  return out;
}

/** Original offset inside `text` after `k` normalised characters (marks after a letter stay with it). */
export function cutOffset(text: string, k: number): number {
  if (k <= 0) return 0;
  let n = 0;
  let i = 0;
  while (i < text.length && n < k) {
    n += normalizeArabic(text[i]).length;
    i++;
  }
  while (i < text.length && /[\p{M}\u0640]/u.test(text[i])) i++;
  return i;
}

/** The matcher's view of the tokens of `text` (the document's word layer when the caller has it). */
export function toWords(text: string, tokens: readonly Pick<Token, 'start' | 'end' | 'text' | 'kind' | 'norm'>[] = tokenize(text)): Word[] {
  return tokens.map((t, i) => ({
    i, start: t.start, end: t.end, text: t.text, norm: t.norm, kind: t.kind,
    skip: (t.kind === 'punct' && QUOTES.has(t.text)) || (t.kind === 'word' && t.norm === ''),
  }));
}

/** Matching-form tokens of a name as the tokenizer cuts it (skippable tokens dropped). */
export function nameKey(name: string): string[] {
  return toWords(name).filter((w) => !w.skip).map((w) => w.norm);
}

// --- building the index ----------------------------------------------------------------------------------------

function insert(trie: Map<string, Node>, key: string[], entry: DictEntry, overwriteBelow = -1): void {
  if (!key.length) return;
  let map = trie;
  let node: Node | undefined;
  for (const k of key) {
    node = map.get(k);
    if (!node) {
      node = { next: null, entries: null };
      map.set(k, node);
    }
    map = node.next ?? (node.next = new Map());
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
  const add = (name: string, entry: DictEntry) => {
    const key = nameKey(name);
    if (key.length === 1) singleKeys.add(key[0]);
    insert(trie, key, entry);
  };

  for (const c of kb.countries) {
    entities.set(c.id, {
      id: c.id, type: 'COUNTRY', name_en: c.name_en, name_ar: c.names_ar[0].text, country: c.iso3,
      geo: { lat: c.lat, lon: c.lon, precision: 'country' }, sector: 'GOV', gender: 'f',
    });
    for (const n of c.names_ar) add(n.text, { id: c.id, form: 'name', cue: n.cue, prio: 4 });
    for (const base of c.nisba) for (const f of nisbaForms(base)) add(f.form, { id: c.id, form: 'nisba', cue: false, prio: 4 });
  }
  const byIso3 = kb.byIso3;
  for (const n of kb.nisbaIrregular) add(n.form, { id: byIso3.get(n.iso3)!.id, form: 'nisba', cue: false, prio: 4 });

  for (const p of kb.places) {
    entities.set(p.id, {
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
        entities.set(id, { id, type: pat.type, name_en, name_ar: nameAr, country: c.iso3, geo: null, sector: pat.sector, gender: genderOf(nameAr), headOffice: pat.head_office });
      }
    }
  }
  const patternOwner = new Map<string, string>();
  const ownedPattern = new Map<string, string>();
  for (const o of kb.orgs) {
    entities.set(o.id, { id: o.id, type: o.type, name_en: o.name_en, name_ar: o.names_ar[0].text, country: o.country, geo: null, sector: o.sector, gender: genderOf(o.names_ar[0].text) });
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

  const holders = new Map<string, { person: PersonRecord; start: string | null; end: string | null; role: string }[]>();
  for (const p of kb.people) {
    const t0 = p.terms[0];
    entities.set(p.id, {
      id: p.id, type: 'PERSON', name_en: p.name_en, name_ar: p.names_ar[0], country: t0.country, geo: null, sector: t0.sector,
      gender: 'm', person: p,
    });
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
      entities.set(g.id, {
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
      insert(trie, key, { id: g.id, form: 'name', cue: g.match === 'cue', prio: 1 });
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
        node = map.get(k);
        if (!node) { node = { next: null, title: null }; map.set(k, node); }
        map = node.next ?? (node.next = new Map());
      }
      if (node && !node.title) node.title = t;
    }
  }
  const coref = new Map(kb.coref.map((c) => [normalizeArabic(c.form), c]));
  const givenNames = new Set(loadWordList('kb/given_names.tsv').map((w) => normalizeArabic(w)));
  const stopLight = new Set(loadWordList('kb/name_stopwords.tsv').map((w) => normalizeText(w, LIGHT_RULES)));
  const complements = new Set(COMPLEMENTS.map(normalizeArabic));
  const common = new Set(loadWordList('kb/common_words.tsv'));
  for (const g of givenNames) common.delete(g);
  return { kb, trie, entities, titleTrie, coref, givenNames, stopLight, complements, holders, singleKeys, common, patternOwner, ownedPattern };
}

/** Words that may stand inside a title phrase between the title and the name ('رئيس الأركان العامة للقوات ...'). */
const COMPLEMENTS = ['باسم', 'العامة', 'العام', 'للشؤون', 'الشؤون', 'لشؤون', 'الدولية', 'الخارجية', 'السياسية', 'الأمنية', 'العسكرية',
  'لجنة', 'اللجنة', 'هيئة', 'الأول', 'الأولى', 'الثاني', 'السابق', 'السابقة', 'الأسبق', 'المكلف', 'المؤقت', 'الجديد', 'الأعلى',
  'الصحفي', 'الإعلامي', 'الرسمي', 'الرسمية', 'الركن', 'للقوات', 'القوات', 'المسلحة', 'الأركان', 'أركان', 'الجوي', 'للدفاع', 'الدفاع',
  'الإقليمي', 'الإقليمية', 'الخاص', 'الخاصة', 'لشؤون', 'الحالي', 'الحالية', 'المركزية', 'المركزي', 'البرية', 'الجوية', 'البحرية',
  'الاستخبارات', 'للاستخبارات', 'لمكافحة', 'الإرهاب', 'القومي', 'للأمن', 'الأمن', 'مجلس', 'المجلس', 'إدارة', 'الإدارة', 'جهاز',
  'العليا', 'لرئيس', 'رئيس', 'الرئيس', 'لجيش', 'الجيش', 'قوات', 'الأمانة', 'للمرشد', 'المرشد', 'الإيراني', 'للثورة', 'الثورة',
  'الإسلامية', 'لحقوق', 'الإنسان', 'الحربية', 'بالحرس', 'الحرس', 'الثوري'];

let cached: Index | null = null;

/** The index over the KB, built on first use and kept for the process. */
export function getIndex(): Index {
  if (!cached) cached = buildIndex(loadKb());
  return cached;
}

// --- matching --------------------------------------------------------------------------------------------------

export interface RawMention {
  first: number;
  last: number;
  start: number;
  end: number;
  entries: DictEntry[];
  /** Set when a cue word licensed the match (for list coordination). */
  placeCue: string | null;
}

function prevWord(words: Word[], i: number): Word | null {
  for (let k = i - 1; k >= 0; k--) {
    if (!words[k].skip && words[k].text !== ':') return words[k];
  }
  return null;
}

/** The stem of a word after و/ف and a preposition, for cue tests. */
export function bareStem(norm: string): string[] {
  return readings(norm).map((r) => r.stem);
}

function cueBefore(words: Word[], i: number, cues: Set<string>): string | null {
  const p = prevWord(words, i);
  if (!p || p.kind !== 'word') return null;
  for (const r of wordReadings(p)) if (cues.has(r.stem)) return r.stem;
  return null;
}

function quoted(words: Word[], first: number, last: number): boolean {
  const before = words[first - 1];
  const after = words[last + 1];
  return !!before && !!after && before.skip && after.skip && before.kind === 'punct' && after.kind === 'punct';
}

/**
 * Longest-match dictionary recognition. `allow` restricts the entries considered (nested passes); `range` limits the
 * words scanned. Mentions do not overlap; their spans leave proclitics out.
 */
export function matchWords(text: string, words: Word[], index: Index, opts: { allow?: (e: DictEntry) => boolean; from?: number; to?: number } = {}): RawMention[] {
  const out: RawMention[] = [];
  const from = opts.from ?? 0;
  const to = opts.to ?? words.length;
  let lastPlace: RawMention | null = null;
  for (let i = from; i < to; i++) {
    const w = words[i];
    if (w.skip || w.kind === 'punct') continue;
    let best: { last: number; cut: number; entries: DictEntry[]; cue: string | null } | null = null;
    for (const r of wordReadings(w)) {
      let node = index.trie.get(r.stem);
      let j = i;
      while (node) {
        if (node.entries) {
          const single = j === i;
          const placeCue = cueBefore(words, i, PLACE_CUES)
            ?? (lastPlace?.placeCue && (lastPlace.last === i - 1 || (lastPlace.last === i - 2 && COMMA.has(words[i - 1].text))) ? lastPlace.placeCue : null);
          const coordinated = !!lastPlace && (lastPlace.last === i - 1 || (lastPlace.last === i - 2 && COMMA.has(words[i - 1].text)));
          let orgCue: string | null = null;
          const ok = node.entries.filter((e) => {
            if (opts.allow && !opts.allow(e)) return false;
            const info = index.entities.get(e.id);
            if (e.prio === 1) {
              // Gazetteer: whole words only, no indefinite accusative (أوكاراً), و/ف only inside a list of places.
              if (single && /(اً|ًا)$/.test(w.text)) return false;
              if (r.cut > 0 && !(r.conj && coordinated && r.cut === 1)) return false;
              const common = single && (index.common.has(r.stem) || index.stopLight.has(r.stem));
              if ((e.cue || common) && !placeCue) return false;
              return true;
            }
            // 'اليمنى' (right-hand) is no nisba of Yemen.
            if (single && e.form === 'nisba' && NOT_NISBA.has(normalizeText(w.text, LIGHT_RULES))) return false;
            if (!e.cue) return true;
            if (info?.type === 'PLACE') return !!placeCue;
            orgCue ??= cueBefore(words, i, ORG_CUES) ?? (quoted(words, i, j) ? 'quote' : null) ?? (words[j + 1]?.norm === 'نت' ? 'نت' : null);
            return !!orgCue;
          });
          const cue = ok.some((e) => index.entities.get(e.id)?.type === 'PLACE') ? placeCue : null;
          if (ok.length && (!best || j > best.last || (j === best.last && r.cut < best.cut))) {
            best = { last: j, cut: r.cut, entries: ok, cue };
          }
        }
        // Next non-skipped word.
        let k = j + 1;
        while (k < to && words[k].skip) k++;
        if (k >= to || !node.next) break;
        const nw = words[k];
        if (nw.kind === 'punct' && nw.text !== '.') break;
        node = node.next.get(nw.norm);
        j = k;
      }
    }
    if (best) {
      const start = w.start + cutOffset(w.text, best.cut);
      const m: RawMention = { first: i, last: best.last, start, end: words[best.last].end, entries: best.entries, placeCue: best.cue };
      out.push(m);
      if (best.entries.some((e) => index.entities.get(e.id)?.type === 'PLACE')) lastPlace = m;
      i = best.last;
    }
  }
  return out;
}

/** Words of the text plus the KB mentions in it (top level, then countries and places nested in organisations). */
export function matchText(text: string, index: Index = getIndex(), tokens?: readonly Pick<Token, 'start' | 'end' | 'text' | 'kind' | 'norm'>[]): { words: Word[]; mentions: RawMention[]; nested: RawMention[] } {
  const words = toWords(text, tokens);
  const mentions = matchWords(text, words, index);
  const nested: RawMention[] = [];
  const inner = (e: DictEntry) => {
    const t = index.entities.get(e.id)?.type;
    return t === 'COUNTRY' || (t === 'PLACE' && e.prio >= 3);
  };
  for (const m of mentions) {
    if (m.last === m.first) continue;
    const types = new Set(m.entries.map((e) => index.entities.get(e.id)?.type));
    if (!types.has('ORG') && !types.has('GROUP') && !types.has('MEDIA')) continue;
    for (const n of matchWords(text, words, index, { allow: inner, from: m.first + 1, to: m.last + 1 })) {
      const isPlace = n.entries.every((e) => index.entities.get(e.id)?.type === 'PLACE');
      const p = prevWord(words, n.first);
      if (isPlace && !(p && p.norm === 'في') && !(n.start > words[n.first].start && /^[وف]?ب/.test(words[n.first].norm))) continue;
      nested.push(n);
    }
  }
  return { words, mentions, nested };
}
