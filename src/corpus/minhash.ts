// Near-duplicate detection: MinHash signatures over word shingles of the matching form, with
// locality-sensitive hashing bands so that candidate pairs are found without comparing all pairs.
import { normalizeArabic } from '../arabic/normalize.js';

const SHINGLE = 5;
const HASHES = 128;
const BANDS = 32;
const ROWS = HASHES / BANDS;
const PRIME = 4294967311; // > 2^32

// Fixed, seeded hash coefficients: the same signature for the same text on every run.
const COEFF: [number, number][] = (() => {
  let s = 0x9e3779b9;
  const next = () => {
    s ^= s << 13; s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5; s >>>= 0;
    return s;
  };
  return Array.from({ length: HASHES }, () => [(next() % (PRIME - 1)) + 1, next() % PRIME] as [number, number]);
})();

/** FNV-1a 32-bit. */
function fnv(str: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < str.length; i++) {
    h ^= str.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

function mulmod(a: number, b: number, m: number): number {
  // (a*b) mod m without losing precision: split b into 16-bit halves.
  const hi = Math.floor(b / 65536);
  const lo = b % 65536;
  return (((a * hi) % m) * 65536 + a * lo) % m;
}

export function shingles(text: string): Set<number> {
  const words = normalizeArabic(text).match(/[\p{L}\p{N}]+/gu) ?? [];
  const out = new Set<number>();
  if (words.length < SHINGLE) {
    if (words.length) out.add(fnv(words.join(' ')));
    return out;
  }
  for (let i = 0; i + SHINGLE <= words.length; i++) out.add(fnv(words.slice(i, i + SHINGLE).join(' ')));
  return out;
}

export function signature(text: string): Uint32Array {
  const sig = new Uint32Array(HASHES).fill(0xffffffff);
  for (const x of shingles(text)) {
    for (let k = 0; k < HASHES; k++) {
      const [a, b] = COEFF[k];
      const h = (mulmod(a, x, PRIME) + b) % PRIME;
      const v = h >>> 0;
      if (v < sig[k]) sig[k] = v;
    }
  }
  return sig;
}

export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let k = 0; k < HASHES; k++) if (a[k] === b[k]) same++;
  return same / HASHES;
}

/** Candidate pairs (indices) that share at least one LSH band. */
export function candidatePairs(sigs: Uint32Array[]): [number, number][] {
  const seen = new Set<string>();
  const pairs: [number, number][] = [];
  for (let band = 0; band < BANDS; band++) {
    const buckets = new Map<string, number[]>();
    sigs.forEach((sig, i) => {
      const key = Array.from(sig.subarray(band * ROWS, band * ROWS + ROWS)).join(',');
      const list = buckets.get(key) ?? [];
      list.push(i);
      buckets.set(key, list);
    });
    for (const list of buckets.values()) {
      for (let x = 0; x < list.length; x++) {
        for (let y = x + 1; y < list.length; y++) {
          const k = `${list[x]}:${list[y]}`;
          if (!seen.has(k)) {
            seen.add(k);
            pairs.push([list[x], list[y]]);
          }
        }
      }
    }
  }
  return pairs;
}
