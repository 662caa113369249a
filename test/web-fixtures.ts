// Synthetic documents for the browser tests of the events table and the actor graph: 40 actors in
// five countries acting on each other over 300 distinct source-target pairs (some pairs several
// times), a place written as an actor, dates bunched on one day, fatalities, claims and denials,
// and document URLs that must not become links. Built directly as Docs (no pipeline), so that the
// counts the tests check are known here.
import { createHash } from 'node:crypto';
import type { Doc, Entity, EventRecord, Span } from '../src/doc.js';

export const SYN_ACTORS = 40;
export const SYN_PAIRS = 300;
const COUNTRIES = ['IRQ', 'LBY', 'SYR', 'LBN', 'JOR'];
const SECTORS = ['MIL', 'GOV', 'REB', 'CVL'];
const TYPES: [EventRecord['type'], EventRecord['quad'], string, string][] = [
  ['ASSAULT', 'material-conflict', '190', 'هاجم'],
  ['ACCUSE', 'verbal-conflict', '112', 'اتهم'],
  ['CONSULT', 'verbal-cooperation', '040', 'التقى'],
  ['AID', 'material-cooperation', '070', 'ساعد'],
  ['THREATEN', 'verbal-conflict', '130', 'هدد'],
  ['COERCE', 'material-conflict', '170', 'اعتقل'],
];
export const CITY_AS_ACTOR = { id: 'rasad:syn-city', name_en: 'Test City', name_ar: 'مدينة الاختبار' };
/** URLs of the first documents: only the last is an absolute http(s) URL. */
export const SYN_URLS = ['//evil.example/x', '/\\evil.example/y', 'javascript:alert(1)', 'https://ok.example/a'];

const AR_DIGITS = '٠١٢٣٤٥٦٧٨٩';
const arNum = (n: number) => String(n).replace(/\d/g, (d) => AR_DIGITS[Number(d)]);

export interface SynEvent {
  src: number | 'city';
  tgt: number;
  type: number;
  date: string;
  killed: number | null;
  modality: EventRecord['modality'];
  claimedBy: number | null;
  town: number | null;
}

function day(k: number): string {
  // Every tenth event on one day; the rest spread over about 20 months.
  const t = k % 10 === 0 ? Date.UTC(2023, 5, 15) : Date.UTC(2023, 0, 1) + ((k * 37) % 600) * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/** The events, in order: pair k = (i, i + step) for step 1..8, pairs with k % 7 == 0 three times more. */
export function synEvents(): SynEvent[] {
  const out: SynEvent[] = [];
  let k = 0;
  for (let step = 1; k < SYN_PAIRS; step++) {
    for (let i = 0; i < SYN_ACTORS && k < SYN_PAIRS; i++, k++) {
      const times = k % 7 === 0 ? 4 : 1;
      for (let r = 0; r < times; r++) {
        const n = out.length;
        out.push({
          src: i,
          tgt: (i + step) % SYN_ACTORS,
          type: (k + r) % TYPES.length,
          date: day(n),
          killed: n % 4 === 0 ? (n % 9) + 1 : null,
          modality: n % 11 === 5 ? 'claimed' : n % 13 === 6 ? 'denied' : 'asserted',
          claimedBy: n % 11 === 5 ? (i + 5) % SYN_ACTORS : null,
          town: n % 3 === 0 ? n % 5 : null,
        });
      }
    }
  }
  out.push({ src: 'city', tgt: 0, type: 0, date: '2023-03-03', killed: null, modality: 'asserted', claimedBy: null, town: null });
  return out;
}

const actorId = (i: number) => `rasad:syn-${i}`;
const actorAr = (i: number) => `الفاعل ${arNum(i)}`;
export const actorEn = (i: number) => `Actor ${i}`;
export const actorCountry = (i: number) => COUNTRIES[i % COUNTRIES.length];
const townAr = (t: number) => `بلدة ${arNum(t)}`;

function actorEntity(i: number): Omit<Entity, 'mentions'> {
  return { id: actorId(i), type: i % 2 ? 'ORG' : 'GROUP', name_en: actorEn(i), name_ar: actorAr(i), country: actorCountry(i), role: null, geo: null, sector: SECTORS[i % SECTORS.length] };
}

function mentionsOf(text: string, s: string): (Span & { text: string; form: 'name' })[] {
  const out: (Span & { text: string; form: 'name' })[] = [];
  for (let at = text.indexOf(s); at >= 0; at = text.indexOf(s, at + s.length)) {
    // "الفاعل ١" must not match inside "الفاعل ١٢".
    if (AR_DIGITS.includes(text[at + s.length] ?? '')) continue;
    out.push({ start: at, end: at + s.length, text: s, form: 'name' });
  }
  return out;
}

/** The events grouped ten to a document. */
export function synDocs(): Doc[] {
  const evs = synEvents();
  const docs: Doc[] = [];
  for (let d = 0; d * 10 < evs.length; d++) {
    const mine = evs.slice(d * 10, d * 10 + 10);
    const title = `تقرير اختباري رقم ${arNum(d)}`;
    let text = `${title}\n\n`;
    const sentences: Span[] = [];
    const events: EventRecord[] = [];
    const ents = new Map<string, Omit<Entity, 'mentions'>>();
    for (const e of mine) {
      const [type, quad, cameo, verb] = TYPES[e.type];
      const srcAr = e.src === 'city' ? CITY_AS_ACTOR.name_ar : actorAr(e.src);
      const place = e.town != null ? ` في ${townAr(e.town)}` : '';
      const sentence = `${verb} ${srcAr} ${actorAr(e.tgt)}${place}.`;
      const start = text.length;
      text += sentence + ' ';
      const span = { start, end: start + sentence.length };
      sentences.push(span);
      if (e.src === 'city') ents.set(CITY_AS_ACTOR.id, { id: CITY_AS_ACTOR.id, type: 'PLACE', name_en: CITY_AS_ACTOR.name_en, name_ar: CITY_AS_ACTOR.name_ar, country: 'IRQ', role: null, geo: { lat: 33.1, lon: 44.1, precision: 'city' } });
      else ents.set(actorId(e.src), actorEntity(e.src));
      ents.set(actorId(e.tgt), actorEntity(e.tgt));
      if (e.claimedBy != null) ents.set(actorId(e.claimedBy), actorEntity(e.claimedBy));
      if (e.town != null) ents.set(`rasad:syn-town-${e.town}`, { id: `rasad:syn-town-${e.town}`, type: 'PLACE', name_en: `Town ${e.town}`, name_ar: townAr(e.town), country: 'IRQ', role: null, geo: { lat: 31 + e.town, lon: 43 + e.town / 2, precision: 'city' } });
      const src = e.src === 'city'
        ? { entity: CITY_AS_ACTOR.id, name_en: CITY_AS_ACTOR.name_en, country: 'IRQ', sector: null }
        : { entity: actorId(e.src), name_en: actorEn(e.src), country: actorCountry(e.src), sector: SECTORS[e.src % SECTORS.length] };
      events.push({
        type, mode: null, cameo, quad, intensity: quad.endsWith('conflict') ? -5 : 3,
        source: src,
        target: { entity: actorId(e.tgt), name_en: actorEn(e.tgt), country: actorCountry(e.tgt), sector: SECTORS[e.tgt % SECTORS.length] },
        location: e.town != null ? { entity: `rasad:syn-town-${e.town}`, name_en: `Town ${e.town}`, lat: 31 + e.town, lon: 43 + e.town / 2, precision: 'city' } : null,
        date: e.date,
        modality: e.modality,
        claimed_by: e.claimedBy != null ? actorId(e.claimedBy) : null,
        numbers: e.killed != null ? [{ kind: 'killed', value: e.killed, unit: 'person' }] : [],
        summary_en: `${e.src === 'city' ? CITY_AS_ACTOR.name_en : actorEn(e.src)} ${type.toLowerCase()} ${actorEn(e.tgt)}`,
        evidence: span,
        confidence: 0.9,
        trigger: { start, end: start + verb.length, text: verb, rule: 'fixture' },
      });
    }
    const entities: Entity[] = [...ents.values()].map((x) => ({ ...x, mentions: mentionsOf(text, x.name_ar) }));
    docs.push({
      id: createHash('sha256').update(`syn:${d}:${text}`).digest('hex').slice(0, 32),
      input: `synthetic-${d}.txt`,
      source: { title, outlet: d % 2 ? 'وكالة الاختبار' : 'Test Wire, "TW"', url: SYN_URLS[d] ?? `https://example.org/syn/${d}`, published: mine[0].date },
      language: 'ar',
      text,
      sentences,
      entities,
      times: [],
      quantities: [],
      quotes: [],
      events,
    });
  }
  return docs;
}
