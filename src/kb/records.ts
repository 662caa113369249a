// The records of the knowledge base (data/kb/*.tsv, data/lexicon/titles.tsv, ...) and the codes
// they may use.
import type { EntityType } from '../doc.js';

export class KbError extends Error {
  constructor(readonly file: string, readonly line: number | null, message: string) {
    super(`${file}${line != null ? `:${line}` : ''}: ${message}`);
    this.name = 'KbError';
  }
}

export const SECTORS = new Set(['GOV', 'MIL', 'COP', 'SPY', 'JUD', 'LEG', 'PTY', 'OPP', 'REB', 'INS', 'UAF', 'CRM', 'MNC', 'BUS', 'MED', 'EDU', 'HLH', 'REL', 'LAB', 'REF', 'CVL', 'ELI', 'IGO', 'NGO']);

export const PLACE_KINDS = ['admin1', 'admin2', 'city', 'site', 'region'] as const;

export type PlaceKind = (typeof PLACE_KINDS)[number];

export const ORG_TYPES = new Set<EntityType>(['ORG', 'GROUP', 'MEDIA']);

/** A spelling of a name; `cue` marks a spelling that is also a common word and needs a cue before it. */
export interface NameVariant {
  text: string;
  cue: boolean;
}

export interface CountryRecord {
  id: string;
  iso3: string;
  iso2: string;
  name_en: string;
  names_en: string[];
  names_ar: NameVariant[];
  /** Base nisbas (masculine singular, no article). */
  nisba: string[];
  demonym_en: string;
  capital: string | null;
  lat: number;
  lon: number;
  source: string;
}

export interface PlaceRecord {
  id: string;
  name_en: string;
  names_ar: NameVariant[];
  country: string | null;
  kind: PlaceKind;
  lat: number;
  lon: number;
  source: string;
}

export interface PersonTerm {
  /** The office code ('' for an imported term, which gives only a country and a sector). */
  office: string;
  role: string;
  country: string | null;
  org: string | null;
  /** ISO dates (inclusive); null = open. */
  start: string | null;
  end: string | null;
  /** '' when an imported term names no sector. */
  sector: string;
}

export interface PersonRecord {
  id: string;
  name_en: string;
  names_ar: string[];
  short_ar: string[];
  terms: PersonTerm[];
  source: string;
  /** Imported from another source (data/kb/people_upetrarch.tsv): no office, never before a hand-written person. */
  imported?: true;
}

export interface OrgRecord {
  id: string;
  type: EntityType;
  name_en: string;
  names_ar: NameVariant[];
  country: string | null;
  sector: string;
  source: string;
}

export interface OrgPattern {
  key: string;
  type: EntityType;
  sector: string;
  name_en: string;
  forms_ar: string[];
  /** Office code of the organisation's head ('رئيس الاستخبارات الروسية' -> intelligence_chief of RUS). */
  head_office: string | null;
}

export type TitleKind = 'office' | 'function' | 'rank' | 'honorific' | 'counterpart' | 'deputy';

export interface TitleRecord {
  forms: string[];
  kind: TitleKind;
  office: string | null;
  role_en: string | null;
  sector: string | null;
}

export interface GazetteerRecord {
  id: string;
  name_en: string;
  name_ar: string;
  /** Matching keys (normalised Arabic), '|'-separated in the file. */
  keys: string[];
  country: string | null;
  kind: 'admin1' | 'city';
  lat: number;
  lon: number;
  population: number;
  /** 'free': matches anywhere; 'cue': only after a place cue (مدينة, بلدة, ...). */
  match: 'free' | 'cue';
}

export interface CorefRecord {
  form: string;
  kind: 'latest' | 'subject' | 'country-of' | 'counterpart';
  gender: 'm' | 'f';
}

export interface Kb {
  countries: CountryRecord[];
  places: PlaceRecord[];
  people: PersonRecord[];
  orgs: OrgRecord[];
  orgPatterns: OrgPattern[];
  titles: TitleRecord[];
  nisbaIrregular: { form: string; iso3: string }[];
  /** Nisba adjectives of groups: base form and the organisation's id. */
  groupNisba: { id: string; base: string }[];
  coref: CorefRecord[];
  gazetteer: GazetteerRecord[];
  /** ISO alpha-3 -> country. */
  byIso3: Map<string, CountryRecord>;
  /** Any id -> type, for validation of references. */
  ids: Map<string, EntityType>;
}

// ---------------------------------------------------------------------------------------------------------------
