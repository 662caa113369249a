// The event coder: PLOVER events with actors, targets, places, dates, modality and provenance,
// from trigger words (data/lexicon/triggers.tsv) and the entity, time and quantity layers.
export type { CodedEvent, Coded, CodeOptions } from './context.js';
import { isStandInForState } from '../entities/generic.js';
import type { Doc, EventRecord } from '../../doc.js';
import { loadLexicon } from './lexicon.js';
import { findTriggers } from './triggers.js';
import { wordsOf, type Word } from '../../arabic/words.js';
import { withForceOwners, withoutAffiliated } from './affiliated-owner.js';
import { datelineWords, withoutDateline } from './dateline.js';
import { nonMilitaryBombing } from './kinds.js';
import { withoutPartylessActs } from './party-acts.js';
import { withoutGameActs } from './sports-acts.js';
import { actorMentions, type ActorMention } from './actors.js';
import { actorsBySentence } from './sides/choose.js';
import { summarize } from './summary.js';
import { mergeEvents } from './merge.js';
import { loadReportModels, applyReportCheck, DOUBTED_FLAG } from './report-filter.js';
import { type Context, sentenceRanges, type CodedEvent, type Coded, type CodeOptions } from './context.js';
import { conflictDyad } from './conflict-sides.js';
import { codeHit } from './code-hit.js';
import { victimSlotsOf } from './victims.js';
import { repeatedSentences } from './merge-repeat.js';
import { finishEvents } from './finish.js';
import type { SidesOptions } from './sides/choose.js';
import { guessedSides } from './sides/guessed.js';
import { placeTransnationalSides, targetPlaces, localSides, withUnchartedPlaces } from './where-they-act.js';
import { buildLookups } from './lookups.js';
import { commentators, withoutCommentator } from './commentator.js';
import { beneficiaries } from './beneficiary.js';

/** The events the rules find, before the learned report check and before merging. */
function sidesContext(words: Word[], text: string, actors: ActorMention[]): Context['sides'] {
  return { words, text, actors, bySentence: actorsBySentence(words, actors) };
}

/** The body a generic actor belongs to, named inside its phrase ('ميليشيات موالية لإيران', 'قوات التحالف بقيادة الولايات
 * المتحدة'), is no side of its own: the phrase is the actor (a nisba joined to it stays, as it stands for the actor). */
function withoutOwnedBodies(actors: ActorMention[], all: ActorMention[], words: Word[]): ActorMention[] {
  const phrases = all.filter((a) => a.entity.id.startsWith('rasad:generic:') && a.last > a.first);
  return withoutAffiliated(actors, all, words).filter((a) => a.form === 'nisba' || a.entity.id.startsWith('rasad:generic:') || !phrases.some((g) => a.first > g.first && a.last <= g.last));
}

export function codeEvents(doc: Doc, opts: CodeOptions = {}): Coded {
  if (!doc.text) return { words: [], events: [], hasTitle: false };
  loadLexicon();
  const words = opts.words ?? wordsOf(doc.text, doc.sentences);
  const named = withForceOwners(actorMentions(doc.entities, words), words);
  const dateline = datelineWords(words, named);
  const all = withoutDateline(named, dateline);
  const ctx: Context = {
    doc, words, actors: withoutOwnedBodies(withoutDateline(withForceOwners(actorMentions(doc.entities.filter((e) => !e.id.startsWith('rasad:generic:') || isStandInForState(e.id)), words), words), dateline), all, words), hasTitle: !!doc.source.title, guess: false, dyad: null, guessWanted: false,
    sides: sidesContext(words, doc.text, withoutAffiliated(all, all, words)),
    sentenceWords: sentenceRanges(words, Math.max(doc.sentences.length, (words[words.length - 1]?.sentence ?? -1) + 1)),
    lookups: buildLookups(doc),
  };
  // First without guessing: the sides the report shows fighting or threatening each other are its conflict.
  // Only the hits that asked for a guess are coded again once the conflict is known.
  const hits = findTriggers(words);
  ctx.sides = { ...ctx.sides, victimSlots: victimSlotsOf(ctx, hits) };
  ctx.lookups.bombings = new Set(hits.filter((h) => nonMilitaryBombing(h.entry.cameo)).map((h) => words[h.first].sentence));
  ctx.lookups.triggerWords = new Set(hits.map((h) => h.first));
  const first = hits.map((hit) => {
    ctx.guessWanted = false;
    const ev = codeHit(ctx, hit, opts);
    return { ev, again: ctx.guessWanted };
  });
  ctx.dyad = conflictDyad(ctx, first.flatMap((c) => (c.ev ? [c.ev] : [])));
  ctx.guess = true;
  const commented = commentators(ctx, hits, first.map((c) => c.ev));
  for (const [k, helped] of beneficiaries(ctx, hits)) commented.set(k, new Set([...(commented.get(k) ?? []), ...helped]));
  const events: CodedEvent[] = [];
  for (const [k, c] of first.entries()) {
    const gone = commented.get(k);
    const ev = gone ? codeHit(withoutCommentator(ctx, gone), hits[k], opts) : c.again ? codeHit(ctx, hits[k], opts) : c.ev;
    if (ev) events.push(ev);
  }
  return finishEvents(ctx, events);
}

export { reportCandidates } from './report-filter.js';

const SIDE_NOTES: Record<string, string> = {
  'guessed-target': "target guessed: the other side of the report's conflict",
  'guessed-source': 'source guessed: the other side of the place it struck',
  'inherited-target': 'target taken from an act beside it',
  'inherited-sides': 'sides taken from a nearby act',
  'inherited-location': 'place taken from the act of its kind told just before',
  'place-target': 'target guessed: the country of the place struck',
  'local-source': "source's country guessed: the place's, the text gives none",
  'local-target': "target's country guessed: the place's, the text gives none",
  [DOUBTED_FLAG]: 'the report check doubts the sentence reports it: kept, its trigger explicit and its sides named, at lower confidence',
};

export interface ExtractOptions {
  /** Apply the learned report check (default true). */
  reportFilter?: boolean;
  /** The document's word layer, when the pipeline has it. */
  words?: Word[];
  sides?: SidesOptions;
}

export function extractEvents(doc: Doc, opts: ExtractOptions = {}): EventRecord[] {
  const models = opts.reportFilter === false ? new Map() : loadReportModels();
  const coded = codeEvents(doc, { learned: new Set(models.keys()), words: opts.words, sides: opts.sides });
  const events = models.size ? applyReportCheck(coded, models, doc.sentences.length) : coded.events;
  // The summary is written last, from the fields as merging left them.
  const claimant = (id: string | null) => (id ? doc.entities.find((x) => x.id === id) ?? null : null);
  // How the sides were found, for `rasad explain` and the reader: what the text names, or a guess.
  const how = (flags: string[]) => flags.map((f) => SIDE_NOTES[f]).filter(Boolean).join('; ');
  const placed = localSides(targetPlaces(placeTransnationalSides(mergeEvents(withUnchartedPlaces(events, doc, coded.hasTitle ? 1 : 0), coded.hasTitle, repeatedSentences(coded.words, new Set(events.map((e) => e.sentence)))), doc), doc), doc);
  return withoutGameActs(withoutPartylessActs(placed, doc, coded.words), coded.words).map(({ sentence: _s, clause: _c, hit: _h, flags, also: _a, uncharted: _u, placesAfter: _ua, openerAt: _o, within: _w, ...e }) => {
    const note = how(flags);
    const trigger = e.trigger && note ? { ...e.trigger, rule: `${e.trigger.rule ?? ''} [${note}]` } : e.trigger;
    const guessed = guessedSides(e, flags);
    return { ...e, trigger, ...(guessed.length ? { guessed } : {}), summary_en: summarize(e, claimant(e.claimed_by)) };
  });
}
