// Feature hashing for the NER tagger. A feature is a template (w, st, w-1, ...) and a value (a
// word, a tag, a pair of them); its key is a 32-bit hash of both, computed from hashes of the
// parts cached per word type, so that no feature string is built per token. The lowest bit of a
// key says whether the feature is the word's own identity (hidden by word dropout in training).

/** Murmur3's finaliser. */
function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0;
}

/** FNV-1a over the UTF-16 code units, finalised. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return fmix(h);
}

/** Combines two hashes (order matters): one Murmur3 round and the finaliser. */
export function mix(a: number, b: number): number {
  let k = Math.imul(b, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  k = Math.imul(k, 0x1b873593);
  let h = a ^ k;
  h = (h << 13) | (h >>> 19);
  h = (Math.imul(h, 5) + 0xe6546b64) | 0;
  return fmix(h);
}

export interface Template {
  h: number;
  lexical: boolean;
}

/** The templates that carry the word's own identity (word dropout hides them in training). */
const LEXICAL = new Set(['w', 'st', 'ls', 'raw', 'w-1w', 'ww+1', 'st-1st']);

export function template(name: string): Template {
  return { h: hashString(name), lexical: LEXICAL.has(name) };
}

/** The key of a feature: template `t` with value hash `v` (0 for a feature without value). */
export function key(t: Template, v: number): number {
  const h = mix(t.h, v);
  const k = t.lexical ? h | 1 : h & ~1;
  return k === 0 ? 2 : k;
}

/** Whether a key is of a lexical template. */
export function isLexical(k: number): boolean {
  return (k & 1) === 1;
}

/**
 * The key of a feature given as strings: `featureKey('w', word)`, `featureKey('w-1w', a, b)`,
 * `featureKey('first')`. For tests and inspection; extraction computes the same from cached hashes.
 */
export function featureKey(name: string, ...values: string[]): number {
  const hs = values.map(hashString);
  const v = hs.length === 0 ? 0 : hs.length === 1 ? hs[0] : hs.slice(1).reduce((a, b) => mix(a, b), hs[0]);
  return key(template(name), v);
}
