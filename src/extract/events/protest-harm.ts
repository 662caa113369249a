// A protest against a harm suffered ('احتجاجا على مقتل X', 'للتنديد باعتقاله', 'احتجاجا على غزو العراق'): who is named
// after the harm noun suffered it and is not whom the protest is against; who did it is ('على يد X', 'برصاص X', a nisba
// agreeing with the noun: 'الاعتقالات الإسرائيلية'). The words are data (data/lexicon/side_rule_words.tsv, classes
// protest_harm and agent_marker).
import type { Context } from './context.js';
import type { ActorMention } from './actors.js';
import { loadSideRuleWords } from './side-rule-words.js';
import { actorsOfSentence } from './sides/choose.js';
import { STATE_SECTORS } from './kinds.js';

const WORDS = loadSideRuleWords();
const HARMS = WORDS.get('protest_harm')!;
const AGENT_MARKERS = WORDS.get('agent_marker')!;
/** How many words after the harm noun its doer may be brought in: 'مقتل ثلاثة مدنيين في غارة على يد X'. */
const AGENT_REACH = 8;
/** How many words after the agent marker the doer may start: 'على يد عناصر من الشرطة'. */
const DOER_REACH = 3;

const stems = (ctx: Context, k: number) => (ctx.words[k]?.kind === 'word' ? ctx.words[k].readings.map((r) => r.stem) : []);
const isHarm = (ctx: Context, k: number) => stems(ctx, k).some((s) => HARMS.has(s));
const definite = (ctx: Context, k: number) => ctx.words[k]?.kind === 'word' && ctx.words[k].readings.some((r) => r.proclitics.includes('ال'));

export interface HarmAim {
  /** Index of the harm noun. */
  at: number;
  /** Who did the harm, when the sentence names him, else null. */
  doer: ActorMention | null;
}

const mayDo = (a: ActorMention) => !a.entity.id.startsWith('rasad:generic:') || STATE_SECTORS.has(a.entity.sector ?? '');

/** Every actor of the sentence (named or named by what it is) starting in words [from, to), in text order. */
const actorsAt = (ctx: Context, from: number, to: number) => actorsOfSentence(ctx.sides, from).filter((a) => a.first >= from && a.first < to).sort((a, b) => a.first - b.first);

/** The harm noun among words (from, to) of an aim, standing before every actor named there, or -1. */
function harmIn(ctx: Context, from: number, to: number): number {
  const firstActor = actorsAt(ctx, from + 1, to)[0]?.first ?? to;
  for (let k = from + 1; k < Math.min(to, firstActor); k++) if (isHarm(ctx, k)) return k;
  return -1;
}

/** The doer brought in by an agent marker after the harm noun ('على يد X', 'من قبل X', 'برصاص X'). */
function markedDoer(ctx: Context, at: number, end: number, pick: (from: number, to: number) => ActorMention | null): ActorMention | null {
  for (let k = at + 1; k < Math.min(end, at + 1 + AGENT_REACH); k++) {
    const s = stems(ctx, k);
    if (!s.some((x) => AGENT_MARKERS.has(x))) continue;
    // 'قبل' brings in a doer only after 'من' ('من قبل الشرطة'), not as 'before' ('قبل يومين').
    if (s.includes('قبل') && !stems(ctx, k - 1).includes('من')) continue;
    const doer = pick(k + 1, Math.min(end, k + 1 + DOER_REACH));
    if (doer) return doer;
  }
  return null;
}

/** A harm protested in the aim that opens at word `k` (its words up to `reach`), or null when it names none.
 * `pick`: the first actor that may be a protest's target among words [from, to); `end`: the sentence's end. */
export function harmAim(ctx: Context, k: number, reach: number, end: number, pick: (from: number, to: number) => ActorMention | null): HarmAim | null {
  const at = harmIn(ctx, k, reach);
  if (at < 0) return null;
  // 'الاعتقالات الإسرائيلية', 'القصف الأمريكي': a country's nisba agreeing with the definite noun is who did it.
  const next = actorsAt(ctx, at + 1, at + 2)[0];
  if (next && definite(ctx, at) && next.entity.type === 'COUNTRY' && /^ال.*ي(ه|ين|ون)?$/.test(ctx.words[next.first].norm)) return { at, doer: next };
  // 'إعدام السلطات السعودية للشيخ', 'اعتقال الشرطة للناشطين': the noun's genitive is who did it when the one it was done
  // to follows with 'ل'; a state or a named party, not people named by what they are ('قتل المدنيين لليوم الثالث').
  if (next && next.first === at + 1 && !definite(ctx, at) && mayDo(next) && ctx.words[next.last + 1]?.kind === 'word'
    && ctx.words[next.last + 1].readings.some((r) => r.proclitics.includes('ل'))) return { at, doer: next };
  return { at, doer: markedDoer(ctx, at, end, pick) };
}
