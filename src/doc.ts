// The document model: the cleaned text plus layers of spans over it. Every stage reads the
// layers it needs and returns a layer of its own; none rewrites the text. The JSON of the output
// contract (shared/spec/OUTPUT.md) is a serialisation of this Doc.

export interface Span {
  start: number;
  end: number;
}

export interface SourceMeta {
  title: string | null;
  outlet: string | null;
  url: string | null;
  /** ISO date (YYYY-MM-DD) or null. */
  published: string | null;
  /** True when `published` was inferred from the text rather than read from metadata. */
  published_inferred?: boolean;
}

export type EntityType = 'PERSON' | 'ORG' | 'COUNTRY' | 'PLACE' | 'GROUP' | 'MEDIA';
export type GeoPrecision = 'country' | 'admin1' | 'admin2' | 'city' | 'site';

export interface Geo {
  lat: number;
  lon: number;
  precision: GeoPrecision;
}

export interface Mention extends Span {
  text: string;
  form: 'name' | 'nisba' | 'title' | 'pronoun';
}

export interface Entity {
  id: string;
  type: EntityType;
  name_en: string;
  name_ar: string;
  country: string | null;
  role: string | null;
  geo: Geo | null;
  mentions: Mention[];
  /** Sector code of the actor (GOV, MIL, ...) where known; optional field added to the contract. */
  sector?: string | null;
}

export type TimeGranularity = 'day' | 'week' | 'month' | 'year' | 'decade' | 'century';

export interface TimeExpr extends Span {
  text: string;
  /** ISO 8601 with X for unknown parts ("XXXX-10-03", "199X", "2020-W40"). */
  value: string;
  granularity: TimeGranularity;
  /** Optional refinements: 'duration' marks spans that are not dates; 'late'/'early'/'mid'. */
  kind?: 'date' | 'duration';
  modifier?: string;
  /** Set when the text disagreed with itself (e.g. 'أمس' and a weekday that is not yesterday). */
  flag?: string;
}

export type QuantityKind = 'killed' | 'wounded' | 'captured' | 'equipment' | 'personnel' | 'other';

export interface Quantity extends Span {
  text: string;
  value: number;
  /** For approximations and ranges ('عشرات' = 20..99). */
  min?: number;
  max?: number;
  approximate?: boolean;
  unit: string | null;
  kind: QuantityKind;
}

export interface Quote extends Span {
  speaker: string | null;
  cue: string;
  /** Offset of the cue word in the text. */
  cueStart?: number;
  direct?: boolean;
}

export type EventType =
  | 'AGREE' | 'CONSULT' | 'SUPPORT' | 'CONCEDE'
  | 'COOPERATE' | 'AID' | 'RETREAT'
  | 'DEMAND' | 'ACCUSE' | 'REJECT' | 'THREATEN'
  | 'PROTEST' | 'SANCTION' | 'MOBILIZE' | 'COERCE' | 'ASSAULT';

export type Quad = 'verbal-cooperation' | 'material-cooperation' | 'verbal-conflict' | 'material-conflict';

export type Modality = 'asserted' | 'claimed' | 'denied' | 'threatened' | 'intended' | 'conditional' | 'negated';

export interface EventActor {
  entity: string | null;
  name_en: string | null;
  country: string | null;
  sector: string | null;
}

export interface EventLocation {
  entity: string | null;
  name_en: string | null;
  lat: number | null;
  lon: number | null;
  precision: GeoPrecision | null;
}

export interface EventRecord {
  type: EventType;
  mode?: string | null;
  cameo: string;
  quad: Quad;
  intensity: number;
  source: EventActor | null;
  target: EventActor | null;
  location: EventLocation | null;
  date: string | null;
  modality: Modality;
  claimed_by: string | null;
  /** `approximate` and `min` as on the quantity counted: a vague count ('عشرات') is its lower bound. */
  numbers: { kind: QuantityKind; value: number; unit: string | null; approximate?: boolean; min?: number }[];
  summary_en: string;
  evidence: Span;
  confidence: number;
  trigger?: Span & { text: string; rule?: string };
  /** Sides the text does not name but the coder inferred (the report's conflict, a nearby act); absent when none. */
  guessed?: ('source' | 'target')[];
}

export interface DocError {
  code: string;
  message: string;
}

export interface Doc {
  id: string;
  input: string;
  source: SourceMeta;
  language: string;
  text: string;
  sentences: Span[];
  entities: Entity[];
  times: TimeExpr[];
  quantities: Quantity[];
  quotes: Quote[];
  events: EventRecord[];
  warnings?: string[];
}

/** What `analyze` prints for a document that could not be read. */
export interface ErrorDoc {
  id: null;
  input: string;
  error: DocError;
}

export type AnalysisResult = Doc | ErrorDoc;

export function isErrorDoc(d: AnalysisResult): d is ErrorDoc {
  return (d as ErrorDoc).error !== undefined;
}
