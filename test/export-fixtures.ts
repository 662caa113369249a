// Documents written for the export tests: a protest in Geneva, casualty counts that are not fatality
// figures (killed and wounded together, vague, two reports), a claim by an entity id, police written POL,
// an attack with no named attacker, an appeal, a demand, sanctions, and negated and intended events.
import type { Doc } from '../src/doc.js';
import { exportChunks, type ExportFormat } from '../src/export/index.js';
import type { EventQuery } from '../src/export/query.js';
import type { Store } from '../src/store/store.js';
import { buildDoc } from './server-fixtures.js';

const GENEVA = { entity: 'Q71', name_en: 'Geneva', lat: 46.2044, lon: 6.1432, precision: 'city' as const };
const ALEPPO = { entity: 'Q41183', name_en: 'Aleppo', lat: 36.2021, lon: 37.1343, precision: 'city' as const };
const ACTIVISTS = { entity: 'rasad:group:syrian-activists', name_en: 'Syrian activists', country: 'SYR', sector: 'CVL' };
const RUSSIA = { entity: 'Q159', name_en: 'Russia', country: 'RUS', sector: 'GOV' };
const RUSSIAN_AIR = { entity: 'rasad:org:rus-air', name_en: 'Russian Air Force', country: 'RUS', sector: 'MIL' };
const RESIDENTS = { entity: null, name_en: 'residents of Aleppo', country: 'SYR', sector: 'CVL' };
const DOCTORS = { entity: 'rasad:group:aleppo-doctors', name_en: 'Aleppo doctors', country: 'SYR', sector: 'CVL' };
const POLICE = { entity: 'rasad:org:syr-police', name_en: 'Syrian police', country: 'SYR', sector: 'POL' };
const UN = { entity: 'Q1065', name_en: 'United Nations', country: null, sector: 'IGO' };
const SYRIA = { entity: 'Q858', name_en: 'Syria', country: 'SYR', sector: 'GOV' };
const EU = { entity: 'Q458', name_en: 'European Union', country: null, sector: 'IGO' };

export const SENTENCES = {
  protest: 'تظاهر ناشطون سوريون أمام مقر الأمم المتحدة في جنيف',
  combined: 'وأسفرت الحرب عن 143 ألف شهيد وجريح في حلب',
  vague: 'وقتل عشرات المدنيين في قصف على حلب',
  twoReports: 'وقتل 15 شخصا في الغارة بحسب المرصد بينما قالت مصادر طبية إن 12 قتلوا',
  claimed: 'وأعلنت روسيا أن طائراتها قصفت مواقع في حلب',
  arrest: 'واعتقلت الشرطة السورية أطباء في حلب',
  unnamed: 'وقتل سكان من حلب في هجوم',
  deploy: 'ونشرت تعزيزات في حلب',
  appeal: 'ودعت الأمم المتحدة إلى وقف إطلاق النار',
  demand: 'وطالبت الأمم المتحدة سوريا بالإفراج عن المعتقلين',
  sanctions: 'وفرض الاتحاد الأوروبي عقوبات على سوريا',
  negated: 'ولم تقصف الطائرات الروسية المستشفى',
  intended: 'وتعتزم روسيا شن غارات جديدة على حلب',
};

export function exportFixtureDoc(): Doc {
  const S = SENTENCES;
  const doc = buildDoc(
    {
      title: 'أحداث حلب وجنيف',
      body: Object.values(S).join('. ') + '.',
      published: '2024-04-02',
      outlet: 'وكالة الاختبار',
      url: 'https://example.org/aleppo',
      input: 'fixture-export.txt',
    },
    [
      { id: 'Q71', type: 'PLACE', name_en: 'Geneva', name_ar: 'جنيف', country: 'CHE', geo: { lat: 46.2044, lon: 6.1432, precision: 'city' }, forms: ['جنيف'] },
      { id: 'Q41183', type: 'PLACE', name_en: 'Aleppo', name_ar: 'حلب', country: 'SYR', geo: { lat: 36.2021, lon: 37.1343, precision: 'city' }, forms: ['حلب'] },
      { id: 'Q159', type: 'COUNTRY', name_en: 'Russia', name_ar: 'روسيا', country: 'RUS', forms: ['روسيا'] },
      { id: 'Q858', type: 'COUNTRY', name_en: 'Syria', name_ar: 'سوريا', country: 'SYR', forms: ['سوريا'] },
    ],
    [
      { type: 'PROTEST', mode: 'demonstration', cameo: '141', in: S.protest, source: ACTIVISTS, target: UN, location: GENEVA, date: '2024-04-01', summary_en: 'Syrian activists protested at the UN in Geneva' },
      { type: 'ASSAULT', mode: 'military', cameo: '190', in: S.combined, source: null, target: RESIDENTS, location: ALEPPO, numbers: [{ kind: 'killed', value: 143000, unit: 'person' }], summary_en: 'The war left 143,000 killed and wounded in Aleppo' },
      { type: 'ASSAULT', mode: 'shelling', cameo: '194', in: S.vague, source: RUSSIAN_AIR, target: RESIDENTS, location: ALEPPO, numbers: [{ kind: 'killed', value: 10, unit: 'civilian' }], summary_en: 'Shelling killed dozens of civilians in Aleppo' },
      { type: 'ASSAULT', mode: 'air', cameo: '195', in: S.twoReports, source: RUSSIAN_AIR, target: RESIDENTS, location: ALEPPO, numbers: [{ kind: 'killed', value: 15, unit: 'person' }, { kind: 'killed', value: 12, unit: 'person' }], summary_en: 'An air strike killed 12 to 15 people' },
      { type: 'ASSAULT', mode: 'air', cameo: '195', in: S.claimed, source: RUSSIAN_AIR, target: null, location: ALEPPO, modality: 'claimed', claimed_by: 'Q159', summary_en: 'Russia says its aircraft struck positions in Aleppo (Q159)' },
      { type: 'COERCE', mode: 'arrest', cameo: '173', in: S.arrest, source: POLICE, target: DOCTORS, location: ALEPPO, summary_en: 'Syrian police arrested doctors in Aleppo' },
      { type: 'ASSAULT', mode: 'killing', cameo: '186', in: S.unnamed, triggerText: 'وقتل', source: null, target: DOCTORS, location: ALEPPO, summary_en: 'Doctors were killed in an attack in Aleppo' },
      { type: 'MOBILIZE', mode: 'deployment', cameo: '154', in: S.deploy, source: null, target: null, location: ALEPPO, summary_en: 'Reinforcements were deployed in Aleppo' },
      { type: 'DEMAND', mode: 'appeal', cameo: '020', in: S.appeal, source: UN, target: null, summary_en: 'The UN called for a ceasefire' },
      { type: 'DEMAND', mode: 'demand', cameo: '100', in: S.demand, source: UN, target: SYRIA, summary_en: 'The UN demanded that Syria release detainees' },
      { type: 'SANCTION', mode: 'sanctions', cameo: '163', in: S.sanctions, source: EU, target: SYRIA, summary_en: 'The EU imposed sanctions on Syria' },
      { type: 'ASSAULT', mode: 'air', cameo: '195', in: S.negated, source: RUSSIAN_AIR, target: null, modality: 'negated', summary_en: 'Russian aircraft did not strike the hospital' },
      { type: 'ASSAULT', mode: 'air', cameo: '195', in: S.intended, source: RUSSIA, target: null, location: ALEPPO, modality: 'intended', summary_en: 'Russia intends new strikes on Aleppo' },
    ],
    { quantities: [['143 ألف', 143000, 'killed'], ['عشرات', 10, 'killed'], ['15', 15, 'killed'], ['12', 12, 'killed']] },
  );
  // The vague count as the coder writes it: its lower bound, approximate.
  doc.quantities = doc.quantities.map((q) => (q.text === 'عشرات' ? { ...q, min: 10, max: 99, approximate: true } : q));
  return doc;
}

/** The GDELT 2.0 event table's 61 columns, as the GDELT Event Codebook 2.0 lists them. */
export const GDELT_2_EVENT_COLUMNS = [
  'GLOBALEVENTID', 'SQLDATE', 'MonthYear', 'Year', 'FractionDate',
  'Actor1Code', 'Actor1Name', 'Actor1CountryCode', 'Actor1KnownGroupCode', 'Actor1EthnicCode', 'Actor1Religion1Code',
  'Actor1Religion2Code', 'Actor1Type1Code', 'Actor1Type2Code', 'Actor1Type3Code',
  'Actor2Code', 'Actor2Name', 'Actor2CountryCode', 'Actor2KnownGroupCode', 'Actor2EthnicCode', 'Actor2Religion1Code',
  'Actor2Religion2Code', 'Actor2Type1Code', 'Actor2Type2Code', 'Actor2Type3Code',
  'IsRootEvent', 'EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass', 'GoldsteinScale',
  'NumMentions', 'NumSources', 'NumArticles', 'AvgTone',
  'Actor1Geo_Type', 'Actor1Geo_FullName', 'Actor1Geo_CountryCode', 'Actor1Geo_ADM1Code', 'Actor1Geo_ADM2Code',
  'Actor1Geo_Lat', 'Actor1Geo_Long', 'Actor1Geo_FeatureID',
  'Actor2Geo_Type', 'Actor2Geo_FullName', 'Actor2Geo_CountryCode', 'Actor2Geo_ADM1Code', 'Actor2Geo_ADM2Code',
  'Actor2Geo_Lat', 'Actor2Geo_Long', 'Actor2Geo_FeatureID',
  'ActionGeo_Type', 'ActionGeo_FullName', 'ActionGeo_CountryCode', 'ActionGeo_ADM1Code', 'ActionGeo_ADM2Code',
  'ActionGeo_Lat', 'ActionGeo_Long', 'ActionGeo_FeatureID',
  'DATEADDED', 'SOURCEURL',
];

/** ACLED's 31 columns, as ACLED's exports and codebook list them. */
export const ACLED_31_COLUMNS = [
  'event_id_cnty', 'event_date', 'year', 'time_precision', 'disorder_type', 'event_type', 'sub_event_type',
  'actor1', 'assoc_actor_1', 'inter1', 'actor2', 'assoc_actor_2', 'inter2', 'interaction', 'civilian_targeting',
  'iso', 'region', 'country', 'admin1', 'admin2', 'admin3', 'location', 'latitude', 'longitude', 'geo_precision',
  'source', 'source_scale', 'notes', 'fatalities', 'tags', 'timestamp',
];

/** The PLOVER manual's required record fields (table "PLOVER JSON") and its entity object (table "Information object for entities"). */
export const PLOVER_REQUIRED = ['id', 'date', 'actor', 'event'];
export const PLOVER_ENTITY_FIELDS = ['code', 'sector', 'entity_text', 'identifier_id', 'identifier_text'];

/** RFC 4180 CSV, enough for the tests (quoted fields with commas, quotes and line breaks). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let q = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (q) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') q = false;
      else cell += ch;
    } else if (ch === '"') q = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else if (ch !== '\r') cell += ch;
  }
  if (cell || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/** An export as one string, at a fixed time. */
export async function exportText(s: Store, format: ExportFormat, q: EventQuery = {}): Promise<string> {
  let out = '';
  for await (const c of exportChunks(s, format, q, { now: new Date('2024-06-01T12:00:00Z') })) out += c;
  return out;
}
