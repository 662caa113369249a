// Who did it to whom: the candidate actors of an act's sentence (entity mentions, generic actors, pronouns the
// entity stage resolved, nisbas, and the sides the hand rules inferred from outside the sentence), each scored
// source, target or neither by the sides model; the hand rules' choice is one of its features. With no model
// shipped, the hand rules' choice stands.
import type { ActorMention } from '../actors.js';
import type { TriggerHit } from '../triggers.js';
import type { Word } from '../words.js';
import { candidateFeatures } from './features.js';
import { loadSidesModel, scoreSides, type SidesModel } from './model.js';

export interface SidesContext {
  words: Word[];
  text: string;
  /** Every actor mention of the document, generic actors included. */
  actors: ActorMention[];
}

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

const same = (a: ActorMention, b: ActorMention | null) => !!b && (a === b || (a.entity.id === b.entity.id && a.start === b.start));

/** The candidate actors of an act: the actors of its sentence outside the trigger, and the rules' own choices. */
export function sideCandidates(ctx: SidesContext, hit: TriggerHit, rule: Sides): ActorMention[] {
  const sentence = ctx.words[hit.first].sentence;
  const inSentence = ctx.actors.filter((a) => ctx.words[a.first]?.sentence === sentence && (a.last < hit.first || a.first > hit.last));
  // A nisba inside a generic actor ('مستوطنون إسرائيليون') is part of it: the generic actor carries its country.
  const generic = inSentence.filter((a) => a.entity.id.startsWith('rasad:generic:'));
  const out = inSentence.filter((a) => !generic.some((g) => g !== a && g.start <= a.start && a.end <= g.end));
  for (const r of [rule.source, rule.target]) if (r && !out.some((a) => same(a, r))) out.push(r);
  return out;
}

/** The best candidate of a class: predicted in that class, by the widest margin over the other two. */
function best(cands: ActorMention[], scores: [number, number, number][], k: 0 | 1, not: ActorMention | null): ActorMention | null {
  let pick: ActorMention | null = null;
  let margin = 0;
  cands.forEach((a, i) => {
    if (not && a.entity.id === not.entity.id) return;
    const s = scores[i];
    const m = s[k] - Math.max(s[1 - k], s[2]);
    if (m > margin) {
      margin = m;
      pick = a;
    }
  });
  return pick;
}

/** The sides of an act, given what the hand rules chose. */
export function chooseSides(ctx: SidesContext, hit: TriggerHit, clause: [number, number], rule: Sides, opts: SidesOptions = {}): Sides {
  const model = opts.model === undefined ? loadSidesModel() : opts.model;
  if ((!model || !model.types.includes(hit.entry.type)) && !opts.record) return rule;
  const candidates = sideCandidates(ctx, hit, rule);
  const features = candidates.map((_, k) => candidateFeatures({ words: ctx.words, text: ctx.text, hit, candidates, rule, clause }, k));
  opts.record?.({ hit, trigger: { start: ctx.words[hit.first].start, end: ctx.words[hit.last].end }, candidates, features, rule });
  if (!model || !model.types.includes(hit.entry.type)) return rule;
  const scores = features.map((f) => scoreSides(model, f));
  if (model.mode === 'fill') {
    const source = rule.source ?? best(candidates, scores, 0, rule.target);
    return { source, target: rule.target ?? best(candidates, scores, 1, source) };
  }
  const source = best(candidates, scores, 0, null);
  return { source, target: best(candidates, scores, 1, source) };
}
