// The context a trigger entry of triggers.tsv requires or forbids around the trigger (its `requires` column: '<word'
// before, '>word' after, a plain word on either side, '!' forbidden), read over the word layer.
import type { TriggerEntry } from './lexicon.js';
import { wordHas, type Word } from '../../arabic/words.js';
import { eventWords } from './word-lists.js';
import { startsPhrase } from './trigger-guards.js';

export const PREPOSITIONS = eventWords('trigger_prepositions');
const WINDOW_BEFORE = 4;
const WINDOW_AFTER = 6;

/** A light verb before its noun may stand further off, past a long subject ('عقد وزيرا خارجية مصر والأردن اجتماعا'). */
const LIGHT_VERB_WINDOW = 7;

/** Whether the words around a trigger (words first..last) hold what its entry requires and none it forbids (`vso`: a
 * past verb, whose object may stand past its subject). */
export function contextOk(entry: TriggerEntry, words: Word[], first: number, last: number, vso = false): boolean {
  if (!entry.forbids.length && !entry.requires.length) return true;
  const from = Math.max(0, first - Math.max(WINDOW_BEFORE, entry.requires.some((r) => r.startsWith('<')) ? LIGHT_VERB_WINDOW : 0));
  const to = Math.min(words.length - 1, last + WINDOW_AFTER);
  const sentence = words[first].sentence;
  // The words around the trigger: of its sentence, in from..to, outside it, no mark (read by index: no list made).
  const around = (k: number) => words[k].sentence === sentence && words[k].kind !== 'punct';
  // A past verb's object comes after its subject, however long ('وقع يوم الأحد ممثلو الأطراف المتنازعة على اتفاق'), in its
  // clause and not past a relative clause (a verb with an object pronoun has its object already); the
  // light verb that opens a sentence governs its noun past a subject with its appositions ('وأجرى مدير الوكالة، رافائيل
  // غروسي، محادثات').
  let objects: Word[] | undefined;
  const laterHas = (form: string) => {
    for (let k = last + 1; k <= to; k++) if (around(k) && startsPhrase(words, words[k], form)) return true;
    if (!vso) return false;
    objects ??= clauseAfter(words, last + 1, last + VSO_WINDOW, sentence).filter((w) => w.index > to && bareObject(w));
    return objects.some((w) => startsPhrase(words, w, form));
  };
  // Whether the form starts at one of the `count` words around the trigger nearest before it.
  const beforeHas = (form: string, count: number) => {
    let seen = 0;
    for (let k = first - 1; k >= from && seen < count; k--) {
      if (!around(k)) continue;
      seen++;
      if (startsPhrase(words, words[k], form)) return true;
    }
    return false;
  };
  // '!word' must not follow, nor be the object past a long subject with its titles and a time set off by commas ('ونقل وكيل
  // الإمارة ... تعازي', 'استقبل الأمير ... أمس، المهنئين'); '!<word' must not stand just before ('وقف إطلاق النار' is no shooting).
  let unwanted: Word[] | undefined;
  const forbidHas = (form: string) => {
    for (let k = last + 1; k <= to; k++) if (around(k) && startsPhrase(words, words[k], form)) return true;
    if (!vso) return false;
    unwanted ??= clauseAfter(words, last + 1, last + FORBID_WINDOW, sentence, true).filter((w) => w.index > to && bareObject(w));
    return unwanted.some((w) => startsPhrase(words, w, form));
  };
  if (entry.forbids.some((f) => (f.startsWith('<') ? beforeHas(f.slice(1), 2) : forbidHas(f)))) return false;
  if (!entry.requires.length) return true;
  // '<word' must come before the trigger, '>word' after it, a plain word on either side (before: within WINDOW_BEFORE words).
  // (Only an indefinite noun the opener governs: 'وبدأت الأزمة بأن قرر ... إقامة اللقاء' holds no meeting.)
  let opener: Word | null | undefined;
  const openerHas = (word: string) => {
    if (opener === undefined) opener = /^[وف]?(ال|لل)/.test(words[first].norm) ? null : sentenceOpener(words, first, sentence);
    return !!opener && wordHas(opener, word, true);
  };
  return entry.requires.some((r) =>
    r.startsWith('<') ? beforeHas(r.slice(1), Infinity) || openerHas(r.slice(1)) : r.startsWith('>') ? laterHas(r.slice(1)) : beforeHas(r, WINDOW_BEFORE) || laterHas(r),
  );
}

const OBJECT_STOPS = eventWords('object_stops');
/** How far after a verb its object may stand, past a subject (VSO), within its clause. */
const VSO_WINDOW = 10;
/** How far a forbidden object is looked for: past a long subject with its titles ('صاحب السمو الملكي الأمير ... أمير منطقة'). */
const FORBID_WINDOW = 16;
const COMMAS = new Set([',', '،']);
/** How far into its sentence a light verb that opens it may govern the noun of the act. */
const OPENER_REACH = 14;

/** A word that can be a verb's object: no preposition, none joined to it ('بمنطقة', 'في' are no objects). */
function bareObject(w: Word): boolean {
  return !w.readings.some((r) => PREPOSITIONS.has(r.stem) || r.proclitics.some((p) => p === 'ب' || p === 'ل' || p === 'ك'));
}

/** The words from `from` to `to` (inclusive) up to the first stop (a mark, a relative, a particle of another verb): the rest of the clause. */
function clauseAfter(words: Word[], from: number, to: number, sentence: number, overCommas = false): Word[] {
  const out: Word[] = [];
  for (let k = from; k <= to && k < words.length && words[k].sentence === sentence; k++) {
    // A comma sets off a time or a title ('أمس، المهنئين'); before و or ف a new clause begins, before an accusative in ا a
    // circumstance ('، داعيا إلى').
    if (overCommas && COMMAS.has(words[k].text) && words[k + 1] && !/^[وف]|ا$/.test(words[k + 1].norm)) continue;
    if (words[k].kind === 'punct' || words[k].readings.some((r) => OBJECT_STOPS.has(r.stem))) break;
    out.push(words[k]);
  }
  return out;
}

/** The first word of the sentence, when word i stands within OPENER_REACH words of it. */
function sentenceOpener(words: Word[], i: number, sentence: number): Word | null {
  let k = i - 1;
  let n = 0;
  while (k >= 0 && words[k].sentence === sentence) {
    if (words[k].kind === 'word') n++;
    k--;
  }
  const first = words.slice(k + 1, i).find((w) => w.kind === 'word');
  return first && n <= OPENER_REACH ? first : null;
}
