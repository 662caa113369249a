// A person's name spelt unlike every KB spelling of it ('أنطونيو جوتيريس' for 'أنطونيو غوتيريش': the Egyptian ج for G,
// س for ش): the KB person whose name has the same letters once the letters that spell one foreign sound are merged
// (data/arabic/name_variant_letters.tsv), when exactly one person does, and every word that differs is no Arabic given
// name ('محمد عباس' is not 'محمود عباس'). Only foreign names: no word with the article, no person of a country whose
// names are Arabic (data/kb/arabic_speaking_countries.tsv: 'أحمد السياري' is not 'أحمد الشرع'). Internal to
// src/extract/entities/.
import { normalizeArabic } from '../../arabic/normalize.js';
import { loadTsv, type TsvRow } from '../../data-files.js';
import { getIndex, type EntityInfo, type Index } from '../../kb/kb-index.js';
import { once } from '../../once.js';

/** Matching-form letter -> its class; '' drops the letter. */
export type VariantLetters = ReadonlyMap<string, string>;

export function parseVariantLetters(rows: readonly TsvRow[]): VariantLetters {
  const out = new Map<string, string>();
  for (const r of rows) {
    if ([...r.letter].length !== 1 || !r.class) throw new Error(`arabic/name_variant_letters.tsv: bad row '${r.letter}'`);
    out.set(r.letter, r.class === '-' ? '' : r.class);
  }
  return out;
}

/** A word's letters as classes, a class written twice counted once; null when a letter has no class (not Arabic). */
export function variantSkeleton(word: string, letters: VariantLetters): string | null {
  let out = '';
  for (const ch of word) {
    const c = letters.get(ch);
    if (c === undefined) return null;
    if (c && !out.endsWith(c)) out += c;
  }
  return out;
}

/** The key of a name of two words or more: each word's skeleton (two classes at least), or null. */
export function variantKey(words: readonly string[], letters: VariantLetters): string | null {
  if (words.length < 2 || words.some((w) => w.startsWith('ال'))) return null;
  const parts: string[] = [];
  for (const w of words) {
    const k = variantSkeleton(w, letters);
    if (!k || k.length < 2) return null;
    parts.push(k);
  }
  return parts.join(' ');
}

interface Spelling {
  info: EntityInfo;
  words: string[];
}

/** Key -> the KB people's spellings with that key. */
function buildPeopleByKey(idx: Index, letters: VariantLetters, arabic: ReadonlySet<string>): Map<string, Spelling[]> {
  const out = new Map<string, Spelling[]>();
  for (const info of idx.entities.values()) {
    if (info.type !== 'PERSON' || !info.person || (info.country && arabic.has(info.country))) continue;
    for (const name of info.person.names_ar) {
      const words = normalizeArabic(name).split(/\s+/).filter(Boolean);
      const key = variantKey(words, letters);
      if (key) out.set(key, [...(out.get(key) ?? []), { info, words }]);
    }
  }
  return out;
}

const variantLetters = once(() => parseVariantLetters(loadTsv('arabic/name_variant_letters.tsv')));
const arabicSpeaking = once(() => new Set(loadTsv('kb/arabic_speaking_countries.tsv').map((r) => r.iso3)));
const peopleByKey = once(() => buildPeopleByKey(getIndex(), variantLetters(), arabicSpeaking()));

/** The KB person a new name (matching forms) spells another way, or null. */
export function kbPersonVariant(idx: Index, words: readonly string[], letters: VariantLetters = variantLetters(), byKey: ReadonlyMap<string, Spelling[]> = peopleByKey()): EntityInfo | null {
  const key = variantKey(words, letters);
  if (!key) return null;
  const found = byKey.get(key) ?? [];
  const ids = new Set(found.map((f) => f.info.id));
  if (ids.size !== 1) return null;
  // Every word spelt otherwise than in some spelling of his: no Arabic given name.
  const fits = found.some((f) => f.words.every((w, k) => w === words[k] || !idx.givenNames.has(words[k])));
  return fits ? found[0].info : null;
}
