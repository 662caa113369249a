// Arabic -> Latin for names that have no English form in the knowledge base: conventional
// spellings of common name parts (data/arabic/name_parts.tsv, press usage) first, then the usual
// spelling of the word in public name pairs (data/kb/name_spellings.tsv, Wikidata and Wikipedia),
// then, for a word that reads as foreign, the learned speller (data/arabic/translit_model.tsv, trained on those pairs),
// else letter by letter with a vowel guess between consonants. Readable, not reversible.
import { loadTsv, type TsvRow } from '../data-files.js';
import { nameSpellings } from './name-spellings.js';
import { looksArabic, spellWith } from './translit-model.js';
import { translitModel } from './translit-model-file.js';
import { normalizeArabic } from './normalize.js';
import { once } from '../once.js';

/** Spelling tables, keyed by the row arrays loadTsv keeps for the process (read once, never changed). */
const tables = new WeakMap<readonly TsvRow[], ReadonlyMap<string, string>>();
function table(file: string): ReadonlyMap<string, string> {
  const rows = loadTsv(file);
  let t = tables.get(rows);
  if (!t) {
    t = new Map(rows.map((r) => [normalizeArabic(r.ar), r.en]));
    tables.set(rows, t);
  }
  return t;
}
function nameParts(): ReadonlyMap<string, string> {
  return table('arabic/name_parts.tsv');
}
/** The conventional spelling of a name word: press usage first, then name pairs. */
function knownSpelling(word: string): string | undefined {
  return nameParts().get(word) ?? nameSpellings().get(word);
}

/** Whether a word (matching form) is a name word the spelling tables know ('لطفي' Lotfi; not 'لتقصي'). */
export function knownNameWord(word: string): boolean {
  return knownSpelling(word) !== undefined;
}

const LETTERS: Record<string, string> = {
  'ء': "'", 'ا': 'a', 'ب': 'b', 'ت': 't', 'ث': 'th', 'ج': 'j', 'ح': 'h', 'خ': 'kh', 'د': 'd',
  'ذ': 'dh', 'ر': 'r', 'ز': 'z', 'س': 's', 'ش': 'sh', 'ص': 's', 'ض': 'd', 'ط': 't', 'ظ': 'z',
  'ع': "'", 'غ': 'gh', 'ف': 'f', 'ق': 'q', 'ك': 'k', 'ل': 'l', 'م': 'm', 'ن': 'n', 'ه': 'h',
  'و': 'w', 'ي': 'y', 'ة': 'a', 'ى': 'a',
};
const VOWELISH = new Set(['ا', 'و', 'ي', 'ى', 'ة']);

/** A prefix of data/kb/glued_name_prefixes.tsv: its matching form, English spelling and where it may stand glued. */
export interface GluedPrefix {
  ar: string;
  en: string;
  minRest: number;
  notFirst: string;
  notLast: string;
  /** An unknown word with the prefix glued names a place by itself. */
  placeGlued: boolean;
  /** The prefix written apart names a place with the next word. */
  placeApart: boolean;
  /** A glued word names a place only in a report on one of these countries (empty: anywhere). */
  countries: ReadonlySet<string>;
  /** Words (matching form) after which the prefix names a tribe, not a place. */
  notAfter: ReadonlySet<string>;
}

/** data/kb/glued_name_prefixes.tsv, parsed once (it was parsed per word: 4% of `analyze`). */
export const gluedPrefixes: () => readonly GluedPrefix[] = once(() =>
  loadTsv('kb/glued_name_prefixes.tsv').map((r) => {
    const place = new Set((r.place ?? '').split('|'));
    return { ar: normalizeArabic(r.ar), en: r.en, minRest: Number(r.min_rest), notFirst: r.not_first ?? '', notLast: r.not_last ?? '', placeGlued: place.has('glued'), placeApart: place.has('apart'), countries: new Set((r.countries ?? '').split('|').filter(Boolean)), notAfter: new Set((r.not_after ?? '').split('|').filter(Boolean).map(normalizeArabic)) };
  }),
);

/** The prefix glued to a name word ('كفرموس', 'البوفراج') and the rest, when the word may be read so. */
export function gluedPrefix(word: string): { prefix: GluedPrefix; rest: string } | undefined {
  for (const p of gluedPrefixes()) {
    // The prefix tested first: no rest cut for the prefixes the word does not start with.
    if (!word.startsWith(p.ar) || word.length - p.ar.length < p.minRest) continue;
    const rest = word.slice(p.ar.length);
    if (p.notFirst.includes(rest[0]) || p.notLast.includes(word.at(-1)!)) continue;
    return { prefix: p, rest };
  }
  return undefined;
}

/**
 * A CāCiC stem (Arabic: four letters, ا second) before the nisba ending: its e is an i ('خالد' Khaled, 'الخالدية'
 * al-Khalidiya; 'هاشم' Hashem, 'الهاشمي' al-Hashimi), as the press spells the lengthened word. Other stems keep their
 * spelling ('محمد' Mohammed, 'المحمدي' al-Mohammedi).
 */
function nisbaStem(ar: string, stem: string): string {
  return ar.length === 4 && ar[1] === 'ا' ? stem.replace(/e([bcdfghjklmnpqrstvwxz]+)$/, 'i$1') : stem;
}

/** `learned`: whether a word no table holds may take the learned speller (not in an Arabic frame: after ال, كفر, عبد). */
function transliterateWord(word: string, taMarbuta = false, maqsura = false, lookup = true, learned = lookup): string {
  // The elative أفعل of a final ى ('الأقصى' al-Aqsa, 'الأعلى' al-Aala) ends in a; many writers put ى for a final ي
  // ('الكعكى' al-Kaaki), so no other word is read so.
  if (maqsura && /^الا[^اوي]{2}ي$/.test(word)) return `al-${transliterateWord(word.slice(2, -1), false, false, lookup, false).replace(/[aeiou]$/, '')}a`;
  // Name pairs write the article many ways ('العبيدي' Labidi, Obeidi): a word with ال is spelt without it, after al-.
  const known = !lookup ? undefined : word.startsWith('ال') ? nameParts().get(word) : knownSpelling(word);
  if (known) return known;
  const glued = gluedPrefix(word);
  if (glued) return `${glued.prefix.en} ${transliterateWord(glued.rest, taMarbuta, false, lookup, false)}`;
  // The prefix written apart ('البو شهاب'): its own spelling.
  const apart = gluedPrefixes().find((p) => p.placeApart && p.ar === word);
  if (apart) return apart.en;
  if (word.startsWith('ال') && word.length > 3) {
    // A nisba surname is its stem's usual spelling and -i ('العبيدي' al-Obaidi from عبيد Obaid, 'العدني' al-Adani),
    // when the stem is a name word whose spelling ends in a consonant.
    const stem = lookup && word.endsWith('ي') && word.length > 5 ? knownSpelling(word.slice(2, -1)) : undefined;
    if (stem && /[bcdfghjklmnpqrstvwxz]$/.test(stem)) return `al-${nisbaStem(word.slice(2, -1), stem)}i`;
    // A word with the article is Arabic: the letter rules (the speller learned no word with it).
    const rest = transliterateWord(word.slice(2), taMarbuta, false, lookup, false);
    return `al-${rest.charAt(0).toUpperCase()}${rest.slice(1)}`;
  }
  // The nisba ending ية is -iya ('الصقلاوية' al-Saqlawiya, 'الخالدية' al-Khalidiya), not a consonant y and an h.
  if (taMarbuta && word.length > 3 && word.endsWith('يه')) {
    const before = word.at(-3)!;
    // After ا or و the و is a consonant: 'الصقلاوية' Saqla + wiya.
    if (before === 'و' && word.length > 4) return `${transliterateWord(word.slice(0, -3), false, false, lookup, false)}wiya`;
    if (!VOWELISH.has(before)) return `${nisbaStem(word.slice(0, -2), transliterateWord(word.slice(0, -2), false, false, lookup, false).replace(/[aeiou]$/, ''))}iya`;
  }
  // A foreign-looking word no table holds: the speller learned from the name pairs; an Arabic-looking one keeps the
  // letter rules, better on Arabic names (5-fold CV on the pairs: scripts/translit-check.ts).
  const spelt = learned && !looksArabic(translitModel(), word) ? spellWith(translitModel(), word) : undefined;
  if (spelt) return spelt;
  const chars = [...word];
  // Arabic CāCiC ('داعل' Da'il, 'خالق' Khaliq) and CaCāyiC ('مغاير' Maghayir) words: four or five letters, the last
  // no ta marbuta (ه in matching form: 'الباحة'); longer foreign names ('لاجارد') keep the letter-by-letter reading.
  const consonant = (c: string | undefined): boolean => !!c && !!LETTERS[c] && !VOWELISH.has(c) && c !== 'ه';
  const cacic = chars.length === 4 && chars[1] === 'ا' && consonant(chars[0]) && consonant(chars[2]) && consonant(chars[3]);
  const cacayic = chars.length === 5 && chars[2] === 'ا' && chars[3] === 'ي' && consonant(chars[0]) && consonant(chars[1]) && consonant(chars[4]);
  const foreignCh = chars[0] === 'ت' && chars[1] === 'ش' && VOWELISH.has(chars[2] ?? '');
  const foreignO = chars.length > 3 && chars[0] === 'ا' && chars[1] === 'و' && consonant(chars[2]);
  const openingI = chars.length > 3 && chars[0] === 'ا' && chars[1] === 'ي' && consonant(chars[2]);
  let out = '';
  // Whether the last consonant written has a vowel after it (a guessed one or a long vowel letter).
  let voiced = true;
  chars.forEach((ch, i) => {
    const prev = chars[i - 1];
    const next = chars[i + 1];
    // او before a consonant opens a foreign name with an o ('اوموهانغي' Omohangi, 'اوبتز' Opitz; name pairs: 4 in 5).
    if (foreignO && i < 2) { out += i === 0 ? 'o' : ''; return; }
    // اي before a consonant opens a name with an i ('ايغور' Ighour, 'ايفانوف' Ivanov; name pairs: i or e 3 in 4).
    if (openingI && i < 2) { out += i === 0 ? 'i' : ''; return; }
    if (ch === 'و' || ch === 'ي') {
      // Between consonants (or word-final) these are long vowels; at the start or next to a vowel, consonants.
      // A final ي after و is the nisba -i ('الفهداوي' al-Fahdawi).
      // Before ا after the stem's first consonant, و is the consonant of CawāC ('هواس' Hawas, 'الدوادمي' al-Dawadmi), not
      // a long u; later in a word ('فرانسوا' François) it stays a vowel.
      const stemStart = word.startsWith('ال') ? 2 : 0;
      if (ch === 'و' && next === 'ا' && i === stemStart + 1 && prev !== undefined && !VOWELISH.has(prev) && prev !== 'ء') {
        out += out.endsWith('a') ? 'w' : 'aw';
        return;
      }
      // A final و after a long i or ā ends a name from another language in o ('اباريسيو' Aparicio, 'ساو' Sao; name pairs: 9 in 10, u else).
      if (ch === 'و' && i === chars.length - 1 && i >= 2 && ((prev === 'ي' && consonant(chars[i - 2])) || prev === 'ا')) { out += 'o'; return; }
      // The second letter of يو / وي before a consonant is the vowel of the first syllable ('يوري' Youri, 'ويلسون' Wilson;
      // name pairs: yo/yu 80 of 114, wi/we 87 of 102).
      const opening = i === 1 && chars.length > 3 && consonant(next) && ((ch === 'و' && prev === 'ي') || (ch === 'ي' && prev === 'و'));
      const asVowel = opening || (i > 0 && prev !== undefined && !VOWELISH.has(prev)) || (ch === 'ي' && prev === 'و' && i === chars.length - 1 && i > 2);
      // After ā and before the last consonant, the consonant of a CāCiC word ('مغاير' Maghayir).
      const participle = cacayic && i === 3;
      out += asVowel ? (ch === 'و' ? (i === chars.length - 1 ? 'o' : (chars.length - (taMarbuta || chars.at(-1) === 'ه' ? 1 : 0) >= 6 ? 'o' : 'ou')) : 'i') : participle ? `${LETTERS[ch]}i` : LETTERS[ch];
      // A consonant و or ي opening a word before a consonant takes a vowel too ('وكيل' Wakil, 'يحيعام' Yahi'am).
      if (!asVowel && i === 0 && next && !VOWELISH.has(next)) out += 'a';
      return;
    }
    if (ch === 'ا' && i === 0) { out += 'a'; return; }
    // A final ز after a consonant is a foreign plural or name s ('ابرامز' Abrams, 'ادواردز' Edwards; name pairs: 3 in 4),
    // not in the Arabic patterns CāCiC and maCCaC ('حاجز' Hajiz, 'مركز' Markaz).
    if (ch === 'ز' && i === chars.length - 1 && i >= 3 && consonant(prev) && !cacic && !(chars.length === 4 && chars[0] === 'م')) { out += 's'; return; }
    // تش before a vowel letter at the start writes a foreign ch ('تشاندي' Chandi, 'تشابمان' Chapman).
    if (foreignCh && i < 2) { out += i === 0 ? 'ch' : ''; return; }
    // A final ه after a consonant: ة ('المريسة' al-Marisa), else a vowel and h ('زاده' zadeh).
    if (ch === 'ه' && i === chars.length - 1 && i > 0 && !VOWELISH.has(prev)) { out += taMarbuta ? 'a' : 'eh'; return; }
    // ع at the start is a vowel ('عادل' Adel; before ا the ا is that vowel: 'عامر' Amer), at the end silent.
    if (ch === 'ع' && (i === 0 || i === chars.length - 1)) { out += i === 0 && next !== 'ا' ? 'a' : ''; return; }
    // تش after a long vowel is the ch of another language ('اباتشا' Abacha, 'اداميتش' Adamich); after a consonant it is
    // Arabic t and sh ('مستشار').
    const afterCh = ch === 'ش' && prev === 'ت' && i > 1 && (chars[i - 2] === 'ا' || chars[i - 2] === 'ي' || chars[i - 2] === 'و');
    if (ch === 'ت' && next === 'ش' && i > 0 && (prev === 'ا' || prev === 'ي' || prev === 'و')) { out += 'ch'; return; }
    // غ after ن and before a consonant or at the end is the ng of another language ('بينغهام' Bingham); before a vowel
    // letter it stays gh ('بنغازي' Benghazi).
    if (ch === 'غ' && prev === 'ن' && i > 1 && (!next || consonant(next))) { out += 'g'; voiced = false; return; }
    // غ before a final و is a foreign g ('سانتياغو' Santiago, 'شيكاغو' Chicago): Arabic words end so rarely.
    if (ch === 'غ' && i === chars.length - 2 && next === 'و') { out += 'g'; return; }
    // A final غ after ر or ن is a foreign g ('شومبورغ' -burg, 'هامبرغ', 'بينغ'): Arabic words end so rarely.
    if (ch === 'غ' && i === chars.length - 1 && (prev === 'ر' || prev === 'ن')) { out += 'g'; return; }
    out += afterCh ? '' : LETTERS[ch] ?? ch;
    // The active participle CāCiC ('داعل' Da'il, 'خالق' Khaliq): a long ā, then a consonant before the last one.
    if (cacic && i === 2) {
      out += 'e';
      voiced = true;
      return;
    }
    // Guess a short vowel between two consonants, as press spellings do (رحيم -> Rahim), one a syllable: after the
    // first consonant and after a consonant that closes a syllable, not inside 'CaCC' ('زنكورة' Zankoura, 'صبر' Sabr).
    if (LETTERS[ch] && !VOWELISH.has(ch) && next && !VOWELISH.has(next) && ch !== 'ء' && !(taMarbuta && next === 'ه' && i === chars.length - 2)) {
      const finalR = next === 'ر' && i === chars.length - 2 && chars.length >= 4 && voiced;
      const guess = i === 0 || !voiced;
      if (guess) out += 'a';
      else if (finalR) out += 'e';
      voiced = guess;
    } else {
      voiced = true;
    }
  });
  out = out.replace(/'+/g, "'").replace(/^'|'$/g, '');
  // ع between two vowels is written as nothing, as the press does ('شاعر' Shaer, 'داعل' Dael, 'الرفاعي' al-Rifai),
  // except between two i's ('السبيعي' al-Sabi'i).
  out = out.replace(/([aeiou])'([aeiou])/g, (m, a: string, b: string) => (a === 'i' && b === 'i' ? m : a + b));
  return out.charAt(0).toUpperCase() + out.slice(1);
}

/**
 * One word spelt letter by letter, without the spelling tables: what a word no table knows gets. For measuring the
 * letter rules against the tables' spellings (scripts/translit-check.ts).
 */
export function spellOut(word: string, taMarbuta = false): string {
  return transliterateWord(normalizeArabic(word), taMarbuta, false, false);
}

/** Transliterates a (multi-word) Arabic name: 'قادر رحيم زاده' -> 'Qader Rahim zadeh'. */
export function transliterate(name: string): string {
  // A word written with a hamza before ل ('أليكسيس', 'ألبرت') starts with a vowel, not the article ال.
  const raw = name.trim().split(/\s+/).map((w) => ({ w: normalizeArabic(w), ta: /ة[\u064B-\u0652]*$/.test(w), maqsura: /ى[\u064B-\u0652]*$/.test(w), hamzaL: /^[أإآ][\u064B-\u0652]*ل/.test(w) })).filter((x) => x.w);
  const words = raw.map((x) => x.w);
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    // عبد + X is one name: عبد الله -> Abdullah, عبد الرحمن -> Abdulrahman.
    if (w === 'عبد' && words[i + 1]) {
      const joined = nameParts().get(w + words[i + 1]);
      if (joined) { out.push(joined); i++; continue; }
      // A divine name after عبد that no table spells keeps its classical i: عبد الخالق Abdulkhaliq.
      const divine = words[i + 1].replace(/^ال/, '');
      const rest = knownSpelling(divine) ?? nisbaStem(divine, transliterateWord(divine, false, false, true, false));
      out.push(`Abdul${rest.toLowerCase()}`);
      i++;
      continue;
    }
    // A name and الله written apart are one name in the press ('نصر الله' Nasrallah, 'خير الله' Khairallah).
    if (words[i + 1] === 'الله' && /^[\u0621-\u064A]+$/.test(w) && !w.startsWith('ال')) {
      out.push(`${transliterateWord(w, raw[i].ta, raw[i].maqsura, true, false).replace(/a$/, '')}allah`);
      i++;
      continue;
    }
    if (/^[a-z0-9]/i.test(w)) { out.push(w); continue; }
    if (raw[i].hamzaL && w.startsWith('ال') && w.length > 3) { out.push(`Al${transliterateWord(w.slice(2), raw[i].ta, raw[i].maqsura).toLowerCase()}`); continue; }
    out.push(transliterateWord(w, raw[i].ta, raw[i].maqsura));
  }
  // Persian compound surnames written apart: رحيم زاده -> Rahimzadeh.
  return out.join(' ').replace(/ (zadeh|pour)\b/g, '$1');
}
