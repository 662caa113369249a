// A place the KB does not know (a settlement named after its noun, cued-places.ts, or a place the tagger found) has no
// country of its own. Where the text locates it in a known place ('قريتي نبل والزهراء في ريف حلب', 'بلدة X بمحافظة Y',
// 'قرية X جنوب مدينة Y', 'حي X قرب Y'), it takes that place's country: its people and the acts on it get a side.
// It takes no coordinates: an event there stays located at the known place, whose English name is a real one (the
// transliterated name often is not: 'Nashfil', 'Toloz'). Internal to src/extract/entities/.
import { PLACE_CUES } from '../../kb/matcher.js';
import { loadTsv } from '../../data-files.js';
import { normalizeArabic } from '../../arabic/normalize.js';
import { wordReadings, type Word } from '../../kb/match-words.js';
import { eventWords } from '../events/word-lists.js';
import { once } from '../../once.js';
import type { DocMention, DocState } from './state.js';

/** Words between a place and the wider place that locates it ('شمال', 'قرب', 'في'): data/lexicon/event_words.tsv place_links. */
const placeLinks = once(() => eventWords('place_links'));
/** data/kb/place_within.tsv: words that say a place lies in the next one ('التابعة', 'الواقعة'). */
const withinWords = once(() => new Set(loadTsv('kb/place_within.tsv').map((r) => normalizeArabic(r.word))));

/** Words of the list a place opens ('قريتي نبل والزهراء'), crossed to reach the locating phrase: at most this many. */
const MAX_LIST_WORDS = 8;
/** Place nouns before the known name ('في ريف محافظة حلب'): at most this many. */
const MAX_CUES = 2;

const isUncharted = (s: DocState, id: string): boolean => {
  const info = s.entities.get(id)!.info;
  return info.type === 'PLACE' && id.startsWith('rasad:place:') && !info.country && !info.geo;
};

/** Gives each uncharted place of the document the country of the first known place that locates it. */
export function locateUnchartedPlaces(s: DocState): void {
  for (const [id, e] of s.entities) {
    if (!isUncharted(s, id)) continue;
    for (const m of e.mentions) {
      if (!m.top) continue;
      const where = locatingPlace(s, m);
      if (!where) continue;
      e.info = { ...e.info, country: s.entities.get(where.id)!.info.country };
      break;
    }
  }
}

/** The known place (with a country) that locates the place of mention m in the words after it, or null. */
function locatingPlace(s: DocState, m: DocMention): DocMention | null {
  const sent = s.sentOf[m.last];
  const inSent = (k: number) => k < s.words.length && s.sentOf[k] === sent;
  // Past the rest of a list of uncharted places ('نبل والزهراء', 'X، Y وZ').
  let k = m.last + 1;
  while (inSent(k) && k - m.last <= MAX_LIST_WORDS) {
    const at = s.coveredBy(k);
    if (at && at.first === k && isUncharted(s, at.id)) k = at.last + 1;
    else if (s.words[k].text === '،' || s.words[k].norm === 'و') k++;
    else break;
  }
  if (!inSent(k)) return null;
  // 'التابعة لمحافظة تعز', 'الواقعة في ريف حلب': a word that says the place lies in the next one, then the link.
  const within = s.words[k].kind === 'word' && withinWords().has(s.words[k].norm);
  if (within) k++;
  const w = s.words[k];
  if (!inSent(k) || w.kind !== 'word') return null;
  // 'في ريف حلب', 'شمال مدينة نابلس': a link word of its own; 'بمحافظة أبين', 'بالغوطة': ب on the next word (or ل
  // after a word of lying in: 'التابعة لمحافظة').
  let glued = false;
  if (placeLinks().has(w.norm)) k++;
  else if (wordReadings(w).some((r) => r.cut === 1 && !r.conj) && (w.norm.startsWith('ب') || (within && w.norm.startsWith('ل')))) glued = true;
  else return null;
  const linked = k;
  for (let cues = 0; inSent(k) && cues <= MAX_CUES; cues++) {
    const at = s.startingAt(k);
    if (at) return known(s, at);
    const word = s.words[k];
    if (word.kind !== 'word' || !isCue(word, glued && k === linked)) return null;
    k++;
  }
  return null;
}

function isCue(w: Word, mayCarryB: boolean): boolean {
  if (PLACE_CUES.has(w.norm)) return true;
  return mayCarryB && wordReadings(w).some((r) => r.cut === 1 && !r.conj && PLACE_CUES.has(r.stem));
}

/** A place of the KB or the gazetteer with a country, or a country. */
function known(s: DocState, at: DocMention): DocMention | null {
  const info = s.entities.get(at.id)!.info;
  if (!info.country || isUncharted(s, at.id)) return null;
  if (info.type === 'COUNTRY') return at.form === 'name' ? at : null;
  return info.type === 'PLACE' && info.geo && s.idx.entities.has(at.id) ? at : null;
}
