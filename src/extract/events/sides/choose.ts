// Who did it to whom: the candidate actors of an act's sentence (entity mentions, generic actors, pronouns the
// entity stage resolved, nisbas, and the sides the hand rules inferred from outside the sentence), each scored
// source, target or neither by the sides model; the hand rules' choice is one of its features. With no model
// shipped, the hand rules' choice stands.
import { isStruckThing } from '../../entities/generic.js';
import type { ActorMention } from '../actors.js';
import type { TriggerHit } from '../triggers.js';
import type { Word } from '../../../arabic/words.js';
import { candidateFeatures } from './features.js';
import { loadSidesModel, scoreSides, type SidesModel } from './model.js';
import { forceFrom, STATE_SECTORS, isStateForce } from '../kinds.js';
import { loadSideRuleWords } from '../side-rule-words.js';
import { withStateGenericTarget } from './state-generics.js';
import { ownerOfStruckThing } from './object-owner.js';

export interface SidesContext {
  words: Word[];
  text: string;
  /** Every actor mention of the document, generic actors included. */
  actors: ActorMention[];
  /** The actors of each sentence (actorsBySentence): without it each act filters every actor of the document. */
  bySentence?: ReadonlyMap<number, ActorMention[]>;
  /** The coder's second pass (the report's conflict known): only then may the model fill a side below margin 0. */
  secondPass?: boolean;
  /** Word indices right after a verb whose subject suffers it ('وقتل عراقيان'): who stands there is no source. */
  victimSlots?: ReadonlySet<number>;
}

/** The actor mentions of each sentence, in the order of `actors`: built once per document. */
export function actorsBySentence(words: Word[], actors: ActorMention[]): Map<number, ActorMention[]> {
  const out = new Map<number, ActorMention[]>();
  for (const a of actors) {
    const s = words[a.first]?.sentence;
    if (s === undefined) continue;
    const list = out.get(s);
    if (list) list.push(a);
    else out.set(s, [a]);
  }
  return out;
}

/** How many mentions starting earlier are checked for one that holds a mention: a sentence's actors nest shallowly. */
const HOLDER_WINDOW = 12;

export interface Sides {
  source: ActorMention | null;
  target: ActorMention | null;
}

/** One act's candidates and their features, for training. */
export interface SidesRecord {
  hit: TriggerHit;
  /** The trigger's words in the text. */
  trigger: { start: number; end: number };
  candidates: ActorMention[];
  features: string[][];
  rule: Sides;
}

export interface SidesOptions {
  /** The model to use (default: the shipped one); null: the hand rules alone. */
  model?: SidesModel | null;
  /** Receives every act's candidates (training and inspection). */
  record?: (r: SidesRecord) => void;
}

/** Two candidates that cannot be the two sides of one act: one entity, or one state (a country and its army; its army and its police). */
function oneSide(a: ActorMention, b: ActorMention | null): boolean {
  if (!b) return false;
  if (a.entity.id === b.entity.id) return true;
  if (!a.entity.country || a.entity.country !== b.entity.country) return false;
  const country = a.entity.type === 'COUNTRY' || b.entity.type === 'COUNTRY';
  const state = (x: ActorMention) => !x.sector || STATE_SECTORS.has(x.sector);
  return (country && state(a) && state(b)) || (isStateForce(a) && isStateForce(b));
}

const same = (a: ActorMention, b: ActorMention | null) => !!b && (a === b || (a.entity.id === b.entity.id && a.start === b.start));

/** A candidate that holds a mention: the same, or a wider one around it ('الجيش الإسرائيلي' holds 'الإسرائيلي'). */
export function holds(c: ActorMention, r: ActorMention | null): boolean {
  return !!r && (same(c, r) || (r.first >= 0 && c.start <= r.start && r.end <= c.end));
}

const ATTRIBUTION = loadSideRuleWords().get('attribution')!;
const attributionWord = (w: Word | undefined) => !!w && w.kind === 'word' && (ATTRIBUTION.has(w.norm) || ATTRIBUTION.has(w.norm.replace(/^[وفب]/, '')));
/** A body named right after a word of attribution ('وفق المرصد السوري', 'بحسب مصادر', 'وفقا لـ', 'نقلا عن'): the teller of the
 * report, never a side of the act it tells. */
export function attributedTo(words: Word[], a: ActorMention): boolean {
  const prev = words[a.first - 1];
  if (attributionWord(prev)) return true;
  // ('نقلا عن X': past its عن.)
  return !!prev && prev.kind === 'word' && prev.norm === 'عن' && attributionWord(words[a.first - 2]);
}

/** The candidate actors of an act: the widest actors of its sentence outside the trigger, and the rules' own
 * choices where no candidate holds them. */
/** Mention a lies inside the wider mention g. (Module-level: V8 holds a per-call closure's optimised code weakly and drops it at every full collection.) */
const inside = (a: ActorMention, g: ActorMention) => g !== a && g.start <= a.start && a.end <= g.end && g.end - g.start > a.end - a.start;

export function sideCandidates(ctx: SidesContext, hit: TriggerHit, rule: Sides): ActorMention[] {
  const sentence = ctx.words[hit.first].sentence;
  const ofSentence = ctx.bySentence ? (ctx.bySentence.get(sentence) ?? []) : ctx.actors.filter((a) => ctx.words[a.first]?.sentence === sentence);
  const inSentence = ofSentence.filter((a) => (a.last < hit.first || a.first > hit.last) && !attributedTo(ctx.words, a));
  // A nisba inside another mention ('الإسرائيلي' in 'الجيش الإسرائيلي') and anything inside a generic actor
  // ('مستوطنون إسرائيليون') are part of it. A holder starts no later: in start order (wider first), look back a
  // few mentions only.
  const byStart = [...inSentence].sort((x, y) => x.start - y.start || y.end - x.end);
  const held = new Set<ActorMention>();
  byStart.forEach((a, i) => {
    for (let j = i - 1; j >= Math.max(0, i - HOLDER_WINDOW); j--) {
      const g = byStart[j];
      if (inside(a, g) && (a.form === 'nisba' || g.entity.id.startsWith('rasad:generic:'))) {
        held.add(a);
        break;
      }
    }
  });
  const out = inSentence.filter((a) => !held.has(a));
  for (const r of [rule.source, rule.target]) if (r && !out.some((a) => holds(a, r))) out.push(r);
  return out;
}

/** A place governed by a preposition ('قرب صنعاء', 'في حلب') is where the act happened, not a side: the coder names the
 * place's holder instead. A place named alone ('ردت موسكو') may stand for its government. */
const locative = (a: ActorMention) => a.place && a.prep !== null;

/** How far a candidate's score for a class (0 source, 1 target) stands above its other two. */
const marginOf = (s: [number, number, number], k: 0 | 1) => s[k] - Math.max(s[1 - k], s[2]);

// A thing struck ('استهدف سوقا') stands for the people there: a target, never the side that acts.
const unarmedSource = (a: ActorMention | null, k: 0 | 1, type: string) => k === 0 && !!a && (!forceFrom(type, a.sector) || isStruckThing(a.entity.id));

/** Who stands right after a verb whose subject suffers it ('وقتل عراقيان في تفجير', 'أصيب جنديان') is no source the model
 * may pick, of that act or of another told beside it ('وقتل جنديان في هجوم'), nor the body they are of after a partitive من
 * ('قتل الجيش خمسة مسلحين من طالبان'). */
const victimSlot = (a: ActorMention, slots?: ReadonlySet<number>) => !!slots?.has(a.first) && (!a.prep || a.prep === 'من');

const PLACE_HOLDER = loadSideRuleWords().get('place_holder')!;
/** Named as who holds a place ('حي المغاير الواقع تحت سيطرة المعارضة'): no side the model may make the doer. */
const holdsPlace = (words: Word[], a: ActorMention) => words[a.first - 1]?.kind === 'word' && words[a.first - 1].readings.some((r) => PLACE_HOLDER.has(r.stem));

/** The actors of the sentence a word stands in (all of them when the context keeps no index by sentence). */
export function actorsOfSentence(ctx: SidesContext, word: number): ActorMention[] {
  return ctx.bySentence?.get(ctx.words[word]?.sentence ?? -1) ?? ctx.actors;
}

/** How far after an act the owner of what it struck may be named ('استهدف تجمعا للمليشيات', 'هاجموا سيارتي دفع رباعي لقوات النظام'). */
const OWNER_REACH = 5;
/** The owner of what an act struck, named after ل right after it with no other actor and no stop between: whose thing
 * was struck, never who struck it. `actors`: the actors to look among, `fits`: what else the owner must be. */
export function ownerOfObject(words: Word[], hit: TriggerHit, actors: ActorMention[], fits: (a: ActorMention) => boolean = () => true): ActorMention | null {
  const owner = actors.find((a) => a.first > hit.last + 1 && a.first <= hit.last + OWNER_REACH && a.prep === 'ل' && fits(a));
  if (!owner || actors.some((a) => a !== owner && a.first > hit.last && a.first < owner.first)) return null;
  return words.slice(hit.last + 1, owner.first).some((w) => w.kind === 'punct') ? null : owner;
}

/** The 'على' that opens the object of a verb framed with it, within nine words before `end` ('شنت طائرات التحالف أمس غارات
 * جوية على مواقع'), or -1. */
export function onAfter(words: Word[], hit: TriggerHit, end: number): number {
  for (let k = hit.last + 1; k < Math.min(end, hit.last + 10); k++) if (words[k].norm === 'علي') return k;
  return -1;
}

/** The best candidate of a class: predicted in that class, by the widest margin over the other two. */
function best(cands: ActorMention[], scores: [number, number, number][], k: 0 | 1, not: ActorMention | null, floor = 0, type = '', noSource: (a: ActorMention) => boolean = () => false, barred: (a: ActorMention) => boolean = () => false): { a: ActorMention; m: number } | null {
  let pick: { a: ActorMention; m: number } | null = null;
  cands.forEach((a, i) => {
    if (oneSide(a, not) || locative(a) || unarmedSource(a, k, type) || (k === 0 && noSource(a)) || barred(a)) return;
    const m = marginOf(scores[i], k);
    if (m > (pick?.m ?? floor)) pick = { a, m };
  });
  return pick;
}

/** In fill mode: the rules' side, unless the model prefers another candidate by more than `override`. */
function keepOrFill(cands: ActorMention[], scores: [number, number, number][], k: 0 | 1, rule: ActorMention | null, not: ActorMention | null, override: number, floor: number, type = '', noSource?: (a: ActorMention) => boolean, clause?: [number, number], barred?: (a: ActorMention) => boolean): ActorMention | null {
  if (unarmedSource(rule, k, type) || (rule && barred?.(rule))) rule = null;
  const i = rule ? cands.findIndex((c) => holds(c, rule)) : -1;
  // The floor lets the model fill an empty side on a weaker margin; it never helps replace a side the rules named.
  const pick = best(cands, scores, k, not, rule ? 0 : floor, type, noSource, barred);
  if (!rule) return pick?.a ?? null;
  // The rules' nisba inside a wider name is that name: 'Israeli settlers', not Israel; the army, not its country.
  if (i >= 0 && cands[i] !== rule && cands[i].entity.country === rule.entity.country && !oneSide(cands[i], not)) rule = cands[i];
  // Another name of the same side ('Israel' for 'الجيش الإسرائيلي') is no better a side.
  if (!pick || i < 0 || oneSide(pick.a, rule) || (pick.a.entity.country === rule.entity.country && pick.a.start >= rule.start && pick.a.end <= rule.end)) return rule;
  // A side the rules found in the act's own clause is not traded for one of another clause ('دخل مقاتلو المقاومة القصر،
  // بينما قصف طيران التحالف مواقع'); a protest's protesters are its side wherever the sentence names them.
  const inClause = (a: ActorMention) => !clause || type === 'PROTEST' || (a.first >= clause[0] && a.last < clause[1]);
  if (inClause(rule) && !inClause(pick.a)) return rule;
  return pick.m - marginOf(scores[i], k) > override ? pick.a : rule;
}

/** The sides of an act, given what the hand rules chose. `barred`: who may be neither side (who tells of it: ../tellers.ts). */
export function chooseSides(ctx: SidesContext, hit: TriggerHit, clause: [number, number], rule: Sides, opts: SidesOptions = {}, barred?: (a: ActorMention) => boolean): Sides {
  const model = opts.model === undefined ? loadSidesModel() : opts.model;
  if ((!model || !model.types.includes(hit.entry.type)) && !opts.record) return withStateGenericTarget(ctx, hit, clause, rule);
  const candidates = sideCandidates(ctx, hit, rule);
  const features = candidates.map((_, k) => candidateFeatures({ words: ctx.words, text: ctx.text, hit, candidates, rule, clause }, k));
  opts.record?.({ hit, trigger: { start: ctx.words[hit.first].start, end: ctx.words[hit.last].end }, candidates, features, rule });
  if (!model || !model.types.includes(hit.entry.type)) return withStateGenericTarget(ctx, hit, clause, rule);
  const scores = features.map((f) => scoreSides(model, f));
  const floors = ctx.secondPass ? (model.floors ?? [0, 0]) : [0, 0];
  if (model.mode === 'fill') {
    const override = model.override ?? Infinity;
    const type = hit.entry.type;
    const owner = hit.pos === 'verb' && hit.entry.frame.includes('obj') ? ownerOfObject(ctx.words, hit, candidates) : null;
    const noSource = (a: ActorMention) => a === owner || victimSlot(a, ctx.victimSlots) || holdsPlace(ctx.words, a) || ownerOfStruckThing(ctx.words, hit, a);
    const source = keepOrFill(candidates, scores, 0, rule.source && rule.source === owner ? null : rule.source, rule.target, override, floors[0], type, noSource, clause, barred);
    // Who suffered it where the act names him ('تعرضت الدورية لهجوم') stays its target.
    const sufferer = !!rule.target && hit.entry.frame[0] === 'victim' && victimSlot(rule.target, ctx.victimSlots);
    return { source, target: sufferer ? rule.target : keepOrFill(candidates, scores, 1, rule.target, source, override, floors[1], type, undefined, clause, barred) };
  }
  const source = best(candidates, scores, 0, null, floors[0], hit.entry.type, (a) => victimSlot(a, ctx.victimSlots) || ownerOfStruckThing(ctx.words, hit, a))?.a ?? null;
  return { source, target: best(candidates, scores, 1, source, floors[1])?.a ?? null };
}
