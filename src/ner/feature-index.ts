// Feature key -> weight row, as an open-addressing hash table in typed arrays (key 0 marks an
// empty slot; feature keys are never 0, see hash.ts).

export interface FeatureIndex {
  /** Number of features (rows 0 .. size-1). */
  size: number;
  /** The key of each row. */
  rowKeys: Int32Array;
  slotKeys: Int32Array;
  slotRows: Int32Array;
  mask: number;
}

/** An index over keys given in row order (duplicates are an error). */
export function makeIndex(rowKeys: Int32Array): FeatureIndex {
  let cap = 16;
  while (cap < rowKeys.length * 2) cap *= 2;
  const slotKeys = new Int32Array(cap);
  const slotRows = new Int32Array(cap);
  const mask = cap - 1;
  for (let r = 0; r < rowKeys.length; r++) {
    const k = rowKeys[r];
    if (k === 0) throw new Error('feature key 0');
    let s = k & mask;
    while (slotKeys[s] !== 0) {
      if (slotKeys[s] === k) throw new Error(`duplicate feature key ${k}`);
      s = (s + 1) & mask;
    }
    slotKeys[s] = k;
    slotRows[s] = r;
  }
  return { size: rowKeys.length, rowKeys, slotKeys, slotRows, mask };
}

/** The row of a key, -1 if the index does not have it. */
export function rowOf(index: FeatureIndex, k: number): number {
  const { slotKeys, mask } = index;
  let s = k & mask;
  for (;;) {
    const x = slotKeys[s];
    if (x === k) return index.slotRows[s];
    if (x === 0) return -1;
    s = (s + 1) & mask;
  }
}
