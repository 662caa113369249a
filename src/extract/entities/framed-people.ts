// People named in the press frame 'وقال عدنان حزام، المتحدث باسم ...': a speech verb, two or three words, a comma and
// a title or role; with no comma, a known given name first and a title ('وقال علي أحمدي المتحدث باسم ...').
// The frame names a person even when the name's words are also common words (حزام 'belt', عيد 'feast', صباح
// 'morning'), which keeps them from the tagger. Runs after the tagger, before the titles. Internal to
// src/extract/entities/.
import { wordReadings, type Word } from '../../kb/match-words.js';
import type { DocState } from './state.js';
import { personFromWords } from './new-person.js';
import type { EntityCues } from './cues.js';
import { givenNames } from './given-places.js';

const ARABIC_WORD = /^[\u0621-\u064A]+$/;
const COMMA = new Set(['،', ',']);
/** Words of a framed name: two to this many. */
const MAX_WORDS = 3;

function isIn(set: ReadonlySet<string>, w: Word): boolean {
  return w.kind === 'word' && wordReadings(w).some((r) => set.has(r.stem));
}

function startsTitle(s: DocState, w: Word): boolean {
  return w.kind === 'word' && wordReadings(w).some((r) => s.idx.titleTrie.has(r.stem));
}

/** A word that may stand in a framed name: Arabic letters, not covered, no cue, no common adjective in ي ('مصدر عسكري'). */
function nameWord(s: DocState, cues: Pick<EntityCues, 'cues' | 'speech'>, w: Word, first: boolean): boolean {
  if (w.kind !== 'word' || !ARABIC_WORD.test(w.norm) || w.norm.length < 2 || s.coveredBy(w.i)) return false;
  // A time word that is also a given name may follow the first ('وقال عيد صباح، مدير ...').
  const stop = s.idx.stopLight.has(w.norm) && (first || !givenNames().has(w.norm));
  if (stop || s.idx.arabicParticles.has(w.norm) || isIn(cues.cues, w) || isIn(cues.speech, w) || startsTitle(s, w)) return false;
  // A name does not start with the article ('وقال المتحدث، ...'); a common word in ي or ية is an adjective.
  if (first && w.norm.startsWith('ال')) return false;
  if (/(ي|يه)$/.test(w.norm) && s.idx.common.has(w.norm.replace(/^ال/, '')) && !s.idx.givenNames.has(w.norm)) return false;
  return !/(اً|ًا)$/.test(w.text);
}

/** A given name of data/kb/given_names.tsv, or of data/lexicon/ner_given_names.tsv that is no common word ('وكيل'). */
function knownGiven(s: DocState, norm: string): boolean {
  return s.idx.givenNames.has(norm) || (givenNames().has(norm) && !s.idx.common.has(norm));
}

/** A common word among words a..b-1 ('أوضح وكيل الجامعة الدكتور ...': a role, not a name). */
function commonAfter(s: DocState, a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const norm = s.words[k].norm;
    if (s.idx.common.has(norm) || s.idx.common.has(norm.replace(/^ال/, ''))) return true;
  }
  return false;
}

/**
 * The frame with no comma: the name's words (i+1..j-1) run straight into a title at word j ('وقال علي أحمدي المتحدث
 * باسم ...', 'قال محمد عمران رئيس البورصة ...'). It holds when no word after the first is a common word and the name
 * opens with a known given name: one of data/kb/given_names.tsv before any title, one of the tagger's longer list
 * before a title with the article.
 */
function titleNoComma(s: DocState, i: number, j: number): boolean {
  const w = s.words[j];
  if (w.kind !== 'word' || !startsTitle(s, w) || commonAfter(s, i + 2, j)) return false;
  const first = s.words[i + 1].norm;
  return s.idx.givenNames.has(first) || (w.norm.startsWith('ال') && knownGiven(s, first));
}

/** Adds the people named between a speech verb and a comma before a title or role. */
export function findFramedPeople(s: DocState, cues: Pick<EntityCues, 'cues' | 'speech'>): void {
  const n = s.words.length;
  for (let i = 0; i + 3 < n; i++) {
    if (!isIn(cues.speech, s.words[i])) continue;
    const sent = s.sentOf[i];
    let j = i + 1;
    while (j < n && j - i <= MAX_WORDS && s.sentOf[j] === sent && nameWord(s, cues, s.words[j], j === i + 1)) j++;
    // j: the first word after the run; it must be a comma, then a title or a role.
    const len = j - i - 1;
    if (len < 2 || len > MAX_WORDS || j >= n || s.sentOf[j] !== sent) continue;
    if (COMMA.has(s.words[j].text)) {
      const after = s.words[j + 1];
      if (!after || s.sentOf[j + 1] !== sent || (!startsTitle(s, after) && !isIn(cues.cues, after))) continue;
    } else if (!titleNoComma(s, i, j)) continue;
    const ws = Array.from({ length: len }, (_, k) => i + 1 + k);
    // 'وقال سائق سيارة الأجرة، ...': a common noun first and a definite word after it is a description, not a name.
    const w0 = s.words[ws[0]].norm;
    if (s.idx.common.has(w0) && !s.idx.givenNames.has(w0) && ws.some((k) => s.words[k].norm.startsWith('ال'))) continue;
    const p = personFromWords(s, ws);
    s.add(p.id, { start: p.start, end: p.end, first: ws[0], last: ws[len - 1], form: 'name', top: true }, s.entities.get(p.id)?.info ?? p.info);
    i = j;
  }
}
