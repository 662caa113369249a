// The sides of a report's conflict: which side an actor stands on, the sides its actors name, and the pair of
// sides the report shows acting against each other.
import type { ActorMention } from './actors.js';
import type { Context, CodedEvent } from './context.js';
import type { SideTally } from './lookups.js';
import { STATE_SECTORS, MATERIAL_CONFLICT } from './kinds.js';
import type { TriggerHit } from './triggers.js';

export const isState = (a: ActorMention) => !a.sector || STATE_SECTORS.has(a.sector);

/** The side an actor stands on: its country's state, or a non-state group of its own. */
export const sideOf = (a: ActorMention) => `${a.entity.country}|${isState(a) || a.entity.type === 'COUNTRY' ? 'state' : a.entity.id}`;

/** The document's sides as its actors name them, counted once. */
export function sideTally(actors: ActorMention[]): SideTally {
  const mentions = new Map<string, number>();
  const country = new Map<string, ActorMention>();
  const first = new Map<string, ActorMention>();
  const counts = new Map<string, { a: ActorMention; n: number }>();
  for (const a of actors) {
    const side = sideOf(a);
    if (a.entity.type === 'COUNTRY' && !country.has(`${a.entity.country}|state`)) country.set(`${a.entity.country}|state`, a);
    if (!a.place) {
      mentions.set(side, (mentions.get(side) ?? 0) + 1);
      if (!first.has(side)) first.set(side, a);
    }
    if (!a.entity.country || a.place || a.entity.type === 'MEDIA') continue;
    const c = counts.get(side) ?? { a, n: 0 };
    // A side is named by its country entity when it has one ('Armenia', not its defence ministry).
    if (c.a.entity.type !== 'COUNTRY' && a.entity.type === 'COUNTRY') c.a = a;
    c.n++;
    counts.set(side, c);
  }
  return { mentions, country, first, ranked: [...counts.entries()].sort((x, y) => y[1].n - x[1].n) };
}

/** The pair of sides most often found acting against each other in the report's own words. */
export function conflictDyad(ctx: Context, events: CodedEvent[]): Context['dyad'] {
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

/** A guessed attacker of any attack in a sentence that tells a non-military bombing (`lookups.bombings`, the bombing's
 * own hit included): never a state. */
export const bomber = (ctx: Context, hit: TriggerHit, a: ActorMention | null): ActorMention | null =>
  a && isState(a) && ctx.lookups.bombings?.has(ctx.words[hit.first].sentence) ? null : a;
