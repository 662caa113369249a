// Folding one telling of an act into another: what the kept record lacks it takes from the other.
import type { EventRecord } from '../../doc.js';
import { guessedSides } from './sides/guessed.js';

type Flagged = EventRecord & { flags?: string[] };

/** The sides the text names: a side the coder guessed or took from another act counts as none. */
export const guessed = (e: Flagged) => guessedSides(e, e.flags ?? []);

/** The place the text gives the act; one taken from the act told before it is no place of its own. */
export const ownPlace = (e: Flagged) => (e.flags?.includes('inherited-location') ? null : e.location?.entity ?? null);

const GUESS_FLAG = { source: 'guessed-source', target: 'guessed-target' } as const;

/** Fill what `into` lacks from `other`; a side `into` only guessed gives way to the one `other` names.
 * A side taken over keeps its provenance: guessed in `other`, it stays marked as guessed. */
export function absorb(into: Flagged, other: Flagged): void {
  const id = (a: EventRecord['source']) => a?.entity ?? null;
  for (const side of ['source', 'target'] as const) {
    const flags = (into.flags ??= []);
    const otherSide = side === 'source' ? 'target' : 'source';
    const theirs = other[side];
    if (!theirs || id(theirs) === id(into[otherSide])) continue;
    const theirsNamed = !guessed(other).includes(side);
    if (!into[side]) {
      into[side] = theirs;
      if (!theirsNamed) flags.push(GUESS_FLAG[side]);
    } else if (theirsNamed && guessed(into).includes(side) && !flags.includes('inherited-sides')) {
      // Only a guess of this side alone can be undone cleanly ('inherited-sides' speaks for both).
      into[side] = theirs;
      into.flags = flags.filter((f) => f !== GUESS_FLAG[side] && !(side === 'target' && f === 'inherited-target'));
    }
  }
  // A place the text gives the act outweighs one taken from the act before it.
  if (!into.location || (!ownPlace(into) && ownPlace(other))) {
    into.location = other.location ?? into.location;
    if (ownPlace(other)) into.flags = (into.flags ?? []).filter((f) => f !== 'inherited-location');
  }
  into.date ??= other.date;
  if (!into.numbers.length) into.numbers = other.numbers;
  into.claimed_by ??= other.claimed_by;
  into.confidence = Math.min(0.99, Math.max(into.confidence, other.confidence) + 0.05);
}

