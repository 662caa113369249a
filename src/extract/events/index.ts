// The event coder: PLOVER events with actors, targets, places, dates, modality and provenance,
// from trigger words (data/lexicon/triggers.tsv) and the entity, time and quantity layers.
import type { Doc, EventRecord, Quantity, TimeExpr } from '../../doc.js';
import { loadLexicon, perfectForms, QUAD } from './lexicon.js';
import { findTriggers, type TriggerHit } from './triggers.js';
import { wordsOf, wordHas, type Word } from './words.js';
import { actorMentions, toEventActor, toEventLocation, type ActorMention } from './actors.js';
import { cuesBefore, modalityOf, type CueHit } from './modality.js';
import { summarize } from './summary.js';
import { countryName } from './countries.js';
import { loadKb } from '../../kb/load.js';
import { mergeEvents } from './merge.js';
import { holderOf } from '../../kb/control.js';
import { reportFeatures, type Features } from './report-features.js';
import { loadReportModels, score } from './report-filter.js';
import { loadTsv } from '../../data-files.js';
import { normalizeArabic } from '../../arabic/normalize.js';
import { chooseSides, type SidesContext, type SidesOptions } from './sides/choose.js';
import { guessedSides } from './sides/guessed.js';

const CLAUSE_BREAKS = new Set(['فيما', 'بينما', 'لكن', 'ولكن', 'حيث', 'الا', 'غير']);
const PLACE_NOUNS = new Set(['مدينه', 'منطقه', 'اقليم', 'محافظه', 'بلده', 'قريه', 'حي', 'ولايه', 'مقاطعه', 'مناطق', 'مدن', 'بلدات', 'قري', 'ريف', 'شمال', 'جنوب', 'شرق', 'غرب', 'وسط', 'العاصمه', 'عاصمه', 'قضاء', 'ناحيه', 'مخيم', 'معبر', 'مطار', 'ميناء', 'قاعده', 'جبهه', 'محور', 'حدود']);
const PAIR_WORDS = new Set(['البلدين', 'بلدين', 'الطرفين', 'طرفين', 'الجانبين', 'جانبين', 'الجارتين', 'الجيشين', 'البلدان', 'الطرفان', 'الجانبان', 'اطراف', 'الاطراف', 'طرفي']);
/** Acts two parties do together or to each other: a coordinated subject names both. */
const SYMMETRIC = new Set(['CONSULT', 'AGREE', 'COOPERATE', 'ASSAULT']);
/** Conflict acts aimed at someone: with no target in the clause, the other party of the document's conflict. */
const AIMED = new Set(['ASSAULT', 'THREATEN', 'ACCUSE', 'DEMAND', 'COERCE', 'SANCTION', 'CONCEDE']);
const SPEECH_VERBS = new Set(['قال', 'قالت', 'اعلن', 'اعلنت', 'اكد', 'اكدت', 'اضاف', 'اضافت', 'صرح', 'صرحت', 'اوضح', 'اوضحت', 'ذكر', 'ذكرت', 'افاد', 'افادت', 'اشار', 'اشارت', 'ادعي', 'ادعت', 'زعم', 'زعمت', 'نقل', 'نقلت', 'حذر', 'حذرت', 'يقول', 'تقول', 'تعلن', 'يعلن', 'تؤكد', 'يؤكد']);

interface Context {
  doc: Doc;
  words: Word[];
  actors: ActorMention[];
  hasTitle: boolean;
  /** Whether a missing side may be guessed from the report's conflict (off in the first pass). */
  guess: boolean;
  /** The two sides of the report's conflict, as found in its two-sided acts, and how many acts show it. */
  dyad: { sides: [string, string]; acts: number } | null;
  /** What the sides model sees: every actor, generic actors included (the hand rules see ctx.actors). */
  sides: SidesContext;
}

function clauseBounds(ctx: Context, hit: TriggerHit): [number, number] {
  const { words } = ctx;
  const s = words[hit.first].sentence;
  let from = hit.first;
  while (from > 0 && words[from - 1].sentence === s) {
    const w = words[from - 1];
    if (w.text === '؛' || w.text === ';') break;
    if (w.kind === 'word' && CLAUSE_BREAKS.has(w.readings[w.readings.length > 1 && w.readings[1].proclitics.join('') === 'و' ? 1 : 0].stem) && from - 1 !== hit.first) break;
    from--;
  }
  let to = hit.last + 1;
  while (to < words.length && words[to].sentence === s) {
    const w = words[to];
    if (w.text === '؛' || w.text === ';') break;
    if (w.kind === 'word' && w.readings.some((r) => CLAUSE_BREAKS.has(r.stem) && r.proclitics.every((p) => p === 'و'))) break;
    to++;
  }
  return [from, to];
}

const VICTIM_HEADS = new Set(['خسائر', 'الخسائر', 'قتلي', 'القتلي', 'ضحايا', 'الضحايا', 'جرحي', 'الجرحي', 'مقتل', 'اصابه', 'تدمير', 'اسقاط', 'اسري', 'الاسري', 'جنود', 'جنديا', 'جندي', 'مقاتلا', 'مقاتلين', 'عناصر', 'صفوف']);

/** An actor named as the one who suffered ('الخسائر الأرمنية', 'مقتل 51 جنديا أرمينيا'). */
function isVictim(ctx: Context, a: ActorMention): boolean {
  for (let k = 1; k <= 3; k++) {
    const w = ctx.words[a.first - k];
    if (!w) return false;
    if (w.kind === 'punct') return false;
    if (w.kind === 'word' && w.readings.some((r) => VICTIM_HEADS.has(r.stem))) return true;
  }
  return false;
}

let capitals: Set<string> | null = null;
function isCapital(id: string): boolean {
  capitals ??= new Set(loadKb().countries.map((c) => c.capital).filter((c): c is string => !!c));
  return capitals.has(id);
}

/** An actor may act when it is not a preposition's object and not a place named as a place. */
function canAct(ctx: Context, a: ActorMention): boolean {
  if (a.prep) return false;
  // Outlets report acts; they do not commit them.
  if (a.entity.type === 'MEDIA') return false;
  if (isVictim(ctx, a)) return false;
  if (!a.place) return true;
  // A capital named without 'مدينة' and not after a preposition stands for its government (دعت موسكو).
  if (!isCapital(a.entity.id) || !a.entity.country) return false;
  const prev = ctx.words[a.first - 1];
  return !(prev && prev.kind === 'word' && prev.readings.some((r) => PLACE_NOUNS.has(r.stem)));
}

function actorsIn(ctx: Context, from: number, to: number): ActorMention[] {
  return ctx.actors.filter((a) => a.first >= from && a.last < to);
}

const OWN_FORCES = new Set(['قوات', 'طائرات', 'جيش', 'مقاتلات', 'مدفعيه', 'عناصر', 'وحدات', 'سفن', 'صواريخ', 'مسيرات', 'دبابات'].map(normalizeArabic));

/** A force word with a possessive pronoun next to the trigger: 'قواتها', 'طائراته', 'قواتنا'. */
function ownForcesAt(ctx: Context, hit: TriggerHit): boolean {
  for (const k of [hit.first - 1, hit.first - 2, hit.last + 1, hit.last + 2]) {
    const w = ctx.words[k];
    if (!w || w.kind !== 'word' || w.sentence !== ctx.words[hit.first].sentence) continue;
    if (w.readings.some((r) => r.enclitic && OWN_FORCES.has(r.stem))) return true;
  }
  return false;
}

/** Sectors of a state: its government, army and police stand on one side. */
const STATE_SECTORS = new Set(['GOV', 'MIL', 'COP', 'POL', 'SPY', 'JUD', 'LEG']);
const isState = (a: ActorMention) => !a.sector || STATE_SECTORS.has(a.sector);

/** One side of a conflict: the same country, and both of its state or both of the same non-state group
 * ('الجيش السوداني' and 'الدعم السريع' are two sides of one country). */
function sameSide(a: ActorMention, b: ActorMention): boolean {
  if (a.entity.country === null || b.entity.country === null || a.entity.country !== b.entity.country) return false;
  if (isState(a) && isState(b)) return true;
  return !isState(a) && !isState(b) && (a.entity.type === 'COUNTRY' || b.entity.type === 'COUNTRY' || a.entity.id === b.entity.id);
}

function isPerson(a: ActorMention | null): boolean {
  return !!a && a.entity.type === 'PERSON';
}

/** Words that bring in who did the killing: 'برصاص', 'بنيران', 'على يد', 'من قبل', 'في غارة'. */
const AGENT_MARKERS = new Set(['رصاص', 'نيران', 'قذائف', 'قصف', 'غاره', 'غارات', 'هجوم', 'يد', 'قبل', 'ايدي', 'صواريخ', 'ضربات', 'ضربه']);

function agentAfter(ctx: Context, hit: TriggerHit, clause: [number, number]): ActorMention | null {
  for (let k = hit.last + 1; k < clause[1]; k++) {
    const w = ctx.words[k];
    if (w.kind !== 'word' || !w.readings.some((r) => AGENT_MARKERS.has(r.stem))) continue;
    // The agent is the genitive or nisba right after the marker ('برصاص الجيش', 'غارة إسرائيلية').
    const a = ctx.actors.find((x) => x.first > k && x.first <= k + 2 && !x.place && canAct(ctx, { ...x, prep: null }));
    if (a) return a;
  }
  return null;
}

const BACK_HEADS = new Set(['خلال', 'اثناء', 'بعد', 'قبل', 'عقب', 'منذ', 'حول', 'بشان', 'اثر', 'اعقاب']);
/** 'خلال الاتصال الهاتفي', 'بعد الهجوم': a definite act noun after such a word points back to an act told before. */
function backReference(ctx: Context, hit: TriggerHit): boolean {
  if (hit.pos !== 'noun') return false;
  const w = ctx.words[hit.first];
  const definite = /^[وفبل]?ال|^لل/.test(w.norm);
  const prev = ctx.words[hit.first - 1];
  return definite && !!prev && prev.kind === 'word' && prev.readings.some((r) => BACK_HEADS.has(r.stem));
}

const TELLER_PRONOUNS = new Set(['انه', 'انها', 'انهم', 'انهما', 'اننا']);
/** 'أنها', 'إنه' within two words before the trigger: the subject of the reported clause. */
function tellerPronounBefore(ctx: Context, hit: TriggerHit): boolean {
  for (const k of [hit.first - 1, hit.first - 2]) {
    const w = ctx.words[k];
    if (w && w.kind === 'word' && w.sentence === ctx.words[hit.first].sentence && TELLER_PRONOUNS.has(w.norm.replace(/^[وف]/, ''))) return true;
  }
  return false;
}

const ANNOUNCE = new Set(['اعلن', 'اعلنت', 'يعلن', 'تعلن', 'اعلنوا', 'اكد', 'اكدت']);
const RESPONSIBILITY = new Set(['مسؤوليه', 'مسؤوليته', 'مسؤوليتها', 'مسؤوليتهم', 'مسؤوليتهما', 'تبني', 'تبنت', 'يتبني', 'تتبني', 'تبنوا'].map(normalizeArabic));
/** Who claims an attack: the subject of 'أعلن مسؤوليته عن' or 'تبنى' within four words before the trigger. */
function responsibilityClaimant(ctx: Context, hit: TriggerHit, clause: [number, number]): ActorMention | null {
  let at = -1;
  for (let k = hit.first - 1; k >= Math.max(clause[0], hit.first - 4); k--) {
    const w = ctx.words[k];
    if (w.kind === 'word' && (w.readings.some((r) => RESPONSIBILITY.has(r.stem)) || RESPONSIBILITY.has(w.norm.replace(/^و/, '')))) at = k;
  }
  if (at < 0) return null;
  // 'مسؤولية' is claimed with a verb of announcing; with 'حمّل' it is blame laid on someone else.
  const word = ctx.words[at].norm.replace(/^و/, '');
  if (word.startsWith(normalizeArabic('مسؤولي'))) {
    const verb = ctx.words.slice(Math.max(clause[0], at - 3), at).find((w) => w.kind === 'word' && w.readings.some((r) => ANNOUNCE.has(r.stem)));
    if (!verb) return null;
  }
  const acting = ctx.actors.filter((a) => a.first >= clause[0] && a.last < hit.first && canAct(ctx, a));
  return acting[acting.length - 1] ?? null;
}

/** Acts of force, and the sectors that do not commit them: a relief agency carries fighters, it does not attack. */
const FORCE_ACTS = new Set(['ASSAULT', 'COERCE', 'MOBILIZE']);
const UNARMED = new Set(['NGO', 'IGO', 'MED', 'CVL']);

function findSource(ctx: Context, hit: TriggerHit, clause: [number, number]): ActorMention | null {
  const [from, to] = clause;
  const fit = (a: ActorMention) => canAct(ctx, a) && !(FORCE_ACTS.has(hit.entry.type) && a.sector && UNARMED.has(a.sector));
  const before = actorsIn(ctx, from, hit.first).filter(fit);
  const after = actorsIn(ctx, hit.last + 1, Math.min(to, hit.last + 8)).filter(fit);
  if (hit.pos === 'noun') {
    // A nisba or a genitive with ل right after the noun names who did it: القصف الأذربيجاني، هجوم لجيش أذربيجان.
    // ... also past one adjective: 'غارة جوية إسرائيلية', 'قصف مدفعي أذربيجاني'.
    const between = ctx.words[hit.last + 1];
    const adjective = !!between && between.kind === 'word' && /(يه|ي)$/.test(between.norm) && !ctx.actors.some((a) => a.first === hit.last + 1);
    const next = ctx.actors.find((a) => a.first === hit.last + 1 || (adjective && a.first === hit.last + 2));
    // (The nisba shares the noun's own preposition: 'في غارة إسرائيلية'.)
    if (next && next.form === 'nisba' && !hit.entry.frame.includes('sym')) return next;
    // 'قصف مدفعي شنته قوات الدعم السريع': a light verb that takes the noun back as its object names the doer.
    const back = ctx.words.slice(hit.last + 1, hit.last + 3).findIndex((w) => w.kind === 'word' && w.readings.some((r) => r.enclitic && /^(ه|ها)$/.test(r.enclitic) && TAKE_BACK.has(r.stem)));
    if (back >= 0) {
      const doer = ctx.actors.find((a) => a.first > hit.last + 1 + back && a.first <= hit.last + 4 + back && !a.prep && !a.place);
      if (doer) return doer;
    }
    const genitive = ctx.actors.find((a) => a.first >= hit.last + 1 && a.first <= hit.last + 2 && a.prep === 'ل');
    if (genitive && ['ASSAULT', 'COERCE', 'MOBILIZE'].includes(hit.entry.type)) return genitive;
    // The subject of the verb governing the noun: nearest actor before it in the clause.
    if (before.length) return before[before.length - 1];
    return null;
  }
  // SVO: an actor right before the verb (at most two words between) that opens the clause.
  const last = before[before.length - 1];
  if (last && hit.first - last.last <= 3) return last;
  // VSO: the first actor after the verb; a nisba there that qualifies a thing belongs to the object
  // ('أسقط طائرة مسيرة أوكرانية').
  const subject = after.find((a) => a.form !== 'nisba' || a.headed || a.first === hit.last + 1);
  if (subject) return subject;
  return last ?? null;
}

const VERBAL = new Set(['AGREE', 'SUPPORT', 'DEMAND', 'ACCUSE', 'REJECT', 'THREATEN', 'CONCEDE', 'CONSULT']);

/** The speaker of the quote the offset lies in, as an actor. */
function speakerAt(ctx: Context, offset: number): ActorMention | null {
  // Indirect speech runs to the end of its sentence, across quoted words inside it.
  const sentenceEnd = (at: number) => ctx.doc.sentences.find((x) => x.start <= at && at < x.end)?.end ?? at;
  const q = ctx.doc.quotes.find((x) => x.start <= offset && offset < Math.max(x.end, x.direct ? x.end : sentenceEnd(x.start)) && x.speaker);
  if (!q) return null;
  const e = ctx.doc.entities.find((x) => x.id === q.speaker);
  if (!e) return null;
  const m = ctx.actors.find((a) => a.entity.id === e.id);
  return m ?? { start: -1, end: -1, first: -1, last: -1, entity: e, form: 'name', sector: e.sector ?? (e.type === 'MEDIA' ? 'MED' : 'GOV'), place: false, prep: null };
}

/** A first-person verb ('ننصح', 'لن نسمح'): the imperfect with ن where the lexicon has ي. */
function firstPerson(hit: TriggerHit, words: Word[]): boolean {
  const lex = loadLexicon();
  for (let k = hit.first; k <= hit.last; k++) {
    for (const r of words[k].readings) {
      if (r.stem.length > 2 && r.stem.startsWith('ن')) {
        const third = 'ي' + r.stem.slice(1);
        if (lex.forms.get(third)?.includes(hit.entry) || lex.phrases.some((p) => p.entry === hit.entry && p.words.includes(third))) return true;
        if (hit.entry.pos === 'phrase' && words[k].readings[0].stem.startsWith('ن')) return true;
      }
    }
  }
  return false;
}

/** 'بلاده', 'بلادها': a pronoun for the speaker's own country. */
function isOwnCountryPronoun(a: ActorMention): boolean {
  return a.form === 'pronoun' && /^(بلاد|دولت)/.test(normalizeArabic(ctxText(a)));
}

let currentText = '';
const ctxText = (a: ActorMention) => currentText.slice(a.start, a.end);

/** The actor joined to `a` by و right after it ('لافروف وظريف', 'الأذربيجاني والأرميني'). */
function coordinated(ctx: Context, a: ActorMention): ActorMention | null {
  const joined = (x: ActorMention, y: ActorMention) => y.first >= x.last && y.first <= x.last + 1 && y.start > x.end && /^[\s\u00a0]*و/.test(ctx.doc.text.slice(x.end, y.start + 1));
  const other = ctx.actors.find((b) => b.entity.id !== a.entity.id && (joined(a, b) || joined(b, a)));
  if (!other) return null;
  // Two sides of one country ('الحكومة اليمنية والحوثيون') are two parties; a country and its own army are not.
  const sameSide = other.entity.country === a.entity.country && (!other.sector || !a.sector || other.sector === a.sector);
  return sameSide ? null : other;
}

/** The country entity of a code, as an actor (a mention of it in the document if there is one). */
function countryActor(ctx: Context, code: string): ActorMention | null {
  const m = ctx.actors.find((a) => a.entity.type === 'COUNTRY' && a.entity.country === code);
  if (m) return m;
  const name = countryName(code);
  const e = { id: `iso:${code}`, type: 'COUNTRY' as const, name_en: name, name_ar: '', country: code, role: null, geo: null, mentions: [] };
  return { start: -1, end: -1, first: -1, last: -1, entity: e, form: 'name', sector: 'GOV', place: false, prep: null };
}

/** The side an actor stands on: its country's state, or a non-state group of its own. */
const sideOf = (a: ActorMention) => `${a.entity.country}|${isState(a) || a.entity.type === 'COUNTRY' ? 'state' : a.entity.id}`;

/**
 * The other main party of the document's conflict, when the report is about two sides: the two most
 * mentioned sides (a country's state, or a non-state group) stand clear of the third. In a report about
 * many parties nobody is guessed.
 */
/** A guessed attacker, unless it is a side that commits no acts of force (civilians, relief agencies, media). */
function armed(a: ActorMention | null): ActorMention | null {
  return a && a.sector && UNARMED.has(a.sector) ? null : a;
}

function otherParty(ctx: Context, src: ActorMention): ActorMention | null {
  if (!ctx.guess) return null;
  const mine = sideOf(src);
  const dyad = ctx.dyad?.sides;
  // A party's act is aimed at the other party; an outsider's ('حذرت إيران ...') at the conflict, named by
  // its most mentioned side.
  if (dyad) {
    const count = (side: string) => ctx.actors.filter((a) => sideOf(a) === side && !a.place).length;
    const theirs = dyad.includes(mine) ? (dyad[0] === mine ? dyad[1] : dyad[0]) : count(dyad[0]) >= count(dyad[1]) ? dyad[0] : dyad[1];
    const rep = ctx.actors.find((a) => a.entity.type === 'COUNTRY' && `${a.entity.country}|state` === theirs) ?? ctx.actors.find((a) => sideOf(a) === theirs && !a.place);
    if (rep) return sideActor(ctx, rep);
  }
  const counts = new Map<string, { a: ActorMention; n: number }>();
  for (const a of ctx.actors) {
    if (!a.entity.country || a.place || a.entity.type === 'MEDIA') continue;
    const k = sideOf(a);
    const c = counts.get(k) ?? { a, n: 0 };
    // A side is named by its country entity when it has one ('Armenia', not its defence ministry).
    if (c.a.entity.type !== 'COUNTRY' && a.entity.type === 'COUNTRY') c.a = a;
    c.n++;
    counts.set(k, c);
  }
  const top = [...counts.entries()].sort((x, y) => y[1].n - x[1].n);
  if (top.length < 2 || top[1][1].n < 2) return null;
  if (top.length > 2 && top[2][1].n * 3 > top[1][1].n * 2) return null;
  const other = top[0][0] === mine ? top[1] : top[1][0] === mine ? top[0] : null;
  if (!other) return null;
  return sideActor(ctx, other[1].a);
}

/** A side as an actor: a state by its country ('Armenia', not its defence ministry), a group by itself. */
function sideActor(ctx: Context, rep: ActorMention): ActorMention | null {
  return isState(rep) && rep.entity.type !== 'COUNTRY' ? countryActor(ctx, rep.entity.country!) : rep;
}

/** The last two parties named together before a word: 'A و B' or 'بين A و B' (for 'الطرفان', dual verbs). */
function recentPair(ctx: Context, before: number): [ActorMention, ActorMention] | null {
  const prior = ctx.actors.filter((a) => a.last < before && !a.place && a.entity.country && a.prep !== 'بين');
  for (let k = prior.length - 1; k > 0; k--) {
    const b = prior[k];
    const a = prior[k - 1];
    if (a.entity.country === b.entity.country) continue;
    // 'بين البلدين، أرمينيا وأذربيجان' names the pair a relation is between, not who acts.
    if (ctx.words.slice(Math.max(0, a.first - 4), a.first).some((w) => w.kind === 'word' && w.readings.some((r) => r.stem === 'بين'))) continue;
    if (b.first - a.last <= 1 && /^[\s\u00a0]*و/.test(ctx.doc.text.slice(a.end, b.start + 1))) return [a, b];
    if (before - b.last > 60) break;
  }
  return null;
}

/** A dual verb ('اتفقا', 'رحبا', 'تبادلا'): the perfect with the dual ending. */
function dualVerb(hit: TriggerHit, words: Word[]): boolean {
  if (hit.pos !== 'verb' || hit.tense !== 'perfect') return false;
  return words[hit.first].readings.some((r) => r.stem.endsWith('ا') && loadLexicon().forms.get(r.stem.slice(0, -1))?.includes(hit.entry));
}

function pairActors(ctx: Context): [ActorMention | null, ActorMention | null] {
  // The two countries the document is about: most mentioned COUNTRY entities.
  const counts = new Map<string, { a: ActorMention; n: number }>();
  for (const a of ctx.actors) {
    if (a.entity.type !== 'COUNTRY') continue;
    const c = counts.get(a.entity.id) ?? { a, n: 0 };
    c.n++;
    counts.set(a.entity.id, c);
  }
  const top = [...counts.values()].sort((x, y) => y.n - x.n);
  return [top[0]?.a ?? null, top[1]?.a ?? null];
}

function findTarget(ctx: Context, hit: TriggerHit, clause: [number, number], source: ActorMention | null): ActorMention | null | [ActorMention, ActorMention] {
  const [, to] = clause;
  const limit = Math.min(to, hit.last + 10);
  // Not the source itself, nor the body its title names ('الأمين العام للأمم المتحدة').
  const titleBody = (a: ActorMention) => !!source && a.first >= source.first && (a.first <= source.last || (a.first === source.last + 1 && a.prep === 'ل'));
  // An outlet spoken to ('قال لرويترز') is no target.
  const after = actorsIn(ctx, hit.last + 1, limit).filter((a) => a !== source && !titleBody(a) && !(a.entity.type === 'MEDIA' && a.prep === 'ل'));
  const differs = (a: ActorMention) => !source || (a.entity.id !== source.entity.id && !sameSide(a, source));
  // 'حذر أطراف الصراع', 'دعت موسكو الجانبين': the two parties, whatever the frame says.
  const pairNext = ctx.words.slice(hit.last + 1, Math.min(limit, hit.last + 4)).find((w) => w.kind === 'word' && w.readings.some((r) => PAIR_WORDS.has(r.stem) || PAIR_WORDS.has('ال' + r.stem)));
  if (pairNext && !hit.entry.frame.includes('none')) {
    const [p, q] = recentPair(ctx, hit.first) ?? pairActors(ctx);
    if (p && q) return source && source.entity.country === p.entity.country ? q : source && source.entity.country === q.entity.country ? p : [p, q];
  }
  for (const f of hit.entry.frame) {
    if (f === 'none' || f === 'victim') return null;
    if (f === 'obj') {
      // 'قصفت مواقع لحماس': ل after the object noun names whose it is.
      // Not the body a title belongs to: 'الأمين العام للأمم المتحدة'.
      const genitiveL = (a: ActorMention) => a.prep === 'ل' && (hit.pos === 'noun' || a.first > hit.last + 1) && !(source && a.first >= source.first && a.first <= source.last + 1);
      const o = after.find((a) => (!a.prep || genitiveL(a)) && differs(a) && (!a.place || canAct(ctx, { ...a, prep: null })));
      if (o) return o;
      continue;
    }
    if (f === 'sym' || f === 'بين') {
      const bi = after.findIndex((a) => a.prep === 'بين');
      if (bi >= 0) {
        const x = after[bi];
        const rest = after.slice(bi + 1).filter((a) => a.entity.id !== x.entity.id && a.first > x.last);
        // The other side: another country, or the other side of one country ('بين الجيش السوداني وقوات الدعم السريع').
        const y = rest.find((a) => !sameSide(a, x) && a.entity.type !== 'COUNTRY') ?? rest.find((a) => a.entity.country !== x.entity.country) ?? rest[0];
        if (y) return [x, y];
      }
      // 'الجيشين الأذربيجاني والأرميني': two nisbas joined by و right after the noun.
      const first = after[0];
      const second = after[1];
      if (first && second && first.form === 'nisba' && second.form === 'nisba' && second.first - first.last <= 2 && first.first - hit.last <= 2) return [first, second];
      const pairWord = ctx.words.slice(hit.last + 1, limit).find((w) => w.kind === 'word' && w.readings.some((r) => PAIR_WORDS.has(r.stem) || PAIR_WORDS.has('ال' + r.stem)));
      if (pairWord) {
        const [p, q] = recentPair(ctx, hit.first) ?? pairActors(ctx);
        if (p && q) return source && source.entity.id === p.entity.id ? q : source && source.entity.id === q.entity.id ? p : [p, q];
      }
      if (f === 'sym') {
        const m = after.find((a) => a.prep === 'مع' && differs(a));
        if (m) return m;
      }
      continue;
    }
    const p = after.find((a) => (a.prep === f || (f === 'الي' && a.prep === 'ل')) && differs(a) && (!a.place || canAct(ctx, { ...a, prep: null })));
    if (p) return p;
    // 'هدد بمهاجمة مواقع الدعم السريع': the object of the verbal noun the preposition governs.
    if (f === 'ب' || f === 'ل') {
      const masdar = ctx.words.slice(hit.last + 1, Math.min(limit, hit.last + 3)).find((w) => w.kind === 'word' && w.readings.some((r) => r.proclitics.includes(f) && r.stem.length >= 4));
      const o = masdar && after.find((a) => !a.prep && a.first > masdar.index && a.first - masdar.index <= 3 && differs(a) && !a.place);
      if (o) return o;
    }
  }
  return null;
}

function findLocation(ctx: Context, hit: TriggerHit, clause: [number, number]): ActorMention | null {
  const [from, to] = clause;
  const places = ctx.actors.filter((a) => a.place && a.entity.geo && ctx.words[a.first].sentence === ctx.words[hit.first].sentence);
  const inClause = places.filter((a) => a.first >= from && a.last < to);
  const pool = inClause.length ? inClause : places;
  if (!pool.length) return null;
  const rank: Record<string, number> = { site: 0, city: 1, admin2: 2, admin1: 3, country: 5 };
  // Nearest after the trigger first, then nearest before; the most precise on ties.
  return [...pool].sort((a, b) => {
    const da = a.first > hit.last ? a.first - hit.last : (hit.first - a.last) + 3;
    const db = b.first > hit.last ? b.first - hit.last : (hit.first - b.last) + 3;
    return da - db || (rank[a.entity.geo!.precision] ?? 4) - (rank[b.entity.geo!.precision] ?? 4);
  })[0];
}

function findDate(ctx: Context, hit: TriggerHit): string | null {
  const s = ctx.doc.sentences[ctx.words[hit.first].sentence];
  const trig = ctx.words[hit.first].start;
  const times = ctx.doc.times.filter((t: TimeExpr) => t.kind !== 'duration' && s && t.start >= s.start && t.end <= s.end && t.granularity !== 'decade' && t.granularity !== 'century');
  if (times.length) {
    times.sort((a, b) => Math.abs(a.start - trig) - Math.abs(b.start - trig));
    return times[0].value;
  }
  // A past report with no date of its own happened on the publication date: a verb in the perfect
  // ('تظاهر' is perfect too), or a verbal noun a perfect light verb carries ('شنت غارات', 'أرسلت مساعدات').
  if (!ctx.doc.source.published) return null;
  if (hit.pos === 'verb' && hit.tense === 'perfect') return ctx.doc.source.published;
  if (hit.pos !== 'verb' && lightVerbBefore(ctx, hit)) return ctx.doc.source.published;
  return null;
}

let lightVerbs: Set<string> | null = null;
/** A light verb in the perfect within three words before a verbal noun: 'شن الجيش غارات', 'نظموا مظاهرة'. */
function lightVerbBefore(ctx: Context, hit: TriggerHit): boolean {
  lightVerbs ??= new Set(['شن', 'نفذ', 'اجري', 'ارسل', 'نظم', 'وقع', 'فرض', 'قدم', 'اعلن', 'اطلق', 'بدا', 'شهد', 'خاض', 'ابرم', 'عقد', 'اصدر', 'اعرب', 'ابدي', 'تبني'].flatMap(perfectForms));
  const s = ctx.words[hit.first].sentence;
  for (let k = hit.first - 1; k >= Math.max(0, hit.first - 4); k--) {
    const w = ctx.words[k];
    if (w.sentence !== s || w.kind !== 'word') break;
    if (w.readings.some((r) => lightVerbs!.has(r.stem))) return true;
  }
  return false;
}

/** Which counts belong to which acts: the dead to an attack, prisoners to an arrest or capture, troops and
 * hardware to a deployment, a delivery or a battle. A seizure of ground does not kill 30,000 people. */
const COUNTS_FOR: Record<string, Set<string>> = {
  killed: new Set(['ASSAULT']),
  wounded: new Set(['ASSAULT']),
  captured: new Set(['COERCE', 'ASSAULT', 'RETREAT']),
  equipment: new Set(['ASSAULT', 'MOBILIZE', 'AID', 'COERCE']),
  personnel: new Set(['MOBILIZE', 'AID', 'ASSAULT', 'PROTEST', 'RETREAT']),
};

function findNumbers(ctx: Context, hit: TriggerHit): EventRecord['numbers'] {
  const s = ctx.doc.sentences[ctx.words[hit.first].sentence];
  return ctx.doc.quantities
    .filter((q: Quantity) => s && q.start >= s.start && q.end <= s.end && q.kind !== 'other' && (COUNTS_FOR[q.kind]?.has(hit.entry.type) ?? false))
    .map((q) => ({ kind: q.kind, value: q.value, unit: q.unit }));
}

function speakerOf(ctx: Context, cue: CueHit, clauseFrom: number): ActorMention | null {
  // The speaker follows the speech verb (VSO) or precedes it: 'قالت وزارة الدفاع', 'بحسب وزارة الدفاع'.
  const after = ctx.actors.find((a) => a.first > cue.at && a.first <= cue.at + 5 && (!a.prep || a.prep === 'عن') && !a.place);
  if (after) return after;
  const before = ctx.actors.filter((a) => a.last < cue.at && a.first >= clauseFrom && !a.prep && !a.place);
  return before[before.length - 1] ?? null;
}

function isFuture(hit: TriggerHit): boolean {
  return hit.pos === 'verb' && hit.proclitics.includes('س');
}

let contextLists: Map<string, string[]> | null = null;
function contextWords(type: string): string[] | undefined {
  if (!contextLists) {
    contextLists = new Map(loadTsv('lexicon/event_context.tsv').map((r) => [r.type, r.words.split('|').map((w) => normalizeArabic(w.trim()))]));
  }
  return contextLists.get(type);
}

function sentenceHas(ctx: Context, hit: TriggerHit, list: string[]): boolean {
  const s = ctx.words[hit.first].sentence;
  return ctx.words.some((w) => w.sentence === s && w.kind === 'word' && (w.index < hit.first || w.index > hit.last) && list.some((c) => wordHas(w, c, true)));
}

/** Drops hits that only mention violence or politics in passing (questions, generic nouns with nothing concrete). */
function concrete(ctx: Context, hit: TriggerHit, source: ActorMention | null, target: unknown, location: ActorMention | null, numbers: EventRecord['numbers'], date: string | null): boolean {
  const s = ctx.words[hit.first].sentence;
  const sentenceWords = ctx.words.filter((w) => w.sentence === s);
  if (sentenceWords.some((w) => w.kind === 'word' && w.readings[0].stem === 'هل')) return false;
  if (sentenceWords.some((w) => w.text === '؟' || w.text === '?')) return false;
  // Aid blocked is not aid given: 'أغلقت المعبر أمام المساعدات', 'منع دخول المساعدات'.
  if (hit.entry.type === 'AID') {
    const before = ctx.words.slice(Math.max(0, hit.first - 2), hit.first).filter((w) => w.kind === 'word');
    if (before.some((w) => w.readings.some((r) => BLOCKING.has(r.stem)))) return false;
  }
  const needed = contextWords(hit.entry.type);
  const casualties = numbers.some((n) => n.kind === 'killed' || n.kind === 'wounded');
  // Violence words around it, casualties, or a named party or place make an attack concrete.
  if (needed && !casualties && !sentenceHas(ctx, hit, needed) && !location && !(source && target)) return false;
  if (hit.pos === 'verb') return true;
  return !!(source || target || location || numbers.length || date || sentenceHas(ctx, hit, contextWords('HAPPENED') ?? []));
}

/** What an act of one type is often done for, named with ل: an agreement to cooperate, a protest to demand. */
const PURPOSES = new Map([['AGREE', 'COOPERATE'], ['PROTEST', 'DEMAND']]);
/** Light verbs that take an act back as their object: 'شنته', 'نفذتها', 'تبنته'. */
const TAKE_BACK = new Set(['شن', 'شنت', 'شنه', 'نفذ', 'نفذت', 'تبني', 'تبنت', 'اطلق', 'اطلقت', 'ارتكب', 'ارتكبت']);
const BLOCKING = new Set(['امام', 'منع', 'عرقله', 'وقف', 'حجب', 'تعطيل', 'عرقلت', 'منعت', 'يمنع', 'تمنع']);
const SPEECH_ACTS = new Set(['DEMAND', 'THREATEN', 'ACCUSE', 'AGREE', 'REJECT']);
const MATERIAL_CONFLICT = new Set(['ASSAULT', 'COERCE', 'PROTEST', 'MOBILIZE', 'SANCTION']);
const RELATIVE = new Set(['الذي', 'التي', 'اللذين', 'اللتين', 'الذين', 'اللذان', 'اللتان', 'اللواتي', 'اللاتي']);

function inTitle(ctx: Context, hit: TriggerHit): boolean {
  return ctx.hasTitle && ctx.words[hit.first].sentence === 0;
}

/**
 * A material event the text reports as happening, not one it recalls, imagines or generalises
 * about: not in a relative clause about an earlier act ('الهجوم الذي استهدف'), not a present
 * or future verb outside a headline unless dated, not negated, conditional or merely intended.
 */
function reported(ctx: Context, hit: TriggerHit, modality: string, numbers: EventRecord['numbers']): boolean {
  if (modality === 'negated' || modality === 'conditional' || modality === 'intended') return false;
  const prev = ctx.words[hit.first - 1];
  if (prev && prev.kind === 'word' && RELATIVE.has(prev.readings[0].stem) && hit.pos === 'verb') return false;
  if (hit.tense === 'future') return false;
  // 'للسيطرة على قاعدة', 'لاستعادة المدينة': an act named as a purpose has not happened ('تعرضت لقصف' has).
  const own = ctx.words[hit.first];
  // (A gathering 'للاحتجاج' is itself the protest.)
  if (hit.pos === 'noun' && hit.entry.type !== 'PROTEST' && own.readings.some((r) => r.proclitics[0] === 'ل' || (r.proclitics[0] === 'و' && r.proclitics[1] === 'ل')) && /^و?ل/.test(own.norm)) {
    const suffered = ctx.words.slice(Math.max(0, hit.first - 4), hit.first).some((w) => w.kind === 'word' && w.readings.some((r) => /^(تعرض|تعرضت|يتعرض|تتعرض|تعرضوا|يتعرضون)$/.test(r.stem)));
    if (!suffered) return false;
  }
  const dated = sentenceHasTime(ctx, hit);
  const casualties = numbers.some((n) => n.kind === 'killed' || n.kind === 'wounded');
  if (hit.tense === 'imperfect' && !inTitle(ctx, hit) && !dated && !casualties) return false;
  if (hit.pos === 'noun' && prev && prev.kind === 'word') {
    // A definite event noun governed by a preposition or another noun is talked about, not reported.
    const w = ctx.words[hit.first];
    const definite = w.readings.some((r) => r.proclitics.includes('ال') && lexiconHas(r.stem)) && !w.readings.some((r) => r.proclitics.length === 0 && lexiconHas(r.stem));
    const governed = /^(حول|عن|بعد|قبل|منذ|ضد|وراء|خلف|بسبب|اثر|جراء|ضحايا|موقع|جريمه|منفذي|منفذ|مسؤوليه|عمليات|تهديد|تعويضات|سياسه|حوادث|ملف|قضيه|التحقيق|تحقيق)$/.test(prev.readings[0].stem);
    // Nouns of the courts, inquiries and politics of violence make any event noun background.
    const backgroundHead = /^(جريمه|جرائم|محاكمه|المتهمين|المتورطين|مرتكبي|منفذي|تهم|تهمه|بتهمه|سياسه|ذكري|مناسبه|ضحايا|تعويضات|ملف|قضيه|محاوله|محاولات|خطر|مخاطر|تهديد|ضروره|منع|مكافحه)$/.test(prev.readings[prev.readings.length - 1].stem) || /^(جريمه|جرائم|محاكمه|سياسه|ذكري|مكافحه|تهمه|تهم)$/.test(prev.readings[0].stem);
    if (backgroundHead && !dated && !casualties) return false;
    if (definite && governed && !dated && !casualties && !sentenceHas(ctx, hit, contextWords('HAPPENED') ?? [])) return false;
  }
  return true;
}

function lexiconHas(stem: string): boolean {
  return loadLexicon().forms.has(stem);
}

function sentenceHasTime(ctx: Context, hit: TriggerHit): boolean {
  const s = ctx.doc.sentences[ctx.words[hit.first].sentence];
  if (s && ctx.doc.times.some((t) => t.kind !== 'duration' && t.start >= s.start && t.end <= s.end)) return true;
  return sentenceHas(ctx, hit, ['امس', 'اليوم', 'الليله', 'صباح', 'مساء', 'فجر', 'ظهر']);
}

export type CodedEvent = EventRecord & { sentence: number; clause: number; hit: TriggerHit; flags: string[]; also?: string[] };


export interface Coded {
  words: Word[];
  events: CodedEvent[];
  hasTitle: boolean;
}

export interface CodeOptions {
  /** Types whose report check is learned: their rule verdicts become features instead of filters. */
  learned?: Set<string>;
  /** The sides model and a recorder of its candidates. */
  sides?: SidesOptions;
}

/** The events the rules find, before the learned report check and before merging. */
export function codeEvents(doc: Doc, opts: CodeOptions = {}): Coded {
  if (!doc.text) return { words: [], events: [], hasTitle: false };
  loadLexicon();
  const words = wordsOf(doc.text, doc.sentences);
  const named = actorMentions(doc.entities.filter((e) => !e.id.startsWith('rasad:generic:')), words);
  const ctx: Context = { doc, words, actors: named, hasTitle: !!doc.source.title, guess: false, dyad: null, sides: { words, text: doc.text, actors: actorMentions(doc.entities, words) } };
  currentText = doc.text;
  // First without guessing: the sides the report shows fighting or threatening each other are its conflict.
  ctx.dyad = conflictDyad(ctx, codeHits(ctx, opts));
  ctx.guess = true;
  const events = codeHits(ctx, opts);
  return finishEvents(ctx, events);
}

/** The pair of sides most often found acting against each other in the report's own words. */
function conflictDyad(ctx: Context, events: CodedEvent[]): Context['dyad'] {
  const pairs = new Map<string, number>();
  for (const e of events) {
    if (!e.source?.country || !e.target?.country || !(MATERIAL_CONFLICT.has(e.type) || e.type === 'THREATEN' || e.type === 'ACCUSE')) continue;
    const a = ctx.actors.find((m) => m.entity.id === e.source!.entity);
    const b = ctx.actors.find((m) => m.entity.id === e.target!.entity);
    if (!a || !b) continue;
    const key = [sideOf(a), sideOf(b)].sort().join(' ');
    if (sideOf(a) !== sideOf(b)) pairs.set(key, (pairs.get(key) ?? 0) + 1);
  }
  // Clear of any other pair: two pairs as often found make no one conflict.
  const [best, next] = [...pairs].sort((x, y) => y[1] - x[1]);
  return best && (!next || next[1] < best[1]) ? { sides: best[0].split(' ') as [string, string], acts: best[1] } : null;
}

/** One coded event per trigger hit, before the document-level passes. */
function codeHits(ctx: Context, opts: CodeOptions): CodedEvent[] {
  const { doc, words } = ctx;
  const events: CodedEvent[] = [];
  for (const hit of findTriggers(words)) {
    // A trigger word inside a name is part of the name: 'قوات الاحتلال', 'قوات حفظ السلام'.
    if (ctx.actors.some((a) => !a.place && a.first <= hit.first && a.last >= hit.last && a.form !== 'pronoun')) continue;
    let clause = clauseBounds(ctx, hit);
    // The words that introduce the speech ('نفت دمشق أن', 'ادعى الجيش أنه') still govern its modality.
    const cueFrom = clause[0];
    // An act told inside reported speech: its actors are within the speech; the speaker is handled below.
    const speech = ctx.doc.quotes.find((q) => q.start <= words[hit.first].start && words[hit.first].start < q.end);
    if (speech) {
      const qFirst = words.findIndex((w) => w.start >= speech.start);
      if (qFirst > clause[0] && qFirst <= hit.first) clause = [qFirst, clause[1]];
    }
    let source = hit.entry.frame.includes('none') && hit.entry.mode === 'killing' && hit.pos === 'noun' ? null : findSource(ctx, hit, clause);
    // Inside reported speech, 'we' and 'his country' are the speaker: 'قال روحاني إن بلاده مستعدة'.
    const quoted = speakerAt(ctx, words[hit.first].start);
    // In reported speech, the speaker concerns, accuses, praises: what the clause names is the target.
    let speechTarget: ActorMention | null = null;
    if (quoted && (hit.entry.type === 'ACCUSE' || hit.entry.type === 'SUPPORT') && source && source.entity.country !== quoted.entity.country && !isOwnCountryPronoun(source)) {
      speechTarget = source;
      source = quoted;
    }
    if (quoted && VERBAL.has(hit.entry.type) && (!source || firstPerson(hit, words) || isOwnCountryPronoun(source))) source = quoted;
    // The trigger is itself the speech verb of a quote ('كما حذر ... من'): its speaker acts.
    if (!source && VERBAL.has(hit.entry.type)) {
      const own = ctx.doc.quotes.find((q) => q.cueStart !== undefined && q.cueStart >= words[hit.first].start && q.cueStart < words[hit.last].end && q.speaker);
      const e = own && ctx.doc.entities.find((x) => x.id === own.speaker);
      if (e) source = ctx.actors.find((a) => a.entity.id === e.id) ?? null;
    }
    // A dual verb: the last pair named together ('وأكد باقري وحسنوف ... واتفقا').
    if (dualVerb(hit, words) && !(source && coordinated(ctx, source))) {
      const pair = recentPair(ctx, hit.first);
      if (pair) {
        source = pair[0];
        speechTarget = pair[1];
      }
    }
    // 'وأشار البلدان بأصابع الاتهام', 'تبادل الطرفان': the pair itself is the subject.
    if (!source && !speechTarget) {
      const pairBefore = ctx.words.slice(clause[0], hit.first).some((w) => w.kind === 'word' && w.readings.some((r) => PAIR_WORDS.has(r.stem) || PAIR_WORDS.has('ال' + r.stem)));
      const pair = pairBefore ? recentPair(ctx, hit.first) ?? pairActors(ctx) : null;
      if (pair && pair[0] && pair[1]) {
        source = pair[0];
        speechTarget = pair[1];
      }
    }
    // 'تعرضت المدينة لقصف': the subject is the one attacked.
    if (hit.entry.frame.includes('victim') && source) {
      speechTarget = source;
      source = null;
    }
    let target = speechTarget ?? findTarget(ctx, hit, clause, source);
    let src: ActorMention | null = source;
    if (Array.isArray(target)) {
      if (!src) [src, target] = target;
      else target = target[0].entity.id === src.entity.id ? target[1] : target[0];
    }
    let tgt = target as ActorMention | null;
    // 'استشهد ثلاثة فلسطينيين برصاص الجيش الإسرائيلي', 'قُتل جنديان بنيران القوات التركية': who died comes
    // after the verb, who killed them after 'برصاص', 'على يد', 'من قبل'.
    if (hit.entry.type === 'ASSAULT' && (hit.entry.mode === 'killing' || hit.entry.mode === 'wounding')) {
      const agent = agentAfter(ctx, hit, clause);
      if (agent && agent.entity.id !== src?.entity.id) {
        if (src && src.first > hit.last && (!tgt || tgt.entity.id === agent.entity.id)) tgt = src;
        src = agent;
        if (tgt && tgt.entity.id === agent.entity.id) tgt = null;
      }
    }
    // A deployment or alert aimed at its own country is none: 'القوات المسلحة الإيرانية' is the force moved.
    if (hit.entry.type === 'MOBILIZE' && tgt && src && tgt.entity.country && tgt.entity.country === src.entity.country) tgt = null;
    // 'أجرى لافروف وظريف محادثة': a coordinated subject is the other side of a symmetric act.
    if (src && !tgt && SYMMETRIC.has(hit.entry.type)) tgt = coordinated(ctx, src);
    // Who suffered is the target: 'مقتل 51 جنديا أرمينيا', 'الخسائر الأرمنية'.
    if (!tgt && MATERIAL_CONFLICT.has(hit.entry.type)) {
      const victim = ctx.actors.find((a) => a.first >= clause[0] && a.last < clause[1] && !a.place && isVictim(ctx, a) && (!src || a.entity.country !== src.entity.country));
      if (victim) tgt = victim;
    }
    // 'أعلنت أوكرانيا أنها استعادت السيطرة': the pronoun that opens the reported clause is the teller.
    if (!src && tellerPronounBefore(ctx, hit)) {
      const teller = speakerAt(ctx, words[hit.first].start);
      if (teller && teller.entity.type !== 'MEDIA' && teller.entity.id !== tgt?.entity.id) src = teller;
    }
    // 'أعلن الحوثيون مسؤوليتهم عن الهجوم', 'تبنى تنظيم داعش الهجوم': a claimed attack by the claimant.
    const claimant = MATERIAL_CONFLICT.has(hit.entry.type) ? responsibilityClaimant(ctx, hit, clause) : null;
    if (claimant && !src) src = claimant;
    // 'تعرضت حلب لقصف من الطيران الروسي': the force after 'من' did it.
    if (!src && hit.entry.type === 'ASSAULT') {
      const by = ctx.actors.find((a) => a.first > hit.last && a.first <= hit.last + (hit.entry.frame.includes('victim') ? 9 : 5) && a.last < clause[1] && a.sector === 'MIL' && [a.first - 1, a.first - 2].some((k) => ctx.words[k]?.kind === 'word' && ctx.words[k].readings.some((r) => r.stem === 'من')));
      if (by) {
        if (by.entity.id === tgt?.entity.id) tgt = null;
        src = by;
      }
    }
    // 'قواتها قصفت', 'قصفت طائراته': the teller's own forces act.
    if (!src && MATERIAL_CONFLICT.has(hit.entry.type) && ownForcesAt(ctx, hit)) {
      const teller = speakerAt(ctx, words[hit.first].start);
      if (teller && teller.entity.type !== 'MEDIA' && (!tgt || teller.entity.country !== tgt.entity.country)) src = teller;
    }
    // The sides model (./sides/): fills or corrects the sides named in the sentence before anything is guessed.
    ({ source: src, target: tgt } = chooseSides(ctx.sides, hit, clause, { source: src, target: tgt }, opts.sides));
    // A fight or attack told by one party, with the other party named: the teller's side acts.
    let guessedAttacker = false;
    if (!src && tgt && MATERIAL_CONFLICT.has(hit.entry.type)) {
      const teller = speakerAt(ctx, words[hit.first].start);
      if (teller && teller.entity.type !== 'MEDIA' && teller.entity.country && teller.entity.country !== tgt.entity.country) src = teller;
      else if (hit.entry.type === 'ASSAULT') guessedAttacker = !!(src = armed(otherParty(ctx, tgt)));
    }
    let guessedTarget = false;
    // An attack on a place held by another side is an attack on that side (on a disputed place, the
    // side that held it then: data/kb/control.tsv).
    const location = findLocation(ctx, hit, clause);
    const date = findDate(ctx, hit);
    const side = location ? holderOf(location.entity.id, date ?? ctx.doc.source.published) ?? location.entity.country : null;
    if (src && !tgt && hit.entry.type === 'ASSAULT' && side && side !== src.entity.country) {
      tgt = countryActor(ctx, side) ?? null;
    }
    // An attack on a place with no side named: on the place's holder, by the other party of the report.
    let guessedSource = guessedAttacker;
    if (!src && !tgt && hit.entry.type === 'ASSAULT' && side && location) {
      const held = countryActor(ctx, side);
      // On a disputed place the other side is the state it belongs to by law; elsewhere, the report's other party.
      const lawful = location.entity.country;
      const other = armed(!held ? null : lawful && lawful !== side ? countryActor(ctx, lawful) : otherParty(ctx, held));
      if (held && other) {
        tgt = held;
        src = other;
        guessedSource = true;
      }
    }
    if (src && !tgt && AIMED.has(hit.entry.type)) {
      tgt = otherParty(ctx, src);
      guessedTarget = !!tgt;
    }
    // Nobody acts on itself: a target read as the source again is no target.
    if (src && tgt && src.entity.id === tgt.entity.id) tgt = null;
    const numbers = findNumbers(ctx, hit);
    const cues = cuesBefore(words, cueFrom, hit.first);
    const modality = hit.entry.type === 'REJECT' && cues.every((c) => c.kind !== 'negated') ? 'asserted' : modalityOf(cues.filter((c) => !(c.kind === 'threatened' && hit.entry.type === 'THREATEN')), isFuture(hit));
    // Types with a learned report check get the rule verdicts as evidence; the others obey them.
    const flags: string[] = [];
    if (!claimant && !concrete(ctx, hit, src, tgt, location, numbers, date)) flags.push('unconcrete');
    if (MATERIAL_CONFLICT.has(hit.entry.type) && !claimant && !reported(ctx, hit, modality, numbers)) flags.push('unreported');
    if (modality !== 'asserted') flags.push(`modality=${modality}`);
    const learned = opts.learned?.has(hit.entry.type) ?? false;
    if (flags.some((f) => f === 'unconcrete' || f === 'unreported') && !learned) continue;
    const attribution = cues.find((c) => c.kind === 'claimed' || c.kind === 'report');
    // Who tells it: the speaker of the speech it stands in, else the subject of the cue before it.
    const speaker = quoted ?? (attribution ? speakerOf(ctx, attribution, clause[0]) : null);
    const sentence = doc.sentences[words[hit.first].sentence];
    const trigger = { start: words[hit.first].start, end: words[hit.last].end };
    const ev: CodedEvent = {
      type: hit.entry.type,
      mode: hit.entry.mode,
      cameo: hit.entry.cameo,
      quad: QUAD[hit.entry.type],
      intensity: hit.entry.intensity,
      source: toEventActor(src),
      target: toEventActor(tgt),
      location: toEventLocation(location),
      date,
      modality: claimant && modality === 'asserted' ? 'claimed' : modality === 'asserted' && speaker && src && speaker.entity.country && speaker.entity.country !== src.entity.country && attribution?.kind === 'claimed' ? 'claimed' : modality,
      claimed_by: speaker?.entity.id ?? null,
      numbers,
      summary_en: '',
      evidence: { start: sentence.start, end: sentence.end },
      // A side guessed from the report's conflict adds nothing: only what the text names does.
      confidence: Math.min(0.95, 0.45 + (src && !guessedSource ? 0.2 : 0) + (tgt && !guessedTarget ? 0.1 : 0) + (hit.pos === 'verb' ? 0.1 : 0) + (location || date ? 0.05 : 0) + (hit.entry.requires.length ? 0.05 : 0)),
      trigger: { ...trigger, text: doc.text.slice(trigger.start, trigger.end), rule: `${hit.entry.pos}:${hit.entry.lemma} (${hit.entry.type} ${hit.entry.cameo}, frame ${hit.entry.frame.join('|')})` },
      sentence: words[hit.first].sentence,
      clause: clause[0],
      hit,
      flags: [...flags, ...(claimant ? ['responsibility-claimed'] : []), ...(backReference(ctx, hit) ? ['back-reference'] : []), ...(guessedTarget ? ['guessed-target'] : []), ...(guessedSource ? ['guessed-source'] : []), src && tgt && !guessedTarget ? 'two-sided' : 'one-sided'],
    };
    events.push(ev);
  }
  return events;
}

function finishEvents(ctx: Context, events: CodedEvent[]): Coded {
  const { words } = ctx;
  // The content of a speech act is not an act of its own: 'دعا أرمينيا إلى الانسحاب', 'اتهم تركيا
  // بجلب المقاتلين', 'تعهدت باستعادة قره باغ', 'مستعدة لتقديم تنازلات'.
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i];
    if (e.hit.pos !== 'noun') continue;
    const prev = words[e.hit.first - 1];
    // A phrase trigger keeps no clitics of its own: read them off its first word.
    const proclitics = e.hit.proclitics.length ? e.hit.proclitics : words[e.hit.first].readings.find((r) => r.proclitics.length)?.proclitics ?? [];
    const governed =
      proclitics.some((p) => p === 'ب' || p === 'ل') ||
      ['الي', 'علي'].includes(prev?.readings[0].stem ?? '') ||
      // 'لتقديم تنازلات', 'بتنفيذ مناورة': the object of a purpose or manner noun.
      (prev?.kind === 'word' && /^[وف]?[بل]/.test(prev.norm) && prev.readings.some((r) => r.proclitics.some((p) => p === 'ب' || p === 'ل')));
    if (!governed) continue;
    // ... and the purpose of an act is not another one: 'التقى نظيره لبحث الأزمة', 'وقعا اتفاقا للتعاون'.
    const head = events.find((o) => o !== e && o.sentence === e.sentence && o.hit.last < e.hit.first && e.hit.first - o.hit.last <= 5 && (SPEECH_ACTS.has(o.type) || o.type === e.type || PURPOSES.get(o.type) === e.type));
    if (head) events.splice(i, 1);
  }
  // Acts joined by و in one breath are one announcement: 'أعلن الأحكام العرفية والتعبئة العامة'.
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i];
    if (e.hit.pos !== 'noun' || !words[e.hit.first].readings.some((r) => r.proclitics[0] === 'و')) continue;
    const head = events.find((o) => o !== e && o.sentence === e.sentence && o.hit.pos === 'noun' && e.hit.first - o.hit.last === 1 && MATERIAL_CONFLICT.has(e.type) === MATERIAL_CONFLICT.has(o.type));
    if (!head) continue;
    head.source ??= e.source;
    head.target ??= e.target;
    head.also = [...(head.also ?? []), e.type, ...(e.also ?? [])];
    events.splice(i, 1);
  }
  // An attack or protest told with no place of its own ('غارة ثالثة قصفت حي الصعدي') happened where the
  // report's last one of its kind did, a sentence or three before.
  for (const [k, e] of events.entries()) {
    if (e.location || !(e.type === 'ASSAULT' || e.type === 'PROTEST')) continue;
    const prior = events.slice(0, k).reverse().find((o) => o.type === e.type && o.location && e.sentence - o.sentence <= 3 && e.sentence > o.sentence);
    if (prior) {
      e.location = prior.location;
      e.flags.push('inherited-location');
    }
  }
  // An act with no party named, told beside another of its kind ('اندلع قتال بين أرمينيا وأذربيجان،
  // حيث أُسقطت طائرتان'): it happened to one of the parties of that act.
  for (const [k, e] of events.entries()) {
    if (e.source || e.target) continue;
    const near = events.find((o) => o !== e && o.sentence === e.sentence && o.type === e.type && (o.target || o.source));
    if (near && AIMED.has(e.type)) {
      e.target = near.target ?? near.source;
      e.flags.push('inherited-target');
      continue;
    }
    // 'نشر هذه القوات ... أصبحت القوات المسلحة الإيرانية في حالة تأهب': the same side's act, told twice.
    if (near) {
      e.source = near.source;
      e.target = near.target;
      e.flags.push('inherited-sides');
      continue;
    }
    // Further attacks told later in a report of an attack ('غارة ثالثة قصفت ...') are by the same side on the same side.
    if (e.type !== 'ASSAULT') continue;
    const sided = (o: CodedEvent) => o.type === 'ASSAULT' && !!o.source && !!o.target && !o.flags.includes('guessed-target');
    // The nearest attack with both sides, before it or (for a headline and its lead) after it.
    const before = events.slice(0, k).reverse().find(sided) ?? events.slice(k + 1).find(sided);
    if (before) {
      e.source = before.source;
      e.target = before.target;
      e.flags.push('inherited-sides');
    }
  }
  return { words, events, hasTitle: ctx.hasTitle };
}

/** Sentences with candidate events of a type, with their report features (for the filter and its training). */
export function reportCandidates(coded: Coded, type: string): { sentence: number; features: Features; events: CodedEvent[] }[] {
  const bySentence = new Map<number, CodedEvent[]>();
  for (const e of coded.events) {
    if (e.type !== type) continue;
    const list = bySentence.get(e.sentence) ?? [];
    list.push(e);
    bySentence.set(e.sentence, list);
  }
  return [...bySentence].map(([sentence, events]) => ({
    sentence,
    events,
    features: reportFeatures(coded.words, sentence, events.map((e) => e.hit), coded.hasTitle && sentence === 0, events.flatMap((e) => e.flags)),
  }));
}

const SIDE_NOTES: Record<string, string> = {
  'guessed-target': "target guessed: the other side of the report's conflict",
  'guessed-source': 'source guessed: the other side of the place it struck',
  'inherited-target': 'target taken from an act beside it',
  'inherited-sides': 'sides taken from a nearby act',
  'inherited-location': 'place taken from the act of its kind told just before',
};

export interface ExtractOptions {
  /** Apply the learned report check (default true). */
  reportFilter?: boolean;
  sides?: SidesOptions;
}

export function extractEvents(doc: Doc, opts: ExtractOptions = {}): EventRecord[] {
  const models = opts.reportFilter === false ? new Map() : loadReportModels();
  const coded = codeEvents(doc, { learned: new Set(models.keys()), sides: opts.sides });
  let events = coded.events;
  if (models.size) {
    const drop = new Set<CodedEvent>();
    for (const [type, model] of models) {
      const cands = reportCandidates(coded, type);
      // The model was trained on sentences read alone; in an article that reports this kind of act in
      // several sentences, a sentence about it is far more likely to report one too.
      // So is the headline or the first sentence of a real article (three sentences or more): a news
      // report opens with what happened.
      const article = doc.sentences.length >= 3;
      const lead = coded.hasTitle ? 1 : 0;
      for (const c of cands) {
        const lenient = cands.length >= 3 || (article && c.sentence <= lead);
        if (score(model, c.features) < (lenient ? model.threshold * 0.25 : model.threshold)) for (const e of c.events) drop.add(e);
      }
    }
    events = events.filter((e) => !drop.has(e));
  }
  // The summary is written last, from the fields as merging left them.
  const claimant = (id: string | null) => (id ? doc.entities.find((x) => x.id === id) ?? null : null);
  // How the sides were found, for `rasad explain` and the reader: what the text names, or a guess.
  const how = (flags: string[]) => flags.map((f) => SIDE_NOTES[f]).filter(Boolean).join('; ');
  return mergeEvents(events, coded.hasTitle).map(({ sentence: _s, clause: _c, hit: _h, flags, also: _a, ...e }) => {
    const note = how(flags);
    const trigger = e.trigger && note ? { ...e.trigger, rule: `${e.trigger.rule ?? ''} [${note}]` } : e.trigger;
    const guessed = guessedSides(e, flags);
    return { ...e, trigger, ...(guessed.length ? { guessed } : {}), summary_en: summarize(e, claimant(e.claimed_by)) };
  });
}

export { wordHas };
