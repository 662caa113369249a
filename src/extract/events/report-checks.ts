// The rule checks that an event is one the text reports: concrete (not a passing mention) and
// reported as happening (not recalled, imagined, negated or generalised about).
import type { EventRecord } from '../../doc.js';
import { loadLexicon } from './lexicon.js';
import type { TriggerHit } from './triggers.js';
import type { Word } from '../../arabic/words.js';
import type { ActorMention } from './actors.js';
import { loadTsv } from '../../data-files.js';
import { normalizeArabic } from '../../arabic/normalize.js';
import { type Context, sentenceHas, inTitle } from './context.js';
import { eventWords } from './word-lists.js';
import { stemMatcher, type StemMatcher } from './stem-match.js';
import { reportCueList } from './report-features.js';
import { once } from '../../once.js';

const BACK_HEADS = eventWords('back_heads');

/** 'خلال الاتصال الهاتفي', 'بعد الهجوم', 'إثر اقتحامه': an act noun made definite by the article or a pronoun after
 * such a word points back to an act told before. */
export function backReference(ctx: Context, hit: TriggerHit): boolean {
  if (hit.pos !== 'noun') return false;
  const w = ctx.words[hit.first];
  const definite = /^[وفبل]?ال|^لل/.test(w.norm) || !!hit.enclitic;
  const prev = ctx.words[hit.first - 1];
  return definite && !!prev && prev.kind === 'word' && prev.readings.some((r) => BACK_HEADS.has(r.stem));
}

const contextLists = once(() => new Map(loadTsv('lexicon/event_context.tsv').map((r) => [r.type, stemMatcher(r.words.split('|').map((w) => normalizeArabic(w.trim())), 3)])));

/** The context words of a type (data/lexicon/event_context.tsv), compiled: prefixes of three letters or more match longer words. */
export function contextWords(type: string): StemMatcher | undefined {
  return contextLists().get(type);
}

const NOTHING: StemMatcher = () => false;
const TIME_OF_DAY = stemMatcher(eventWords('time_of_day'), 3);

const QUOTE_CLOSERS = eventWords('quote_closers');
const QUESTION_MARKS = new Set(['؟', '?']);
/** Whether a quote closes or a colon opens speech between two words: a question there does not reach across it. */
const speechEdge = (w: { text: string }) => QUOTE_CLOSERS.has(w.text) || w.text === ':';

/** An act asked about reports nothing: after 'هل' ('هل كان قتلهم مبررا', 'وهل سيؤيد الكونغرس الاتفاق') or before a question
 * mark ('من الذي دفعهم إلى قتل الأبرياء؟') in its sentence, with no quote closing or colon between (the answer after a quoted
 * question is told: 'سؤال عن «هل تدعمون الهجوم»، قال: سنتخذ إجراءات'). */
export function asked(ctx: Context, hit: TriggerHit): boolean {
  const [sFrom, sTo] = ctx.sentenceWords[ctx.words[hit.first].sentence];
  for (let k = hit.first - 1; k >= sFrom; k--) {
    const w = ctx.words[k];
    if (speechEdge(w)) break;
    if (w.kind === 'word' && w.readings.some((r) => r.stem === 'هل' && r.proclitics.every((p) => p === 'و' || p === 'ف'))) return true;
  }
  for (let k = hit.last + 1; k < sTo; k++) {
    const w = ctx.words[k];
    if (speechEdge(w)) break;
    if (QUESTION_MARKS.has(w.text)) return true;
  }
  return false;
}

/** Drops hits that only mention violence or politics in passing (questions, generic nouns with nothing concrete). */
export function concrete(ctx: Context, hit: TriggerHit, source: ActorMention | null, target: unknown, location: ActorMention | null, numbers: EventRecord['numbers'], date: string | null): boolean {
  const [sFrom, sTo] = ctx.sentenceWords[ctx.words[hit.first].sentence];
  for (let k = sFrom; k < sTo; k++) {
    const w = ctx.words[k];
    if ((w.kind === 'word' && w.readings[0].stem === 'هل') || QUESTION_MARKS.has(w.text)) return false;
  }
  // Aid blocked is not aid given: 'أغلقت المعبر أمام المساعدات', 'منع دخول المساعدات'.
  if (hit.entry.type === 'AID') {
    const before = ctx.words.slice(Math.max(0, hit.first - 2), hit.first).filter((w) => w.kind === 'word');
    if (before.some((w) => w.readings.some((r) => BLOCKING.has(r.stem)))) return false;
  }
  const needed = contextWords(hit.entry.type);
  const casualties = numbers.some((n) => n.kind === 'killed' || n.kind === 'wounded');
  // Violence words around it, casualties, or a named party or place make an attack concrete.
  if (needed && !casualties && !sentenceHas(ctx, hit, needed) && !location && !(source && target)) return false;
  if (hit.pos === 'verb') return true;
  return !!(source || target || location || numbers.length || date || sentenceHas(ctx, hit, contextWords('HAPPENED') ?? NOTHING));
}

const BLOCKING = eventWords('blocking');

const RELATIVE = eventWords('relative_pronouns');
/** Kinds of act a report tells in the present as under way ('تستعد القوات لاقتحام المدينة'). */
const PRESENT_MODES = eventWords('present_modes');
const SUFFERED = reportCueList('check-suffered');
const GOVERNING = reportCueList('check-governing');
const BACKGROUND_HEADS = reportCueList('check-background-heads');
const BACKGROUND_FIRST = reportCueList('check-background-first');
const CALLING = reportCueList('check-calling');
/** How far before its preposition a word of calling may govern an act noun (past the party called on). */
const CALL_REACH = 12;
const CLAUSE_MARKS = new Set(['،', ',', '؛', ';', '.', ':']);

/** An act noun after إلى or ل ('إلى إضراب', 'لتنظيم مظاهرة', 'الى المشاركة في اعتصام') that a word of calling governs earlier in its
 * clause ('ودعت النقابة العمال إلى إضراب'): called for, not done. */
export function calledFor(ctx: Context, hit: TriggerHit): boolean {
  if (hit.pos !== 'noun') return false;
  const s = ctx.words[hit.first].sentence;
  const isIla = (w: Word | undefined) => !!w && w.kind === 'word' && w.readings.some((r) => r.stem === 'الي');
  const withLam = (w: Word | undefined) => !!w && w.kind === 'word' && w.readings.some((r) => r.proclitics.includes('ل'));
  const [prev, prev2] = [ctx.words[hit.first - 1], ctx.words[hit.first - 2]];
  // The preposition on the noun, right before it, or on (or before) the noun of doing that carries it ('الى تنظيم مظاهرة').
  const k = withLam(ctx.words[hit.first]) ? hit.first : isIla(prev) || withLam(prev) ? hit.first - 1 : isIla(prev2) ? hit.first - 2 : -1;
  if (k < 1 || ctx.words[k - 1].sentence !== s) return false;
  for (let j = k - 1; j >= Math.max(0, k - CALL_REACH) && ctx.words[j].sentence === s; j--) {
    const w = ctx.words[j];
    if (CLAUSE_MARKS.has(w.text)) return false;
    if (w.kind === 'word' && w.readings.some((r) => CALLING.has(r.stem) && r.proclitics.every((p) => p === 'و' || p === 'ف'))) return true;
  }
  return false;
}

/**
 * A material event the text reports as happening, not one it recalls, imagines or generalises
 * about: not in a relative clause about an earlier act ('الهجوم الذي استهدف'), not a present
 * or future verb outside a headline unless dated, not negated, conditional or merely intended.
 */
export function reported(ctx: Context, hit: TriggerHit, modality: string, numbers: EventRecord['numbers']): boolean {
  if (modality === 'negated' || modality === 'conditional' || modality === 'intended') return false;
  const prev = ctx.words[hit.first - 1];
  if (prev && prev.kind === 'word' && RELATIVE.has(prev.readings[0].stem) && hit.pos === 'verb') return false;
  if (hit.tense === 'future') return false;
  if (calledFor(ctx, hit)) return false;
  // 'للسيطرة على قاعدة', 'لاستعادة المدينة': an act named as a purpose has not happened ('تعرضت لقصف' has).
  const own = ctx.words[hit.first];
  // (A gathering 'للاحتجاج' is itself the protest.)
  if (hit.pos === 'noun' && hit.entry.type !== 'PROTEST' && own.readings.some((r) => r.proclitics[0] === 'ل' || (r.proclitics[0] === 'و' && r.proclitics[1] === 'ل')) && /^و?ل/.test(own.norm)) {
    const suffered = ctx.words.slice(Math.max(0, hit.first - 4), hit.first).some((w) => w.kind === 'word' && w.readings.some((r) => SUFFERED.has(r.stem)));
    if (!suffered) return false;
  }
  const dated = sentenceHasTime(ctx, hit);
  const casualties = numbers.some((n) => n.kind === 'killed' || n.kind === 'wounded');
  if (hit.tense === 'imperfect' && !PRESENT_MODES.has(hit.entry.mode) && !inTitle(ctx, hit) && !headlineAct(ctx, hit) && !dated && !casualties) return false;
  if (hit.pos === 'noun' && prev && prev.kind === 'word') {
    // A definite event noun governed by a preposition or another noun is talked about, not reported.
    const w = ctx.words[hit.first];
    const definite = w.readings.some((r) => r.proclitics.includes('ال') && lexiconHas(r.stem)) && !w.readings.some((r) => r.proclitics.length === 0 && lexiconHas(r.stem));
    const governed = GOVERNING.has(prev.readings[0].stem);
    // Nouns of the courts, inquiries and politics of violence make any event noun background.
    const backgroundHead = BACKGROUND_HEADS.has(prev.readings[prev.readings.length - 1].stem) || BACKGROUND_FIRST.has(prev.readings[0].stem);
    if (backgroundHead && !dated && !casualties) return false;
    if (definite && governed && !dated && !casualties && !sentenceHas(ctx, hit, contextWords('HAPPENED') ?? NOTHING)) return false;
  }
  return true;
}

/** An actor named just before the verb, as its subject: the mention ends on the word before it
 * (a comma or a colon may stand between in a headline: 'حرب غزة: الأمم المتحدة تتهم'). */
export function subjectBefore(ctx: Context, hit: TriggerHit): boolean {
  const prev = ctx.words[hit.first - 1];
  if (!prev || prev.sentence !== ctx.words[hit.first].sentence) return false;
  // A mention that opens its sentence is governed by no preposition, whatever the sentence before ends with.
  const opens = (a: { first: number }) => ctx.words[a.first - 1]?.sentence !== ctx.words[a.first].sentence;
  return ctx.sides.actors.some((a) => !a.place && (!a.prep || opens(a)) && a.form !== 'pronoun' && a.last === hit.first - 1);
}

/**
 * Headlines and the leads that repeat them tell past acts in the imperfect, subject first ('حزب الله
 * يستهدف مواقع', 'الأمم المتحدة تتهم إسرائيل'): a present verb after its named subject in the title, or in
 * the first sentence of the body, reports the act.
 */
export function headlineAct(ctx: Context, hit: TriggerHit): boolean {
  if (hit.pos !== 'verb' || hit.tense !== 'imperfect') return false;
  const lead = ctx.hasTitle ? 1 : 0;
  return ctx.words[hit.first].sentence <= lead && subjectBefore(ctx, hit);
}

function lexiconHas(stem: string): boolean {
  return loadLexicon().forms.has(stem);
}

function sentenceHasTime(ctx: Context, hit: TriggerHit): boolean {
  const s = ctx.doc.sentences[ctx.words[hit.first].sentence];
  if (s && ctx.doc.times.some((t) => t.kind !== 'duration' && t.start >= s.start && t.end <= s.end)) return true;
  return sentenceHas(ctx, hit, TIME_OF_DAY);
}
