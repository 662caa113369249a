// The learned check that a sentence reports a material event of a type (ASSAULT, PROTEST):
// a logistic model over report-features, trained by scripts/train-report-filter.ts on the
// openeventdata Arabic gold standard records (MIT) and shipped in data/model/.
import { existsSync, readFileSync } from 'node:fs';
import { dataPath } from '../../data-files.js';
import { participantReading, quotedAt, reportFeatures, type Features, type LightStems } from './report-features.js';
import type { Coded, CodedEvent } from './context.js';
import { guessedSides } from './sides/guessed.js';
import type { Word } from '../../arabic/words.js';
import { eventWords } from './word-lists.js';
import { once } from '../../once.js';
import { OWN_SUBJECT_FLAG } from './finish.js';

export interface ReportModel {
  type: string;
  threshold: number;
  /** The fraction of the threshold in effect under which the check drops even the events it otherwise only doubts (absent: 0). */
  floor?: number;
  /** The threshold in an article (a text of three sentences or more; absent: `threshold`), chosen apart from the GSR one: the model was trained on sentences read alone. */
  article?: number;
  weights: Record<string, number>;
}

export interface ReportModels {
  about: string;
  models: ReportModel[];
}

export const REPORT_MODEL_FILE = 'model/report-filter.json';

export const loadReportModels = once((): Map<string, ReportModel> => {
  const file = dataPath(REPORT_MODEL_FILE);
  const models = new Map<string, ReportModel>();
  if (existsSync(file)) {
    const m = JSON.parse(readFileSync(file, 'utf8')) as ReportModels;
    for (const x of m.models) models.set(x.type, x);
  }
  return models;
});

/** An act the text says did not happen is no event: the rules decide that, not the model. */
const negated = (e: CodedEvent) => e.modality === 'negated';

/** Sentences with candidate events of a type (not negated), with their report features (for the check and its training). */
export function reportCandidates(coded: Coded, type: string): { sentence: number; features: Features; events: CodedEvent[] }[] {
  const bySentence = new Map<number, CodedEvent[]>();
  for (const e of coded.events) {
    if (e.type !== type || negated(e)) continue;
    const list = bySentence.get(e.sentence) ?? [];
    list.push(e);
    bySentence.set(e.sentence, list);
  }
  const stems: LightStems = new Map();
  return [...bySentence].map(([sentence, events]) => ({
    sentence,
    events,
    features: reportFeatures(coded.words, sentence, events.map((e) => e.hit), coded.hasTitle && sentence === 0, events.flatMap((e) => e.flags), stems),
  }));
}

/** The flag of a headline's act told in the present ('حزب الله يستهدف'): it is reported as a past verb is. */
export const HEADLINE_FLAG = 'headline-act';

/** Rule verdicts that the act is not plainly reported: passing mention, recalled or imagined, pointing back to one told before. */
const DOUBTED_REPORT = new Set(['unconcrete', 'unreported', 'back-reference']);

/**
 * An event the check may doubt but never drop: its trigger is explicit, a verb that tells the act in the
 * past ('قصفت', 'اقتحم'; a noun only names an act, which may be one talked about) or a headline's present
 * ('حزب الله يستهدف'), asserted or claimed,
 * and the rules find it concrete and reported as happening; and both its sides are named in the text
 * (neither guessed from the report's conflict nor taken from a nearby act).
 */
export function neverDropped(e: CodedEvent): boolean {
  // A verb with its own subject named right after it that struck a place ('فيما قصفت قوات النظام الحولة') tells the act
  // as fully as one that names its target.
  const placeStruck = e.flags.includes(OWN_SUBJECT_FLAG) && !!e.location?.entity;
  if (!e.source || (!e.target && !placeStruck)) return false;
  if (e.hit.pos !== 'verb' || (e.hit.tense !== 'perfect' && !e.flags.includes(HEADLINE_FLAG))) return false;
  if (e.modality !== 'asserted' && e.modality !== 'claimed') return false;
  if (e.flags.some((f) => DOUBTED_REPORT.has(f))) return false;
  const guessed = guessedSides(e, e.flags);
  return guessed.length === 0 || (placeStruck && guessed.join() === 'target');
}

/** Quotation marks that open reported words. */
const QUOTE_OPENERS = eventWords('quote_openers');
const CHANT_VERBS = eventWords('chant_verbs');

/** An act of chanting ('وردد المتظاهرون شعارات'): words said, as a speaker's are; the check decides it, the never-drop rule
 * does not protect it. */
export function chanted(e: CodedEvent, words: Word[]): boolean {
  return e.hit.pos === 'verb' && words[e.hit.first].readings.some((r) => CHANT_VERBS.has(r.stem));
}

const OUTBREAK_VERBS = eventWords('outbreak_verbs');
const OUTBREAK_BETWEEN = eventWords('outbreak_between');
const IN = 'في';

/** A noun that names an act (not its participants: 'المتظاهرون'), the subject of a verb of breaking out or taking place in the
 * perfect right before it, or before one word of time, count or wave, or before في and one word ('واندلعت مظاهرة احتجاجية في
 * المدينة', 'وخرجت أمس مظاهرات', 'اندلعت في العاصمة موجة احتجاجات'), asserted, not inside quoted words and found reported by the
 * rules: the act is told as happened, as by a verb in the past; it is doubted, not dropped, though no side need be named. */
export function brokeOut(e: CodedEvent, words: Word[]): boolean {
  if (e.hit.pos !== 'noun' || e.modality !== 'asserted' || e.flags.some((f) => DOUBTED_REPORT.has(f))) return false;
  const w = words[e.hit.first];
  if (participantReading(w) || quotedAt(words, e.hit.first)) return false;
  const stems = (k: number) => (words[k]?.kind === 'word' && words[k].sentence === e.sentence ? words[k].readings.map((r) => r.stem) : []);
  const verbAt = (k: number) => stems(k).some((s) => OUTBREAK_VERBS.has(s));
  const at = e.hit.first;
  if (verbAt(at - 1)) return true;
  if (verbAt(at - 2) && stems(at - 1).some((s) => OUTBREAK_BETWEEN.has(s))) return true;
  return verbAt(at - 3) && stems(at - 2).includes(IN) && stems(at - 1).length > 0;
}

/** In a text of more than one sentence, a noun that names an act with both its sides named in the text ('تدمير مجموعة من قوات
 * الجيش الأذربيجاني', 'الاعتداء الإسرائيلي على بلدة': a nisba names its side), asserted, not inside quoted words (what a
 * speaker says is talk, not the report), and found concrete and reported by the rules, is doubted, not dropped: the check
 * was trained on sentences read alone. (One side and a named place is not enough: on SaudiNewsNet reports that kept
 * martyrs mourned and laws debated.) */
export function namedNoun(e: CodedEvent, words: Word[]): boolean {
  if (!e.source || !e.target || e.hit.pos !== 'noun' || e.modality !== 'asserted') return false;
  if (e.flags.some((f) => DOUBTED_REPORT.has(f))) return false;
  for (let k = e.hit.first - 1; k >= 0 && words[k].sentence === e.sentence; k--) if (QUOTE_OPENERS.has(words[k].text)) return false;
  return guessedSides(e, e.flags).length === 0;
}

/** A count of the dead or wounded that the headline or the lead of an article gives, asserted ('ارتفاع
 * حصيلة الحرب إلى 40 ألف قتيل'): the toll stands for the attacks it counts, doubted, not dropped. */
export function headlineToll(e: CodedEvent): boolean {
  if (e.modality !== 'asserted' || e.flags.some((f) => DOUBTED_REPORT.has(f))) return false;
  return e.numbers.some((n) => n.kind === 'killed' || n.kind === 'wounded');
}

/** The flag of an event the check doubted and kept (its confidence lowered). */
export const DOUBTED_FLAG = 'report-doubted';

/** Texts of this many sentences or more are articles: the lead and a type told thrice are read leniently, and the model's
 * article threshold holds. */
export const ARTICLE_SENTENCES = 3;

/** How the check reads one candidate sentence of a text: whether it is lenient (a quarter of the threshold, for a type
 * reported in three sentences or more, and for an article's headline and first sentence), and
 * whether each of its events is protected (`neverDropped`, unless `chanted` or, in a text of one sentence, inside quoted words (`quotedAt`:
 * what a speaker says, with no report around it; in a longer text an official's quoted statement is often the report itself);
 * in a text of two sentences or more `namedNoun`; in any text `brokeOut`; in an
 * article's lead `headlineToll`), and whether the floor holds (only in a text of one sentence, as the model was trained). */
export interface CandidateReading { lenient: boolean; floorHolds: boolean; protects: boolean[] }

export function readCandidate(coded: Coded, sentence: number, events: CodedEvent[], candidates: number, sentences: number): CandidateReading {
  const article = sentences >= ARTICLE_SENTENCES;
  // A noun act with both its sides named is doubted, not dropped, in any text of more than one sentence: the
  // check was trained on sentences read alone.
  const several = sentences >= 2;
  const lead = article && sentence <= (coded.hasTitle ? 1 : 0);
  return {
    lenient: candidates >= 3 || lead,
    floorHolds: !several,
    protects: events.map((e) => (neverDropped(e) && !chanted(e, coded.words) && (several || !quotedAt(coded.words, e.hit.first))) || (several && namedNoun(e, coded.words)) || brokeOut(e, coded.words) || (lead && headlineToll(e))),
  };
}

/** The threshold a model sets for a text of `sentences` sentences (before the lenient quarter). */
export const thresholdFor = (model: ReportModel, sentences: number) => (sentences >= ARTICLE_SENTENCES ? model.article ?? model.threshold : model.threshold);

/**
 * Applies the check to the coded events: a negated act of a checked type is dropped; a candidate sentence scoring under its type's threshold
 * (`thresholdFor`, a quarter of it where `readCandidate` is lenient) loses its events, except those `readCandidate` protects,
 * whose confidence is lowered in proportion to the score (down to half) and which are flagged DOUBTED_FLAG, unless, in a text
 * of one sentence, the score is under the model's floor (a fraction of the threshold), where they are dropped too.
 */
export function applyReportCheck(coded: Coded, models: Map<string, ReportModel>, sentences: number): CodedEvent[] {
  const drop = new Set<CodedEvent>();
  const doubted = new Map<CodedEvent, number>();
  for (const [type, model] of models) {
    const cands = reportCandidates(coded, type);
    for (const c of cands) {
      const read = readCandidate(coded, c.sentence, c.events, cands.length, sentences);
      const threshold = thresholdFor(model, sentences) * (read.lenient ? 0.25 : 1);
      const p = score(model, c.features);
      if (p >= threshold) continue;
      // Far under the threshold the model outweighs the never-drop rule ('تتيح خطف مدنيين', 'فهاجم ماكين رغبة أوباما') in a
      // text of one sentence, as it was trained; in a longer one the rules see what the model never did.
      const sure = read.floorHolds && p < threshold * (model.floor ?? 0);
      c.events.forEach((e, k) => {
        if (read.protects[k] && !sure) doubted.set(e, Math.max(0.5, p / threshold));
        else drop.add(e);
      });
    }
  }
  return coded.events.flatMap((e) => {
    if (drop.has(e) || (models.has(e.type) && negated(e))) return [];
    const factor = doubted.get(e);
    if (factor === undefined) return [e];
    return [{ ...e, confidence: Number((e.confidence * factor).toFixed(2)), flags: [...e.flags, DOUBTED_FLAG] }];
  });
}

export function score(model: Pick<ReportModel, 'weights'>, f: Features): number {
  let z = 0;
  for (const [k, v] of f) z += (model.weights[k] ?? 0) * v;
  return 1 / (1 + Math.exp(-z));
}

/**
 * Trains a logistic model by SGD with L2 (examples weighted) and returns the average of the
 * weights over all updates (Polyak averaging), which is steadier on small, noisy data.
 */
export function trainLogistic(examples: { f: Features; y: 0 | 1; w: number }[], epochs = 12, rate = 0.1, l2 = 1e-4, seed = 7): Record<string, number> {
  const weights: Record<string, number> = {};
  // Lazy averaging: sum[k] accumulates weight * steps, last[k] the step of the last change.
  const sum: Record<string, number> = {};
  const last: Record<string, number> = {};
  let step = 0;
  const touch = (k: string) => {
    sum[k] = (sum[k] ?? 0) + (weights[k] ?? 0) * (step - (last[k] ?? 0));
    last[k] = step;
  };
  let s = seed;
  const rnd = () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
  const order = examples.map((_, i) => i);
  for (let ep = 0; ep < epochs; ep++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    const lr = rate / (1 + ep * 0.3);
    for (const i of order) {
      const { f, y, w } = examples[i];
      const p = score({ weights }, f);
      const g = (y - p) * w;
      for (const [k, v] of f) {
        touch(k);
        const cur = weights[k] ?? 0;
        weights[k] = cur + lr * (g * v - l2 * cur);
      }
      step++;
    }
  }
  const avg: Record<string, number> = {};
  for (const k of Object.keys(weights)) {
    touch(k);
    const v = sum[k] / Math.max(1, step);
    if (Math.abs(v) >= 1e-3) avg[k] = Number(v.toFixed(4));
  }
  return avg;
}
