// What the tagger finds with no cue by it (no title, role, speech verb or settlement noun): a PERS, LOC or ORG span
// is kept only when the words themselves look like a name, since the tagger alone errs on common words ('فنجان قهوة',
// 'سيلفي'). The word lists are the tagger's own: the words of people's names (Wikidata, ner_name_tokens.tsv), the given
// names and gazetteers, and two dictionaries of common words (Ayaspell, Tesseract: ner_dictionary.tsv). Pure; internal to
// src/extract/entities/.
import type { NerKnowledge } from '../../ner/knowledge.js';
import { wordReadings, type Word } from '../../kb/match-words.js';
import type { DictEntry } from '../../kb/kb-index.js';
import type { DocState } from './state.js';

/** The word lists a guard reads (the tagger's knowledge). */
export type NameLists = Pick<NerKnowledge, 'nameTokens' | 'dictionary' | 'gazetteer'>;

/** A first word that people's names hold this often (Wikidata pairs) opens a name. */
const GIVEN_COUNT = 20;
/** A given name that is also a common word ('أفراح', 'تحية') opens a name found with no cue only if names hold it this often. */
const COMMON_GIVEN_COUNT = 8;
/** Words of a name found with no cue: at least two for a person, at most this many. */
const MAX_PERSON_WORDS = 4;
const MAX_PLACE_WORDS = 3;
const MAX_ORG_WORDS = 4;

/** 'زمااااان': a letter written three times over is no name. */
const DRAWN_OUT = /(.)\1\1/;
/** 'لسويفت', 'للمناصحة', 'بعقار': a preposition on a word ends or opens another phrase. */
const PREPOSITION_ON = /^(لل|بال|كال|وبال|ولل)/;
/** An object or possessive pronoun on the word ('دهشتها', 'أبناءهم'): a noun or a verb, no name. */
const PRONOUN_ON = /(ها|هم|هما|كم|هن)$/;

/** 'حمولات' حمولة, 'جامعتين' جامعة: a plural or dual in ات or تين of a noun in ة. */
const FEMININE_PLURAL = /(ات|تين|تان)$/;

/**
 * Whether a dictionary of common words holds the word (bare of و and the article, or as the singular of a plural in
 * ات, too). `ayaspell`: that dictionary only (the Tesseract list holds many names besides the common words).
 */
function inDictionary(k: NameLists, norm: string, ayaspell = false): boolean {
  const bare = norm.replace(/^و(?=..)/, '').replace(/^ال(?=..)/, '');
  const forms = [norm, bare];
  if (FEMININE_PLURAL.test(bare) && bare.length > 5) forms.push(bare.replace(FEMININE_PLURAL, 'ه'));
  return forms.some((w) => (k.dictionary.get(w) ?? []).some((c) => !ayaspell || c !== 't'));
}

/** Tanween ('اكتساباً'): an indefinite noun or adverb, no name. */
const TANWEEN = /[\u064B-\u064D]/;

/** How often people's names hold the word (its bare form too). */
function nameCount(k: NameLists, norm: string): number {
  const bare = norm.replace(/^ال(?=..)/, '');
  return Math.max(k.nameTokens.get(norm) ?? 0, k.nameTokens.get(bare) ?? 0);
}

/**
 * A given name (the tagger's lists, the KB's) or a word that opens many people's names; one that is also a common word
 * of the dictionary ('أفراح', 'تحية') only if names hold it often.
 */
function givenName(s: DocState, k: NameLists, w: Word): boolean {
  return wordReadings(w).some((r) => {
    const count = k.nameTokens.get(r.stem) ?? 0;
    if (inDictionary(k, r.stem, true) && count < COMMON_GIVEN_COUNT) return false;
    return s.idx.givenNames.has(r.stem) || (k.gazetteer.get(r.stem) ?? []).some((t) => t.endsWith('PERS')) || count >= GIVEN_COUNT;
  });
}

/** A word no common word stands for: in a name list, or in no dictionary. */
function nameShaped(k: NameLists, w: Word): boolean {
  const norm = w.norm;
  if (DRAWN_OUT.test(norm) || PRONOUN_ON.test(norm) || PREPOSITION_ON.test(norm) || TANWEEN.test(w.text)) return false;
  return nameCount(k, norm) > 0 || !inDictionary(k, norm);
}

/** 'هدى الدين', 'حلمي الكبير': a last word with the article that is a common word of the dictionary ends no name. */
function commonLast(k: NameLists, norm: string): boolean {
  return norm.startsWith('ال') && inDictionary(k, norm, true) && nameCount(k, norm) < COMMON_GIVEN_COUNT;
}

/** A pronoun on a word a dictionary holds bare ('قصفها', 'مواقعهم'). */
const PRONOUN_SUFFIX = /(ها|هم|هما|هن|كم|نا|ه)$/;

/** A word no dictionary holds, with or without its clitics: what a name from another language or place looks like. */
function unknownWord(k: NameLists, w: Word): boolean {
  if (w.norm.length < 3 || DRAWN_OUT.test(w.norm)) return false;
  const rs = wordReadings(w);
  if (!rs.some((r) => inDictionary(k, r.stem) || (PRONOUN_SUFFIX.test(r.stem) && inDictionary(k, r.stem.replace(PRONOUN_SUFFIX, ''))))) return true;
  // A word of the Tesseract list only (which holds many names) that a gazetteer lists.
  return rs.some((r) => (k.gazetteer.get(r.stem)?.length ?? 0) > 0 && !inDictionary(k, r.stem, true));
}

/**
 * Whether a run of words (i..j) with no cue by it is worth tagging: a word in it no dictionary holds, or two words or
 * more opening with a given name of the lists. Most runs of ordinary words are thus never read.
 */
export function mayName(s: DocState, k: NameLists, i: number, j: number): boolean {
  for (let x = i; x <= j; x++) if (unknownWord(k, s.words[x])) return true;
  return j > i && wordReadings(s.words[i]).some((r) => s.idx.givenNames.has(r.stem) || (k.gazetteer.get(r.stem) ?? []).some((t) => t.endsWith('PERS')));
}

/**
 * A person the tagger finds with no cue: two to four words, the first a given name, every word in a name list or in
 * no dictionary ('لوكاس ألاريو', 'سول كامبل'; not 'فنجان قهوة', 'مي دهشتها').
 */
export function uncuedPerson(s: DocState, k: NameLists, ws: readonly number[]): boolean {
  if (ws.length < 2 || ws.length > MAX_PERSON_WORDS) return false;
  const first = s.words[ws[0]];
  // 'البوب تيلور سويفت': a word with the article opens no name, but for a given name so written ('المبروك').
  if (first.norm.startsWith('ال') && !s.idx.givenNames.has(first.norm)) return false;
  if (!givenName(s, k, first) || commonLast(k, s.words[ws[ws.length - 1]].norm)) return false;
  return ws.every((i) => nameShaped(k, s.words[i]));
}

/** Prepositions and nouns of place before a place name ('في سوروتش', 'قرب حرض'), matching form. */
const LOCATIVE = new Set(['في', 'من', 'الي', 'الى', 'قرب', 'داخل', 'نحو', 'حتي', 'باتجاه', 'بين', 'عند']);

function locativeBefore(s: DocState, first: number): boolean {
  const prev = s.words[first - 1];
  return !!prev && prev.kind === 'word' && s.sentOf[first - 1] === s.sentOf[first] && LOCATIVE.has(prev.norm);
}

/** 'مكة وجدة': joined by و to a place the report names. */
function besidePlace(s: DocState, first: number, last: number): boolean {
  const near = (k: number) => {
    const m = k >= 0 && k < s.words.length && s.sentOf[k] === s.sentOf[first] ? s.coveredBy(k) : null;
    return !!m && ['PLACE', 'COUNTRY'].includes(s.typeOf(m));
  };
  return (s.words[first].norm.startsWith('و') && near(first - 1)) || (!!s.words[last + 1]?.norm.startsWith('و') && near(last + 1));
}

/**
 * A place the tagger finds with no settlement noun before it: after a preposition of place, or beside a known place,
 * or every word in no dictionary ('ريتشموند', 'سوروتش').
 */
export function uncuedPlace(s: DocState, k: NameLists, ws: readonly number[]): boolean {
  if (ws.length > MAX_PLACE_WORDS || ws.some((i) => DRAWN_OUT.test(s.words[i].norm) || PRONOUN_ON.test(s.words[i].norm) || TANWEEN.test(s.words[i].text))) return false;
  if (locativeBefore(s, ws[0]) || besidePlace(s, ws[0], ws[ws.length - 1])) return true;
  return ws.every((i) => !inDictionary(k, s.words[i].norm) && !PREPOSITION_ON.test(s.words[i].norm));
}

const QUOTE = /^["«»“”„]$/;

/**
 * An organisation the tagger finds with no head noun: every word in no dictionary, not after a preposition of place,
 * not in quotation marks (a title of
 * a programme or a film is quoted as often as a name), a single word of four letters or more.
 */
export function uncuedOrg(s: DocState, k: NameLists, ws: readonly number[]): boolean {
  if (ws.length > MAX_ORG_WORDS || (ws.length === 1 && s.words[ws[0]].norm.length < 4)) return false;
  // 'الشللية', 'الويشي': one word with the article is a noun, an adjective or a family name, and names no organisation.
  if (ws.length === 1 && s.words[ws[0]].norm.startsWith('ال')) return false;
  // 'في ميريلاند': after a preposition of place the tagger's organisation is a place it has not learnt.
  if (locativeBefore(s, ws[0])) return false;
  const before = s.words[ws[0] - 1];
  const after = s.words[ws[ws.length - 1] + 1];
  if ((before && QUOTE.test(before.text)) || (after && QUOTE.test(after.text))) return false;
  return ws.every((i) => {
    const n = s.words[i].norm;
    return !DRAWN_OUT.test(n) && !PREPOSITION_ON.test(n) && !PRONOUN_ON.test(n) && !TANWEEN.test(s.words[i].text) && !inDictionary(k, n);
  });
}

/** A gazetteer place of fewer people than this, in a country the report does not name, is taken for a namesake. */
const SMALL_PLACE = 100000;

/**
 * The KB entry of these types whose name the words are, with و, or a preposition before the article, on the first word
 * ('وعمان', 'بالهفوف'; not 'ليون' as ل and يون): the tagger's reading is the cue the KB asks of a name that is also a
 * common word. A small gazetteer place of a country the report does not name is a namesake, no match. Highest
 * priority, then population.
 */
export function kbEntryOf(s: DocState, ws: readonly number[], types: readonly string[]): { entry: DictEntry; cut: number } | null {
  let best: DictEntry | null = null;
  let cut = 0;
  let named: Set<string> | null = null;
  const namesake = (e: DictEntry): boolean => {
    const info = s.idx.entities.get(e.id);
    if (e.prio !== 1 || !info?.country || (info.population ?? 0) >= SMALL_PLACE) return false;
    named ??= new Set([...s.entities.values()].map((x) => x.info.country ?? ''));
    return !named.has(info.country);
  };
  const rank = (e: DictEntry) => e.prio * 1e10 + (s.idx.entities.get(e.id)?.population ?? 0);
  for (const r of wordReadings(s.words[ws[0]])) {
    if (r.cut > 0 && !(r.conj && r.cut === 1) && !r.stem.startsWith('ال')) continue;
    let node = s.idx.trie.get(r.stem);
    for (let k = 1; node && k < ws.length; k++) node = node.next?.get(s.words[ws[k]].norm);
    for (const e of node?.entries ?? []) {
      if (e.form !== 'name' || !types.includes(s.idx.entities.get(e.id)?.type ?? '') || namesake(e)) continue;
      if (!best || rank(e) > rank(best)) {
        best = e;
        cut = r.cut;
      }
    }
  }
  return best && { entry: best, cut };
}

/**
 * Letters of ب or ل (after و or none) on the first word of a name the tagger finds, when what follows is a name the lists
 * know ('لتومسون' for Thomson, 'بزوارة' for Zuwara): 0 when none.
 */
export function prepositionCut(k: NameLists, w: Word): number {
  const m = /^(و?[بل])(.{3,})$/.exec(w.norm);
  if (!m || nameCount(k, w.norm) > 0 || (k.gazetteer.get(w.norm)?.length ?? 0) > 0) return 0;
  return nameCount(k, m[2]) > 0 || (k.gazetteer.get(m[2])?.length ?? 0) > 0 ? m[1].length : 0;
}
