// Parsers of the knowledge base's TSV files into checked records: every row's ids, codes, dates and
// numbers are checked, and an error names the file and line. Pure: the files are read in load.ts.
import { parseTsv, type TsvRow } from '../data-files.js';
import type { EntityType } from '../doc.js';
import { KbError, SECTORS, PLACE_KINDS, type PlaceKind, ORG_TYPES, type NameVariant, type CountryRecord, type PlaceRecord, type PersonTerm, type PersonRecord, type OrgRecord, type OrgPattern, type TitleKind, type TitleRecord, type GazetteerRecord, type CorefRecord, type Kb } from './records.js';

const QID = /^Q[1-9][0-9]*$/;

const LOCAL = /^rasad:[a-z]+:[a-z0-9][a-z0-9:._-]*$/;

function lineOf(rows: TsvRow[], i: number): number {
  return (rows[i] as TsvRow & { __line?: number }).__line ?? i + 2;
}

/** Parses TSV text keeping each row's line number (for error messages). */
export function parseKbTsv(text: string, file: string): TsvRow[] {
  const rows = parseTsv(text, file);
  // Recover line numbers: the n-th data row is the n-th non-blank, non-comment line after the header.
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const dataLines: number[] = [];
  let seenHeader = false;
  lines.forEach((l, i) => {
    if (!l.trim() || l.startsWith('#')) return;
    if (!seenHeader) { seenHeader = true; return; }
    dataLines.push(i + 1);
  });
  rows.forEach((r, i) => Object.defineProperty(r, '__line', { value: dataLines[i], enumerable: false }));
  return rows;
}

function requireColumns(rows: TsvRow[], file: string, cols: string[]): void {
  if (!rows.length) return;
  for (const c of cols) {
    if (!(c in rows[0])) throw new KbError(file, null, `missing column '${c}'`);
  }
}

function checkId(id: string, file: string, line: number, kinds: string[]): void {
  if (QID.test(id)) return;
  if (LOCAL.test(id) && kinds.some((k) => id.startsWith(`rasad:${k}:`))) return;
  throw new KbError(file, line, `bad id '${id}' (a Wikidata QID or rasad:${kinds[0]}:<slug>)`);
}

export function splitList(s: string | undefined): string[] {
  return (s ?? '').split('|').map((x) => x.trim()).filter(Boolean);
}

function variants(s: string | undefined): NameVariant[] {
  const seen = new Set<string>();
  const out: NameVariant[] = [];
  for (const raw of splitList(s)) {
    const cue = raw.startsWith('~');
    const text = cue ? raw.slice(1).trim() : raw;
    if (!text || seen.has(text)) continue;
    seen.add(text);
    out.push({ text, cue });
  }
  return out;
}

function num(s: string, file: string, line: number, what: string, lo: number, hi: number): number {
  const v = Number(s);
  if (s === '' || !Number.isFinite(v) || v < lo || v > hi) throw new KbError(file, line, `bad ${what} '${s}'`);
  return v;
}

/** 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD' -> ISO date (start of the period, or end when `end`); '' -> null. */
export function parseKbDate(s: string, end: boolean, file = 'kb', line = 0): string | null {
  if (!s) return null;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(s);
  if (!m) throw new KbError(file, line, `bad date '${s}' (YYYY, YYYY-MM or YYYY-MM-DD)`);
  const y = +m[1];
  const mo = m[2] ? +m[2] : end ? 12 : 1;
  if (mo < 1 || mo > 12) throw new KbError(file, line, `bad month in '${s}'`);
  const last = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  const d = m[3] ? +m[3] : end ? last : 1;
  if (d < 1 || d > last) throw new KbError(file, line, `bad day in '${s}'`);
  return `${m[1]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function checkSector(s: string, file: string, line: number): string {
  if (!SECTORS.has(s)) throw new KbError(file, line, `unknown sector '${s}'`);
  return s;
}

// --- countries -------------------------------------------------------------------------------------------------

export function parseCountries(rows: TsvRow[], file = 'kb/countries.tsv'): CountryRecord[] {
  requireColumns(rows, file, ['id', 'iso3', 'iso2', 'name_en', 'names_ar', 'nisba', 'lat', 'lon', 'source']);
  const out: CountryRecord[] = [];
  const seen = new Map<string, number>();
  rows.forEach((r, i) => {
    const line = lineOf(rows, i);
    if (!/^[A-Z]{3}$/.test(r.iso3)) throw new KbError(file, line, `bad ISO 3166 alpha-3 code '${r.iso3}'`);
    if (r.iso2 && !/^[A-Z]{2}$/.test(r.iso2)) throw new KbError(file, line, `bad ISO 3166 alpha-2 code '${r.iso2}'`);
    checkId(r.id, file, line, ['country']);
    for (const key of [r.id, r.iso3]) {
      if (seen.has(key)) throw new KbError(file, line, `duplicate id '${key}' (first at line ${seen.get(key)})`);
      seen.set(key, line);
    }
    if (!r.name_en) throw new KbError(file, line, 'empty name_en');
    const names = variants(r.names_ar);
    if (!names.length) throw new KbError(file, line, 'no Arabic name');
    out.push({
      id: r.id, iso3: r.iso3, iso2: r.iso2 ?? '', name_en: r.name_en, names_en: splitList(r.names_en),
      names_ar: names, nisba: splitList(r.nisba), demonym_en: r.demonym_en ?? '', capital: r.capital || null,
      lat: num(r.lat, file, line, 'latitude', -90, 90), lon: num(r.lon, file, line, 'longitude', -180, 180),
      source: r.source ?? '',
    });
    if (!r.source) throw new KbError(file, line, 'empty source');
  });
  return out;
}

function checkCountry(code: string, iso: Set<string>, file: string, line: number): string | null {
  if (!code) return null;
  if (!iso.has(code)) throw new KbError(file, line, `unknown country code '${code}' (ISO 3166-1 alpha-3 of kb/countries.tsv)`);
  return code;
}

// --- places ----------------------------------------------------------------------------------------------------

export function parsePlaces(rows: TsvRow[], iso: Set<string>, file = 'kb/places.tsv'): PlaceRecord[] {
  requireColumns(rows, file, ['id', 'name_en', 'names_ar', 'country', 'kind', 'lat', 'lon', 'source']);
  const seen = new Map<string, number>();
  return rows.map((r, i) => {
    const line = lineOf(rows, i);
    checkId(r.id, file, line, ['place']);
    if (seen.has(r.id)) throw new KbError(file, line, `duplicate id '${r.id}' (first at line ${seen.get(r.id)})`);
    seen.set(r.id, line);
    if (!(PLACE_KINDS as readonly string[]).includes(r.kind)) throw new KbError(file, line, `unknown kind '${r.kind}' (${PLACE_KINDS.join(', ')})`);
    const names = variants(r.names_ar);
    if (!names.length) throw new KbError(file, line, 'no Arabic name');
    if (!r.name_en) throw new KbError(file, line, 'empty name_en');
    if (!r.source) throw new KbError(file, line, 'empty source');
    return {
      id: r.id, name_en: r.name_en, names_ar: names, country: checkCountry(r.country, iso, file, line),
      kind: r.kind as PlaceKind, lat: num(r.lat, file, line, 'latitude', -90, 90), lon: num(r.lon, file, line, 'longitude', -180, 180),
      source: r.source,
    };
  });
}

// --- people ----------------------------------------------------------------------------------------------------

export function parsePeople(rows: TsvRow[], iso: Set<string>, file = 'kb/people.tsv'): PersonRecord[] {
  requireColumns(rows, file, ['id', 'name_en', 'names_ar', 'short_ar', 'office', 'role', 'country', 'org', 'start', 'end', 'sector', 'source']);
  const byId = new Map<string, PersonRecord & { line: number }>();
  const termKeys = new Set<string>();
  rows.forEach((r, i) => {
    const line = lineOf(rows, i);
    checkId(r.id, file, line, ['person']);
    if (!r.name_en) throw new KbError(file, line, 'empty name_en');
    if (!r.source) throw new KbError(file, line, 'empty source');
    const start = parseKbDate(r.start, false, file, line);
    const end = parseKbDate(r.end, true, file, line);
    if (start && end && end < start) throw new KbError(file, line, `term ends (${end}) before it starts (${start})`);
    const term: PersonTerm = {
      office: r.office, role: r.role, country: checkCountry(r.country, iso, file, line), org: r.org || null,
      start, end, sector: checkSector(r.sector, file, line),
    };
    if (!/^[a-z_]+$/.test(term.office)) throw new KbError(file, line, `bad office code '${r.office}'`);
    const tk = `${r.id}|${term.office}|${term.country}|${term.org}|${start}`;
    if (termKeys.has(tk)) throw new KbError(file, line, `duplicate term for '${r.id}'`);
    termKeys.add(tk);
    const prev = byId.get(r.id);
    if (prev) {
      if (prev.name_en !== r.name_en) throw new KbError(file, line, `id '${r.id}' has name '${r.name_en}' here and '${prev.name_en}' at line ${prev.line}`);
      for (const n of splitList(r.names_ar)) if (!prev.names_ar.includes(n)) prev.names_ar.push(n);
      for (const n of splitList(r.short_ar)) if (!prev.short_ar.includes(n)) prev.short_ar.push(n);
      prev.terms.push(term);
      return;
    }
    const names = [...new Set(splitList(r.names_ar))];
    if (!names.length) throw new KbError(file, line, 'no Arabic name');
    byId.set(r.id, { id: r.id, name_en: r.name_en, names_ar: names, short_ar: [...new Set(splitList(r.short_ar))], terms: [term], source: r.source, line });
  });
  return [...byId.values()].map(({ line: _line, ...p }) => p);
}

// --- organisations ---------------------------------------------------------------------------------------------

export function parseOrgs(rows: TsvRow[], iso: Set<string>, file = 'kb/orgs.tsv'): OrgRecord[] {
  requireColumns(rows, file, ['id', 'type', 'name_en', 'names_ar', 'country', 'sector', 'source']);
  const seen = new Map<string, number>();
  return rows.map((r, i) => {
    const line = lineOf(rows, i);
    checkId(r.id, file, line, ['org', 'media', 'group']);
    if (seen.has(r.id)) throw new KbError(file, line, `duplicate id '${r.id}' (first at line ${seen.get(r.id)})`);
    seen.set(r.id, line);
    if (!ORG_TYPES.has(r.type as EntityType)) throw new KbError(file, line, `unknown type '${r.type}' (ORG, GROUP or MEDIA)`);
    const names = variants(r.names_ar);
    if (!names.length) throw new KbError(file, line, 'no Arabic name');
    if (!r.name_en) throw new KbError(file, line, 'empty name_en');
    if (!r.source) throw new KbError(file, line, 'empty source');
    return {
      id: r.id, type: r.type as EntityType, name_en: r.name_en, names_ar: names,
      country: checkCountry(r.country, iso, file, line), sector: checkSector(r.sector, file, line), source: r.source,
    };
  });
}

export function parseOrgPatterns(rows: TsvRow[], file = 'kb/org_patterns.tsv'): OrgPattern[] {
  requireColumns(rows, file, ['key', 'type', 'sector', 'name_en', 'forms_ar', 'source']);
  const seen = new Set<string>();
  return rows.map((r, i) => {
    const line = lineOf(rows, i);
    if (!/^[a-z0-9-]+$/.test(r.key)) throw new KbError(file, line, `bad key '${r.key}'`);
    if (seen.has(r.key)) throw new KbError(file, line, `duplicate key '${r.key}'`);
    seen.add(r.key);
    if (!ORG_TYPES.has(r.type as EntityType)) throw new KbError(file, line, `unknown type '${r.type}'`);
    const forms = splitList(r.forms_ar);
    for (const f of forms) {
      if (!/\{(country|nisba_m|nisba_f)\}/.test(f)) throw new KbError(file, line, `form '${f}' has no {country}, {nisba_m} or {nisba_f}`);
    }
    if (!/\{(country|demonym)\}/.test(r.name_en)) throw new KbError(file, line, `name_en '${r.name_en}' has no {country} or {demonym}`);
    return { key: r.key, type: r.type as EntityType, sector: checkSector(r.sector, file, line), name_en: r.name_en, forms_ar: forms, head_office: r.head_office || null };
  });
}

// --- lexicons --------------------------------------------------------------------------------------------------

const TITLE_KINDS = new Set<TitleKind>(['office', 'function', 'rank', 'honorific', 'counterpart', 'deputy']);

export function parseTitles(rows: TsvRow[], file = 'lexicon/titles.tsv'): TitleRecord[] {
  requireColumns(rows, file, ['forms', 'kind', 'office', 'role_en', 'sector', 'source']);
  return rows.map((r, i) => {
    const line = lineOf(rows, i);
    if (!TITLE_KINDS.has(r.kind as TitleKind)) throw new KbError(file, line, `unknown kind '${r.kind}'`);
    if ((r.kind === 'office' || r.kind === 'function') && (!r.office || !r.role_en)) throw new KbError(file, line, `${r.kind} needs office and role_en`);
    if (r.sector) checkSector(r.sector, file, line);
    const forms = splitList(r.forms);
    if (!forms.length) throw new KbError(file, line, 'no forms');
    return { forms, kind: r.kind as TitleKind, office: r.office || null, role_en: r.role_en || null, sector: r.sector || null };
  });
}

export function parseNisbaIrregular(rows: TsvRow[], iso: Set<string>, file = 'lexicon/nisba_irregular.tsv'): { form: string; iso3: string }[] {
  requireColumns(rows, file, ['form', 'country', 'source']);
  return rows.map((r, i) => {
    const line = lineOf(rows, i);
    const c = checkCountry(r.country, iso, file, line);
    if (!c) throw new KbError(file, line, 'empty country');
    if (!r.form) throw new KbError(file, line, 'empty form');
    return { form: r.form, iso3: c };
  });
}

/** Nisba adjectives of groups (data/kb/group_nisba.tsv): base form -> organisation id (checked in validateKb). */
export function parseGroupNisba(rows: TsvRow[], file = 'kb/group_nisba.tsv'): { id: string; base: string }[] {
  requireColumns(rows, file, ['id', 'nisba', 'source']);
  return rows.map((r, i) => {
    const line = lineOf(rows, i);
    if (!r.id) throw new KbError(file, line, 'empty id');
    if (!r.nisba || /\s/.test(r.nisba.trim())) throw new KbError(file, line, `nisba must be one word, not '${r.nisba}'`);
    return { id: r.id, base: r.nisba.trim() };
  });
}

const COREF_KINDS = new Set(['latest', 'subject', 'country-of', 'counterpart']);

export function parseCoref(rows: TsvRow[], file = 'lexicon/coref.tsv'): CorefRecord[] {
  requireColumns(rows, file, ['form', 'kind', 'gender', 'source']);
  return rows.map((r, i) => {
    const line = lineOf(rows, i);
    if (!COREF_KINDS.has(r.kind)) throw new KbError(file, line, `unknown kind '${r.kind}'`);
    if (r.gender !== 'm' && r.gender !== 'f') throw new KbError(file, line, `gender must be m or f, not '${r.gender}'`);
    return { form: r.form, kind: r.kind as CorefRecord['kind'], gender: r.gender };
  });
}

export function parseGazetteer(rows: TsvRow[], iso: Set<string>, file = 'gazetteer/places.tsv'): GazetteerRecord[] {
  requireColumns(rows, file, ['id', 'name_en', 'name_ar', 'keys', 'country', 'kind', 'lat', 'lon', 'population', 'match']);
  return rows.map((r, i) => {
    const line = lineOf(rows, i);
    if (r.kind !== 'admin1' && r.kind !== 'city') throw new KbError(file, line, `unknown kind '${r.kind}'`);
    if (r.match !== 'free' && r.match !== 'cue') throw new KbError(file, line, `match must be free or cue`);
    return {
      id: r.id, name_en: r.name_en, name_ar: r.name_ar, keys: splitList(r.keys), country: checkCountry(r.country, iso, file, line),
      kind: r.kind, lat: num(r.lat, file, line, 'latitude', -90, 90), lon: num(r.lon, file, line, 'longitude', -180, 180),
      population: r.population ? Number(r.population) : 0, match: r.match,
    };
  });
}

/** Cross-file checks: references (capitals, org ids of people) and ids unique across files. */
export function validateKb(kb: Omit<Kb, 'byIso3' | 'ids'>): { byIso3: Map<string, CountryRecord>; ids: Map<string, EntityType> } {
  const ids = new Map<string, EntityType>();
  const add = (id: string, type: EntityType, file: string) => {
    const prev = ids.get(id);
    if (prev) throw new KbError(file, null, `id '${id}' is used twice (${prev} and ${type})`);
    ids.set(id, type);
  };
  const byIso3 = new Map(kb.countries.map((c) => [c.iso3, c]));
  for (const c of kb.countries) add(c.id, 'COUNTRY', 'kb/countries.tsv');
  for (const p of kb.places) add(p.id, 'PLACE', 'kb/places.tsv');
  for (const o of kb.orgs) add(o.id, o.type, 'kb/orgs.tsv');
  for (const p of kb.people) add(p.id, 'PERSON', 'kb/people.tsv');
  for (const c of kb.countries) {
    if (c.capital && ids.get(c.capital) !== 'PLACE') throw new KbError('kb/countries.tsv', null, `${c.iso3}: capital '${c.capital}' is not in kb/places.tsv`);
  }
  for (const p of kb.people) {
    for (const t of p.terms) {
      if (t.org && !ids.has(t.org)) throw new KbError('kb/people.tsv', null, `${p.id}: org '${t.org}' is not in the KB`);
    }
  }
  for (const g of kb.groupNisba) {
    const type = ids.get(g.id);
    if (type !== 'GROUP' && type !== 'ORG') throw new KbError('kb/group_nisba.tsv', null, `'${g.id}' is not an organisation of kb/orgs.tsv`);
  }
  return { byIso3, ids };
}
