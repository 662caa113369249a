// Consonant skeletons of a Latin and an Arabic spelling (data/arabic/letter_skeleton.tsv), to tell a transliterated
// name ('Hīt' / 'هيت') from a translated one ('Hit' / 'يضرب', 'Tank' / 'صهريج').
import { loadTsv } from '../data-files.js';

export interface SkeletonRules {
  latin: [string, string][];
  arabic: [string, string][];
}

export function loadSkeletonRules(): SkeletonRules {
  const rows = loadTsv('arabic/letter_skeleton.tsv');
  const of = (script: string) => rows.filter((r) => r.script === script).map((r) => [r.from, r.class] as [string, string]).sort((a, b) => b[0].length - a[0].length);
  return { latin: of('latin'), arabic: of('arabic') };
}

/** The article of a Latin-written Arabic name: 'Al ', 'Al-', 'El ', 'Ash-', 'Az ' ... */
const LATIN_ARTICLE = /^(?:a[lnrstdz]|ash|adh|ath|el)[\s\-‐‑'’]+/i;

function skeleton(text: string, rules: [string, string][]): string {
  let out = '';
  // A letter written twice ('Aleppo', a shadda spelt out) counts once; the same class again after a vowel counts again.
  let doubled = '';
  for (let i = 0; i < text.length; ) {
    const rule = rules.find(([from]) => text.startsWith(from, i));
    if (rule) {
      if (rule[0] !== doubled) out += rule[1];
      doubled = rule[0];
      i += rule[0].length;
    } else {
      doubled = '';
      i++;
    }
  }
  return out;
}

export function latinSkeleton(name: string, rules: SkeletonRules): string {
  const plain = name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(LATIN_ARTICLE, '').toLowerCase();
  return skeleton(plain.replace(/[^a-z]/g, ''), rules.latin);
}

export function arabicSkeleton(name: string, rules: SkeletonRules): string {
  const plain = name.replace(/[\u064B-\u0652\u0640]/g, '').replace(/^ال/, '').replace(/ة$/, '');
  return skeleton(plain, rules.arabic);
}

function commonLength(a: string, b: string): number {
  let prev = new Array<number>(b.length + 1).fill(0);
  for (let i = 0; i < a.length; i++) {
    const row = [0];
    for (let j = 0; j < b.length; j++) row.push(a[i] === b[j] ? prev[j] + 1 : Math.max(prev[j + 1], row[j]));
    prev = row;
  }
  return prev[b.length];
}

/** Share of consonant classes the two spellings have in common, in order (1 when either has none). */
export function skeletonSimilarity(latin: string, arabic: string, rules: SkeletonRules): number {
  const a = latinSkeleton(latin, rules);
  const b = arabicSkeleton(arabic, rules);
  if (!a || !b) return 1;
  return commonLength(a, b) / Math.max(a.length, b.length);
}
