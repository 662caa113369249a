// People that neither the KB nor a title before the name finds ('وقال جيف ديفيز، متحدث باسم البنتاغون', 'قال
// الطبيب بانكاج جالديال'): the statistical tagger (src/ner/, trained on ANERcorp) reads the sentences that may hold
// one, and a PERS span it tags becomes a person when every word of it could be a name. Runs before surnames are
// resolved, so that 'وأضاف تونر' later in the report is the same person. Internal to src/extract/entities/.
import { chunks, loadTagger, type NerTagger } from '../../ner/tagger.js';
import { loadKnowledge } from '../../ner/features.js';
import { normalizeArabic } from '../../arabic/normalize.js';
import { loadTsv } from '../../data-files.js';
import { wordReadings, type Word } from '../../kb/match-words.js';
import type { DocState } from './state.js';
import { personFromWords } from './people.js';

const ARABIC_WORD = /^[\u0621-\u064A]+$/;
/** Words (matching form) before which a name is part of the name of a unit, a building or a place. */
const NAMED_THING = new Set(['كتيبه', 'سريه', 'فوج', 'مسجد', 'جامع', 'مدرسه', 'جامعه', 'شارع', 'ساحه', 'ميدان', 'جسر', 'سد',
  'عمليه', 'معركه', 'موسسه', 'مستشفي', 'مجمع', 'مخيم', 'حي', 'مطار', 'ميناء', 'قاعده', 'مركز', 'جمعيه', 'شركه', 'وكاله', 'قناه',
  'صحيفه', 'مجله', 'حركه', 'تنظيم', 'جماعه', 'الويه', 'لواء', 'كتائب', 'عائله', 'اسره', 'قبيله', 'ال', 'بني', 'بنو', 'ابناء']);

/** A word that may be part of a new person's name: Arabic letters, not a common word, not covered. */
function nameLike(s: DocState, w: Word): boolean {
  return w.kind === 'word' && ARABIC_WORD.test(w.norm) && w.norm.length >= 2 && !s.idx.common.has(w.norm) && !s.coveredBy(w.i);
}

const PERSON_CUE_KINDS = new Set(['PERS_TITLE', 'SPEECH_VERB']);
const CUE_BEFORE = 5;
let cueWords: Set<string> | null = null;
/** Titles, roles and speech verbs (data/lexicon/person_cues.tsv and the tagger's own cues), matching forms. */
function personCueWords(): Set<string> {
  if (!cueWords) {
    cueWords = new Set(loadTsv('lexicon/person_cues.tsv').map((r) => normalizeArabic(r.word.trim())));
    for (const [w, kinds] of loadKnowledge().triggers) if (kinds.some((k) => PERSON_CUE_KINDS.has(k))) cueWords.add(w);
  }
  return cueWords;
}

/**
 * Whether a run of name-like words (i..j) stands where a person is named: a title, a role or a speech verb in
 * the five words before it ('رئيس البعثة في غزة وليام شومبورغ') or right after it, or a comma right after it ('وقال جيف ديفيز، متحدث ...').
 */
/** Whether a title of data/lexicon/titles.tsv starts at this word. */
function startsTitle(s: DocState, w: Word): boolean {
  return wordReadings(w).some((r) => s.idx.titleTrie.has(r.stem));
}

function personCue(s: DocState, i: number, j: number): boolean {
  const cues = personCueWords();
  const isCue = (w: Word | undefined) => !!w && w.kind === 'word' && (startsTitle(s, w) || wordReadings(w).some((r) => cues.has(r.stem)));
  // A name right after a title is the title stage's to read ('اللواء محمد باقري'): no need to tag it.
  if (i > 0 && s.words[i - 1].kind === 'word' && startsTitle(s, s.words[i - 1])) return false;
  for (let k = Math.max(0, i - CUE_BEFORE); k < i; k++) if (s.sentOf[k] === s.sentOf[i] && isCue(s.words[k])) return true;
  const after = s.words[j + 1];
  return !!after && s.sentOf[j + 1] === s.sentOf[j] && (isCue(after) || after.text === '،' || after.text === ',');
}

/** Words either side of a candidate run that the tagger reads with it. */
const CONTEXT = 4;

/**
 * Word ranges worth tagging: a run of two or more name-like words with a few words either side (within its
 * sentence), overlapping ranges merged. Tagging only these keeps the cost to a fraction of the text.
 */
function candidateWindows(s: DocState): { first: number; last: number }[] {
  const out: { first: number; last: number }[] = [];
  const n = s.words.length;
  let i = 0;
  while (i < n) {
    if (!nameLike(s, s.words[i])) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < n && s.sentOf[j + 1] === s.sentOf[i] && nameLike(s, s.words[j + 1])) j++;
    if (j > i && personCue(s, i, j)) {
      let first = i;
      let last = j;
      for (let k = 0; k < CONTEXT && first > 0 && s.sentOf[first - 1] === s.sentOf[i]; k++) first--;
      for (let k = 0; k < CONTEXT && last + 1 < n && s.sentOf[last + 1] === s.sentOf[i]; k++) last++;
      const prev = out[out.length - 1];
      if (prev && prev.last >= first - 1 && s.sentOf[prev.last] === s.sentOf[first]) prev.last = Math.max(prev.last, last);
      else out.push({ first, last });
    }
    i = j + 1;
  }
  return out;
}

/**
 * The clitic cut of a name's first word: 'وعبد الله السنوسي' starts after و. A first word that reads as a
 * preposition before a name or an article ('لهادي', 'بالبو شهاب') does not start a person's name: -1.
 */
function leadingCut(s: DocState, w: Word): number {
  const n = w.norm;
  if (/^و?(بال|لل|كال)/.test(n)) return -1;
  const bare = n.startsWith('و') ? n.slice(1) : n;
  if (/^[بلك]/.test(bare) && !s.idx.givenNames.has(bare) && s.idx.givenNames.has(bare.slice(1))) return -1;
  return n.startsWith('و') && n.length > 3 && wordReadings(w).some((r) => r.conj && r.cut === 1) && !s.idx.givenNames.has(n) ? 1 : 0;
}

/** Windows tagged in one call: a huge document never holds the features of all its windows at once. */
const BATCH = 64;

export function findTaggedPeople(s: DocState, tagger: NerTagger = loadTagger()): void {
  const all = candidateWindows(s);
  for (let b = 0; b < all.length; b += BATCH) {
    const spans = all.slice(b, b + BATCH);
    const tagged = tagger.tagSentences(spans.map(({ first, last }) => s.words.slice(first, last + 1).map((w) => w.text)));
    spans.forEach(({ first }, k) => addPeople(s, first, tagged[k]));
  }
}

/** The people among one window's tags (the window starts at word `first`). */
function addPeople(s: DocState, first: number, tags: readonly string[]): void {
  for (const c of chunks(tags)) {
    if (c.type !== 'PERS' || c.end - c.start < 2 || c.end - c.start > 5) continue;
    const ws = Array.from({ length: c.end - c.start }, (_, j) => first + c.start + j);
    if (!ws.every((i) => nameLike(s, s.words[i]))) continue;
    // 'كتيبة أبو بكر الصديق', 'مسجد عمر بن الخطاب': the name of a thing; 'خادم الحرمين': a title.
    const before = ws[0] > 0 ? s.words[ws[0] - 1] : null;
    if (before && before.kind === 'word' && wordReadings(before).some((r) => NAMED_THING.has(r.stem))) continue;
    if (startsTitle(s, s.words[ws[0]])) continue;
    const cut = leadingCut(s, s.words[ws[0]]);
    if (cut < 0) continue;
    const p = personFromWords(s, ws, cut);
    s.add(p.id, { start: p.start, end: p.end, first: ws[0], last: ws[ws.length - 1], form: 'name', top: true }, p.info);
  }
}
