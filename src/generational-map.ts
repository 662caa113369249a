// A cache Map bounded by generations: when the current generation holds `generation` entries it becomes
// the old one (the one before it is dropped) and a new one starts; an entry read from the old generation
// moves into the current one. It never holds more than 2 × `generation` entries, and the entries in use
// survive a turnover (a cleared Map would lose them all and analyse every common word again). For caches
// of pure functions (a miss costs time, never a different answer). `size`, iteration and `delete` see the
// current generation only; `get`, `has` and `clear` see both.
// The generations are two Maps of its own (the Map it extends holds nothing), so that a turnover hands the current
// one over as it is instead of copying its entries.
export class GenerationalMap<K, V> extends Map<K, V> {
  private current = new Map<K, V>();
  private old = new Map<K, V>();

  constructor(private readonly generation: number) {
    super();
    if (!(generation >= 1)) throw new RangeError('a generation holds at least one entry');
  }

  override get(key: K): V | undefined {
    const v = this.current.get(key);
    if (v !== undefined || !this.old.size) return v;
    const o = this.old.get(key);
    if (o !== undefined) {
      this.old.delete(key);
      this.set(key, o);
    }
    return o;
  }

  override has(key: K): boolean {
    return this.current.has(key) || this.old.has(key);
  }

  override set(key: K, value: V): this {
    if (this.current.size >= this.generation && !this.current.has(key)) {
      this.old = this.current;
      this.current = new Map();
    }
    this.current.set(key, value);
    return this;
  }

  override delete(key: K): boolean {
    return this.current.delete(key);
  }

  override clear(): void {
    this.old.clear();
    this.current.clear();
  }

  override get size(): number {
    return this.current.size;
  }

  override forEach(visit: (value: V, key: K, map: Map<K, V>) => void, thisArg?: unknown): void {
    this.current.forEach((v, k) => visit.call(thisArg, v, k, this));
  }

  override entries(): MapIterator<[K, V]> {
    return this.current.entries();
  }

  override keys(): MapIterator<K> {
    return this.current.keys();
  }

  override values(): MapIterator<V> {
    return this.current.values();
  }

  override [Symbol.iterator](): MapIterator<[K, V]> {
    return this.current[Symbol.iterator]();
  }
}
