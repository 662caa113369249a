// Documents written for the export tests: a protest in Geneva, casualty counts that are not fatality
// figures (killed and wounded together, vague, two reports), a claim by an entity id, police written POL,
// an attack with no named attacker, an appeal, a demand, sanctions, and negated and intended events.
import type { Doc } from '../src/doc.js';
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
