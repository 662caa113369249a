// A cache Map bounded by generations: when the current generation holds `generation` entries it becomes
// the old one (the one before it is dropped) and a new one starts; an entry read from the old generation
// moves into the current one. It never holds more than 2 × `generation` entries, and the entries in use
// survive a turnover (a cleared Map would lose them all and analyse every common word again). For caches
// of pure functions (a miss costs time, never a different answer). `size`, iteration and `delete` see the
// current generation only; `get`, `has` and `clear` see both.
//
// The generations are two plain Maps the object holds (a turnover hands the current one over as the old one);
// it is a Map only to the type checker and `instanceof`, its own entries never used: `super.get` on every
// look-up and a copy of the generation at each turnover cost about 30% more per look-up (2 million look-ups of
// sliced strings, 25,000 words, a generation of 15,000: 523-605 against 347-414 ms).
export class GenerationalMap<K, V> extends Map<K, V> {
  private cur = new Map<K, V>();
  private old = new Map<K, V>();

  constructor(private readonly generation: number) {
    super();
    if (!(generation >= 1)) throw new RangeError('a generation holds at least one entry');
  }

  override get(key: K): V | undefined {
    const v = this.cur.get(key);
    if (v !== undefined || this.old.size === 0) return v;
    const o = this.old.get(key);
    if (o !== undefined) {
      this.old.delete(key);
      this.set(key, o);
    }
    return o;
  }

  override has(key: K): boolean {
    return this.cur.has(key) || this.old.has(key);
  }

  override set(key: K, value: V): this {
    if (this.cur.size >= this.generation && !this.cur.has(key)) {
      this.old = this.cur;
      this.cur = new Map();
    }
    this.cur.set(key, value);
    return this;
  }

  override delete(key: K): boolean {
    return this.cur.delete(key);
  }

  override clear(): void {
    this.old.clear();
    this.cur.clear();
  }

  override get size(): number {
    return this.cur.size;
  }

  override forEach(fn: (value: V, key: K, map: Map<K, V>) => void, thisArg?: unknown): void {
    this.cur.forEach((v, k) => fn.call(thisArg, v, k, this));
  }

  override entries(): MapIterator<[K, V]> {
    return this.cur.entries();
  }

  override keys(): MapIterator<K> {
    return this.cur.keys();
  }

  override values(): MapIterator<V> {
    return this.cur.values();
  }

  override [Symbol.iterator](): MapIterator<[K, V]> {
    return this.cur.entries();
  }
}
