// One plain English sentence per event, built from its coded fields.
import type { Entity, EventActor, EventRecord } from '../../doc.js';
import { countryName } from './countries.js';

const SECTOR_NOUN: Record<string, string> = {
  MIL: 'military', GOV: 'government', REB: 'separatists', INS: 'militants', MNC: 'foreign fighters', CVL: 'civilians',
  MED: 'media', LEG: 'parliament', JUD: 'judiciary', PTY: 'party', IGO: 'organisation', NGO: 'organisation', BUS: 'businesses', REL: 'religious leaders', SPY: 'intelligence services',
};

export function actorPhrase(a: EventActor | null): string | null {
  if (!a) return null;
  const country = a.country ? countryName(a.country) : null;
  const name = a.name_en ?? country ?? 'an unnamed actor';
  // A country acting through one of its sectors: "Armenia's military".
  if (country && name === country && a.sector && a.sector !== 'GOV') return `${country}'s ${SECTOR_NOUN[a.sector] ?? a.sector.toLowerCase()}`;
  if (country && name !== country && !name.includes(country)) return `${name} (${country})`;
  return name;
}

const VERBS: Record<string, (t: string | null) => string> = {
  'ASSAULT:shelling': (t) => (t ? `shelled ${t}` : 'carried out shelling'),
  'ASSAULT:air': (t) => (t ? `carried out air strikes on ${t}` : 'carried out air strikes'),
  'ASSAULT:killing': (t) => (t ? `killed members of ${t}` : 'killed people'),
  'ASSAULT:wounding': (t) => (t ? `wounded members of ${t}` : 'wounded people'),
  'ASSAULT:shootdown': (t) => (t ? `shot down aircraft of ${t}` : 'shot down aircraft'),
  'ASSAULT:destruction': (t) => (t ? `destroyed assets of ${t}` : 'destroyed assets'),
  'ASSAULT:bombing': (t) => (t ? `bombed ${t}` : 'carried out a bombing'),
  'ASSAULT:shooting': (t) => (t ? `opened fire on ${t}` : 'opened fire'),
  'ASSAULT:abduction': (t) => (t ? `abducted members of ${t}` : 'abducted people'),
  'ASSAULT:massacre': (t) => (t ? `massacred members of ${t}` : 'carried out a massacre'),
  ASSAULT: (t) => (t ? `attacked ${t}` : 'fought'),
  'COERCE:occupation': (t) => (t ? `occupied territory of ${t}` : 'occupied territory'),
  'COERCE:seizure': (t) => (t ? `seized ground from ${t}` : 'seized territory'),
  'COERCE:arrest': (t) => (t ? `arrested members of ${t}` : 'made arrests'),
  'COERCE:capture': (t) => (t ? `captured members of ${t}` : 'took prisoners'),
  'COERCE:martial-law': () => 'declared martial law',
  'COERCE:raid': (t) => (t ? `raided ${t}` : 'carried out raids'),
  'COERCE:blockade': (t) => (t ? `besieged ${t}` : 'imposed a siege'),
  COERCE: (t) => (t ? `coerced ${t}` : 'used coercion'),
  'MOBILIZE:deployment': () => 'deployed forces',
  'MOBILIZE:alert': () => 'raised its military alert',
  'MOBILIZE:mobilisation': () => 'declared mobilisation',
  MOBILIZE: () => 'mobilised forces',
  'AID:military-aid': (t) => (t ? `sent fighters or weapons to ${t}` : 'sent fighters or weapons'),
  'AID:humanitarian': (t) => (t ? `delivered humanitarian aid to ${t}` : 'delivered humanitarian aid'),
  AID: (t) => (t ? `gave aid to ${t}` : 'gave aid'),
  COOPERATE: (t) => (t ? `cooperated with ${t}` : 'cooperated'),
  'RETREAT:withdrawal': () => 'withdrew',
  'RETREAT:release': (t) => (t ? `released people to ${t}` : 'released people'),
  'RETREAT:ceasefire': (t) => (t ? `agreed a ceasefire with ${t}` : 'declared a ceasefire'),
  RETREAT: () => 'pulled back',
  CONCEDE: (t) => (t ? `offered concessions to ${t}` : 'offered concessions'),
  'CONSULT:phone': (t) => (t ? `spoke by phone with ${t}` : 'held a phone call'),
  'CONSULT:visit': (t) => (t ? `visited ${t}` : 'made a visit'),
  'CONSULT:mediation': (t) => (t ? `mediated with ${t}` : 'offered mediation'),
  CONSULT: (t) => (t ? `held talks with ${t}` : 'held talks'),
  AGREE: (t) => (t ? `agreed or pledged to cooperate with ${t}` : 'expressed intent to cooperate'),
  SUPPORT: (t) => (t ? `expressed support for ${t}` : 'expressed support'),
  DEMAND: (t) => (t ? `called on ${t} to act` : 'made an appeal'),
  'ACCUSE:concern': (t) => (t ? `expressed concern about ${t}` : 'expressed concern'),
  'ACCUSE:criticism': (t) => (t ? `criticised ${t}` : 'voiced criticism'),
  'ACCUSE:investigation': (t) => (t ? `investigated ${t}` : 'opened an investigation'),
  ACCUSE: (t) => (t ? `accused ${t}` : 'made accusations'),
  'REJECT:denial': (t) => (t ? `denied claims about ${t}` : 'denied the claims'),
  REJECT: (t) => (t ? `rejected ${t}` : 'rejected a proposal'),
  'THREATEN:warning': (t) => (t ? `warned ${t}` : 'issued a warning'),
  'THREATEN:vow': (t) => (t ? `vowed victory over ${t}` : 'vowed to prevail'),
  THREATEN: (t) => (t ? `threatened ${t}` : 'issued a threat'),
  PROTEST: (t) => (t ? `protested against ${t}` : 'protested'),
  'SANCTION:reduce-relations': (t) => (t ? `reduced relations with ${t}` : 'reduced relations'),
  SANCTION: (t) => (t ? `imposed sanctions on ${t}` : 'imposed sanctions'),
};

/** What the text says of the act, after the act itself: the verbs are past tense, so the qualifier follows. */
const QUALIFIER: Record<string, string> = {
  denied: 'denied', threatened: 'threatened, not done', conditional: 'conditional', intended: 'intended, not yet done', negated: 'did not happen',
};

export function summarize(e: EventRecord, claimant: Entity | null): string {
  const src = actorPhrase(e.source) ?? 'Unidentified forces';
  const tgt = actorPhrase(e.target);
  const verb = (VERBS[`${e.type}:${e.mode}`] ?? VERBS[e.type])(tgt);
  let s = `${src} ${e.modality === 'claimed' ? 'reportedly ' : ''}${verb}`;
  if (e.location?.name_en && !(tgt ?? '').includes(e.location.name_en)) s += ` in ${e.location.name_en}`;
  if (e.date && /^\d{4}-\d{2}-\d{2}$/.test(e.date)) s += ` on ${e.date}`;
  const n = e.numbers.find((x) => x.kind === 'killed') ?? e.numbers[0];
  // A vague or bounded count reads as the least it means: 'killed: at least 10 civilians' for 'عشرات المدنيين'.
  const figure = n?.approximate ? `at least ${n.min ?? n.value}` : `${n?.value}`;
  if (n) s += ` (${n.kind === 'other' ? '' : n.kind + ': '}${figure}${n.unit ? ' ' + n.unit + (n.value === 1 ? '' : 's') : ''})`;
  const qualifier = QUALIFIER[e.modality];
  // Who tells it, unless the actor tells of its own act in its own name.
  const teller = claimant && e.claimed_by && e.claimed_by !== e.source?.entity ? `${e.modality === 'claimed' ? 'claimed' : e.modality === 'denied' ? 'denied' : 'reported'} by ${claimant.name_en}${claimant.role ? ', ' + claimant.role : ''}` : null;
  if (qualifier && teller?.startsWith('denied')) s += ` (${teller})`;
  else if (qualifier || teller) s += ` (${[qualifier, teller].filter(Boolean).join('; ')})`;
  return s.charAt(0).toUpperCase() + s.slice(1);
}
