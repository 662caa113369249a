// The document-level passes over the coded events: speech contents and joined acts folded in,
// places and sides inherited from the acts told beside them.
import { AIMED, PURPOSES, SPEECH_ACTS, MATERIAL_CONFLICT } from './kinds.js';
import type { Context, CodedEvent, Coded } from './context.js';
import { actorsInRange } from './speech-sides.js';
import { guessedSides } from './sides/guessed.js';
import { shareJoinedSubjects } from './joined-subject.js';
import { shareWhileSubjects } from './while-subject.js';
import { shareDuringSides } from './during-act.js';
import { dropConjunctTargets } from './conjunct-target.js';
import { actorsOfSentence } from './sides/choose.js';
import type { ActorMention } from './actors.js';
import { headlineAct } from './report-checks.js';
import { HEADLINE_FLAG } from './report-filter.js';
import { eventWords } from './word-lists.js';
import { reportOpenerBefore } from './act-openers.js';
import { cuesBefore } from './modality.js';
import { normalizeArabic } from '../../arabic/normalize.js';
import { ANSWERED_FLAG } from './retaliated-act.js';

/** The flag of a verb that names its own subject right after it ('وقصفت قوات النظام', 'واستهدفت طائراته'). */
export const OWN_SUBJECT_FLAG = 'own-subject';
const ACTING_SECTORS = eventWords('acting_sectors');
const VERB_OPENERS = eventWords('verb_openers');
const VERB_PARTICLES = eventWords('verb_particles');

/** The actor named right after a verb as its subject: a named actor, or a generic one of an acting sector. */
export function subjectAfter(ctx: Context, e: Pick<CodedEvent, 'hit'>, genericOnly = false): ActorMention | null {
  const generic = (a: ActorMention) => a.entity.id.startsWith('rasad:generic:');
  return ctx.sides.actors.find((a) => a.first === e.hit.last + 1 && !a.place && !a.prep && a.form !== 'pronoun' && (generic(a) ? ACTING_SECTORS.has((a.sector ?? a.entity.sector ?? '').toLowerCase()) : !genericOnly)) ?? null;
}

/** A force named by what it is right before a verb as its subject ('إن طيران التحالف استهدف تجمعا', 'مسلحون هاجموا',
 * past a particle: 'إن الجيش قد قصف'), the verb written without و (with it the verb opens a clause of its own). */
export function genericSubjectBefore(ctx: Context, e: Pick<CodedEvent, 'hit'>): ActorMention | null {
  const w = ctx.words[e.hit.first];
  if (/^[وف]/.test(w.norm) && w.readings.some((r) => r.proclitics[0] === 'و' || r.proclitics[0] === 'ف')) return null;
  const generic = (a: ActorMention) => a.entity.id.startsWith('rasad:generic:');
  const prev = ctx.words[e.hit.first - 1];
  const end = prev && prev.kind === 'word' && VERB_PARTICLES.has(prev.norm) ? e.hit.first - 2 : e.hit.first - 1;
  return actorsOfSentence(ctx.sides, e.hit.first).find((a) => a.last === end && generic(a) && !a.place && !a.prep && ACTING_SECTORS.has((a.sector ?? a.entity.sector ?? '').toLowerCase())) ?? null;
}

/** A verb that opens its clause ('وقصفت', '، قصفت', 'كما قصفت'), its subject after it: not one right after a noun, which is
 * that noun's ('هجوم بسيارة مفخخة استهدف دورية للشرطة'). */
export function opensClause(ctx: Context, e: Pick<CodedEvent, 'hit'>): boolean {
  const w = ctx.words[e.hit.first];
  if (w.readings.some((r) => r.proclitics[0] === 'و' || r.proclitics[0] === 'ف') && /^[وف]/.test(w.norm)) return true;
  const prev = ctx.words[e.hit.first - 1];
  return !prev || prev.sentence !== w.sentence || prev.kind === 'punct' || (prev.kind === 'word' && prev.readings.some((r) => VERB_OPENERS.has(r.stem) || VERB_OPENERS.has(prev.norm)));
}

/** A verb whose grammatical subject is the one who suffers it ('قُتل جنديان', 'تعرضت المدينة') names no actor after it. */
export const victimSubject = (e: Pick<CodedEvent, 'hit'>) => e.hit.entry.mode === 'killing' || e.hit.entry.mode === 'wounding' || e.hit.entry.frame.includes('victim') || e.hit.entry.frame.includes('none');

export function finishEvents(ctx: Context, events: CodedEvent[]): Coded {
  const { words } = ctx;
  for (const e of events) {
    if (headlineAct(ctx, e.hit)) e.flags.push(HEADLINE_FLAG);
    if (e.hit.pos === 'verb' && !victimSubject(e) && subjectAfter(ctx, e)) e.flags.push(OWN_SUBJECT_FLAG);
    // What is told after a word that opens a further report ('، كما', 'فيما') is another happening (merge.ts, toldApart).
    const opener = reportOpenerBefore(words, e.hit.first);
    if (opener >= 0) e.openerAt = words[opener].start;
  }
  // The content of a speech act is not an act of its own: 'دعا أرمينيا إلى الانسحاب', 'اتهم تركيا
  // بجلب المقاتلين', 'تعهدت باستعادة قره باغ', 'مستعدة لتقديم تنازلات'.
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i];
    if (e.hit.pos !== 'noun') continue;
    const prev = words[e.hit.first - 1];
    // A phrase trigger keeps no clitics of its own: read them off its first word.
    const proclitics = e.hit.proclitics.length ? e.hit.proclitics : words[e.hit.first].readings.find((r) => r.proclitics.length)?.proclitics ?? [];
    const governed =
      proclitics.some((p) => p === 'ب' || p === 'ل') ||
      ['الي', 'علي'].includes(prev?.readings[0].stem ?? '') ||
      // 'لتقديم تنازلات', 'بتنفيذ مناورة': the object of a purpose or manner noun.
      (prev?.kind === 'word' && /^[وف]?[بل]/.test(prev.norm) && prev.readings.some((r) => r.proclitics.some((p) => p === 'ب' || p === 'ل')));
    if (!governed) continue;
    // ... and the purpose of an act is not another one: 'التقى نظيره لبحث الأزمة', 'وقعا اتفاقا للتعاون'.
    // (The means of an act of its own kind may stand further on: 'ارتكبت مجزرة بحق الأطفال والمدنيين في دار سعد بقصف عشوائي'.)
    // (Not past another party named in its own right: 'قصفت الطائرات مدينة غزة وردت حماس بإطلاق صواريخ'.)
    const means = (o: CodedEvent) => o.type === e.type && proclitics.includes('ب') && !actorsInRange(ctx, o.hit.last + 1, e.hit.first).some((a) => !a.place && !a.prep);
    const span = (o: CodedEvent) => (means(o) ? 8 : 5);
    const head = events.find((o) => o !== e && o.sentence === e.sentence && o.hit.last < e.hit.first && e.hit.first - o.hit.last <= span(o) && (SPEECH_ACTS.has(o.type) || o.type === e.type || PURPOSES.get(o.type) === e.type));
    if (head) events.splice(i, 1);
  }
  // Acts joined by و in one breath are one announcement: 'أعلن الأحكام العرفية والتعبئة العامة'.
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i];
    if (e.hit.pos !== 'noun' || !words[e.hit.first].readings.some((r) => r.proclitics[0] === 'و')) continue;
    const head = events.find((o) => o !== e && o.sentence === e.sentence && o.hit.pos === 'noun' && e.hit.first - o.hit.last === 1 && MATERIAL_CONFLICT.has(e.type) === MATERIAL_CONFLICT.has(o.type));
    if (!head) continue;
    head.source ??= e.source;
    head.target ??= e.target;
    head.also = [...(head.also ?? []), e.type, ...(e.also ?? [])];
    events.splice(i, 1);
  }
  shareJoinedSubjects(ctx, events, (e) => namesOwnSubject(ctx, e));
  shareWhileSubjects(ctx, events, (e) => namesOwnSubject(ctx, e));
  shareDuringSides(ctx, events);
  dropConjunctTargets(ctx, events);
  foldCoordinatedVerbs(ctx, events);
  dropStatementContents(ctx, events);
  // An attack or protest told with no place of its own ('غارة ثالثة قصفت حي الصعدي') happened where the
  // report's last one of its kind did, a sentence or three before.
  for (const [k, e] of events.entries()) {
    if (e.location || !(e.type === 'ASSAULT' || e.type === 'PROTEST')) continue;
    const prior = events.slice(0, k).reverse().find((o) => o.type === e.type && o.location && e.sentence - o.sentence <= 3 && e.sentence > o.sentence);
    if (prior) {
      e.location = prior.location;
      e.flags.push('inherited-location');
    }
  }
  // An act with no party named, told beside another of its kind ('اندلع قتال بين أرمينيا وأذربيجان،
  // حيث أُسقطت طائرتان'): it happened to one of the parties of that act.
  // (An act that the sentence's act answers is the other side's: it takes no sides from the answer.)
  for (const [k, e] of events.entries()) {
    if (e.source || e.target) continue;
    const answered = e.flags.includes(ANSWERED_FLAG);
    const near = answered ? undefined : events.find((o) => o !== e && o.sentence === e.sentence && o.type === e.type && (o.target || o.source));
    if (near && AIMED.has(e.type)) {
      e.target = near.target ?? near.source;
      e.flags.push('inherited-target');
      continue;
    }
    // 'نشر هذه القوات ... أصبحت القوات المسلحة الإيرانية في حالة تأهب': the same side's act, told twice.
    if (near) {
      e.source = near.source;
      e.target = near.target;
      e.flags.push('inherited-sides');
      continue;
    }
    // Further attacks told later in a report of an attack ('غارة ثالثة قصفت ...') are by the same side on the same side.
    if (e.type !== 'ASSAULT') continue;
    const sided = (o: CodedEvent) => o.type === 'ASSAULT' && !!o.source && !!o.target && !o.flags.includes('guessed-target') && !(answered && o.sentence === e.sentence);
    // The nearest attack with both sides, before it or (for a headline and its lead) after it.
    const before = events.slice(0, k).reverse().find(sided) ?? events.slice(k + 1).find(sided);
    if (before) {
      e.source = before.source;
      e.target = before.target;
      e.flags.push('inherited-sides');
    }
  }
  // Nobody acts on itself, however the sides were filled in ('ويتواصل التوغل والقصف الإسرائيلي').
  for (const e of events) if (e.source?.entity && e.source.entity === e.target?.entity) e.target = null;
  return { words, events, hasTitle: ctx.hasTitle };
}

/** How far (in words) after a statement's verb a noun of verbal conflict is what the statement says. */
const CONTENT_SPAN = 12;

/** An accusation, concern or warning named by a noun (or a charge, see CHARGES) a few words after a verb of verbal conflict is
 * what that verb says or answers, not a statement of its own: 'نفى المسؤولون هذا الاتهام', 'حذر من
 * أن ذلك يشكل مصدر قلق'. A call ('رفضت دعوة الأمم المتحدة') is another party's act and stays one. */
const STATEMENT_CONTENTS = new Set(['ACCUSE', 'THREATEN']);
const NOMINAL_REPORT = eventWords('nominal_report');
/** Charges told by a verb in a clause ('المجزرة التي ارتكبتها القوات'): after a verb of verbal conflict, what it says, as a noun is. */
const CHARGES = new Set(['charge']);
function dropStatementContents(ctx: Context, events: CodedEvent[]): void {
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i];
    if ((e.hit.pos !== 'noun' && !CHARGES.has(e.hit.entry.mode)) || !STATEMENT_CONTENTS.has(e.type)) continue;
    // The act told just before it in the sentence, if that is a statement's verb.
    // (For a charge, the nearest accusation before it, the crime it names may stand between ('دانت المجزرة التي ارتكبتها');
    // a call to document the crimes ('طالب بتوثيق الجرائم التي ارتكبتها') leaves the charge its own.)
    const charge = CHARGES.has(e.hit.entry.mode);
    const verb = events.slice(0, i).reverse().find((o) => o.sentence === e.sentence && o.hit.last < e.hit.first && (!charge || o.type === e.type));
    // (A participle or verb form of speech listed as such, 'منددا', 'دانت', is a statement's verb too.)
    if (!verb || (verb.hit.pos !== 'verb' && verb.hit.entry.pos !== 'hal') || verb.quad !== 'verbal-conflict' || e.hit.first - verb.hit.last > CONTENT_SPAN) continue;
    // A verb of saying between opens a statement of its own: 'يرفضون تسليم أنفسهم، مؤكدا أنه لا خيار أمامهم'.
    if (cuesBefore(ctx.words, verb.hit.last + 1, e.hit.first).some((c) => c.kind === 'report' && !NOMINAL_REPORT.has(normalizeArabic(c.cue.replace(/^[وف]/, ''))))) continue;
    if (verb.type !== e.type) verb.also = [...(verb.also ?? []), e.type];
    events.splice(i, 1);
  }
}

/** How far (in words) a verb joined by و/ف may follow the act whose subject it shares. */
const COORDINATED_SPAN = 8;
const CONFLICT_QUADS = new Set(['material-conflict', 'verbal-conflict']);
const namedCount = (e: CodedEvent) => (e.source ? 1 : 0) + (e.target ? 1 : 0) - guessedSides(e, e.flags).length;

/** A verb joined by و or ف to the act just before it, naming no subject of its own, continues that
 * act: 'ترفض ذلك وتطالب بضمانات', 'اقتحمت البلدة وأسرت جنودا', 'قتل 18 شخصا وأصيب العشرات'. One
 * happening told with two verbs is one event of the first verb's type; the other type is kept in
 * `also`, its counts join the first. A verb followed at once by a named actor ('وردت حماس') has a
 * subject of its own and stays an act of its own; so does an act of another quad ('هددت ... وقصفت'). */
/** A verb followed at once by a named actor ('وردت حماس') has a subject of its own. */
function namesOwnSubject(ctx: Context, e: CodedEvent): boolean {
  return e.flags.includes(OWN_SUBJECT_FLAG) || actorsInRange(ctx, e.hit.last + 1, e.hit.last + 2).some((a) => !a.place && !a.prep && a.first === e.hit.last + 1);
}

function foldCoordinatedVerbs(ctx: Context, events: CodedEvent[]): void {
  const { words } = ctx;
  const namesSubject = (e: CodedEvent) => namesOwnSubject(ctx, e);
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i];
    if (e.hit.pos !== 'verb' || !CONFLICT_QUADS.has(e.quad)) continue;
    const joined = words[e.hit.first].readings.some((r) => r.proclitics[0] === 'و' || r.proclitics[0] === 'ف');
    if (!joined || namesSubject(e)) continue;
    const head = events
      .slice(0, i)
      .reverse()
      .find((o) => o.sentence === e.sentence && o.hit.pos === 'verb' && o.hit.last < e.hit.first && e.hit.first - o.hit.last <= COORDINATED_SPAN);
    if (!head || head.quad !== e.quad) continue;
    // The reading that names more of its sides is the one kept ('اقتحمته القوات الإسرائيلية واحتلته').
    const [kept, folded] = namedCount(e) > namedCount(head) ? [e, head] : [head, e];
    for (const side of ['source', 'target'] as const) {
      if (kept[side] || !folded[side]) continue;
      kept[side] = folded[side];
      if (guessedSides(folded, folded.flags).includes(side)) kept.flags.push(`guessed-${side}`);
    }
    const kinds = new Set(kept.numbers.map((n) => n.kind));
    kept.numbers = [...kept.numbers, ...folded.numbers.filter((n) => !kinds.has(n.kind))];
    if (folded.type !== kept.type || folded.also) kept.also = [...(kept.also ?? []), ...(folded.type !== kept.type ? [folded.type] : []), ...(folded.also ?? [])];
    events[events.indexOf(head)] = kept;
    events.splice(i, 1);
  }
}
