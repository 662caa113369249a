// A cache Map bounded by generations: when the current generation holds `generation` entries it becomes
// the old one (the one before it is dropped) and a new one starts; an entry read from the old generation
// moves into the current one. It never holds more than 2 × `generation` entries, and the entries in use
// survive a turnover (a cleared Map would lose them all and analyse every common word again). For caches
// of pure functions (a miss costs time, never a different answer). `size`, iteration and `delete` see the
// current generation only; `get`, `has` and `clear` see both.
export class GenerationalMap<K, V> extends Map<K, V> {
  private old = new Map<K, V>();

  constructor(private readonly generation: number) {
    super();
    if (!(generation >= 1)) throw new RangeError('a generation holds at least one entry');
  }

  override get(key: K): V | undefined {
    const v = super.get(key);
    if (v !== undefined || !this.old.size) return v;
    const o = this.old.get(key);
    if (o !== undefined) {
      this.old.delete(key);
      this.set(key, o);
    }
    return o;
  }

  override has(key: K): boolean {
    return super.has(key) || this.old.has(key);
  }

  override set(key: K, value: V): this {
    if (super.size >= this.generation && !super.has(key)) {
      this.old = new Map(super.entries());
      super.clear();
    }
    return super.set(key, value);
  }

  override clear(): void {
    this.old.clear();
    super.clear();
  }
}
