// Generic actors: people named by what they are ('المتظاهرون', 'مسلحون مجهولون', 'مستوطنون إسرائيليون',
// 'طائرات التحالف'), from data/lexicon/generic_actors.tsv. Each becomes a GROUP entity with its CAMEO sector, so
// that the event coder can take it as a side. Its country is the nisba right after it, which joins the mention
// ('Israeli settlers'); with none, the country of the sentence's place, else the report's country, with the name
// saying so ('unidentified gunmen (Pakistan)', id ...:in-PAK: a country inferred, not named). Runs last among the
// entity stages, on uncovered words.
// Internal to src/extract/entities*.ts.
import { normalizeArabic } from '../../arabic/normalize.js';
import { loadTsv, type TsvRow } from '../../data-files.js';
import { SECTORS } from '../../kb/records.js';
import { cutOffset, wordReadings, type Word } from '../../kb/match-words.js';
import { entityInfo, type EntityInfo } from '../../kb/kb-index.js';
import type { DocState } from './state.js';
import { entityCues } from './cues.js';
import { isCountWord } from '../quantities/numbers.js';
import { eventWords } from '../events/word-lists.js';
import { forceBeforePerson } from './force-before-person.js';
import { once } from '../../once.js';
import { countryCounts, placeCountry, reportCountry } from './where.js';
import { theatreCoalition } from './bare-coalition.js';

export interface GenericForm {
  key: string;
  /** Matching-form words; a word written with ال must be definite in the text. */
  words: string[];
  sector: string;
  name_en: string;
  /** Whether the place's country is the actor's when no nisba names one (not for foreign forces). */
  placeCountry: boolean;
  /** The occupation: with no nisba, the one country the report names after such a form, else the state the
   * report names most other than the place's and its own. */
  occupier?: boolean;
  /** The country the word itself says, with no nisba ('مستوطنون': Israeli settlers). */
  ownCountry?: string;
  /** An actor only right after a number: the accusative singular a count of 11 to 99 takes ('15 مسلحا'), which
   * elsewhere is an adjective ('هجوما مسلحا'). */
  afterNumber?: boolean;
  /** Matching-form words that make this form an adjective when right before it ('هجوم انتحاري'). */
  notAfter?: Set<string>;
  /** With no nisba: the body of the document named with this word ('طائرات التحالف' after 'التحالف العربي') gives the
   * country, when the document names one such body only. */
  antecedent?: string;
  /** Things struck ('سوق', 'مدرسة', 'حافلة'): the form stands for the people there only where an attack word of these
   * (matching-form stems, a word of three letters or more also matching longer ones) stands within ACT_SPAN words
   * before it in its sentence ('انفجار سيارة مفخخة في سوق'). */
  afterAct?: ReadonlySet<string>;
  /** The sector when a nisba or a country names whose it is ('دورية بريطانية': that state's forces, MIL). */
  nisbaSector?: string;
}

export interface GenericLexicon {
  /** First word without its article -> forms starting with it, longest first. */
  byFirst: Map<string, GenericForm[]>;
  /** Keys of the families that stand for a state's forces (country 'occupier'). */
  standIns: Set<string>;
  /** Keys of the families of things struck (after_act): never the side that acts. */
  struck: Set<string>;
  /** Every attack word of the after_act column (matching form). */
  attackWords: Set<string>;
  /** Words between a generic actor and the body it belongs to (data/lexicon/generic_links.tsv), normalised. */
  links?: Set<string>;
}

const bare = (w: string) => (w.startsWith('ال') && w.length > 3 ? w.slice(2) : w);

export function parseGenericActors(rows: TsvRow[], file = 'lexicon/generic_actors.tsv'): GenericLexicon {
  const byFirst = new Map<string, GenericForm[]>();
  const standIns = new Set<string>();
  const struck = new Set<string>();
  rows.forEach((r, i) => {
    if (!r.key || !/^[a-z_]+$/.test(r.key)) throw new Error(`${file} row ${i + 1}: bad key '${r.key}'`);
    if (!SECTORS.has(r.sector)) throw new Error(`${file} row ${i + 1}: unknown sector '${r.sector}'`);
    if (!r.name_en || !(r.forms || r.adjective_forms || r.after_number) || !r.source) throw new Error(`${file} row ${i + 1}: forms (or adjective_forms or after_number), name_en and source are required`);
    if (r.country !== 'place' && r.country !== 'nisba' && r.country !== 'occupier' && !/^[A-Z]{3}$/.test(r.country)) throw new Error(`${file} row ${i + 1}: country must be 'place', 'nisba', 'occupier' or a country code`);
    if (r.nisba_sector && !SECTORS.has(r.nisba_sector)) throw new Error(`${file} row ${i + 1}: unknown nisba_sector '${r.nisba_sector}'`);
    if (r.country === 'occupier') standIns.add(r.key);
    const forms = [
      ...(r.forms ?? '').split('|').map((f) => ({ raw: f, afterNumber: false, adjective: false })),
      ...(r.after_number ?? '').split('|').map((f) => ({ raw: f, afterNumber: true, adjective: false })),
      ...(r.adjective_forms ?? '').split('|').map((f) => ({ raw: f, afterNumber: false, adjective: true })),
    ];
    const antecedent = normalizeArabic((r.antecedent ?? '').trim()) || undefined;
    const notAfter = new Set((r.not_after ?? '').split('|').map((w) => normalizeArabic(w.trim())).filter(Boolean));
    const afterActWords = (r.after_act ?? '').split('|').map((w) => normalizeArabic(w.trim())).filter(Boolean);
    const afterAct = afterActWords.length ? new Set(afterActWords) : undefined;
    if (afterAct) struck.add(r.key);
    if ((r.adjective_forms ?? '').trim() && !notAfter.size) throw new Error(`${file} row ${i + 1}: adjective_forms need not_after`);
    for (const { raw, afterNumber, adjective } of forms) {
      const words = raw.trim().split(/\s+/).map(normalizeArabic).filter(Boolean);
      if (!words.length) continue;
      const f: GenericForm = { key: r.key, words, sector: r.sector, name_en: r.name_en, placeCountry: r.country === 'place', ...(r.country === 'occupier' ? { occupier: true } : {}), ...(/^[A-Z]{3}$/.test(r.country) ? { ownCountry: r.country } : {}), ...(afterNumber ? { afterNumber } : {}), ...(adjective ? { notAfter } : {}), ...(antecedent ? { antecedent } : {}), ...(afterAct ? { afterAct } : {}), ...(r.nisba_sector ? { nisbaSector: r.nisba_sector } : {}) };
      const k = bare(words[0]);
      byFirst.set(k, [...(byFirst.get(k) ?? []), f]);
    }
  });
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  const attackWords = new Set([...byFirst.values()].flat().flatMap((f) => [...(f.afterAct ?? [])]));
  return { byFirst, standIns, struck, attackWords };
}

export const genericLexicon = once((): GenericLexicon => ({ ...parseGenericActors(loadTsv('lexicon/generic_actors.tsv')), links: parseGenericLinks(loadTsv('lexicon/generic_links.tsv')) }));

export function parseGenericLinks(rows: TsvRow[], file = 'lexicon/generic_links.tsv'): Set<string> {
  return new Set(rows.map((r, i) => {
    if (!r.word?.trim()) throw new Error(`${file} row ${i + 1}: word is required`);
    return normalizeArabic(r.word.trim());
  }));
}

/** The country of the body a generic actor belongs to, named after one or two link words right after it ('متمردا من
 * طالبان', 'مسلحين تابعين لحزب الله'); a place is no body ('مسلحين من قرية ...'). */
function ownerAfter(s: DocState, last: number, links: ReadonlySet<string>): { country: string; last: number } | null {
  for (let k = last + 1; k <= last + 2; k++) {
    const w = s.words[k];
    if (!w || w.kind !== 'word' || s.coveredBy(k)) break;
    if (!links.has(w.norm) && !wordReadings(w).some((r) => links.has(r.stem))) break;
    const body = s.startingAt(k + 1);
    const info = body ? s.entities.get(body.id)!.info : null;
    if (body && info && body.form !== 'nisba' && info.type !== 'PLACE' && info.country) return { country: info.country, last: body.last };
  }
  return null;
}

/** Whether an entity is a generic actor that stands for a state's forces as a name does ('قوات الاحتلال': the
 * occupier's army), so that the event coder's rules read it as they read a named army. Other generic actors are left
 * to the sides model. */
export function isStandInForState(id: string, lex: GenericLexicon = genericLexicon()): boolean {
  return id.startsWith('rasad:generic:') && lex.standIns.has(id.split(':')[2]);
}

/** Whether an entity is a thing struck standing for the people there ('سوق', 'مدرسة'): a target, never the side that acts. */
export function isStruckThing(id: string, lex: GenericLexicon = genericLexicon()): boolean {
  return id.startsWith('rasad:generic:') && lex.struck.has(id.split(':')[2]);
}

/** Whether a text stem is the form word: the same, or the form's indefinite word with the article. */
function wordMatches(stem: string, formWord: string): boolean {
  return stem === formWord || (!formWord.startsWith('ال') && stem === `ال${formWord}`);
}

/** A number before a word: digits, a number word or a vague amount ('عشرات القتلى', 'ثمانية قتلى'). */
function countsNext(w: Word | undefined): boolean {
  return !!w && (w.kind === 'number' || (w.kind === 'word' && wordReadings(w).some((r) => isCountWord(r.stem.replace(/^ال/, '')))));
}

const PEOPLE_OBJECT_VERBS = eventWords('people_object_verbs');
/** A verb of acting on people right before a count form ('قتلت القوات مسلحا'): the form is its object. */
const actsOnPeople = (w: Word | undefined) => !!w && w.kind === 'word' && wordReadings(w).some((r) => PEOPLE_OBJECT_VERBS.has(r.stem));

function stemsOf(w: Word): { stem: string; cut: number }[] {
  return w.kind === 'word' ? wordReadings(w).map((r) => ({ stem: r.stem, cut: r.cut })) : [];
}

/** The form starting at word i, with the clitic cut of its first word. */
function matchAt(words: readonly Word[], i: number, lex: GenericLexicon): { form: GenericForm; cut: number } | null {
  for (const r of stemsOf(words[i])) {
    for (const form of lex.byFirst.get(bare(r.stem)) ?? []) {
      if (!wordMatches(r.stem, form.words[0]) || (form.afterNumber && !countsNext(words[i - 1]) && !actsOnPeople(words[i - 1]))) continue;
      if (form.notAfter && i > 0 && stemsOf(words[i - 1]).some((x) => form.notAfter!.has(x.stem) || form.notAfter!.has(bare(x.stem)))) continue;
      let ok = true;
      for (let k = 1; k < form.words.length && ok; k++) ok = !!words[i + k] && stemsOf(words[i + k]).some((x) => wordMatches(x.stem, form.words[k]));
      if (ok) return { form, cut: r.cut };
    }
  }
  return null;
}

/** The one body of the document (not a generic actor) whose mention starts with the word ('التحالف العربي'), if one. */
function antecedentOf(s: DocState, word: string): EntityInfo | null {
  const found = new Map<string, EntityInfo>();
  for (const m of s.mentions) {
    const info = s.entities.get(m.id)!.info;
    if (info.id.startsWith('rasad:generic:') || !info.country || (info.type !== 'ORG' && info.type !== 'GROUP')) continue;
    const first = normalizeArabic(s.text.slice(m.start, m.end).split(/\s+/)[0] ?? '');
    if (first === word || first === `ال${word}` || bare(first) === bare(word)) found.set(info.id, info);
  }
  return found.size === 1 ? [...found.values()][0] : null;
}

/** The country of the nisba a KB mention starting at word i names, if it is one. */
function nisbaAt(s: DocState, i: number): { country: string; last: number } | null {
  const next = s.startingAt(i);
  const info = next ? s.entities.get(next.id)!.info : null;
  return next && info && next.form === 'nisba' && info.type === 'COUNTRY' && info.country ? { country: info.country, last: next.last } : null;
}

/** The one country the document names by a nisba after an occupier form ('الاحتلال الإسرائيلي'), if one. */
function namedOccupier(s: DocState, lex: GenericLexicon): string | null {
  const found = new Set<string>();
  // Covered words too: the KB may know the whole phrase ('قوات الاحتلال الإسرائيلي'), or a generic mention holds it.
  for (let i = 0; i < s.words.length; i++) {
    if (s.words[i].kind !== 'word') continue;
    const hit = matchAt(s.words, i, lex);
    if (!hit?.form.occupier) continue;
    const n = nisbaAt(s, i + hit.form.words.length);
    if (n) found.add(n.country);
  }
  return found.size === 1 ? [...found][0] : null;
}

/** Sentences that name an occupier's settlement noun ('مستوطنات', 'مستوطنتي'). */
function settlementSentences(s: DocState): Set<number> {
  const cues = entityCues().settlements;
  const out = new Set<number>();
  s.words.forEach((w, i) => {
    if (w.kind === 'word' && wordReadings(w).some((r) => cues.get(r.stem)?.occupier)) out.add(s.sentOf[i]);
  });
  return out;
}

const STATE_BODY = new Set(['GOV', 'MIL', 'COP', 'SPY']);

/** The state the document names most often (by its name, nisba, army or government) after the country of its places,
 * more than any other. An occupation is a foreign state's, whichever place it strikes ('حيفا المحتلة'). Places in a
 * sentence that names the occupier's settlements ('مستوطنات "جعتون" و"يحيعام"', data/kb/settlement_cues.tsv side
 * occupier) are the occupier's, not the report's own. */
function foreignState(s: DocState): string | null {
  const settled = settlementSentences(s);
  const own = (countryCounts(s, (e) => e.type === 'PLACE', (m) => !settled.has(s.sentOf[m.first]))[0] ?? countryCounts(s, (e) => e.type === 'COUNTRY')[0])?.[0];
  const [best, next] = countryCounts(s, (e) => e.type === 'COUNTRY' || (!!e.sector && STATE_BODY.has(e.sector))).filter(([c]) => c !== own);
  return best && (!next || next[1] < best[1]) ? best[0] : null;
}

const ACT_SPAN = 6;
/** Whether an attack word of the set stands within ACT_SPAN words before word i, in its sentence. */
function actBefore(s: DocState, i: number, acts: ReadonlySet<string>): boolean {
  for (let k = i - 1; k >= Math.max(0, i - ACT_SPAN) && s.sentOf[k] === s.sentOf[i]; k--) {
    if (stemsOf(s.words[k]).some(({ stem }) => isAttackWord(stem, acts))) return true;
  }
  return false;
}

/** A stem that is one of the attack words, or begins with one of three letters or more ('تفجيرات'). */
function isAttackWord(stem: string, acts: ReadonlySet<string>): boolean {
  const b = bare(stem);
  if (acts.has(stem) || acts.has(b)) return true;
  for (let n = 3; n < b.length; n++) if (acts.has(b.slice(0, n))) return true;
  return false;
}

/** Whether an attack word of the generic lexicon stands within six words of word i, before or after it, in its sentence
 * ('وخطفت الحركة', 'ألقي اللوم على الجماعة في سلسلة من التفجيرات'). */
export function attackNear(s: DocState, i: number, also: ReadonlySet<string> = new Set(), lex: GenericLexicon = genericLexicon()): boolean {
  const near = (k: number) => stemsOf(s.words[k]).some(({ stem }) => isAttackWord(stem, lex.attackWords) || also.has(stem));
  for (let k = i - 1; k >= Math.max(0, i - ACT_SPAN) && s.sentOf[k] === s.sentOf[i]; k--) if (near(k)) return true;
  for (let k = i + 1; k <= i + ACT_SPAN && k < s.words.length && s.sentOf[k] === s.sentOf[i]; k++) if (near(k)) return true;
  return false;
}

/** Whether an attack word of the generic lexicon stands within ACT_SPAN words before word i, in its sentence ('استهدف حزب
 * الله موقع الرمثا'). */
export function attackBefore(s: DocState, i: number, lex: GenericLexicon = genericLexicon()): boolean {
  return actBefore(s, i, lex.attackWords);
}

const UNDERGONE_SPAN = 4;
/** Whether a verb of undergoing an attack (event_words.tsv, suffered_attack_verbs: 'تعرضت', 'تتعرض') stands within
 * UNDERGONE_SPAN words after word i, in its sentence ('55 سفينة على الأقل تعرضت للهجوم'). */
function undergoneAfter(s: DocState, i: number, verbs: ReadonlySet<string>): boolean {
  for (let k = i + 1; k <= i + UNDERGONE_SPAN && k < s.words.length && s.sentOf[k] === s.sentOf[i]; k++) {
    if (stemsOf(s.words[k]).some(({ stem }) => verbs.has(stem))) return true;
  }
  return false;
}

/** Finds the generic actors of a document and adds them as entities (after every other entity stage). */
export function findGenericActors(s: DocState, lex: GenericLexicon = genericLexicon()): void {
  const { words } = s;
  const countries = new Map(s.idx.kb.countries.map((c) => [c.iso3, c]));
  let home: string | null | undefined;
  let occupier: string | null | undefined;
  let foreign: string | null | undefined;
  const seen = new Map<string, string>();
  const undergone = eventWords('suffered_attack_verbs');
  for (let i = 0; i < words.length; i++) {
    if (words[i].kind !== 'word' || s.coveredBy(i)) continue;
    const hit = matchAt(words, i, lex);
    if (!hit) continue;
    let last = i + hit.form.words.length - 1;
    // A thing struck: an attack word before it ('استهدف سوقا', 'تعرضت ثكنة'), or a verb of undergoing one after it.
    if (hit.form.afterAct && !actBefore(s, i, hit.form.afterAct) && !undergoneAfter(s, last, undergone)) continue;
    let free = true;
    for (let k = i + 1; k <= last; k++) if (s.coveredBy(k)) free = false;
    if (!free) continue;
    // 'مسؤولون حكوميون أتراك': one adjective may stand between the noun and its nisba.
    const adjective = words[last + 1]?.kind === 'word' && !s.coveredBy(last + 1) && /(يون|يين|يه|ي)$/.test(words[last + 1].norm);
    const afterAdjective = adjective ? s.startingAt(last + 2) : null;
    if (afterAdjective && afterAdjective.form === 'nisba') last++;
    // 'طيران التحالف والجيش': a body joined by و is another actor beside it, not whose it is.
    const after = s.startingAt(last + 1);
    const next = after && after.start > words[last + 1].start && /^[وف]/.test(words[last + 1].text) ? null : after;
    const nextInfo = next ? s.entities.get(next.id)!.info : null;
    // 'جنديا تركيا', 'جنود روسيا': a country named right after a noun that is not a sound plural (which no genitive or
    // accusative nisba spelled as the country's name follows) is whose they are, as a nisba is.
    const ofCountry = !!next && nextInfo?.type === 'COUNTRY' && !!nextInfo.country && !/(ون|ين)$/.test(words[last].norm);
    // 'مقاتلو حماس', 'جنود الجيش الإسرائيلي': the body named after it is the actor.
    // 'الميليشيات الحوثية', 'عناصر داعشية': a group's nisba names the group itself.
    const groupNisba = next?.form === 'nisba' && (nextInfo?.type === 'GROUP' || nextInfo?.type === 'ORG');
    // A definite noun heads no construct: the person named after 'واعتقلت الشرطة أحمد X' is not the police's, but whom
    // they arrested ('قوات الحوثي' with no article is his forces).
    const personAfterDefinite = nextInfo?.type === 'PERSON' && next?.form !== 'nisba' && forceBeforePerson(words, i, last, hit.form.sector);
    if (next && nextInfo && nextInfo.type !== 'PLACE' && (next.form !== 'nisba' || groupNisba) && !ofCountry && !personAfterDefinite) {
      i = last;
      continue;
    }
    let country: string | null = null;
    let sector = hit.form.sector;
    // 'مستوطنون إسرائيليون': the nisba gives the country and joins the mention (it stays a mention of its country).
    if (next && nextInfo && (next.form === 'nisba' || ofCountry) && nextInfo.type === 'COUNTRY' && nextInfo.country) {
      country = nextInfo.country;
      last = next.last;
      sector = hit.form.nisbaSector ?? sector;
    }
    // 'متمردا من طالبان', 'مسلحين تابعين لحزب الله': whose they are.
    const owner = !country && lex.links ? ownerAfter(s, last, lex.links) : null;
    // 'ميليشيات موالية لإيران': the phrase is one actor, the body inside it no side of its own ('من' keeps them apart:
    // 'متمردا من طالبان' is read as the group by the coder).
    if (owner) {
      country = owner.country;
      if (words[last + 1]?.kind === 'word' && words[last + 1].norm !== 'من') last = owner.last;
    }
    if (!country && hit.form.ownCountry) country = hit.form.ownCountry;
    // 'طائرات التحالف' in a report that named 'التحالف العربي': that coalition's aircraft; else the theatre's coalition.
    const named = !country && hit.form.antecedent ? antecedentOf(s, hit.form.antecedent) ?? theatreCoalition(s, hit.form.antecedent, i) : null;
    if (named) country = named.country;
    // 'قوات الاحتلال' in a report that wrote 'الاحتلال الإسرائيلي': that occupier; else the other state it names most.
    let occupied: string | null = null;
    if (!country && hit.form.occupier) {
      occupier = occupier === undefined ? namedOccupier(s, lex) : occupier;
      if (occupier) country = occupier;
      else occupied = foreign === undefined ? (foreign = foreignState(s)) : foreign;
    }
    let where: string | null = null;
    // 'المحتجين' again, in a sentence that names no place: the ones named before.
    let earlier: string | undefined;
    if (!country && !hit.form.occupier) {
      where = placeCountry(s, i);
      earlier = where ? undefined : seen.get(hit.form.key);
      if (!where && !earlier) where = home === undefined ? (home = reportCountry(s)) : home;
    }
    if (occupied) where = occupied;
    const c = countries.get(country ?? where ?? '');
    // A country with no demonym in the KB is named in brackets ('civilians (Philippines)'), never by its code.
    const name_en = named ? `${hit.form.name_en} (${named.name_en})` : country && c?.demonym_en ? `${c.demonym_en} ${hit.form.name_en}` : c ? `${hit.form.name_en} (${c.name_en})` : country ? `${hit.form.name_en} (${country})` : hit.form.name_en;
    // The place's country is the actor's too, as far as a record of the event goes (its id says it was not named).
    const actorCountry = country ?? occupied ?? (!hit.form.placeCountry ? null : earlier ? s.entities.get(earlier)!.info.country : where);
    const id = earlier ?? `rasad:generic:${hit.form.key}${country ? `:${country}` : where ? `:in-${where}` : ''}`;
    if (!country) seen.set(hit.form.key, id);
    const info: EntityInfo = entityInfo({ id, type: 'GROUP', name_en, name_ar: s.text.slice(words[i].start, words[last].end), country: actorCountry, geo: null, sector, gender: 'm' });
    const start = words[i].start + cutOffset(words[i].text, hit.cut);
    s.add(id, { start, end: words[last].end, first: i, last, form: 'name', top: true }, s.entities.get(id)?.info ?? info);
    i = last;
  }
}
