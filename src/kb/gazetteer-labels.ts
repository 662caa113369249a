// Whether a Wikidata city label spells the city's Latin name. Some labels of the world-cities list belong to another
// item: 'Sarh' (Chad) / 'خيبر بختونخوا' (a Pakistani province), 'Mosul' / 'فاموتيدين' (a drug), 'Biu' / 'جامعة بار إيلان'
// (a university). Such a label shares few consonant classes (src/arabic/skeleton.ts) with the name in every form the
// gazetteer reads it in; a true exonym that looks unlike the name (Khorramshahr / 'المحمرة') is kept by a reviewed list.
import { normalizeArabic } from '../arabic/normalize.js';
import { skeletonSimilarity, type SkeletonRules } from '../arabic/skeleton.js';
import { PLACE_CUES } from './matcher.js';

/** Below this share of consonant classes in common, a label is taken for another item's. */
export const MISLABEL_BELOW = 0.5;

/** The forms a label names its place by: the whole label, the part before a comma ('ناوشيرا، خيبر باختونخوا'), and
 *  each without a leading place word ('محافظة إدلب' -> 'إدلب', 'مطار الفاشر' -> 'الفاشر'). */
export function labelForms(label: string): string[] {
  const forms = new Set([label.trim()]);
  const head = label.split(/[،,]/)[0].trim();
  if (head) forms.add(head);
  for (const f of [...forms]) {
    const words = f.split(/\s+/);
    if (words.length > 1 && PLACE_CUES.has(normalizeArabic(words[0]))) forms.add(words.slice(1).join(' '));
  }
  return [...forms];
}

/** The best share of consonant classes a form of the label has in common with the Latin name. */
export function labelSimilarity(nameEn: string, label: string, rules: SkeletonRules): number {
  return Math.max(...labelForms(label).map((f) => skeletonSimilarity(nameEn, f, rules)));
}

/** The key of a reviewed label: country (ISO 3166-1 alpha-2), Latin name and Arabic label. */
export function labelKey(iso2: string, nameEn: string, label: string): string {
  return `${iso2.toUpperCase()}|${nameEn}|${label.trim()}`;
}

/** Whether a label is another item's: it shares too few consonants with the name and no reviewer kept it. */
export function isMislabel(iso2: string, nameEn: string, label: string, rules: SkeletonRules, kept: ReadonlySet<string>): boolean {
  return labelSimilarity(nameEn, label, rules) < MISLABEL_BELOW && !kept.has(labelKey(iso2, nameEn, label));
}
