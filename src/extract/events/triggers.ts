// Finds trigger words and phrases in the word view, with the lexicon entry each one fires.
import { loadLexicon, type PhraseIndex, type PhraseTrigger, type TriggerEntry } from './lexicon.js';
import type { Word } from '../../arabic/words.js';
import { eventWords } from './word-lists.js';
import { guarded, verbSlot, joinedToGovernedNoun, afterCount, purposeBefore } from './trigger-guards.js';
import { nounReading, joinedPersonNoun, carriedNoun } from './noun-readings.js';
import { contextOk, PREPOSITIONS } from './trigger-context.js';

export { indexPhrases, type PhraseIndex } from './lexicon.js';

export interface TriggerHit {
  entry: TriggerEntry;
  /** First and last word index of the trigger. */
  first: number;
  last: number;
  /** The reading that matched (for explanations): proclitics and enclitic of the first word. */
  proclitics: string[];
  enclitic: string | null;
  /** 'verb' when the surface form is a verb form, else 'noun'. */
  pos: 'verb' | 'noun';
  /** For verbs: the tense the surface form shows. */
  tense?: 'perfect' | 'imperfect' | 'future';
}

const VERB_PROCLITICS = eventWords('verb_proclitics');
const NOUN_PROCLITICS = eventWords('noun_proclitics');
/** Only the article and و before the stem. */
function articleOrWaw(proclitics: readonly string[]): boolean {
  for (const c of proclitics) if (c !== 'ال' && c !== 'و') return false;
  return true;
}

/** Only و and ف before the stem. */
function wawOrFa(proclitics: readonly string[]): boolean {
  for (const c of proclitics) if (c !== 'و' && c !== 'ف') return false;
  return true;
}

/** Every proclitic is in the set. */
function allIn(proclitics: readonly string[], set: ReadonlySet<string>): boolean {
  for (const c of proclitics) if (!set.has(c)) return false;
  return true;
}

/** Whether a reading of w is the phrase word `want` (its stem, the stem with a final ا, or the stem after ال); clitics only after the first word: the article and و. */
function phraseWordAt(w: Word, want: string, first: boolean): boolean {
  for (const r of w.readings) {
    if (!first && !articleOrWaw(r.proclitics)) continue;
    const st = r.stem;
    if (st === want) return true;
    if (st.length === want.length + 1 && st.endsWith('ا') && st.startsWith(want)) return true;
    if (want.length === st.length + 2 && want.startsWith('ال') && want.endsWith(st)) return true;
  }
  return false;
}

function phraseAt(words: Word[], i: number, phrase: string[]): number {
  let k = i;
  for (let p = 0; p < phrase.length; p++) {
    const want = phrase[p];
    if (want === '*') {
      k++;
      continue;
    }
    const w = words[k];
    if (!w || w.kind !== 'word' || w.sentence !== words[i].sentence) return -1;
    if (!phraseWordAt(w, want, p === 0)) return -1;
    k++;
  }
  return k - 1;
}

const NO_PHRASES: PhraseTrigger[] = [];

/** Phrases whose first word this word can be, in the lexicon's longest-first order. */
function phrasesFor(w: Word, index: PhraseIndex): PhraseTrigger[] {
  let out = NO_PHRASES;
  for (const r of w.readings) out = addPhrases(out, index.first.get(r.stem));
  return out.length > 1 ? out.sort((a, b) => b.words.length - a.words.length) : out;
}

/** `out` with the phrases of `list` it lacks appended (a new array the first time: NO_PHRASES is shared). */
function addPhrases(out: PhraseTrigger[], list: PhraseTrigger[] | undefined): PhraseTrigger[] {
  if (!list) return out;
  if (out === NO_PHRASES) out = [];
  for (const ph of list) if (!out.includes(ph)) out.push(ph);
  return out;
}

const NAME_HEADS = eventWords('name_heads');
const DEFINITE_NAME_HEADS = eventWords('name_heads_definite');
const NOUN_GOVERNORS = eventWords('noun_governors');
const NOUN_OBJECT_VERBS = eventWords('noun_object_verbs');

/** A noun that takes the word as its genitive or, with its owner's pronoun, as its object stands just before it ('محاولة قتل',
 * 'جرائم قتل', 'عزمها خطف', 'محاولته اغتيال': ة is written ت before the pronoun), or a verb whose object is an act talked
 * about ('تتيح خطف', 'يشكله خطف'): the word is a verbal noun, not a verb. */
function afterNounGovernor(words: Word[], i: number): boolean {
  const prev = words[i - 1];
  if (!isWord(prev, words[i].sentence)) return false;
  return prev.readings.some((r) =>
    NOUN_OBJECT_VERBS.has(r.stem) || (!r.enclitic ? NOUN_GOVERNORS.has(r.stem) : r.enclitic !== 'ي' && NOUN_GOVERNORS.has(r.stem.replace(/ت$/, 'ه'))));
}
const ANNIVERSARY = eventWords('anniversary_words');
// Aims, obligations and intents alike name an act not done: 'من أجل السيطرة', 'يجب فرض حظر', 'أرادوا خطف'.
const AIM_MARKERS = [...eventWords('aim_markers'), ...eventWords('obligation_markers'), ...eventWords('intent_markers')].map((m) => m.split(' '));
const STANCE_HEADS = eventWords('stance_heads');
const QUOTE_MARKS = eventWords('quote_openers');
const STANCE_QUANTIFIERS = eventWords('stance_quantifiers');
const STANCE_PROCLITICS = new Set(['و', 'ف', 'ب', 'ل']);
/** Guards met by the word before the trigger: 'state' ('تحت سيطرة'), 'period' ('في بداية الحرب', 'منذ اندلاع الحرب': a time, not an act). */
const NOT_EVENTS = [...eventWords('not_event_phrases')].map((m) => m.split(' '));
/** The last words of the aim markers (a marker can end only at a word with one of them). */
const AIM_LAST = new Set(AIM_MARKERS.map((m) => m[m.length - 1]));
/** The stems a word needs for some not-event phrase to start at it (see phraseWordAt), or null when one starts with '*'. */
const NOT_EVENT_FIRSTS = firstWordStems(NOT_EVENTS);

/** Stems that read as the first word of some phrase: the word, the word + ا, the word after ال. */
function firstWordStems(phrases: readonly string[][]): Set<string> | null {
  const out = new Set<string>();
  for (const ph of phrases) {
    const first = ph[0];
    if (first === '*') return null;
    out.add(first);
    out.add(first + 'ا');
    if (first.startsWith('ال')) out.add(first.slice(2));
  }
  return out;
}

function hasStemIn(w: Word, set: ReadonlySet<string>): boolean {
  for (const r of w.readings) if (set.has(r.stem)) return true;
  return false;
}
/** Tanwin: a verb form never carries it ('دعماً', 'نقلاً', 'طلباً' are verbal nouns). */
const TANWIN = /ا\u064B|\u064Bا/u;
const HAL_PROCLITICS = eventWords('hal_proclitics');

function afterPreposition(words: Word[], i: number): boolean {
  const prev = words[i - 1];
  return !!prev && prev.kind === 'word' && prev.sentence === words[i].sentence && prev.readings.some((r) => PREPOSITIONS.has(r.stem) && r.proclitics.every((p) => p === 'و' || p === 'ف'));
}

const isWord = (w: Word | undefined, sentence: number): w is Word => !!w && w.kind === 'word' && w.sentence === sentence;


/**
 * A trigger noun inside a name: the bare genitive of a name head ('ساحة التحرير'), or one word after it when
 * that word is a given name ('مستشفى كمال عدوان') or the trigger is joined to it by و ('مركز القيادة والسيطرة').
 * An anniversary names its act with ل as well ('الذكرى العاشرة لتفجيرات').
 */
export function insideName(words: Word[], i: number, proclitics: string[]): boolean {
  const s = words[i].sentence;
  const bare = proclitics.every((p) => p === 'ال' || p === 'و');
  const near = words[i - 1];
  if (!isWord(near, s)) return false;
  const isHead = (w: Word, set: ReadonlySet<string>) => w.readings.some((r) => set.has(r.stem));
  // A head that is also a verb of setting up names only what has the article right after it.
  const naming = (head: Word, after: Word) => isHead(head, NAME_HEADS) && !(isHead(head, DEFINITE_NAME_HEADS) && !after.readings.some((r) => r.proclitics.includes('ال')));
  if (isHead(near, ANNIVERSARY) || (bare && naming(near, words[i]))) return true;
  // One word between: a given name, or a word with the article only (no preposition, no other clitic).
  if (near.readings.some((r) => PREPOSITIONS.has(r.stem)) || TANWIN.test(words[i].text)) return false;
  const far = words[i - 2];
  if (!isWord(far, s)) return false;
  const withArticle = near.readings.some((r) => r.proclitics.length === 1 && r.proclitics[0] === 'ال');
  const givenName = !near.readings.some((r) => r.proclitics.includes('ال'));
  if (isHead(far, ANNIVERSARY) && (withArticle || givenName)) return true;
  const joined = proclitics.includes('و') && withArticle;
  return bare && (givenName || joined) && naming(far, near);
}

/** A marker of purpose ends just before word i (at most one word between): 'من أجل السيطرة', 'بهدف استعادة'. */
const MARKER_SPAN = 4;
export function afterAimMarker(words: Word[], i: number): boolean {
  const s = words[i].sentence;
  // The words before, nearest last, past the quotation marks a speaker's words open with ('يجب "فرض حظر').
  const before: Word[] = [];
  for (let k = i - 1; k >= 0 && before.length < MARKER_SPAN && words[k].sentence === s; k--) {
    if (words[k].kind === 'word') {
      before.unshift(words[k]);
      // A marker ends right before i or one word before: two words that can end none settle it.
      if (before.length === 2 && !hasStemIn(before[0], AIM_LAST) && !hasStemIn(before[1], AIM_LAST)) return false;
    } else if (!QUOTE_MARKS.has(words[k].text)) break;
  }
  for (const gap of [0, 1]) {
    const last = before[before.length - gap - 1];
    if (!last || !hasStemIn(last, AIM_LAST)) continue;
    for (const m of AIM_MARKERS) {
      const start = before.length - gap - m.length;
      if (start >= 0 && markerAt(before, start, m)) return true;
    }
  }
  return false;
}

/** The words from `start` are the marker's, each bare or after و/ف. */
function markerAt(words: readonly Word[], start: number, marker: readonly string[]): boolean {
  for (let k = 0; k < marker.length; k++) {
    const w = words[start + k];
    let found = false;
    for (const r of w.readings) {
      if (r.stem === marker[k] && wawOrFa(r.proclitics)) {
        found = true;
        break;
      }
    }
    if (!found) return false;
  }
  return true;
}

/** An act noun that is the object of a stance word: rejected, stopped or ruled out ('رفضت أي تعاون', 'بوقف
 * القصف', 'ولا تعاون مع'), right after it or after a quantifier ('أي', 'كل'). The stance is the act, not its object. */
export function afterStanceHead(words: Word[], i: number, imperfectVerb = false): boolean {
  const s = words[i].sentence;
  let k = i - 1;
  const quantified = isWord(words[k], s) && words[k].readings.some((r) => STANCE_QUANTIFIERS.has(r.stem) && !r.proclitics.length);
  if (quantified) k--;
  const head = words[k];
  // An imperfect verb right after 'لا' is a verb negated ('لا يقصف'), for modality to read; a form that could be a
  // perfect is the noun there ('لا تعاون': no cooperation), as it is after a quantifier.
  return isWord(head, s) && head.readings.some((r) => STANCE_HEADS.has(r.stem) && r.proclitics.every((p) => STANCE_PROCLITICS.has(p)) && !r.enclitic && (!imperfectVerb || quantified || r.stem !== 'لا'));
}



/** The last word of a fixed expression that reports no act ('نقلا عن', 'دفع رباعي'), starting at i, or -1. */
function notEventAt(words: Word[], i: number): number {
  if (NOT_EVENT_FIRSTS && !hasStemIn(words[i], NOT_EVENT_FIRSTS)) return -1;
  for (const m of NOT_EVENTS) {
    const end = phraseAt(words, i, m);
    if (end >= 0) return end;
  }
  return -1;
}

/** All trigger hits in the words, left to right; a word takes part in one hit at most. */
/** A noun joined by و a few words after an act noun a stance word governs shares its head ('بوقف اقتحام المدينة والقصف الجوي'). */
const JOINED_SPAN = 3;
function joinedTo(words: Word[], i: number, governed: number): boolean {
  if (governed < 0 || i - governed > JOINED_SPAN || words[governed].sentence !== words[i].sentence) return false;
  for (let k = governed + 1; k < i; k++) if (words[k].kind !== 'word') return false;
  return words[i].readings.some((r) => r.proclitics[0] === 'و');
}

/** The word before is a one-word act noun the coder found, bare of a genitive (not a phrase: 'لقي مصرعه وأصيب' goes on
 * with a verb): a word joined to it by و is another. */
const joinedToActNoun = (hits: TriggerHit[], i: number) => {
  const last = hits[hits.length - 1];
  return !!last && last.pos === 'noun' && last.entry.pos === 'noun' && last.first === i - 1 && last.last === i - 1;
};

export function findTriggers(words: Word[], phrases: PhraseIndex = loadLexicon().phraseIndex): TriggerHit[] {
  const lex = loadLexicon();
  const hits: TriggerHit[] = [];
  // The last act noun a stance word governed (rejected, stopped, any), for the nouns joined to it.
  let governed = -1;
  // The phrases each written form of the document can start, null when it starts no trigger.
  const openers = new Map<Word['readings'], PhraseTrigger[] | null>();
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (w.kind !== 'word') continue;
    const fixed = notEventAt(words, i);
    if (fixed >= 0) {
      i = fixed;
      continue;
    }
    // The object of a stance word, act noun or not, heads the nouns joined to it ('بوقف اقتحام المدينة والقصف').
    if (afterStanceHead(words, i)) governed = i;
    // Only a word some trigger can start at is looked at further (a function of its readings, which a form's words share).
    let starting = openers.get(w.readings);
    if (starting === undefined) {
      const ph = phrasesFor(w, phrases);
      openers.set(w.readings, (starting = ph.length || w.readings.some((r) => lex.forms.has(r.stem)) ? ph : null));
    }
    if (!starting) continue;
    // Aims are not acts: 'من أجل السيطرة على', 'بهدف استعادة'.
    if (afterAimMarker(words, i)) continue;
    let hit: TriggerHit | null = null;
    // Multi-word triggers first (longest first), only those whose first word this word can be.
    for (const ph of starting) {
      const end = phraseAt(words, i, ph.words);
      if (end >= 0 && contextOk(ph.entry, words, i, end) && (ph.entry.pos === 'verb' || !(afterStanceHead(words, i) || joinedTo(words, i, governed) || joinedPersonNoun(w)))) {
        hit = { entry: ph.entry, first: i, last: end, proclitics: w.readings[0].proclitics, enclitic: null, pos: ph.entry.pos === 'verb' ? 'verb' : 'noun' };
        break;
      }
    }
    if (!hit) {
      const candidates: TriggerHit[] = [];
      for (const r of w.readings) {
        const entries = lex.forms.get(r.stem);
        if (!entries) continue;
        const isVerbForm = lex.verbForms.has(r.stem);
        for (const e of entries) {
          const verb = e.pos === 'verb';
          const allowed = verb ? VERB_PROCLITICS : e.pos === 'hal' ? HAL_PROCLITICS : NOUN_PROCLITICS;
          if (!allIn(r.proclitics, allowed)) continue;
          if (verb && r.proclitics.includes('ال')) continue;
          // Verbs take object pronouns (قصفها, اتهمه); a bare ي is a noun's 'my' (وزارتي), never a verb's.
          if (verb && r.enclitic === 'ي') continue;
          // A listed participle or verb form is matched as written: 'دانتي' is a name, not 'دانت' with a pronoun.
          if (e.pos === 'hal' && r.enclitic) continue;
          // A perfect verb takes no ل ('لقصف' is 'for/to shelling') and no س of the future ('سائدا' is no 'سأيد'), and after
          // a preposition the word is a noun: 'في قصف إسرائيلي', 'بعد هجوم'.
          if (verb && (r.proclitics.includes('ل') || r.proclitics.includes('س')) && !lex.imperfectForms.has(r.stem)) continue;
          if (verb && (afterPreposition(words, i) || afterNounGovernor(words, i) || TANWIN.test(w.text) || joinedToGovernedNoun(words, i) || afterCount(words, i) || nounReading(words, i) || (entries.some((x) => x.pos === 'noun') && carriedNoun(words, i)))) continue;
          // A form joined by و right after an act noun, that is an act noun too, is a second noun ('جرائم خطف وقتل', 'عمليات
          // خطف وقتل'); a verb with no noun of its form stays one ('الشهيدين ودعا').
          if (verb && r.proclitics[0] === 'و' && joinedToActNoun(hits, i) && entries.some((x) => x.pos === 'noun')) continue;
          if (!verb && insideName(words, i, r.proclitics)) continue;
          if (e.pos === 'noun' && verbSlot(words, i, r.proclitics, r.enclitic)) continue;
          if (afterStanceHead(words, i, verb && lex.imperfectForms.has(r.stem)) || (!verb && joinedTo(words, i, governed))) continue;
          if (guarded(e, words, i, r.proclitics, r.enclitic, verb && lex.imperfectForms.has(r.stem), r.stem)) continue;
          // A purpose goes on past و: 'في محاولة للتقدم والاستيلاء على المواقع' (aim-l on the act noun after one with ل).
          if (e.guards.includes('aim-l') && r.proclitics[0] === 'و' && purposeBefore(words, i, (stem) => lex.forms.get(stem)?.some((x) => x.pos === 'noun') ?? false)) continue;
          if (!contextOk(e, words, i, i, verb && !r.enclitic && !lex.imperfectForms.has(r.stem))) continue;
          const pos = verb && isVerbForm ? 'verb' : 'noun';
          const tense = pos !== 'verb' ? undefined : r.proclitics.includes('س') ? 'future' : lex.imperfectForms.has(r.stem) ? 'imperfect' : 'perfect';
          candidates.push({ entry: e, first: i, last: i, proclitics: r.proclitics, enclitic: r.enclitic, pos, tense });
        }
        if (candidates.length) break;
      }
      // The most specific entry wins: one whose required context is present.
      candidates.sort((a, b) => b.entry.requires.length - a.entry.requires.length);
      hit = candidates[0] ?? null;
    }
    if (hit) {
      hits.push(hit);
      i = hit.last;
    }
  }
  return hits;
}
