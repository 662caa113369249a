// Names that neither the KB, the named heads nor a title before the name find: the statistical tagger (src/ner/,
// trained on ANERcorp) reads every sentence that holds a run of unknown words. A PERS span becomes a person when every
// word of it could be a name and a role, a speech verb or a known given name stands by ('وقال جيف ديفيز، متحدث باسم
// البنتاغون', 'قال الطبيب بانكاج جالديال'); a LOC span becomes a place ('قرية الحوز'), with its transliterated name.
// Runs before surnames are resolved, so that 'وأضاف تونر' later in the report is the same person. Internal to
// src/extract/entities/.
import { chunks, loadTagger, type NerTagger } from '../../ner/tagger.js';
import { normalizeArabic } from '../../arabic/normalize.js';
import { cutOffset, wordReadings, type Word } from '../../kb/match-words.js';
import type { DocEntity, DocState } from './state.js';
import { personFromWords, afterPerson, echoesName } from './new-person.js';
import { headAt } from './named-heads.js';
import { addNewPlace, adjectiveFirst, placeWord } from './cued-places.js';
import { entityCues, type EntityCues } from './cues.js';
import { kbEntryOf, mayName, prepositionCut, uncuedOrg, uncuedPerson, uncuedPlace, type NameLists } from './uncued.js';
import { addTaggedOrg } from './named-orgs.js';

const ARABIC_WORD = /^[\u0621-\u064A]+$/;

/** A word that may be part of a new person's name: Arabic letters, not a common word, not covered. */
function nameLike(s: DocState, w: Word): boolean {
  return w.kind === 'word' && ARABIC_WORD.test(w.norm) && w.norm.length >= 2 && !s.idx.common.has(w.norm) && !s.coveredBy(w.i);
}

/** What the tagging reads besides the words: cue words and head nouns (built once, see cues.ts). */
type TagContext = Pick<EntityCues, 'cues' | 'placeCues' | 'heads'> & Partial<Pick<EntityCues, 'tagger' | 'roles'>>;

const CUE_BEFORE = 5;
const PLACE_CUE_BEFORE = 2;
/** A settlement noun or a direction in the two words before word i ('قرية الخريبات', 'شرق العويجات'). */
function placeCue(s: DocState, ctx: TagContext, i: number): boolean {
  for (let k = Math.max(0, i - PLACE_CUE_BEFORE); k < i; k++) {
    const w = s.words[k];
    if (s.sentOf[k] !== s.sentOf[i] || w.kind !== 'word') continue;
    if (wordReadings(w).some((r) => ctx.placeCues.has(r.stem) || (r.stem.startsWith('ال') && ctx.placeCues.has(r.stem.slice(2))))) return true;
  }
  return false;
}

/**
 * Whether a run of name-like words (i..j) stands where a person is named: a title, a role or a speech verb in
 * the five words before it ('رئيس البعثة في غزة وليام شومبورغ') or right after it, or a comma right after it ('وقال جيف ديفيز، متحدث ...').
 */
/** Whether a title of data/lexicon/titles.tsv starts at this word. */
function startsTitle(s: DocState, w: Word): boolean {
  return wordReadings(w).some((r) => s.idx.titleTrie.has(r.stem));
}

/** A role noun of data/lexicon/person_cues.tsv ('الجندي', 'الرقيب') that is no given name: no part of a name. */
function roleWord(s: DocState, ctx: TagContext, w: Word): boolean {
  return !!ctx.roles && w.kind === 'word' && !s.idx.givenNames.has(w.norm) && wordReadings(w).some((r) => ctx.roles!.has(r.stem));
}

function personCue(s: DocState, cues: ReadonlySet<string>, i: number, j: number): boolean {
  const isCue = (w: Word | undefined) => !!w && w.kind === 'word' && (startsTitle(s, w) || wordReadings(w).some((r) => cues.has(r.stem)));
  // A name right after a title is the title stage's to read ('اللواء محمد باقري'): no need to tag it.
  if (i > 0 && s.words[i - 1].kind === 'word' && startsTitle(s, s.words[i - 1])) return false;
  for (let k = Math.max(0, i - CUE_BEFORE); k < i; k++) if (s.sentOf[k] === s.sentOf[i] && isCue(s.words[k])) return true;
  const after = s.words[j + 1];
  return !!after && s.sentOf[j + 1] === s.sentOf[j] && (isCue(after) || after.text === '،' || after.text === ',');
}

/** Words either side of a candidate run that the tagger reads with it (a run with no cue by it: as far as its features look). */
const CONTEXT = 4;
const UNCUED_CONTEXT = 3;

type Window = { first: number; last: number };

/**
 * Word ranges worth tagging: a run of name-like words with a few words either side (within its sentence); overlapping
 * ranges merged. `cued`: ranges around a run with a person cue, a known given name (two words or more) or a place cue
 * by it, whose finds are kept as the tagger says. `uncued`: ranges around the other runs that `worth` accepts, outside
 * the cued ranges, whose finds must pass the guards of uncued.ts. Words the common words or the KB hold are never read.
 */
function candidateWindows(s: DocState, ctx: TagContext, worth: ((i: number, j: number) => boolean) | null): { cued: Window[]; uncued: Window[] } {
  const n = s.words.length;
  const runs: { i: number; j: number; cued: boolean }[] = [];
  // A role the common words do not hold ('وقتل الجندي إيتاي ...') is the cue before a run, not part of it.
  const runWord = (w: Word) => nameLike(s, w) && !roleWord(s, ctx, w);
  for (let i = 0; i < n; i++) {
    if (!runWord(s.words[i])) continue;
    let j = i;
    while (j + 1 < n && s.sentOf[j + 1] === s.sentOf[i] && runWord(s.words[j + 1])) j++;
    let given = false;
    for (let k = i; k <= j && !given; k++) given = wordReadings(s.words[k]).some((r) => s.idx.givenNames.has(r.stem));
    runs.push({ i, j, cued: placeCue(s, ctx, i) || (j > i && (given || personCue(s, ctx.cues, i, j))) });
    i = j;
  }
  const read = new Uint8Array(n);
  const windowsOf = (cued: boolean): Window[] => {
    const out: Window[] = [];
    for (const { i, j } of runs.filter((r) => r.cued === cued)) {
      if (!cued && (read[i] || !worth?.(i, j))) continue;
      let first = i;
      let last = j;
      const free = (k: number) => s.sentOf[k] === s.sentOf[i] && (cued || !read[k]);
      const context = cued ? CONTEXT : UNCUED_CONTEXT;
      for (let k = 0; k < context && first > 0 && free(first - 1); k++) first--;
      for (let k = 0; k < context && last + 1 < n && free(last + 1); k++) last++;
      const prev = out[out.length - 1];
      if (prev && prev.last >= first - 1 && s.sentOf[prev.last] === s.sentOf[first]) prev.last = Math.max(prev.last, last);
      else out.push({ first, last });
    }
    return out;
  };
  const cued = windowsOf(true);
  for (const w of cued) read.fill(1, w.first, w.last + 1);
  return { cued, uncued: worth ? windowsOf(false) : [] };
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

/**
 * Adds the people, places and organisations the tagger finds in the document: first in the cued windows, then, under
 * the guards of uncued.ts, in the windows of the other runs that hold a word that may be a name.
 */
export function findTaggedPeople(s: DocState, ctx: TagContext = entityCues(), given?: NerTagger): void {
  if (!s.words.some((w) => nameLike(s, w))) return;
  const tagger = given ?? (ctx.tagger ?? loadTagger)();
  const lists = tagger.knowledge ?? null;
  const { cued, uncued } = candidateWindows(s, ctx, lists && ((i, j) => mayName(s, lists, i, j)));
  tagWindows(s, ctx, tagger, cued, null, lists);
  if (lists) tagWindows(s, ctx, tagger, uncued, lists, lists);
}

/** Tags windows; `uncued`: the lists their PERS and LOC spans are guarded with (null: kept as the tagger says); ORG spans always are. */
function tagWindows(s: DocState, ctx: TagContext, tagger: NerTagger, all: readonly Window[], uncued: NameLists | null, lists: NameLists | null): void {
  for (let b = 0; b < all.length; b += BATCH) {
    const spans = all.slice(b, b + BATCH);
    const tagged = tagger.tagSentences(spans.map(({ first, last }) => s.words.slice(first, last + 1).map((w) => w.text)));
    spans.forEach(({ first }, k) => addTagged(s, ctx, first, tagged[k], uncued, lists));
  }
}

/** The people and places among one window's tags (the window starts at word `first`). */
function addTagged(s: DocState, ctx: TagContext, first: number, tags: readonly string[], uncued: NameLists | null, lists: NameLists | null): void {
  for (const c of chunks(tags)) {
    const ws = Array.from({ length: c.end - c.start }, (_, j) => first + c.start + j);
    if (c.type === 'PERS') addPerson(s, ctx, ws, uncued);
    else if (c.type === 'LOC') addPlace(s, ctx, ws, uncued);
    else if (c.type === 'ORG' && lists) addOrg(s, ctx, ws, lists);
  }
}

function addPerson(s: DocState, ctx: TagContext, span: number[], uncued: NameLists | null): void {
  // A role noun the tagger takes in is no part of the name: the name is what follows it ('الجندي إيتاي شمعوني',
  // 'ووكيل الرقيب سعد ...'), or what comes before it at the end ('يوسف أبو ماريا الناشط').
  let ws = span.slice();
  while (ws.length && roleWord(s, ctx, s.words[ws[ws.length - 1]])) ws.pop();
  const lastRole = ws.findLastIndex((i) => roleWord(s, ctx, s.words[i]));
  if (lastRole >= 0) ws = ws.slice(lastRole + 1);
  if (ws.length < 2 || ws.length > 5 || !ws.every((i) => nameLike(s, s.words[i]) && !roleWord(s, ctx, s.words[i]))) return;
  // 'كتيبة أبو بكر الصديق', 'مسجد عمر بن الخطاب': the name of a thing; 'خادم الحرمين': a title.
  const before = ws[0] > 0 ? s.words[ws[0] - 1] : null;
  if (before && headAt(ctx.heads, before)) return;
  if (startsTitle(s, s.words[ws[0]])) return;
  if (afterPerson(s, ws[0])) return;
  const cut = leadingCut(s, s.words[ws[0]]);
  if (cut < 0) return;
  // A role, a speech verb or a comma by the name, or a known given name first.
  const given = wordReadings(s.words[ws[0]]).some((r) => r.cut === cut && s.idx.givenNames.has(r.stem));
  if (!personCue(s, ctx.cues, ws[0], ws[ws.length - 1]) && !(given && !(before && startsTitle(s, before)))
    && !(uncued && uncuedPerson(s, uncued, ws) && !(before && startsTitle(s, before)))) return;
  // The family name that repeats the word before it ('بن سلطان السلطان'; a title word the tagger leaves out).
  const after = ws[ws.length - 1] + 1;
  if (after < s.words.length && s.sentOf[after] === s.sentOf[ws[0]] && echoesName(s, ws, after)) ws.push(after);
  const p = personFromWords(s, ws, cut);
  // 'رحيم زاده' after 'قادر رحيم زاده': a shorter form of a person already named is that person.
  const key = ` ${normalizeArabic(p.info.name_ar)} `;
  // (As the document spells him too: a KB person named another way, 'مولود جاوش اوغلو'.)
  const spellings = (e: DocEntity) => [e.info.name_ar, ...e.mentions.filter((m) => m.form === 'name' && m.start < p.start).map((m) => s.text.slice(m.start, m.end))];
  const known = [...s.entities.values()].find((e) => e.info.type === 'PERSON' && e.info.id !== p.id
    && spellings(e).some((n) => ` ${normalizeArabic(n)} `.includes(key)) && e.mentions.some((m) => m.start < p.start));
  const id = known?.info.id ?? p.id;
  s.add(id, { start: p.start, end: p.end, first: ws[0], last: ws[ws.length - 1], form: 'name', top: true }, known ? undefined : p.info);
  giveRole(s, ctx, id, ws[0], ws[ws.length - 1]);
}

/**
 * The role and sector a role noun right before the name (or one word further: 'الرقيب أول'), or right after it, says:
 * 'الجندي X' a soldier, 'X الناشط في ...' an activist. The noun is a mention of the person (no group of activists).
 */
function giveRole(s: DocState, ctx: TagContext, id: string, first: number, last: number): void {
  const e = s.entities.get(id);
  if (!ctx.roles || !e || e.roleStrength > 0) return;
  const roleAt = (k: number) => {
    const w = s.words[k];
    if (!w || w.kind !== 'word' || s.sentOf[k] !== s.sentOf[first] || s.coveredBy(k)) return null;
    const hit = wordReadings(w).map((x) => ({ r: ctx.roles!.get(x.stem), cut: x.cut })).find((x) => x.r);
    return hit?.r ? { ...hit.r, cut: hit.cut } : null;
  };
  for (const k of [first - 1, first - 2, last + 1]) {
    const r = k >= 0 ? roleAt(k) : null;
    if (!r) continue;
    e.role = r.role;
    e.roleStrength = 1;
    if (!e.info.sector && r.sector) e.info = { ...e.info, sector: r.sector };
    const w = s.words[k];
    s.add(id, { start: w.start + cutOffset(w.text, r.cut), end: w.end, first: k, last: k, form: 'title', top: true });
    return;
  }
}

/** Words of a place name: at most this many. */
const MAX_PLACE_WORDS = 3;

/** A LOC span of unknown words: a place named by its transliteration ('وبلدة الحوز' -> al-Houz). */
function addPlace(s: DocState, ctx: TagContext, ws: number[], uncued: NameLists | null): void {
  if (uncued && linkKnown(s, ws, ['PLACE', 'COUNTRY'])) return;
  if (uncued && !uncuedPlace(s, uncued, ws)) return;
  if (ws.length > MAX_PLACE_WORDS || !ws.every((i) => placeWord(s, s.words[i])) || adjectiveFirst(s, ws[0])) return;
  const w0 = s.words[ws[0]];
  if (headAt(ctx.heads, w0)) return;
  // 'وبالحوز', 'والحوز', 'لمنبج': و and a preposition before the article or a name are not part of it.
  const r = wordReadings(w0).reduce((a, b) => (b.cut > a.cut ? b : a));
  const cut = r.cut > 0 && (r.stem.startsWith('ال') || r.conj) ? r.cut : uncued ? prepositionCut(uncued, w0) : 0;
  addNewPlace(s, w0.start + cutOffset(w0.text, cut), ws[0], ws[ws.length - 1]);
}

/** An ORG span with no head noun ('ايكيا', 'فياكوم'): an organisation, or an armed group where a word by it says so. */
function addOrg(s: DocState, ctx: TagContext, ws: number[], lists: NameLists): void {
  if (!ws.every((i) => nameLike(s, s.words[i]))) return;
  if (linkKnown(s, ws, ['ORG', 'GROUP', 'MEDIA']) || !uncuedOrg(s, lists, ws)) return;
  if (ws[0] > 0 && headAt(ctx.heads, s.words[ws[0] - 1])) return;
  addTaggedOrg(s, ws[0], ws[ws.length - 1], prepositionCut(lists, s.words[ws[0]]));
}

/** A span the tagger finds with no cue that names a KB entry of these types is a mention of it (its words uncovered). */
function linkKnown(s: DocState, ws: number[], types: readonly string[]): boolean {
  if (!ws.every((i) => s.words[i].kind === 'word' && !s.coveredBy(i))) return false;
  const hit = kbEntryOf(s, ws, types);
  if (!hit) return false;
  const w0 = s.words[ws[0]];
  s.add(hit.entry.id, { start: w0.start + cutOffset(w0.text, hit.cut), end: s.words[ws[ws.length - 1]].end, first: ws[0], last: ws[ws.length - 1], form: hit.entry.form, top: true });
  return true;
}
