// Arabic -> Latin for names that have no English form in the knowledge base: conventional
// spellings of common name parts (data/arabic/name_parts.tsv) first, then letter by letter with
// a vowel guess between consonants. Readable, not reversible.
import { loadTsv } from '../data-files.js';
import { normalizeArabic } from './normalize.js';

let parts: Map<string, string> | null = null;
function nameParts(): Map<string, string> {
  if (!parts) parts = new Map(loadTsv('arabic/name_parts.tsv').map((r) => [normalizeArabic(r.ar), r.en]));
  return parts;
}

const LETTERS: Record<string, string> = {
  'ء': "'", 'ا': 'a', 'ب': 'b', 'ت': 't', 'ث': 'th', 'ج': 'j', 'ح': 'h', 'خ': 'kh', 'د': 'd',
  'ذ': 'dh', 'ر': 'r', 'ز': 'z', 'س': 's', 'ش': 'sh', 'ص': 's', 'ض': 'd', 'ط': 't', 'ظ': 'z',
  'ع': "'", 'غ': 'gh', 'ف': 'f', 'ق': 'q', 'ك': 'k', 'ل': 'l', 'م': 'm', 'ن': 'n', 'ه': 'h',
  'و': 'w', 'ي': 'y', 'ة': 'a', 'ى': 'a',
};
const VOWELISH = new Set(['ا', 'و', 'ي', 'ى', 'ة']);

function transliterateWord(word: string): string {
  const known = nameParts().get(word);
  if (known) return known;
  if (word.startsWith('ال') && word.length > 3) {
    const rest = transliterateWord(word.slice(2));
    return `al-${rest.charAt(0).toUpperCase()}${rest.slice(1)}`;
  }
  const chars = [...word];
  let out = '';
  chars.forEach((ch, i) => {
    const prev = chars[i - 1];
    const next = chars[i + 1];
    if (ch === 'و' || ch === 'ي') {
      // Between consonants (or word-final) these are long vowels; at the start or next to a vowel, consonants.
      const asVowel = i > 0 && prev !== undefined && !VOWELISH.has(prev);
      out += asVowel ? (ch === 'و' ? 'ou' : 'i') : LETTERS[ch];
      return;
    }
    if (ch === 'ا' && i === 0) { out += 'a'; return; }
    if (ch === 'ع' && (i === 0 || i === chars.length - 1)) { out += i === 0 ? 'a' : ''; return; }
    out += LETTERS[ch] ?? ch;
    // Guess a short vowel between two consonants, as press spellings do (رحيم -> Rahim).
    if (LETTERS[ch] && !VOWELISH.has(ch) && next && !VOWELISH.has(next) && i < chars.length - 1 && ch !== 'ء') {
      out += i === 0 ? 'a' : next === chars[chars.length - 1] ? 'a' : 'e';
    }
  });
  out = out.replace(/'+/g, "'").replace(/^'|'$/g, '');
  return out.charAt(0).toUpperCase() + out.slice(1);
}

/** Transliterates a (multi-word) Arabic name: 'قادر رحيم زاده' -> 'Qader Rahim zadeh'. */
export function transliterate(name: string): string {
  const words = normalizeArabic(name).split(/\s+/).filter(Boolean);
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    // عبد + X is one name: عبد الله -> Abdullah, عبد الرحمن -> Abdulrahman.
    if (w === 'عبد' && words[i + 1]) {
      const joined = nameParts().get(w + words[i + 1]);
      if (joined) { out.push(joined); i++; continue; }
      const rest = transliterateWord(words[i + 1].replace(/^ال/, ''));
      out.push(`Abdul${rest.toLowerCase()}`);
      i++;
      continue;
    }
    if (/^[a-z0-9]/i.test(w)) { out.push(w); continue; }
    out.push(transliterateWord(w));
  }
  // Persian compound surnames written apart: رحيم زاده -> Rahimzadeh.
  return out.join(' ').replace(/ (zadeh|pour)\b/g, '$1');
}
