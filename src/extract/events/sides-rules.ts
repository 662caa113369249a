// Who did it and to whom: the hand-written rules that find an event's source and target (and the report's conflict they
// guess from), kept together for the learned sides model that replaces them (issue #10).
import { ownerOfStruckThing } from './sides/object-owner.js';
import { loadLexicon } from './lexicon.js';
import type { TriggerHit } from './triggers.js';
import { wordHas, type Word } from '../../arabic/words.js';
import { cannotBeSubject, afterUnnamedSubject } from './verb-agreement.js';
import { directionBefore, firstWordOf, ownSector, prepositionBefore, type ActorMention } from './actors.js';
import type { CueHit } from './modality.js';
import { countryName } from './countries.js';
import { loadKb } from '../../kb/load.js';
import { normalizeArabic } from '../../arabic/normalize.js';
import type { Context, CodedEvent } from './context.js';
import { isState, sideOf, sideTally } from './conflict-sides.js';
import { STATE_SECTORS, isStateForce, FORCE_ACTS, UNARMED, MATERIAL_CONFLICT } from './kinds.js';
import { loadSideRuleWords } from './side-rule-words.js';
import { actorsInRange, actorsOfSentence } from './speech-sides.js';
import { protestTarget } from './protest-target.js';
import { nisbaOfActNoun } from './undergone-doer.js';
import { lowerBound } from '../sorted-spans.js';
import { eventWords } from './word-lists.js';
import { once } from '../../once.js';
import { membersRightAfter } from './members-subject.js';
import { weaponOwner } from './strike-agent.js';

const ACTING_SECTORS = eventWords('acting_sectors');
const TITLE_CHAIN_BREAKS = eventWords('title_chain_breaks');

const WORDS = loadSideRuleWords();
const PLACE_NOUNS = WORDS.get('place_noun')!;
export const PAIR_WORDS = WORDS.get('pair')!;
const VICTIM_HEADS = WORDS.get('victim_head')!;
const OWN_FORCES = WORDS.get('own_forces')!;
const AGENT_MARKERS = WORDS.get('agent_marker')!;
const TELLER_PRONOUNS = WORDS.get('teller_pronoun')!;
const ANNOUNCE = WORDS.get('announce')!;
const RESPONSIBILITY = WORDS.get('responsibility')!;
const TAKE_BACK = WORDS.get('take_back')!;

/** An actor named as the one who suffered ('الخسائر الأرمنية', 'مقتل 51 جنديا أرمينيا'), not past a word that brings in who did it ('برصاص'). */
export function isVictim(ctx: Context, a: ActorMention): boolean {
  for (let k = 1; k <= 3; k++) {
    const w = ctx.words[a.first - k];
    if (!w) return false;
    if (w.kind === 'punct' || hasMarker(w)) return false;
    if (w.kind === 'word' && w.readings.some((r) => VICTIM_HEADS.has(r.stem))) return true;
  }
  return false;
}

const capitals = once(() => new Set(loadKb().countries.map((c) => c.capital).filter((c): c is string => !!c)));
const isCapital = (id: string) => capitals().has(id);

/** An actor may act when it is not a preposition's object and not a place named as a place. */
export function canAct(ctx: Context, a: ActorMention): boolean {
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

/** A force named by what it is whose sector acts (data/lexicon/event_words.tsv acting_sectors): police, soldiers, gunmen. */
const actingGeneric = (a: ActorMention) => a.entity.id.startsWith('rasad:generic:') && ACTING_SECTORS.has((a.sector ?? a.entity.sector ?? '').toLowerCase());

/** The actors of a list in text order (generic actors included) whose words lie in [from, to). */
export function actorsAfter(list: readonly ActorMention[], from: number, to: number): ActorMention[] {
  const out: ActorMention[] = [];
  for (let k = lowerBound(list, firstWordOf, from); k < list.length && list[k].first < to; k++) if (list[k].last < to) out.push(list[k]);
  return out;
}

/** The actors the hand rules see whose words lie in [from, to). */
const actorsIn = (ctx: Context, from: number, to: number) => actorsAfter(ctx.actors, from, to);

/** A force word with a possessive pronoun next to the trigger: 'قواتها', 'طائراته', 'قواتنا'. */
export function ownForcesAt(ctx: Context, hit: TriggerHit): boolean {
  for (const k of [hit.first - 1, hit.first - 2, hit.last + 1, hit.last + 2]) {
    const w = ctx.words[k];
    if (!w || w.kind !== 'word' || w.sentence !== ctx.words[hit.first].sentence) continue;
    if (w.readings.some((r) => r.enclitic && OWN_FORCES.has(r.stem))) return true;
  }
  return false;
}

/** One side of a conflict: the same country, and both of its state or both of the same non-state group
 * ('الجيش السوداني' and 'الدعم السريع' are two sides of one country). */
export function sameSide(a: ActorMention, b: ActorMention): boolean {
  if (a.entity.country === null || b.entity.country === null || a.entity.country !== b.entity.country) return false;
  if (isState(a) && isState(b)) return true;
  return !isState(a) && !isState(b) && (a.entity.type === 'COUNTRY' || b.entity.type === 'COUNTRY' || a.entity.id === b.entity.id);
}

function isPerson(a: ActorMention | null): boolean {
  return !!a && a.entity.type === 'PERSON';
}

/** A word that brings in who did the killing: 'برصاص', 'بنيران', 'على يد', 'من قبل', 'في غارة'. */
const hasMarker = (w: Word | undefined) => !!w && w.kind === 'word' && w.readings.some((r) => AGENT_MARKERS.has(r.stem));

export function agentAfter(ctx: Context, hit: TriggerHit, clause: [number, number]): ActorMention | null {
  // (A genitive with ل is the agent too, 'بغارة للجيش'; a name another preposition governs is where, not who: 'بغارة في اليمن'.)
  const ownPrep = (x: ActorMention) => prepositionBefore(ctx.words, x.first, x.start);
  for (let k = hit.last + 1; k < clause[1]; k++) {
    if (!hasMarker(ctx.words[k])) continue;
    // The agent is the genitive or nisba right after the marker ('برصاص الجيش', 'بقصف روسي': a nisba there says whose
    // strike it was), also a force named by what it is ('برصاص الشرطة', 'على يد مسلحين').
    const agent = (x: ActorMention) => x.first > k && x.first <= k + 2 && !x.place && (ownPrep(x) ?? 'ل') === 'ل' && !directionBefore(ctx.words, x.first) && (canAct(ctx, { ...x, prep: null }) || (x.form === 'nisba' && x.first === k + 1));
    const a = actorsInRange(ctx, k + 1, k + 3).filter(agent).sort((x, y) => x.first - y.first || y.last - x.last)[0] ?? actorsAfter(ctx.sides.actors, k + 1, k + 3).find((x) => agent(x) && actingGeneric(x));
    if (a) return a;
  }
  return null;
}

/** 'أنها', 'إنه' within two words before the trigger: the subject of the reported clause. */
export function tellerPronounBefore(ctx: Context, hit: TriggerHit): boolean {
  for (const k of [hit.first - 1, hit.first - 2]) {
    const w = ctx.words[k];
    if (w && w.kind === 'word' && w.sentence === ctx.words[hit.first].sentence && TELLER_PRONOUNS.has(w.norm.replace(/^[وف]/, ''))) return true;
  }
  return false;
}

/** Who claims an attack: the subject of 'أعلن مسؤوليته عن' or 'تبنى' within four words before the trigger. */
export function responsibilityClaimant(ctx: Context, hit: TriggerHit, clause: [number, number]): ActorMention | null {
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
  const acting = actorsInRange(ctx, clause[0], hit.first).filter((a) => a.first >= clause[0] && a.last < hit.first && canAct(ctx, a));
  return acting[acting.length - 1] ?? null;
}

export function findSource(ctx: Context, hit: TriggerHit, clause: [number, number]): ActorMention | null {
  const [from, to] = clause;
  const fit = (a: ActorMention) => (canAct(ctx, a) || membersRightAfter(ctx, hit, a)) && !(FORCE_ACTS.has(hit.entry.type) && a.sector && UNARMED.has(a.sector));
  const before = actorsIn(ctx, from, hit.first).filter(fit);
  const after = actorsIn(ctx, hit.last + 1, Math.min(to, hit.last + 8)).filter(fit);
  if (hit.pos === 'noun') {
    // A nisba or a genitive with ل right after the noun names who did it: القصف الأذربيجاني، هجوم لجيش أذربيجان.
    // ... also past one adjective: 'غارة جوية إسرائيلية', 'قصف مدفعي أذربيجاني'.
    // ... and past act nouns joined to it: 'الاستهداف والعدوان الإسرائيلي'.
    const next = nisbaOfActNoun(ctx, hit.last, Math.min(to - 1, hit.last + 4));
    // (The nisba shares the noun's own preposition: 'في غارة إسرائيلية'.)
    if (next && !hit.entry.frame.includes('sym')) return next;
    // 'قصف مدفعي شنته قوات الدعم السريع': a light verb that takes the noun back as its object names the doer.
    const back = ctx.words.slice(hit.last + 1, hit.last + 3).findIndex((w) => w.kind === 'word' && w.readings.some((r) => r.enclitic && /^(ه|ها)$/.test(r.enclitic) && TAKE_BACK.has(r.stem)));
    if (back >= 0) {
      const doer = actorsInRange(ctx, hit.last + 2 + back, hit.last + 5 + back).find((a) => a.first > hit.last + 1 + back && a.first <= hit.last + 4 + back && !a.prep && !a.place);
      if (doer) return doer;
    }
    const genitive = actorsInRange(ctx, hit.last + 1, hit.last + 3).find((a) => a.first >= hit.last + 1 && a.first <= hit.last + 2 && a.prep === 'ل');
    if (genitive && ['ASSAULT', 'COERCE', 'MOBILIZE'].includes(hit.entry.type)) return genitive;
    // The subject of the verb governing the noun: nearest actor before it in the clause.
    if (before.length) return before[before.length - 1];
    return null;
  }
  // The subject between a phrase verb's words ('أطلقت السلطات الإيرانية سراح', 'ألقى الجيش باللوم على').
  const inside = actorsIn(ctx, hit.first + 1, hit.last).find((a) => fit(a) && !a.prep);
  if (inside) return inside;
  // SVO: an actor right before the verb (at most two words between) that opens the clause.
  const last = before[before.length - 1];
  // (Not a nisba that qualifies a thing: 'استهدف موقعين إسرائيليين بالصواريخ، أصابهما'; a weapon's is who used it.)
  const ofThing = (a: ActorMention) => a.form === 'nisba' && !a.headed && !hasMarker(ctx.words[a.first - 1]) && !weaponOwner(ctx, a)
    && !before.some((b) => b !== a && b.first < a.first && b.last >= a.last);
  if (last && hit.first - last.last <= 3 && !ofThing(last)) return last;
  // VSO: the first actor after the verb; a nisba there that qualifies a thing belongs to the object
  // ('أسقط طائرة مسيرة أوكرانية').
  // A verb told of an act noun ('ويتواصل القصف الإسرائيلي', 'اندلعت المعارك'; the sym frames): the nisba of that noun
  // is its doer. (A word an obj verb requires is its object: 'أسقط طائرة مسيرة أوكرانية'.)
  const ofActNoun = (a: ActorMention) => {
    const w = ctx.words[a.first - 1];
    return hit.entry.frame.includes('sym') && !!w && w.kind === 'word' && hit.entry.requires.some((r) => !r.startsWith('<') && wordHas(w, r.replace(/^>/, ''), true));
  };
  // 'استهدفت غارة أمريكية موكبا': a weapon or strike right after the verb is its subject, the nisba after it who used it.
  const ofWeapon = (a: ActorMention) => (a.first === hit.last + 2 && hasMarker(ctx.words[hit.last + 1])) || weaponOwner(ctx, a);
  const subject = after.find((a) => (a.form !== 'nisba' || a.headed || a.first === hit.last + 1 || ofActNoun(a) || ofWeapon(a)) && !cannotBeSubject(ctx, hit, a) && !afterUnnamedSubject(ctx, hit, a) && !ownerOfStruckThing(ctx.words, hit, a));
  if (subject) return subject;
  return titledSubject(ctx, hit, to, fit) ?? (last && !ofThing(last) ? last : null);
}

/** How far past the verb a person named after a chain of titles may stand as its subject. */
const TITLED_REACH = 16;

/** A person named past a long chain of titles right after the verb, nothing named nor any mark between ('ودعا عميد شؤون
 * أعضاء هيئة التدريس والموظفين بالجامعة الدكتور سعد الحسين، المواطنين'): the verb's subject. */
function titledSubject(ctx: Context, hit: TriggerHit, to: number, fit: (a: ActorMention) => boolean): ActorMention | null {
  const a = actorsIn(ctx, hit.last + 1, Math.min(to, hit.last + TITLED_REACH))[0];
  if (!a || a.entity.type !== 'PERSON' || a.prep || !fit(a)) return null;
  // (Nor a word that breaks a chain of titles: a preposition standing alone, a noun with a pronoun: 'نقل تحياته إلى أخيه'.)
  for (let k = hit.last + 1; k < a.first; k++) {
    const w = ctx.words[k];
    if (w.kind !== 'word' || TITLE_CHAIN_BREAKS.has(w.norm) || w.readings.every((r) => r.enclitic)) return null;
  }
  return a;
}

/** The speaker of the quote the offset lies in, as an actor. */
export function speakerAt(ctx: Context, offset: number): ActorMention | null {
  // Indirect speech runs to the end of its sentence, across quoted words inside it.
  const { quoteReach, speakers } = ctx.lookups;
  const k = ctx.doc.quotes.findIndex((x, i) => x.start <= offset && offset < quoteReach[i] && x.speaker);
  if (k < 0) return null;
  if (!speakers.has(k)) speakers.set(k, quoteSpeaker(ctx, ctx.doc.quotes[k].speaker));
  return speakers.get(k)!;
}

function quoteSpeaker(ctx: Context, speaker: string | null): ActorMention | null {
  const e = ctx.doc.entities.find((x) => x.id === speaker);
  if (!e) return null;
  const m = ctx.actors.find((a) => a.entity.id === e.id);
  return m ?? { start: -1, end: -1, first: -1, last: -1, entity: e, form: 'name', sector: ownSector(e), place: false, prep: null, headed: false, unsectored: false, recordSector: undefined };
}

/** A first-person verb ('ننصح', 'لن نسمح'): the imperfect with ن where the lexicon has ي. */
export function firstPerson(hit: TriggerHit, words: Word[]): boolean {
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
export function isOwnCountryPronoun(ctx: Context, a: ActorMention): boolean {
  return a.form === 'pronoun' && /^(بلاد|دولت)/.test(normalizeArabic(ctx.doc.text.slice(a.start, a.end)));
}

/** The actor joined to `a` by و right after it ('لافروف وظريف', 'الأذربيجاني والأرميني'). */
export function coordinated(ctx: Context, a: ActorMention): ActorMention | null {
  const joined = (x: ActorMention, y: ActorMention) => y.first >= x.last && y.first <= x.last + 1 && y.start > x.end && /^[\s\u00a0]*و/.test(ctx.doc.text.slice(x.end, y.start + 1));
  // Two mentions joined by و stand in one sentence: only its actors are looked at.
  const sentence = ctx.words[a.first]?.sentence;
  const other = sentence === undefined ? null : actorsOfSentence(ctx, sentence).find((b) => b.entity.id !== a.entity.id && (joined(a, b) || joined(b, a)));
  if (!other) return null;
  // Two sides of one country ('الحكومة اليمنية والحوثيون') are two parties; a country, its army and its police are not.
  const sameSide = other.entity.country === a.entity.country && (!other.sector || !a.sector || other.sector === a.sector || (isStateForce(a) && isStateForce(other)));
  return sameSide ? null : other;
}

/** The country entity of a code, as an actor (a mention of it in the document if there is one). */
export function countryActor(ctx: Context, code: string): ActorMention | null {
  const m = ctx.actors.find((a) => a.entity.type === 'COUNTRY' && a.entity.country === code);
  if (m) return m;
  const name = countryName(code);
  const e = { id: `iso:${code}`, type: 'COUNTRY' as const, name_en: name, name_ar: '', country: code, role: null, geo: null, mentions: [], sector: undefined };
  return { start: -1, end: -1, first: -1, last: -1, entity: e, form: 'name', sector: ownSector(e), place: false, prep: null, headed: false, unsectored: false, recordSector: undefined };
}

/**
 * The other main party of the document's conflict, when the report is about two sides: the two most
 * mentioned sides (a country's state, or a non-state group) stand clear of the third. In a report about
 * many parties nobody is guessed.
 */
/** A guessed attacker, unless it is a side that commits no acts of force (civilians, relief agencies, media). */
export const armed = (a: ActorMention | null): ActorMention | null => (a && a.sector && UNARMED.has(a.sector) ? null : a);

export function otherParty(ctx: Context, src: ActorMention): ActorMention | null {
  if (!ctx.guess) {
    ctx.guessWanted = true;
    return null;
  }
  const mine = sideOf(src);
  const dyad = ctx.dyad?.sides;
  const tally = (ctx.lookups.sides ??= sideTally(ctx.actors));
  // A party's act is aimed at the other party; an outsider's ('حذرت إيران ...') at the conflict, named by
  // its most mentioned side.
  if (dyad) {
    const count = (side: string) => tally.mentions.get(side) ?? 0;
    // Civilians (or media, relief) of one party's country are struck by the other party, not by their own state.
    const home = src.sector && UNARMED.has(src.sector) && src.entity.country ? dyad.filter((d) => d.startsWith(`${src.entity.country}|`)) : [];
    const theirs = dyad.includes(mine) ? (dyad[0] === mine ? dyad[1] : dyad[0]) : home.length === 1 ? dyad.find((d) => d !== home[0])! : count(dyad[0]) >= count(dyad[1]) ? dyad[0] : dyad[1];
    const rep = tally.country.get(theirs) ?? tally.first.get(theirs);
    if (rep) return sideActor(ctx, rep);
  }
  const top = tally.ranked;
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
export function recentPair(ctx: Context, before: number): [ActorMention, ActorMention] | null {
  const prior = actorsInRange(ctx, 0, before).filter((a) => a.last < before && !a.place && a.entity.country && a.prep !== 'بين');
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

/** A dual verb ('اتفقا', 'رحبا', 'تبادلا'): the perfect with the dual ending (a plural's 'وا' is none: 'هاجموا'). */
export function dualVerb(hit: TriggerHit, words: Word[]): boolean {
  if (hit.pos !== 'verb' || hit.tense !== 'perfect') return false;
  return words[hit.first].readings.some((r) => r.stem.endsWith('ا') && !r.stem.endsWith('وا') && loadLexicon().forms.get(r.stem.slice(0, -1))?.includes(hit.entry));
}

export function pairActors(ctx: Context): [ActorMention | null, ActorMention | null] {
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

/** The actor a protest's demand or denunciation names ('مطالبين برحيل X'), or null: it comes before the target the
 * frame and the sides model found (whose 'في' names where it happened more often than whom: 'تظاهروا في أنقرة'). */
export function demandedTarget(ctx: Context, hit: TriggerHit, source: ActorMention | null): ActorMention | null {
  return protestTarget(ctx, hit, source, (a) => canAct(ctx, a));
}

export function speakerOf(ctx: Context, cue: CueHit, clauseFrom: number): ActorMention | null {
  // The speaker follows the speech verb (VSO) or precedes it: 'قالت وزارة الدفاع', 'بحسب وزارة الدفاع'.
  const after = actorsInRange(ctx, cue.at + 1, cue.at + 6).find((a) => a.first > cue.at && a.first <= cue.at + 5 && (!a.prep || a.prep === 'عن') && !a.place);
  if (after) return after;
  const before = actorsInRange(ctx, clauseFrom, cue.at).filter((a) => a.last < cue.at && a.first >= clauseFrom && !a.prep && !a.place);
  return before[before.length - 1] ?? null;
}

/** Light verbs that take an act back as their object: 'شنته', 'نفذتها', 'تبنته'. */

