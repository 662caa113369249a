// What the coder knows of one document while it codes it, the coded event, and the clause and
// sentence views of the word layer its rules share.
import type { Doc, EventRecord } from '../../doc.js';
import type { TriggerHit } from './triggers.js';
import type { Word } from '../../arabic/words.js';
import type { StemMatcher } from './stem-match.js';
import type { ActorMention } from './actors.js';
import { eventWords } from './word-lists.js';
import type { SidesContext, SidesOptions } from './sides/choose.js';
import type { Lookups } from './lookups.js';

const CLAUSE_BREAKS = eventWords('clause_breaks');

export interface Context {
  doc: Doc;
  words: Word[];
  actors: ActorMention[];
  hasTitle: boolean;
  /** Whether a missing side may be guessed from the report's conflict (off in the first pass). */
  guess: boolean;
  /** The two sides of the report's conflict, as found in its two-sided acts, and how many acts show it. */
  dyad: { sides: [string, string]; acts: number } | null;
  /** Set when a side was asked for a guess while guessing was off: that hit must be coded again. */
  guessWanted: boolean;
  /** Word index range [from, to) of each sentence. */
  sentenceWords: [number, number][];
  /** What the sides model sees: every actor, generic actors included (the hand rules see `actors`). */
  sides: SidesContext;
  /** Document-wide facts computed once, not per hit. */
  lookups: Lookups;
}

export function clauseBounds(ctx: Context, hit: TriggerHit): [number, number] {
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

/** Whether a word of the hit's sentence outside it has a reading the matcher takes (a word of its list, or one of three
 * letters or more it starts with: stemMatcher(list, 3), as wordHas with prefix). */
export function sentenceHas(ctx: Context, hit: TriggerHit, matches: StemMatcher): boolean {
  const [from, to] = ctx.sentenceWords[ctx.words[hit.first].sentence];
  for (let k = from; k < to; k++) {
    if (k >= hit.first && k <= hit.last) continue;
    const w = ctx.words[k];
    if (w.kind === 'word' && w.readings.some((r) => matches(r.stem))) return true;
  }
  return false;
}

/** Word index range [from, to) of each sentence (words come in text order). */
export function sentenceRanges(words: Word[], sentences: number): [number, number][] {
  const out: [number, number][] = Array.from({ length: sentences }, () => [0, 0]);
  for (let k = 0; k < words.length; k++) {
    const r = out[words[k].sentence];
    if (!r) continue;
    if (r[1] === 0) r[0] = k;
    r[1] = k + 1;
  }
  return out;
}

export function inTitle(ctx: Context, hit: TriggerHit): boolean {
  return ctx.hasTitle && ctx.words[hit.first].sentence === 0;
}

/** `openerAt`: where the word that opens the act's report within its sentence stands ('، كما', 'فيما'; see finish.ts). */
export type CodedEvent = EventRecord & { sentence: number; clause: number; hit: TriggerHit; flags: string[]; also?: string[]; openerAt?: number; within?: string };

export interface Coded {
  words: Word[];
  events: CodedEvent[];
  hasTitle: boolean;
}

export interface CodeOptions {
  /** Types whose report check is learned: their rule verdicts become features instead of filters. */
  learned?: Set<string>;
  /** The document's word layer, when the pipeline has it (else cut here). */
  words?: Word[];
  /** The sides model and a recorder of its candidates. */
  sides?: SidesOptions;
}
