// Whom a protest is against, when the rules found no target: what the protesters demand or denounce names it
// ('مطالبين برحيل X', 'للتنديد بزيارة X', 'احتجاجا على X', 'ضد X'). The cue words are data
// (data/lexicon/side_rule_words.tsv, class protest_aim).
import type { Context } from './context.js';
import type { TriggerHit } from './triggers.js';
import type { ActorMention } from './actors.js';
import { loadSideRuleWords } from './side-rule-words.js';
import { actorsInRange } from './speech-sides.js';
import { actorsOfSentence } from './sides/choose.js';
import { STATE_SECTORS } from './kinds.js';
import { harmAim } from './protest-harm.js';
import { dispersingForce } from './protest-disperse.js';

const AIMS = loadSideRuleWords().get('protest_aim')!;
const FRONTS = loadSideRuleWords().get('protest_front')!;
const HEDGES = loadSideRuleWords().get('protest_hedge')!;
const SEATS = loadSideRuleWords().get('protest_seat')!;
const TOWARD = loadSideRuleWords().get('protest_toward')!;
const BACKED = loadSideRuleWords().get('protest_for')!;
const SPEECH = loadSideRuleWords().get('protest_speech')!;
/** How many words before 'أمام' a speech word makes it a speech's audience: 'أدلى بها الاثنين أمام البرلمان'. */
const SPEECH_REACH = 3;
/** How many words after 'أمام' the body may start: 'أمام مقر رئاسة الوزراء'. */
const FRONT_REACH = 3;
/** How many words after the cue its actor may start: 'مطالبين بوضوح برحيل السلطات'. */
const REACH = 4;

/** The actors starting in words [from, to): the named ones the hand rules read, and the authorities a protest is aimed at
 * named by what they are ('ضد الحكومة', 'أمام مقر البرلمان': generic actors, which the hand rules do not otherwise see), in
 * text order. */
function candidatesIn(ctx: Context, from: number, to: number): ActorMention[] {
  const named = actorsInRange(ctx, from, to);
  const bodies = actorsOfSentence(ctx.sides, from).filter((a) => a.first >= from && a.first < to && a.entity.id.startsWith('rasad:generic:')
    && STATE_SECTORS.has(a.entity.sector ?? '') && !named.some((n) => n.start <= a.start && a.end <= n.end));
  return bodies.length ? [...named, ...bodies].sort((a, b) => a.first - b.first) : named;
}

const inSet = (set: ReadonlySet<string>) => (norm: string) => set.has(norm) || set.has(norm.replace(/^[وف]/, ''));
const isAim = inSet(AIMS);
const isFront = inSet(FRONTS);
const isHedge = inSet(HEDGES);
const isToward = inSet(TOWARD);
const isBacked = inSet(BACKED);
const isSpeech = inSet(SPEECH);
/** 'خارج السفارة الصينية', 'أمام سفارة الصين': a country after a front word is whom protesters address only as the owner of
 * the building named right before it; 'قرب الحدود اللبنانية', 'مقر نقابة الصحافيين العراقيين' name where, not whom. */
const ownsSeat = (ctx: Context, a: ActorMention) => a.entity.type !== 'COUNTRY' || (ctx.words[a.first - 1]?.kind === 'word' && ctx.words[a.first - 1].readings.some((r) => SEATS.has(r.stem)));
/** 'أمام' after a speech word ('ألقى كلمة أمام البرلمان') names an audience, not a gathering. */
const afterSpeech = (ctx: Context, k: number, from: number) => ctx.words.slice(Math.max(from, k - SPEECH_REACH), k).some((w) => w.kind === 'word' && isSpeech(w.norm));
/** 'إلى مقر رئيس الوزراء', 'نحو السفارة': heading to the building of a body says whom protesters address, as 'أمام' does. */
const towardSeat = (ctx: Context, k: number) => isToward(ctx.words[k].norm) && ctx.words[k + 1]?.kind === 'word' && ctx.words[k + 1].readings.some((r) => SEATS.has(r.stem));

/** A noun of the aim with a pronoun of the third person ('على زيارته', 'تصريحاتها'), standing before any actor in the aim:
 * the last person or state named before the aim word in the sentence, not the protesters. */
function pronounAim(ctx: Context, k: number, end: number, from: number, source: ActorMention | null): ActorMention | null {
  for (let j = k + 1; j < end; j++) {
    const w = ctx.words[j];
    if (w.kind !== 'word') return null;
    if (actorsInRange(ctx, j, j + 1).length) return null;
    if (isHedge(w.norm)) continue;
    // A definite noun takes no pronoun: 'المياه' is no 'المي' + 'ه'.
    if (!w.readings.some((r) => (r.enclitic === 'ه' || r.enclitic === 'ها') && !r.proclitics.includes('ال') && !r.stem.startsWith('ال'))) continue;
    const before = actorsInRange(ctx, from, k).filter((a) => a.last < k && (a.entity.type === 'PERSON' || a.entity.type === 'COUNTRY') && !a.place && a.entity.id !== source?.entity.id);
    // The whole mention, not the nisba inside it: 'الرئيس الأميركي', not 'الأميركي'; unless the whole is linked to a
    // person of another country than its own nisba says.
    const last = before[before.length - 1];
    if (!last) return null;
    const whole = before.filter((a) => a.last === last.last).reduce((x, y) => (y.first < x.first ? y : x));
    const nisba = before.find((a) => a.last === last.last && a.entity.type === 'COUNTRY');
    return nisba && whole.entity.country !== nisba.entity.country ? nisba : whole;
  }
  return null;
}

/** The first actor named in the demand or denunciation of a protest's sentence (from its trigger on), or null.
 * `acts`: whether a mention may be a party ('canAct' of the side rules: a capital may, a town may not). */
export function protestTarget(ctx: Context, hit: TriggerHit, source: ActorMention | null, acts: (a: ActorMention) => boolean): ActorMention | null {
  if (hit.entry.type !== 'PROTEST') return null;
  const [from, to] = ctx.sentenceWords[ctx.words[hit.first].sentence];
  for (let k = hit.first; k < to; k++) {
    const w = ctx.words[k];
    if (w.kind !== 'word' || !isAim(w.norm)) continue;
    // What is named after 'في' is where ('في بانكوك', 'الحرب في العراق'), not whom, and so is a place that cannot
    // stand for its government ('بحماية سكان البلدة'); nor is who protests its target.
    // 'على ما وصفوه بانتهاكات X': the hedge's words do not count.
    let end = k + 1;
    for (let n = 0; end < to && n < REACH; end++) if (!(ctx.words[end].kind === 'word' && isHedge(ctx.words[end].norm))) n++;
    // 'للمطالبة بالإفراج عن X', 'بعودة الرئيس X': whom they back ends the demand's reach.
    const backed = ctx.words.slice(k + 1, end).findIndex((x) => x.kind === 'word' && isBacked(x.norm));
    if (backed >= 0) end = k + 1 + backed;
    // Nor a nisba inside who protests ('الحكومة المصرية' taken as the source: not 'المصرية').
    const fits = (x: ActorMention) => x.last < to && x.prep !== 'في' && (!x.place || acts({ ...x, prep: null })) && x.entity.id !== source?.entity.id
      && !(source && x.first >= source.first && x.last <= source.last);
    // 'احتجاجا على مقتل X على يد Y': who suffered the harm is not the target, who did it is.
    const harm = harmAim(ctx, k, end, to, (a, b) => candidatesIn(ctx, a, b).find(fits) ?? null);
    if (harm) {
      if (harm.doer) return harm.doer;
      continue;
    }
    // 'احتجاجا على زيارته': whom the pronoun stands for, named before it in the sentence.
    const pronoun = pronounAim(ctx, k, end, from, source);
    if (pronoun) return pronoun;
    const a = candidatesIn(ctx, k + 1, end).find(fits);
    if (a) return a;
  }
  // ... else the body before whose building they gather ('تجمعوا أمام مقر البرلمان', 'خارج السفارة الصينية'): not a place
  // that cannot stand for its government ('أمام مبنى المحافظة' in a town is where).
  for (let k = from; k < to; k++) {
    const w = ctx.words[k];
    if (w.kind !== 'word' || !(isFront(w.norm) || towardSeat(ctx, k)) || afterSpeech(ctx, k, from)) continue;
    const a = candidatesIn(ctx, k + 1, Math.min(to, k + 1 + FRONT_REACH)).find((x) => x.first <= k + FRONT_REACH && x.last < to && (!x.place || acts({ ...x, prep: null })) && x.entity.id !== source?.entity.id && ownsSeat(ctx, x));
    if (a) return a;
  }
  // ... else the force that breaks the protest up ('استخدمت الشرطة الغاز لتفريق المتظاهرين').
  return dispersingForce(ctx, from, to, source);
}
