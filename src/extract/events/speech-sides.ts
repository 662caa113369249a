// Who speaks in verbal and political acts when the speaker is not the trigger's own subject: a
// circumstantial participle ('داعيا', 'محذرا') takes the subject of its sentence's main verb; a verb after
// 'أنه' / 'إنها' is the teller's; the subject of 'تواجه' / 'تتعرض' suffers the act named after it; 'لجنة
// تابعة للأمم المتحدة' speaks for the body it belongs to; 'رفضت X دعوة Y' is Y's call, aimed at X.
// Word classes come from data/lexicon/side_rule_words.tsv.
import type { TriggerHit } from './triggers.js';
import { firstWordOf, type ActorMention } from './actors.js';
import type { Context } from './context.js';
import { loadSideRuleWords } from './side-rule-words.js';
import type { Word } from '../../arabic/words.js';
import { lowerBound } from '../sorted-spans.js';

const WORDS = loadSideRuleWords();
const TELLER_PRONOUNS = WORDS.get('teller_pronoun')!;
const EXPERIENCER = WORDS.get('experiencer')!;
const AFFILIATION = WORDS.get('affiliation')!;
const RESPONSE = WORDS.get('response')!;
const SPOKESMAN = WORDS.get('spokesman')!;
const NO_SUBJECT = WORDS.get('no_subject')!;

const hasStem = (w: Word | undefined, set: Set<string>) => !!w && w.kind === 'word' && (w.readings.some((r) => set.has(r.stem)) || set.has(w.norm.replace(/^[وف]/, '')));

/** The actors whose first word lies in word range [from, to): a binary search in the actors (sorted by offset). */
export function actorsInRange(ctx: Context, from: number, to: number): ActorMention[] {
  const { actors } = ctx;
  const out: ActorMention[] = [];
  for (let k = lowerBound(actors, firstWordOf, from); k < actors.length && actors[k].first < to; k++) if (actors[k].first >= from) out.push(actors[k]);
  return out;
}

/** The actors of one sentence, in text order. */
export function actorsOfSentence(ctx: Context, sentence: number): ActorMention[] {
  const range = ctx.sentenceWords[sentence];
  return range ? actorsInRange(ctx, range[0], range[1]) : [];
}

/** A 'hal' trigger written as a finite verb ('دانت', 'دانوا'), not a participle: it has its own subject. */
export function finiteHal(ctx: Context, hit: TriggerHit): boolean {
  if (hit.entry.pos !== 'hal') return false;
  const w = ctx.words[hit.first];
  return /(ت|وا)$/.test(w.norm);
}

/** A circumstantial participle ('داعيا', 'مطالبا', 'محذرة'): its subject is not in its own clause. */
export function participle(ctx: Context, hit: TriggerHit): boolean {
  return hit.entry.pos === 'hal' && !finiteHal(ctx, hit);
}

/** The first actor of a sentence before word `before` that can act. */
function firstActing(ctx: Context, sentence: number, before: number, canAct: (a: ActorMention) => boolean): ActorMention | null {
  const start = ctx.sentenceWords[sentence]?.[0] ?? 0;
  for (const a of actorsInRange(ctx, start, before)) {
    if (a.last >= before) break;
    if (canAct(a)) return a;
  }
  return null;
}

/**
 * The subject of a sentence's main verb, for an act told without its own subject (a participle, a verb after
 * 'أنه'): the first actor of the sentence before the act that can act. A participle that opens its sentence
 * ('... المقبلين.. داعيا') goes on from the sentence before.
 */
export function mainSubject(ctx: Context, hit: TriggerHit, canAct: (a: ActorMention) => boolean): ActorMention | null {
  const sentence = ctx.words[hit.first].sentence;
  const own = firstActing(ctx, sentence, hit.first, canAct);
  if (own || sentence === 0) return own;
  const start = ctx.sentenceWords[sentence]?.[0] ?? 0;
  const opens = ctx.words.slice(start, hit.first).every((w) => w.kind !== 'word');
  return opens ? firstActing(ctx, sentence - 1, ctx.sentenceWords[sentence - 1]?.[1] ?? 0, canAct) : null;
}

/** The speaker of the speech an act stands in, when that speaker is named in the act's sentence before it. */
export function speakerInSentence(ctx: Context, hit: TriggerHit, speaker: ActorMention | null): ActorMention | null {
  if (!speaker) return null;
  const start = ctx.sentenceWords[ctx.words[hit.first].sentence]?.[0] ?? 0;
  return actorsInRange(ctx, start, hit.first).some((a) => a.entity.id === speaker.entity.id) ? speaker : null;
}

/** 'أنه', 'إنها' right before a verb (nothing between, or one particle such as 'لا', 'لن'): the reported
 * clause's subject is a pronoun, so no actor after the verb is its subject. */
export function pronounSubject(ctx: Context, hit: TriggerHit): boolean {
  if (hit.pos !== 'verb' && hit.entry.pos !== 'phrase') return false;
  const s = ctx.words[hit.first].sentence;
  for (const k of [hit.first - 1, hit.first - 2]) {
    const w = ctx.words[k];
    if (!w || w.sentence !== s || w.kind !== 'word') return false;
    if (TELLER_PRONOUNS.has(w.norm.replace(/^[وف]/, ''))) return true;
    // One short particle may stand between ('أنه لا يعترف', 'إنها لن تقبل').
    if (w.norm.length > 2) return false;
  }
  return false;
}

/** 'وتواجه حماس اتهامات', 'تتعرض الحكومة لانتقادات': a noun trigger after an experiencer verb in its clause.
 * Returns the verb's subject (the first actor after the verb, before the noun, that can act; null when it is
 * not named), or undefined when there is no such verb. */
export function experiencerOf(ctx: Context, hit: TriggerHit, clauseFrom: number, canAct: (a: ActorMention) => boolean): ActorMention | null | undefined {
  if (hit.pos !== 'noun' || hit.entry.pos === 'hal') return undefined;
  for (let k = hit.first - 1; k >= Math.max(clauseFrom, hit.first - 6); k--) {
    if (!hasStem(ctx.words[k], EXPERIENCER)) continue;
    const after = actorsInRange(ctx, k + 1, hit.first).find((a) => a.last < hit.first && canAct(a));
    if (after) return after;
    // SVO: 'الحكومة تواجه انتقادات'.
    const before = actorsInRange(ctx, clauseFrom, k).filter((a) => a.last < k && canAct(a));
    return before[before.length - 1] ?? null;
  }
  return undefined;
}

/** 'اتهمت لجنة تابعة للأمم المتحدة إسرائيل': an unnamed body belonging to an actor, right after a verb, speaks
 * for that actor (which is not a preposition's object there). */
export function affiliatedSubject(ctx: Context, hit: TriggerHit, clauseTo: number): ActorMention | null {
  return hit.pos === 'verb' ? belongsTo(ctx, hit.last + 1, Math.min(clauseTo, hit.last + 5)) : null;
}

/** The owner after 'تابعة ل' in word range [from, to), before any actor or punctuation but quote marks, as a
 * subject (no longer a preposition's object). */
function belongsTo(ctx: Context, from: number, to: number): ActorMention | null {
  for (let k = from; k < Math.min(to, ctx.words.length); k++) {
    const w = ctx.words[k];
    if (w.kind !== 'word' && !/^["'«»“”]+$/.test(w.text)) return null;
    if (!hasStem(w, AFFILIATION)) continue;
    const owner = actorsInRange(ctx, k + 1, k + 2)[0];
    return owner && owner.prep === 'ل' && !owner.place ? { ...owner, prep: null } : null;
  }
  return null;
}

/** 'رفضت الحكومة دعوة البعثة': a verbal noun after a verb of response, with its owner in the genitive: the owner
 * made the call (source) and the responder is the one it was aimed at (target). */
export function answeredAct(ctx: Context, hit: TriggerHit, clauseFrom: number, responder: ActorMention | null): { source: ActorMention; target: ActorMention | null } | null {
  if (hit.pos !== 'noun' || hit.entry.pos === 'hal') return null;
  let verbAt = -1;
  for (let k = hit.first - 1; k >= Math.max(clauseFrom, hit.first - 6); k--) {
    if (hasStem(ctx.words[k], RESPONSE)) {
      verbAt = k;
      break;
    }
  }
  if (verbAt < 0) return null;
  // The noun is the response's object: only its subject stands between ('رفضت الحكومة السودانية دعوة').
  const between = actorsInRange(ctx, verbAt + 1, hit.first);
  if (ctx.words.slice(verbAt + 1, hit.first).some((w) => w.kind === 'punct')) return null;
  const next = actorsInRange(ctx, hit.last + 1, hit.last + 2)[0];
  const owner = next && !next.prep && next.form !== 'nisba' && !next.place ? next : belongsTo(ctx, hit.last + 1, hit.last + 7);
  if (!owner) return null;
  const subject = between[0] ?? responder;
  return { source: owner, target: subject && subject.entity.id !== owner.entity.id ? subject : null };
}

/** 'مسؤول في الخارجية الأمريكية', 'وزير العدل في الحكومة الليبية': a body after 'في' that a spokesman, an official
 * or a minister named just before speaks for. */
export function spokenFor(ctx: Context, a: ActorMention): boolean {
  if (a.prep !== 'في') return false;
  for (let k = a.first - 1; k >= Math.max(0, a.first - 3); k--) {
    const w = ctx.words[k];
    if (w.kind !== 'word') return false;
    if (!w.readings.some((r) => r.stem === 'في')) continue;
    // The head stands right before 'في' or one word earlier ('وزير العدل في').
    return [k - 1, k - 2].some((j) => j >= 0 && ctx.words[j].sentence === w.sentence && hasStem(ctx.words[j], SPOKESMAN)) && ctx.words[k - 1]?.kind === 'word';
  }
  return false;
}

/** The body an official speaks for, as the subject of a verbal act: right after the verb ('وانتقد مسؤول في
 * الخارجية الأمريكية روسيا') or, with no other subject, before it in the clause. */
export function officialsBody(ctx: Context, hit: TriggerHit, clause: [number, number]): ActorMention | null {
  if (hit.pos !== 'verb') return null;
  const after = actorsInRange(ctx, hit.last + 1, Math.min(clause[1], hit.last + 6)).find((a) => spokenFor(ctx, a));
  if (after) return { ...after, prep: null };
  const before = actorsInRange(ctx, clause[0], hit.first).filter((a) => a.last < hit.first && spokenFor(ctx, a));
  const b = before[before.length - 1];
  return b ? { ...b, prep: null } : null;
}

/** 'كما يطالب بالإفراج عن ...': a verb that opens its sentence (after at most two particles) with no subject named
 * goes on with the subject of the sentence before. */
export function carriedSubject(ctx: Context, hit: TriggerHit, canAct: (a: ActorMention) => boolean, speakerAt: (offset: number) => ActorMention | null): ActorMention | null {
  if (hit.pos !== 'verb') return null;
  const sentence = ctx.words[hit.first].sentence;
  if (sentence === 0) return null;
  const start = ctx.sentenceWords[sentence]?.[0] ?? 0;
  if (ctx.words.slice(start, hit.first).filter((w) => w.kind === 'word').length > 2) return null;
  // The verb names no subject: a preposition or 'أن' follows it, not a noun ('ودعا البنك' has one, unrecognised).
  const next = ctx.words[hit.last + 1];
  const bare = !!next && next.kind === 'word' && next.sentence === sentence && (hasStem(next, NO_SUBJECT) || next.readings.some((r) => (r.proclitics.includes('ال') || !!r.enclitic) && (r.proclitics.includes('ب') || r.proclitics.includes('ل'))));
  if (!bare) return null;
  if (actorsInRange(ctx, start, ctx.sentenceWords[sentence][1]).some((a) => canAct(a) && (a.last < hit.first || a.first - hit.last <= 2))) return null;
  return previousSubject(ctx, sentence, canAct, speakerAt);
}

/** The subject of the sentence before `sentence`: the speaker of a speech cue in it, else an actor among its first
 * words (the subject's place, before or right after the verb), never one deeper in it. */
function previousSubject(ctx: Context, sentence: number, canAct: (a: ActorMention) => boolean, speakerAt: (offset: number) => ActorMention | null): ActorMention | null {
  const [from, to] = ctx.sentenceWords[sentence - 1] ?? [0, 0];
  if (to <= from) return null;
  const [a, b] = [ctx.words[from].start, ctx.words[to - 1].end];
  const q = ctx.doc.quotes.find((x) => x.speaker && x.cueStart !== undefined && x.cueStart >= a && x.cueStart < b);
  const spoke = q ? speakerAt(q.start) : null;
  if (spoke) return spoke;
  const first = firstActing(ctx, sentence - 1, to, canAct);
  return first && first.first - from <= 4 ? first : null;
}
