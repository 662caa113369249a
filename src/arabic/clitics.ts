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

/** Every segmentation of `word` (light-normalised), the unsplit reading first. */
export function cliticAnalyses(word: string): CliticAnalysis[] {
  const w = normalizeText(word, LIGHT_RULES);
  const prefixes: { parts: string[]; len: number }[] = [{ parts: [], len: 0 }];
  const conj = CONJ.find((c) => w.startsWith(c));
  const heads = conj ? [{ parts: [] as string[], len: 0 }, { parts: [conj], len: 1 }] : [{ parts: [] as string[], len: 0 }];
  for (const h of heads) {
    const rest = w.slice(h.len);
    if (h.len) prefixes.push(h);
    // ل + ال is written لل (للدفاع = ل + ال + دفاع).
    if (rest.startsWith('لل') && rest.length - 2 >= MIN_STEM) {
      prefixes.push({ parts: [...h.parts, 'ل', 'ال'], len: h.len + 2 });
    }
    const prep = PREP.find((p) => rest.startsWith(p));
    if (prep) {
      prefixes.push({ parts: [...h.parts, prep], len: h.len + 1 });
      if (rest.startsWith(prep + 'ال')) prefixes.push({ parts: [...h.parts, prep, 'ال'], len: h.len + 3 });
    }
    if (rest.startsWith('س')) prefixes.push({ parts: [...h.parts, 'س'], len: h.len + 1 });
    if (rest.startsWith('ال')) prefixes.push({ parts: [...h.parts, 'ال'], len: h.len + 2 });
  }
  const out: CliticAnalysis[] = [];
  for (const p of prefixes) {
    const hasArticle = p.parts.includes('ال');
    // No suffix first, then each pronoun the word ends with (none after the article).
    for (let j = -1; j < (hasArticle ? 0 : ENCLITICS.length); j++) {
      const enc = j < 0 ? null : ENCLITICS[j];
      if (enc !== null && !w.endsWith(enc)) continue;
      const stemEnd = w.length - (enc ? enc.length : 0);
      // A stem of MIN_STEM letters or more (so the suffix lies inside the body after the prefix).
      if (stemEnd - p.len < MIN_STEM) continue;
      if (hasSpan(out, p.len, stemEnd)) continue;
      out.push({ proclitics: p.parts, stem: w.slice(p.len, stemEnd), enclitic: enc, stemStart: p.len, stemEnd });
    }
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
  const analyses = cliticAnalyses(word);
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
