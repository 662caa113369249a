// Hand-made documents with actors, places, dates, claims and denials, for the API, export and
// browser tests (the pipeline's own coder may find fewer while it is being built), plus a hostile
// document whose text, names and summaries carry script payloads.
import type { Doc, EntityType, EventRecord, Span } from '../src/doc.js';
import { analyzeText } from '../src/pipeline.js';

interface EntSpec {
  id: string;
  type: EntityType;
  name_en: string;
  name_ar: string;
  country: string | null;
  geo?: { lat: number; lon: number; precision: 'country' | 'admin1' | 'city' };
  /** Substrings of the text that mention it (every occurrence). */
  forms: string[];
}

type EvSpec = Partial<Omit<EventRecord, 'evidence' | 'trigger'>> &
  Pick<EventRecord, 'type'> & {
    /** A substring of the sentence that states the event. */
    in: string;
    /** The trigger word(s) inside that sentence. */
    triggerText?: string;
  };

function occurrences(text: string, s: string): Span[] {
  const out: Span[] = [];
  for (let i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + s.length)) out.push({ start: i, end: i + s.length });
  return out;
}

const QUAD: Record<string, EventRecord['quad']> = {
  AGREE: 'verbal-cooperation', CONSULT: 'verbal-cooperation', SUPPORT: 'verbal-cooperation', CONCEDE: 'verbal-cooperation',
  COOPERATE: 'material-cooperation', AID: 'material-cooperation', RETREAT: 'material-cooperation',
  DEMAND: 'verbal-conflict', ACCUSE: 'verbal-conflict', REJECT: 'verbal-conflict', THREATEN: 'verbal-conflict',
  PROTEST: 'material-conflict', SANCTION: 'material-conflict', MOBILIZE: 'material-conflict', COERCE: 'material-conflict', ASSAULT: 'material-conflict',
};

export function buildDoc(
  meta: { title: string; body: string; published: string | null; outlet: string | null; url?: string | null; input: string },
  ents: EntSpec[],
  evs: EvSpec[],
  extra: { times?: [string, string][]; quantities?: [string, number, 'killed' | 'wounded' | 'other'][] } = {},
): Doc {
  const text = `${meta.title}\n\n${meta.body}`;
  const d = analyzeText(text, { title: meta.title, outlet: meta.outlet, url: meta.url ?? null, published: meta.published }, meta.input);
  const entities = ents.map((e) => ({
    id: e.id, type: e.type, name_en: e.name_en, name_ar: e.name_ar, country: e.country, role: null,
    geo: e.geo ? { ...e.geo } : null,
    mentions: e.forms.flatMap((f) => occurrences(d.text, f).map((s) => ({ ...s, text: f, form: 'name' as const }))),
  }));
  const sentenceOf = (needle: string): Span => {
    const at = d.text.indexOf(needle);
    if (at < 0) throw new Error(`fixture: "${needle}" not in text`);
    const s = d.sentences.find((x) => x.start <= at && at < x.end);
    return s ? { start: s.start, end: s.end } : { start: at, end: at + needle.length };
  };
  const events: EventRecord[] = evs.map((e) => {
    const ev = sentenceOf(e.in);
    const trig = e.triggerText ? occurrences(d.text, e.triggerText).find((s) => s.start >= ev.start && s.end <= ev.end) : undefined;
    return {
      type: e.type,
      mode: e.mode ?? null,
      cameo: e.cameo ?? '190',
      quad: e.quad ?? QUAD[e.type],
      intensity: e.intensity ?? (QUAD[e.type].endsWith('conflict') ? -5 : 3),
      source: e.source ?? null,
      target: e.target ?? null,
      location: e.location ?? null,
      date: e.date ?? null,
      modality: e.modality ?? 'asserted',
      claimed_by: e.claimed_by ?? null,
      numbers: e.numbers ?? [],
      summary_en: e.summary_en ?? `${e.type} event`,
      evidence: ev,
      confidence: e.confidence ?? 0.8,
      ...(trig ? { trigger: { ...trig, text: d.text.slice(trig.start, trig.end), rule: 'fixture' } } : {}),
    };
  });
  const times = (extra.times ?? []).flatMap(([form, value]) => occurrences(d.text, form).slice(0, 1).map((s) => ({ ...s, text: form, value, granularity: 'day' as const })));
  const quantities = (extra.quantities ?? []).flatMap(([form, value, kind]) => occurrences(d.text, form).slice(0, 1).map((s) => ({ ...s, text: form, value, unit: 'person', kind })));
  return { ...d, entities, events, times, quantities };
}

const COALITION = { entity: 'rasad:saudi-led-coalition', name_en: 'Saudi-led coalition', country: 'SAU', sector: 'MIL' };
const HOUTHIS = { entity: 'Q1136155', name_en: 'Houthis', country: 'YEM', sector: 'REB' };
const CIVILIANS_YEM = { entity: null, name_en: 'civilians', country: 'YEM', sector: 'CVL' };
const SANAA = { entity: 'Q2471', name_en: 'Sanaa', lat: 15.3547, lon: 44.2066, precision: 'city' as const };
const SAF = { entity: 'rasad:saf', name_en: 'Sudanese Armed Forces', country: 'SDN', sector: 'MIL' };
const RSF = { entity: 'Q7268929', name_en: 'Rapid Support Forces', country: 'SDN', sector: 'REB' };
const OMDURMAN = { entity: 'Q392620', name_en: 'Omdurman', lat: 15.6445, lon: 32.4777, precision: 'city' as const };
const TURKEY = { entity: 'Q43', name_en: 'Turkey', country: 'TUR', sector: 'GOV' };
const AZERBAIJAN = { entity: 'Q227', name_en: 'Azerbaijan', country: 'AZE', sector: 'GOV' };
const ANKARA = { entity: 'Q3640', name_en: 'Ankara', lat: 39.9334, lon: 32.8597, precision: 'city' as const };

export const YEMEN_SENTENCE = 'شنت طائرات التحالف بقيادة السعودية غارات جوية على صنعاء';

export function fixtureDocs(): Doc[] {
  const yemen = buildDoc(
    {
      title: 'غارات جوية على صنعاء ومقتل خمسة مدنيين',
      body:
        `${YEMEN_SENTENCE} يوم الخميس، ما أدى إلى مقتل خمسة مدنيين بحسب مصادر طبية. ` +
        'وقال المتحدث باسم جماعة أنصار الله إن الغارات استهدفت أحياء سكنية في صنعاء. ' +
        'في المقابل نفى التحالف استهداف المدنيين، مؤكدا أن الضربات طالت مخازن أسلحة.',
      published: '2024-03-08',
      outlet: 'وكالة الاختبار',
      url: 'https://example.org/yemen-strikes',
      input: 'fixture-yemen.txt',
    },
    [
      { id: 'rasad:saudi-led-coalition', type: 'GROUP', name_en: 'Saudi-led coalition', name_ar: 'التحالف', country: 'SAU', forms: ['التحالف'] },
      { id: 'Q851', type: 'COUNTRY', name_en: 'Saudi Arabia', name_ar: 'السعودية', country: 'SAU', geo: { lat: 24, lon: 45, precision: 'country' }, forms: ['السعودية'] },
      { id: 'Q2471', type: 'PLACE', name_en: 'Sanaa', name_ar: 'صنعاء', country: 'YEM', geo: { lat: 15.3547, lon: 44.2066, precision: 'city' }, forms: ['صنعاء'] },
      { id: 'Q1136155', type: 'GROUP', name_en: 'Houthis', name_ar: 'أنصار الله', country: 'YEM', forms: ['أنصار الله'] },
    ],
    [
      { type: 'ASSAULT', mode: 'air', cameo: '195', intensity: -10, in: 'شنت طائرات', triggerText: 'غارات جوية', source: COALITION, target: CIVILIANS_YEM, location: SANAA, date: '2024-03-07', numbers: [{ kind: 'killed', value: 5, unit: 'civilian' }], summary_en: 'The Saudi-led coalition carried out air strikes on Sanaa' },
      { type: 'ASSAULT', mode: 'air', cameo: '195', intensity: -10, in: 'استهدفت أحياء', triggerText: 'استهدفت', source: COALITION, target: CIVILIANS_YEM, location: SANAA, date: '2024-03-07', modality: 'claimed', claimed_by: 'Q1136155', summary_en: 'The Houthis say the coalition struck residential areas' },
      { type: 'ASSAULT', mode: 'air', cameo: '195', intensity: -10, in: 'نفى التحالف', triggerText: 'استهداف', source: COALITION, target: CIVILIANS_YEM, location: SANAA, date: '2024-03-07', modality: 'denied', summary_en: 'The coalition denied targeting civilians' },
    ],
    { times: [['يوم الخميس', '2024-03-07']], quantities: [['خمسة مدنيين', 5, 'killed']] },
  );
  const sudan = buildDoc(
    {
      title: 'اشتباكات في أم درمان',
      body:
        'اندلعت اشتباكات عنيفة بين الجيش السوداني وقوات الدعم السريع في أم درمان صباح السبت. ' +
        'وأعلن الجيش السوداني السيطرة على مقر الإذاعة في أم درمان، فيما نفت قوات الدعم السريع انسحابها من المدينة.',
      published: '2024-02-10',
      outlet: 'نشرة الاختبار',
      input: 'fixture-sudan.txt',
    },
    [
      { id: 'rasad:saf', type: 'ORG', name_en: 'Sudanese Armed Forces', name_ar: 'الجيش السوداني', country: 'SDN', forms: ['الجيش السوداني'] },
      { id: 'Q7268929', type: 'GROUP', name_en: 'Rapid Support Forces', name_ar: 'قوات الدعم السريع', country: 'SDN', forms: ['قوات الدعم السريع'] },
      { id: 'Q392620', type: 'PLACE', name_en: 'Omdurman', name_ar: 'أم درمان', country: 'SDN', geo: { lat: 15.6445, lon: 32.4777, precision: 'city' }, forms: ['أم درمان'] },
    ],
    [
      { type: 'ASSAULT', mode: 'military', cameo: '190', in: 'اندلعت اشتباكات', triggerText: 'اشتباكات', source: SAF, target: RSF, location: OMDURMAN, date: '2024-02-10', numbers: [{ kind: 'killed', value: 12, unit: 'fighter' }], summary_en: 'The Sudanese army fought the RSF in Omdurman' },
      { type: 'COERCE', mode: 'seizure', cameo: '192', intensity: -9.5, in: 'السيطرة على مقر', triggerText: 'السيطرة', source: SAF, target: RSF, location: OMDURMAN, date: '2024-02-10', modality: 'claimed', claimed_by: 'rasad:saf', summary_en: 'The Sudanese army says it took the radio building in Omdurman' },
      { type: 'RETREAT', mode: 'withdrawal', cameo: '087', intensity: 9, in: 'نفت قوات', triggerText: 'انسحابها', source: RSF, target: null, location: OMDURMAN, date: '2024-02-10', modality: 'denied', summary_en: 'The RSF denied withdrawing from the city' },
    ],
  );
  const ankara = buildDoc(
    {
      title: 'تركيا تؤكد دعمها لأذربيجان',
      body: 'أعلنت الحكومة التركية في أنقرة دعمها الكامل لأذربيجان في النزاع. والتقى وزير الخارجية التركي نظيره الأذربيجاني في أنقرة.',
      published: '2020-10-06',
      outlet: 'وكالة الاختبار',
      input: 'fixture-ankara.txt',
    },
    [
      { id: 'Q43', type: 'COUNTRY', name_en: 'Turkey', name_ar: 'تركيا', country: 'TUR', geo: { lat: 39, lon: 35, precision: 'country' }, forms: ['تركيا', 'التركية', 'التركي'] },
      { id: 'Q227', type: 'COUNTRY', name_en: 'Azerbaijan', name_ar: 'أذربيجان', country: 'AZE', geo: { lat: 40.3, lon: 47.7, precision: 'country' }, forms: ['أذربيجان'] },
      { id: 'Q3640', type: 'PLACE', name_en: 'Ankara', name_ar: 'أنقرة', country: 'TUR', geo: { lat: 39.9334, lon: 32.8597, precision: 'city' }, forms: ['أنقرة'] },
    ],
    [
      { type: 'SUPPORT', mode: 'support', cameo: '051', intensity: 3.4, in: 'أعلنت الحكومة', triggerText: 'دعمها', source: TURKEY, target: AZERBAIJAN, location: ANKARA, date: '2020-10-06', summary_en: 'Turkey backed Azerbaijan' },
      { type: 'CONSULT', mode: 'meeting', cameo: '042', intensity: 1.9, in: 'والتقى', triggerText: 'والتقى', source: TURKEY, target: AZERBAIJAN, location: ANKARA, date: '2020-10-06', summary_en: 'The Turkish foreign minister met his Azerbaijani counterpart in Ankara' },
    ],
  );
  return [yemen, sudan, ankara];
}

/** Markup that must stay text. Each payload sets window.__pwned or opens a dialog if it ever runs. */
export const PAYLOADS = [
  '<script>window.__pwned = 1; alert(1)</script>',
  '<img src=x onerror="window.__pwned = 2; alert(2)">',
  '<svg onload="window.__pwned = 3">',
  '"><iframe src="javascript:window.__pwned=4"></iframe>',
];

export const HOSTILE_SENTENCE = 'هاجم مسلحون قرية الاختبار';

export function hostileDoc(): Doc {
  return buildDoc(
    {
      title: `خبر عدائي ${PAYLOADS[0]}`,
      body: `${HOSTILE_SENTENCE} ${PAYLOADS[1]} في الصباح. وقال شاهد ${PAYLOADS[2]} إن الهجوم استمر ساعة ${PAYLOADS[3]}.`,
      published: '2024-05-01',
      outlet: `<b onmouseover="window.__pwned=5">outlet</b>`,
      url: 'javascript:window.__pwned=6',
      input: 'fixture-hostile.txt',
    },
    [
      { id: 'rasad:hostile', type: 'GROUP', name_en: `Gunmen ${PAYLOADS[1]}`, name_ar: `مسلحون ${PAYLOADS[0]}`, country: 'TST', forms: ['مسلحون'] },
      { id: 'rasad:village', type: 'PLACE', name_en: `Test village ${PAYLOADS[2]}`, name_ar: 'قرية الاختبار', country: 'IRQ', geo: { lat: 33.1, lon: 44.1, precision: 'city' }, forms: ['قرية الاختبار'] },
    ],
    [
      {
        type: 'ASSAULT', mode: 'shooting', cameo: '193', in: HOSTILE_SENTENCE, triggerText: 'هاجم',
        source: { entity: 'rasad:hostile', name_en: `Gunmen ${PAYLOADS[1]}`, country: 'IRQ', sector: 'INS' },
        target: { entity: 'rasad:village-people', name_en: `Villagers ${PAYLOADS[0]}`, country: 'IRQ', sector: 'CVL' },
        location: { entity: 'rasad:village', name_en: `Test village ${PAYLOADS[2]}`, lat: 33.1, lon: 44.1, precision: 'city' },
        date: '2024-05-01',
        summary_en: `Gunmen attacked ${PAYLOADS.join(' ')}`,
      },
    ],
  );
}
