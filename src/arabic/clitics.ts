// Clitic analysis of one Arabic word: proclitics (و ف, then ب ل ك or the future س, then ال)
// and one pronoun suffix. Arabic is ambiguous here ('وزير' is not و + زير), so the analyser
// lists the possible splits and the caller picks with a lexicon; without one a conservative
// default applies.
import { normalizeText, LIGHT_RULES, normalizeArabic } from './normalize.js';

export interface CliticAnalysis {
  proclitics: string[];
  stem: string;
  enclitic: string | null;
  /** Offsets of the stem inside the analysed word (light-normalised form). */
  stemStart: number;
  stemEnd: number;
}

const CONJ = ['و', 'ف'];
const PREP = ['ب', 'ل', 'ك'];
const ENCLITICS = ['هما', 'كما', 'هم', 'هن', 'كم', 'كن', 'نا', 'ني', 'ها', 'ه', 'ك', 'ي'];
const MIN_STEM = 2;

function hasSpan(analyses: readonly CliticAnalysis[], stemStart: number, stemEnd: number): boolean {
  for (const a of analyses) if (a.stemStart === stemStart && a.stemEnd === stemEnd) return true;
  return false;
}

/** Whether the analyses are in order of letters removed, fewest first (longest stem first). */
function inOrder(analyses: readonly CliticAnalysis[]): boolean {
  for (let i = 1; i < analyses.length; i++) {
    if (analyses[i].stemEnd - analyses[i].stemStart > analyses[i - 1].stemEnd - analyses[i - 1].stemStart) return false;
  }
  return true;
}

/**
 * The proclitic sequences a word may start with, with no conjunction or after و / ف: shared by every analysis that
 * has them (frozen: analyses are read only), so that no array is built per word.
 */
interface HeadParts {
  head: readonly string[];
  /** ل + ال, written لل. */
  lilAl: readonly string[];
  /** A preposition (ب ل ك); a preposition then the article. */
  prep: ReadonlyMap<string, readonly string[]>;
  prepAl: ReadonlyMap<string, readonly string[]>;
  future: readonly string[];
  article: readonly string[];
}

function headParts(head: readonly string[]): HeadParts {
  const parts = (...xs: string[]) => Object.freeze([...head, ...xs]);
  return Object.freeze({
    head: parts(),
    lilAl: parts('ل', 'ال'),
    prep: new Map(PREP.map((p) => [p, parts(p)])),
    prepAl: new Map(PREP.map((p) => [p, parts(p, 'ال')])),
    future: parts('س'),
    article: parts('ال'),
  });
}

const NO_HEAD = headParts([]);
const CONJ_HEADS: ReadonlyMap<string, HeadParts> = new Map(CONJ.map((c) => [c, headParts([c])]));

/**
 * Adds the readings of `w` whose proclitics are `parts` (the first `len` letters): no suffix first, then each
 * pronoun the word ends with (`endings`, bit j: ENCLITICS[j]; none after the article).
 */
function addReadings(out: CliticAnalysis[], w: string, endings: number, parts: readonly string[], len: number, hasArticle: boolean): void {
  for (let j = -1; j < (hasArticle ? 0 : ENCLITICS.length); j++) {
    if (j >= 0 && !(endings & (1 << j))) continue;
    const enc = j < 0 ? null : ENCLITICS[j];
    const stemEnd = w.length - (enc ? enc.length : 0);
    // A stem of MIN_STEM letters or more (so the suffix lies inside the body after the prefix).
    if (stemEnd - len < MIN_STEM) continue;
    if (hasSpan(out, len, stemEnd)) continue;
    out.push({ proclitics: parts as string[], stem: w.slice(len, stemEnd), enclitic: enc, stemStart: len, stemEnd });
  }
}

/** Adds the readings with the proclitics that may follow the head (`at` letters: none, or و / ف). */
function addAfterHead(out: CliticAnalysis[], w: string, endings: number, h: HeadParts, at: number): void {
  // ل + ال is written لل (للدفاع = ل + ال + دفاع).
  if (w.startsWith('لل', at) && w.length - at - 2 >= MIN_STEM) addReadings(out, w, endings, h.lilAl, at + 2, true);
  const prep = h.prep.get(w[at]);
  if (prep) {
    addReadings(out, w, endings, prep, at + 1, false);
    if (w.startsWith('ال', at + 1)) addReadings(out, w, endings, h.prepAl.get(w[at])!, at + 3, true);
  }
  if (w.startsWith('س', at)) addReadings(out, w, endings, h.future, at + 1, false);
  if (w.startsWith('ال', at)) addReadings(out, w, endings, h.article, at + 2, true);
}

/** Every segmentation of `word` (light-normalised), the unsplit reading first. */
export function cliticAnalyses(word: string): CliticAnalysis[] {
  const w = normalizeText(word, LIGHT_RULES);
  let endings = 0;
  for (let j = 0; j < ENCLITICS.length; j++) if (w.endsWith(ENCLITICS[j])) endings |= 1 << j;
  const out: CliticAnalysis[] = [];
  addReadings(out, w, endings, NO_HEAD.head, 0, false);
  addAfterHead(out, w, endings, NO_HEAD, 0);
  const conj = CONJ_HEADS.get(w[0]);
  if (conj) {
    addReadings(out, w, endings, conj.head, 1, false);
    addAfterHead(out, w, endings, conj, 1);
  }
  // Fewer removed letters first: the unsplit reading, then the lightest splits.
  // (The sort is stable: a list already in that order, the common case, is returned as it is.)
  return inOrder(out) ? out : out.sort((a, b) => (w.length - (a.stemEnd - a.stemStart)) - (w.length - (b.stemEnd - b.stemStart)));
}

/**
 * Picks one segmentation. With `isKnown` (a lexicon test on the matching form of a stem) the
 * first analysis whose stem is known wins; otherwise a conservative default: the article and
 * the prepositions attached to it are always split, و/ف only before a stem of four letters or
 * more, and pronoun suffixes only after a preposition or conjunction has already been split.
 */
export function splitClitics(word: string, isKnown?: (normStem: string) => boolean): CliticAnalysis {
  return pickClitics(word, cliticAnalyses(word), isKnown);
}

/** splitClitics of a word whose analyses (cliticAnalyses) the caller has already. */
export function pickClitics(word: string, analyses: readonly CliticAnalysis[], isKnown?: (normStem: string) => boolean): CliticAnalysis {
  if (analyses.length === 0) {
    const w = normalizeText(word, LIGHT_RULES);
    return { proclitics: [], stem: w, enclitic: null, stemStart: 0, stemEnd: w.length };
  }
  if (isKnown) {
    const hit = analyses.find((a) => isKnown(normalizeArabic(a.stem)));
    if (hit) return hit;
  }
  const plausible = analyses.filter((a) => {
    const stemLen = a.stem.length;
    const last = a.proclitics[a.proclitics.length - 1];
    if (a.proclitics.length === 0) return !a.enclitic;
    if (last === 'ال') return stemLen >= 2 && !a.enclitic;
    if (a.enclitic) return a.proclitics.some((p) => p === 'ل' || p === 'ب') && stemLen >= 4;
    if (last === 'س') return false;
    if (CONJ.includes(last) || PREP.includes(last)) return stemLen >= 4;
    return false;
  });
  // Prefer the split that removes most proclitics among the plausible ones.
  plausible.sort((a, b) => b.stemStart - a.stemStart || (b.enclitic ? 1 : 0) - (a.enclitic ? 1 : 0));
  return plausible[0] ?? analyses[0];
}
