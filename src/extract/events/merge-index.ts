// The events kept so far while merging, looked up by key (sentence, type, side, place ...) instead of
// scanned whole for every new event: merging a document costs about its events times the few that
// share a key, not its events squared.

/** Positions in the kept list by key, each list ascending; the keys each position is filed under. */
export interface PositionIndex<T> {
  keysOf: (item: T) => string[];
  lists: Map<string, number[]>;
  filed: string[][];
}

export function positionIndex<T>(keysOf: (item: T) => string[]): PositionIndex<T> {
  return { keysOf, lists: new Map(), filed: [] };
}

/** Files (or files again, after it changed) the item kept at a position. */
export function file<T>(index: PositionIndex<T>, at: number, item: T): void {
  for (const k of index.filed[at] ?? []) {
    const list = index.lists.get(k)!;
    list.splice(list.indexOf(at), 1);
  }
  const keys = [...new Set(index.keysOf(item))];
  for (const k of keys) {
    const list = index.lists.get(k) ?? [];
    let i = list.length;
    while (i > 0 && list[i - 1] > at) i--;
    list.splice(i, 0, at);
    index.lists.set(k, list);
  }
  index.filed[at] = keys;
}

/** The positions filed under any of the keys, ascending and each once. */
export function positionsOf<T>(index: PositionIndex<T>, keys: string[]): number[] {
  const lists = keys.map((k) => index.lists.get(k) ?? []).filter((l) => l.length);
  if (lists.length === 1) return lists[0];
  return [...new Set(lists.flat())].sort((a, b) => a - b);
}

/** The position of the first kept item, in kept order, among the positions that satisfies the test. */
export function firstAt<T>(kept: T[], positions: number[], test: (item: T) => boolean): number | undefined {
  for (const p of positions) if (test(kept[p])) return p;
  return undefined;
}

/** The position of the last kept item, in kept order, among the positions that satisfies the test (the nearest one before). */
export function lastAt<T>(kept: T[], positions: number[], test: (item: T) => boolean): number | undefined {
  for (let k = positions.length - 1; k >= 0; k--) if (test(kept[positions[k]])) return positions[k];
  return undefined;
}
