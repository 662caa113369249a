// A read-only int32 -> int32 lookup in two typed arrays (open addressing), for hashed keys such as the
// gazetteer's word-sequence hashes: built once by the build (or by a loader) and read in place, from a
// SharedArrayBuffer when threads share it. Pure.
import type { Alloc } from './word-table.js';

export interface IntTableData {
  /** Slot -> key; capacity a power of two. */
  keys: Int32Array;
  /** Slot -> value (-1: empty slot). Values are never negative. */
  values: Int32Array;
  /** Number of keys. */
  size: number;
}

function int32(n: number, alloc: Alloc): Int32Array {
  return alloc === 'shared' ? new Int32Array(new SharedArrayBuffer(4 * n)) : new Int32Array(n);
}

const slotOf = (key: number, mask: number) => (Math.imul(key ^ (key >>> 15), 0x2c1b3c6d) >>> 0) & mask;

/** The table of `entries` (keys as int32; a later entry of a key replaces an earlier one). Values must be >= 0. */
export function intTableData(entries: Iterable<readonly [number, number]>, alloc: Alloc = 'local'): IntTableData {
  const list = [...entries];
  let cap = 16;
  while (cap < list.length * 2) cap *= 2;
  const mask = cap - 1;
  const keys = int32(cap, alloc);
  const values = int32(cap, alloc).fill(-1);
  let size = 0;
  for (const [k, v] of list) {
    if (!Number.isInteger(v) || v < 0 || v > 0x7fffffff) throw new Error(`int table: value ${v}`);
    const key = k | 0;
    let s = slotOf(key, mask);
    while (values[s] >= 0 && keys[s] !== key) s = (s + 1) & mask;
    if (values[s] < 0) size++;
    keys[s] = key;
    values[s] = v;
  }
  return { keys, values, size };
}

/** The value of `key` (read as int32) in a table, -1 when absent. */
export function intTableGet(t: IntTableData, key: number): number {
  const k = key | 0;
  const mask = t.keys.length - 1;
  for (let s = slotOf(k, mask); ; s = (s + 1) & mask) {
    const v = t.values[s];
    if (v < 0) return -1;
    if (t.keys[s] === k) return v;
  }
}
