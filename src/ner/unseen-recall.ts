// Recall on names a model never saw in training: an entity whose matching form is not an entity of the same
// type anywhere in the training sentences (the figure issue #15 asks for, for test.txt and for each
// cross-validation fold). Pure.
import { normalizeArabic } from '../arabic/normalize.js';
import { chunks } from './tagger.js';

export interface SeenSplit {
  /** Entities not in training, and how many of them were found (same type and span). */
  unseen: number;
  hit: number;
  /** Entities in training, and how many found. */
  seen: number;
  seenHit: number;
}

interface Tagged {
  tokens: readonly string[];
  gold: readonly string[];
}

const entityKey = (tokens: readonly string[], c: { type: string; start: number; end: number }) =>
  `${c.type}\t${tokens.slice(c.start, c.end).map(normalizeArabic).join(' ')}`;

/** The type-and-form keys of every entity of the training sentences. */
export function seenNames(train: Iterable<Tagged>): Set<string> {
  const seen = new Set<string>();
  for (const s of train) for (const c of chunks(s.gold)) seen.add(entityKey(s.tokens, c));
  return seen;
}

/** Adds the held-out sentences' counts to `into` (per type and 'ALL'). */
export function countSeenSplit(
  seen: ReadonlySet<string>,
  held: readonly Tagged[],
  pred: readonly (readonly string[])[],
  into: Map<string, SeenSplit> = new Map(),
): Map<string, SeenSplit> {
  held.forEach((s, i) => {
    const predicted = new Set(chunks(pred[i]).map((c) => `${c.type}:${c.start}:${c.end}`));
    for (const c of chunks(s.gold)) {
      const hit = predicted.has(`${c.type}:${c.start}:${c.end}`) ? 1 : 0;
      const known = seen.has(entityKey(s.tokens, c));
      for (const t of [c.type, 'ALL']) {
        const f = into.get(t) ?? { unseen: 0, hit: 0, seen: 0, seenHit: 0 };
        if (known) {
          f.seen++;
          f.seenHit += hit;
        } else {
          f.unseen++;
          f.hit += hit;
        }
        into.set(t, f);
      }
    }
  });
  return into;
}

const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) : '-');

/** One line per type: recall on unseen and on seen names. */
export function formatSeenSplit(found: Map<string, SeenSplit>, where = 'train'): string {
  return [...found]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([t, f]) => `${t.padEnd(5)} unseen in ${where}: ${f.hit} of ${f.unseen} found (${pct(f.hit, f.unseen)}%); seen: ${pct(f.seenHit, f.seen)}% of ${f.seen}`)
    .join('\n');
}
