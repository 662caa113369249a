// Data built once per process on first use (a lexicon read from data/), without a module-level `let`:
// the value lives in the closure, and is frozen so no caller can change what every later caller reads.

/** A getter that builds its value on the first call and returns that same frozen value ever after. */
export function once<T extends object>(build: () => T): () => Readonly<T> {
  let value: Readonly<T> | undefined;
  return () => (value ??= Object.freeze(build()));
}
