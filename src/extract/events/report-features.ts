// Features of a sentence in which the coder found a trigger of some type, for the learned
// check that the sentence reports the event happening (rather than recalling, discussing or
// elaborating on it). Text-only features: words, their stems, trigger shape, dates, numbers.
import { lightStem as stemOf } from '../../arabic/stem.js';
import { loadTsv } from '../../data-files.js';
import { normalizeArabic } from '../../arabic/normalize.js';
import type { TriggerHit } from './triggers.js';
import type { Reading, Word } from '../../arabic/words.js';
import { eventWords } from './word-lists.js';
import { lowerBound } from '../sorted-spans.js';
import { once } from '../../once.js';

const TIME_WORDS = eventWords('feature_time_words');
const BOW_WEIGHT = 0.5;
const COUNT_WORDS = eventWords('feature_count_words');
const RELATIVE = eventWords('feature_relative');

/** People taking part in a protest, named as such: their role in the sentence tells a report of the protest
 * ('تجمع مئات المتظاهرين', 'وأغلق المتظاهرون الطريق') from a mention of them ('أطلقت الشرطة النار على المتظاهرين'). */
const PARTICIPANTS = eventWords('protest_participants');
const PARTICIPANT_CLITICS = eventWords('participant_proclitics');

/** The reading of a word that names protest participants ('والمتظاهرون', 'للمحتجين', 'معتصمين'), or null. */
export function participantReading(w: Word): Reading | null {
  if (w.kind !== 'word') return null;
  return w.readings.find((r) => r.proclitics.every((p) => PARTICIPANT_CLITICS.has(p)) && [...PARTICIPANTS].some((stem) => r.stem.startsWith(stem))) ?? null;
}
const PREPOSITIONS = eventWords('feature_prepositions');
/** A word list of data/lexicon/report_cues.tsv (groups check-* and feature-*): stems compared as written. */
export function reportCueList(group: string): ReadonlySet<string> {
  const row = loadTsv('lexicon/report_cues.tsv').find((r) => r.group === group);
  if (!row) throw new Error(`data/lexicon/report_cues.tsv has no group '${group}'`);
  return new Set(row.words.split('|').map((w) => w.trim()).filter(Boolean));
}

/** Nouns of what is done to protesters: breaking up, beating, arresting them. */
const DONE_TO = reportCueList('feature-done-to');
/** Verbs of doing that carry an act's verbal noun ('قامت الجماعة بخطف', 'عمدوا الى القاء'). */
const DOING = reportCueList('feature-doing');
/** How many words before a verbal noun a verb of doing may carry it (past its subject). */
const CARRY_REACH = 8;

/** A noun act after ب or الى/على that a verb of doing carries within CARRY_REACH words before it: told as done. */
function carried(words: Word[], h: { first: number; proclitics: string[] }): boolean {
  const s = words[h.first].sentence;
  const prev = words[h.first - 1];
  const governed = h.proclitics.includes('ب') || (!!prev && prev.kind === 'word' && prev.readings.some((r) => r.stem === 'الي' || r.stem === 'علي'));
  if (!governed) return false;
  for (let k = h.first - 1; k >= Math.max(0, h.first - CARRY_REACH) && words[k].sentence === s; k--) {
    if (words[k].kind === 'word' && words[k].readings.some((r) => DOING.has(r.stem) && r.proclitics.every((p) => p === 'و' || p === 'ف'))) return true;
  }
  return false;
}

/** A year (four digits) before a colon among the first words: an entry of a timeline ('* 5 فبراير 2004: اغتيال ...'), not a dateline. */
const ENTRY_REACH = 8;
function datedEntry(ws: Word[]): boolean {
  const colon = ws.findIndex((w, i) => i < ENTRY_REACH && w.text === ':');
  return colon > 0 && ws.slice(0, colon).some((w) => w.kind === 'number' && /^(1[89]|20)[0-9]{2}$/.test(w.norm));
}

/** Place words after an act ('اعتصموا أمام البرلمان') and words of a protest's purpose ('خرجوا للتنديد'): the act told as it happens. */
const LOCATED = reportCueList('feature-located');
const LOCATED_REACH = 4;
const PURPOSE = reportCueList('feature-purpose');
const PURPOSE_REACH = 6;

/** Whether a word of `list` (its written form past و/ف, or a stem) stands within `reach` words after word `last`, in its sentence. */
function cueAfter(words: Word[], last: number, list: ReadonlySet<string>, reach: number): boolean {
  const s = words[last].sentence;
  for (let k = last + 1; k <= last + reach && k < words.length && words[k].sentence === s; k++) {
    const w = words[k];
    if (w.kind === 'word' && (list.has(w.norm.replace(/^[وف]/, '')) || w.readings.some((r) => list.has(r.stem)))) return true;
  }
  return false;
}

const QUOTE_OPENERS = eventWords('quote_openers');
const QUOTE_CLOSERS = eventWords('quote_closers');

/** Whether word `at` stands inside quotation marks opened before it in its sentence: words said, not the report's own.
 * A mark that both opens and closes ('"') closes quoted words if any are open, else opens them. */
export function quotedAt(words: Word[], at: number): boolean {
  let start = at;
  while (start > 0 && words[start - 1].sentence === words[at].sentence) start--;
  let depth = 0;
  for (let j = start; j < at; j++) {
    const t = words[j].text;
    const opens = QUOTE_OPENERS.has(t), closes = QUOTE_CLOSERS.has(t);
    if (opens && closes) depth = depth > 0 ? depth - 1 : depth + 1;
    else if (opens) depth++;
    else if (closes) depth = Math.max(0, depth - 1);
  }
  return depth > 0;
}

/** Verbs protesters do, before their name: 'رفع المتظاهرون', 'أحرق متظاهرون'. */
const PROTEST_ACTS = eventWords('feature_protest_acts');

export type Features = Map<string, number>;

const MERGE_ONLY = new Set(['back-reference', 'responsibility-claimed', 'inherited-location']);

/** Verbs of happening that bring an event in: 'اندلعت مظاهرات', 'خرجت مسيرة', 'نظم اعتصاما'. */
const INTRODUCERS = eventWords('feature_introducers');

/** The shortest scene cue that matches longer words it starts. */
const SCENE_PREFIX = 4;
const scenes = once(() => loadTsv('lexicon/report_cues.tsv').filter((r) => !/^(check|feature)-/.test(r.group)).map((r) => ({ group: r.group, words: r.words.split('|').map((w) => normalizeArabic(w.trim())) })));
/** The scene groups (data/lexicon/report_cues.tsv) with a word in the sentence. */
function sceneGroups(ws: Word[]): string[] {
  const stems = ws.filter((w) => w.kind === 'word').flatMap((w) => w.readings.map((r) => r.stem));
  const text = ` ${stems.join(' ')} `;
  // A one-word cue is a stem of the sentence, or (four letters or more) the start of one.
  const exact = new Set(stems);
  const starts = new Set<string>();
  for (const st of stems) for (let n = SCENE_PREFIX; n <= st.length; n++) starts.add(st.slice(0, n));
  return scenes()
    .filter((g) => g.words.some((cue) => (cue.includes(' ') ? text.includes(` ${cue} `) : exact.has(cue) || (cue.length >= SCENE_PREFIX && starts.has(cue)))))
    .map((g) => g.group);
}

const PARTICLES = eventWords('feature_particles');
const OPENERS = eventWords('feature_openers');
const mainClasses = once(() => new Map(loadTsv('lexicon/report_cues.tsv').filter((r) => r.group.startsWith('main-')).flatMap((r) => r.words.split('|').map((w) => [normalizeArabic(w.trim()), r.group.slice(5)] as [string, string]))));

/** The class of the sentence's main predicate: its first word, after an opening place or time phrase
 * ('وفي الخرطوم، تظاهر ...'): a protest itself, what protesters do in it, what is done to them, speech. */
function mainPredicate(ws: Word[]): string | null {
  let words = ws.filter((w) => w.kind === 'word' || w.kind === 'number' || ['،', ',', ':'].includes(w.text));
  // A dateline ('لندن ـ «الشرق الأوسط»:') comes before the sentence proper.
  const colon = words.findIndex((w, i) => i < 8 && w.text === ':');
  if (colon >= 0) words = words.slice(colon + 1);
  let k = 0;
  // 'وكان متظاهرون قد خرجوا': the verb after 'قد' is the predicate of 'كان'.
  const kana = words.findIndex((w, i) => i < 3 && w.kind === 'word' && w.readings.some((r) => r.stem === 'كان' || r.stem === 'كانت'));
  if (kana >= 0) {
    const qad = words.findIndex((w, i) => i > kana && i <= kana + 5 && w.kind === 'word' && w.readings.some((r) => r.stem === 'قد'));
    if (qad > 0) k = qad + 1;
  }
  // Discourse openers and auxiliaries: 'فيما', 'كما', 'وقد'.
  while (k < words.length && words[k].kind === 'word' && words[k].readings.some((r) => PARTICLES.has(r.stem))) k++;
  const first = words[k];
  if (first && first.kind === 'word' && first.readings.some((r) => OPENERS.has(r.stem))) {
    // 'وفي الخرطوم، تظاهر': the phrase runs to the comma; without one, it is the preposition and its noun.
    const comma = words.findIndex((w, i) => i > k && i < k + 9 && w.kind !== 'word' && w.kind !== 'number');
    k = comma > 0 ? comma + 1 : k + 2;
    while (k < words.length && words[k].kind === 'word' && words[k].readings.some((r) => PARTICLES.has(r.stem))) k++;
  }
  const w = words[k];
  if (!w) return null;
  if (w.kind === 'number') return 'count';
  if (w.kind !== 'word') return null;
  for (const r of w.readings) {
    const c = mainClasses().get(r.stem);
    if (c) return c;
  }
  return 'other';
}

/** Where the protesters of a participant noun stand in the sentence. */
function participantRole(words: Word[], h: TriggerHit): string | null {
  const w = words[h.first];
  const reading = participantReading(w);
  if (!reading) return null;
  const prev = words[h.first - 1];
  const prev2 = words[h.first - 2];
  const stemOf = (x: Word | undefined) => (x && x.kind === 'word' ? x.readings[0].stem : '');
  const bare = (x: Word | undefined) => (x && x.kind === 'word' ? x.norm.replace(/^[وف]/, '') : '');
  if (reading.proclitics.some((p) => p === 'ل' || p === 'ب')) return 'prep';
  if (prev && prev.kind === 'word' && (PREPOSITIONS.has(stemOf(prev)) || DONE_TO.has(bare(prev)))) return 'governed';
  if (prev && (prev.kind === 'number' || prev.readings?.some((r) => COUNT_WORDS.has(r.stem)))) return 'counted';
  if (prev2 && (prev2.kind === 'number' || prev2.readings?.some((r) => COUNT_WORDS.has(r.stem)))) return 'counted';
  if (PROTEST_ACTS.has(bare(prev)) || PROTEST_ACTS.has(bare(prev2))) return 'acting';
  if (!prev || prev.kind !== 'word') return 'opening';
  return 'other';
}


function add(f: Features, k: string, v = 1): void {
  f.set(k, (f.get(k) ?? 0) + v);
}

/** The words of one sentence: words are in text order, so their sentence indexes never decrease (a search, not a scan: long documents). */
const sentenceOf = (w: Word) => w.sentence;
function wordsOfSentence(words: Word[], sentence: number): Word[] {
  const lo = lowerBound(words, sentenceOf, sentence);
  let end = lo;
  while (end < words.length && words[end].sentence === sentence) end++;
  return words.slice(lo, end);
}

/** Light stems already made, by stem: one per document (reportCandidates), so a word met in several candidate
 * sentences, or again and again in one, is stemmed once. */
export type LightStems = Map<string, string>;

/** The light stem of s, from the document's memo. (Module-level: V8 holds a per-call closure's optimised code weakly and drops it at every full collection.) */
function stemIn(stems: LightStems, s: string): string {
  let v = stems.get(s);
  if (v === undefined) stems.set(s, (v = stemOf(s)));
  return v;
}

export function reportFeatures(words: Word[], sentence: number, hits: TriggerHit[], title: boolean, flags: string[] = [], stems: LightStems = new Map()): Features {
  const f: Features = new Map();
  const ws = wordsOfSentence(words, sentence);
  add(f, 'bias');
  // Flags that only steer merging say nothing of whether the sentence reports the act.
  for (const fl of new Set(flags)) if (!MERGE_ONLY.has(fl)) add(f, `flag=${fl}`);
  // Every candidate carries the flag: the rules would have dropped the sentence.
  if (hits.length && flags.filter((x) => x === 'unconcrete' || x === 'unreported').length >= hits.length) add(f, 'flag=all-doubtful');
  if (flags.includes('two-sided')) add(f, 'flag=some-two-sided');
  if (title) add(f, 'title');
  let digits = 0;
  for (const w of ws) {
    if (w.kind === 'number') digits++;
    if (w.kind !== 'word') {
      if (w.text === '؟' || w.text === '?') add(f, 'qmark');
      if (w.text === '«' || w.text === '"' || w.text === '“') add(f, 'quote');
      continue;
    }
    const stem = w.readings[0].stem;
    add(f, `w=${stemIn(stems, stem)}`, BOW_WEIGHT);
    if (TIME_WORDS.has(stem) || TIME_WORDS.has(stem.replace(/^ال/, ''))) add(f, 'time');
  }
  if (digits) add(f, 'digits');
  const hasCount = digits > 0 || ws.some((w) => w.kind === 'word' && w.readings.some((r) => COUNT_WORDS.has(r.stem)));
  const hasTime = f.has('time');
  if (hasCount && hasTime) add(f, 'count&time');
  add(f, `len=${Math.min(6, Math.floor(ws.length / 10))}`);
  // A sentence opening with و or ف goes on from the one before; one that opens cold starts a report.
  const opener = ws.find((w) => w.kind === 'word');
  add(f, opener && /^[وف]/.test(opener.norm) && opener.readings.some((r) => r.proclitics[0] === 'و' || r.proclitics[0] === 'ف') ? 'opens=wa' : 'opens=cold');
  if (datedEntry(ws)) add(f, 'dated-entry');
  const head = mainPredicate(ws);
  if (head) add(f, `main=${head}`);
  const scene = sceneGroups(ws);
  for (const g of scene) add(f, `scene=${g}`);
  add(f, `scenes=${Math.min(3, scene.length)}`);
  // Several triggers of the type in one sentence tell an act in detail ('فجر انتحاري سيارة مفخخة ... أسفر عن مقتل').
  add(f, `ntrig=${Math.min(3, hits.length)}`);
  for (const h of hits) {
    const w = words[h.first];
    const r = w.readings.find((x) => x.proclitics.length || x.enclitic) ?? w.readings[0];
    add(f, `trig=${h.entry.lemma}`);
    add(f, `trig=${h.entry.lemma}|${h.pos}|${h.tense ?? '-'}`);
    add(f, `pos=${h.pos}|${h.tense ?? '-'}`);
    add(f, `def=${h.proclitics.includes('ال') || r.proclitics.includes('ال')}`);
    const prev = words[h.first - 1];
    const next = words[h.last + 1];
    if (prev?.kind === 'word') {
      add(f, `prev=${stemIn(stems, prev.readings[0].stem)}`);
      if (RELATIVE.has(prev.readings[0].stem)) add(f, 'relative');
    }
    if (next?.kind === 'word') add(f, `next=${stemIn(stems, next.readings[0].stem)}`);
    const prev2 = words[h.first - 2];
    if (prev2?.kind === 'word' && prev?.kind === 'word') add(f, `prev2=${stemIn(stems, prev2.readings[0].stem)}_${stemIn(stems, prev.readings[0].stem)}`);
    // A count next to the trigger introduces a new group ('آلاف المتظاهرين', 'تظاهر مئات', '40 متظاهرا').
    const isCount = (c: Word | undefined) => !!c && (c.kind === 'number' || (c.kind === 'word' && c.readings.some((r) => COUNT_WORDS.has(r.stem))));
    if (isCount(words[h.first - 1]) || isCount(words[h.first - 2])) add(f, 'count-before');
    if (isCount(words[h.last + 1]) || isCount(words[h.last + 2])) {
      add(f, 'count-after');
      add(f, `count-after|${h.pos}|${h.tense ?? '-'}`);
    }
    if (hasCount) add(f, `trig=${h.entry.lemma}&count`);
    if (hasTime) add(f, `trig=${h.entry.lemma}&time`);
    add(f, `at=${Math.min(3, Math.floor((h.first - (ws[0]?.index ?? 0)) / 5))}`);
    const role = participantRole(words, h);
    // 'المتظاهرون', 'المظاهرة': the definite form mostly goes on about a protest told before; a new one
    // comes indefinite ('متظاهرون', 'مظاهرة') or is brought in by a verb of happening ('اندلعت مظاهرات').
    const definite = h.proclitics.includes('ال') || r.proclitics.includes('ال');
    const introduced = !!prev && prev.kind === 'word' && prev.readings.some((x) => INTRODUCERS.has(x.stem));
    const shape = role ? `participant=${role}|${definite ? 'def' : 'indef'}` : `act=${h.pos}|${h.tense ?? '-'}${h.pos === 'noun' ? (definite ? '|def' : '|indef') : ''}`;
    add(f, role ? `participant=${role}` : 'act-word');
    add(f, shape);
    if (introduced) add(f, 'introduced');
    if (h.pos === 'noun' && carried(words, h)) add(f, 'carried');
    if (cueAfter(words, h.last, LOCATED, LOCATED_REACH)) add(f, 'located');
    if (cueAfter(words, h.last, PURPOSE, PURPOSE_REACH)) add(f, 'purpose-after');
    if (quotedAt(words, h.first)) add(f, 'quoted');
    // Who does it, right after a verb: a crowd counted ('تظاهر آلاف') is new; 'the protesters' ('وهتف المتظاهرون') go on about it.
    if (h.pos === 'verb') {
      const after = words.slice(h.last + 1, h.last + 3).find((x) => x.kind !== 'punct');
      const cls = !after ? 'none' : isCount(after) ? 'count' : participantReading(after) ? (after.readings.some((x) => x.proclitics.includes('ال')) || /^ال/.test(after.norm) ? 'def-participant' : 'participant') : 'other';
      add(f, `subj=${cls}`);
    }
    // What makes a report of it: a time and a crowd with the act itself ('تظاهر آلاف ... أمس').
    if (hasTime) add(f, `${shape}&time`);
    if (hasCount) add(f, `${shape}&count`);
  }
  return f;
}
