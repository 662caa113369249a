// Which sides of an event the coder inferred instead of reading them in the text: the record says so in a
// structured field (EventRecord.guessed) as well as in the explanation of its trigger.
import type { EventRecord } from '../../../doc.js';

/** Flags of the coder that mean a side was inferred, and which side each concerns. */
const GUESS_FLAGS: Record<string, ('source' | 'target')[]> = {
  'guessed-source': ['source'],
  'guessed-target': ['target'],
  'inherited-target': ['target'],
  'inherited-sides': ['source', 'target'],
  'place-target': ['target'],
  'local-source': ['source'],
  'local-target': ['target'],
};

/** The sides of an event that were guessed, in order source, target; only sides the event has. */
export function guessedSides(e: Pick<EventRecord, 'source' | 'target'>, flags: string[]): ('source' | 'target')[] {
  const sides = new Set(flags.flatMap((f) => GUESS_FLAGS[f] ?? []));
  return (['source', 'target'] as const).filter((s) => sides.has(s) && e[s] !== null);
}
