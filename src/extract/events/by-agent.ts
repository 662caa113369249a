// The agent phrase of Arabic: 'من قبل X', 'على يد X', 'على أيدي X', 'من جانب X' after an act told by a passive verb or
// a verbal noun names who did it ('تم اعتقال ثلاثة شبان من قبل قوات الأمن', 'اعتقل صحفيان من قبل الشرطة', 'اعتداء على
// يد مستوطنين'); who stands between the act and the phrase suffered it.
import type { Word } from '../../arabic/words.js';
import type { TriggerHit } from './triggers.js';
import { isActorHead, type ActorMention } from './actors.js';
import type { Context } from './context.js';
import { canAct, tellerPronounBefore, speakerAt } from './sides-rules.js';
import { actorsInRange } from './speech-sides.js';
import { actorsOfSentence } from './sides/choose.js';
import { loadSideRuleWords } from './side-rule-words.js';
import { eventWords } from './word-lists.js';

const BY_AGENT = loadSideRuleWords().get('by_agent')!;
/** The words a phrase ends with ('قبل', 'يد'): only before one is the two-word phrase built and looked up. */
const PHRASE_ENDS = new Set([...BY_AGENT].map((p) => p.split(' ').pop()!));
/** The phrase stands this close after the act (words), inside its clause. */
const REACH = 8;

const RELATIVE = eventWords('relative_pronouns');
/** A passive participle of the simple verb (مفعول: 'المفروضة', 'مرتكبة'): an act of its own that the phrase may name the agent of. */
const PASSIVE_PARTICIPLE = /^(?:ال)?م[^\sو]{2}و[^\sو](?:ه|ين|ون|ات)?$/u;
/** A word between the act and the phrase that opens another act the phrase belongs to ('التي تتعرض لقصف من قبل X'). */
const ownsPhrase = (w: Word) => w.kind === 'word' && (RELATIVE.has(w.norm.replace(/^و/, '')) || PASSIVE_PARTICIPLE.test(w.norm));

const bare = (w: Word | undefined) => (w && w.kind === 'word' ? w.norm.replace(/^و/, '') : '');

export interface ByAgent {
  agent: ActorMention;
  /** Who is named between the act and the phrase: the one it was done to. */
  patient: ActorMention | null;
  /** The patient is the body of people counted before it ('شخصا من القوات التركية'): it names them better. */
  body: boolean;
}

/** The party named right after an agent phrase that follows the trigger in its clause, and who stands between them. */
export function byAgent(ctx: Context, hit: TriggerHit, clause: [number, number]): ByAgent | null {
  const end = Math.min(clause[1], hit.last + 1 + REACH);
  for (let k = hit.last + 1; k + 1 < end; k++) {
    const second = ctx.words[k + 1];
    if (!second || second.kind !== 'word' || !PHRASE_ENDS.has(second.norm) || !BY_AGENT.has(`${bare(ctx.words[k])} ${second.norm}`)) continue;
    for (let j = hit.last + 1; j < k; j++) if (ownsPhrase(ctx.words[j])) return null;
    const actors = actorsOfSentence(ctx.sides, hit.first);
    const agent = actors.find((a) => a.first >= k + 2 && a.first < k + 4 && a.last < clause[1] && !a.place && canAct(ctx, { ...a, prep: null }));
    if (!agent) return null;
    const patient = actors.find((a) => a.first > hit.last && a.last < k && !a.place && !a.prep && a.entity.id !== agent.entity.id) ?? null;
    // People counted by what they are, then the body they are of ('19 شخصا من القوات التركية'): the body suffered it.
    const of = patient && patient.entity.id.startsWith('rasad:generic:') && ctx.words[patient.last + 1]?.norm === 'من'
      ? actors.find((a) => (a.first === patient.last + 2 || (a.first === patient.last + 3 && a.form === 'nisba' && ctx.words[patient.last + 2].readings.some((r) => isActorHead(r.stem))))
        && a.last < k && !a.place && a.entity.id !== agent.entity.id) : undefined;
    return { agent, patient: of ?? patient, body: !!of };
  }
  return null;
}

/** The sides of an act with an agent phrase: the agent did it, whatever was read before; who was read as its doer
 * before the act ('تم إلقاء القبض عليه من قبل الشرطة', 'إنهم تعرضوا لهجمات من قبل X': the teller too, when the act is
 * undergone) is who it was done to. Unchanged without one. */
export function withByAgent(ctx: Context, hit: TriggerHit, clause: [number, number], src: ActorMention | null, tgt: ActorMention | null): [ActorMention | null, ActorMention | null] {
  const by = byAgent(ctx, hit, clause);
  if (!by) return [src, tgt];
  const read = src;
  const doer = by.agent;
  let target = tgt?.entity.id === doer.entity.id ? null : tgt;
  if (by.patient && (!target || target.first > by.patient.last || by.body)) target = by.patient;
  const teller = () => speakerAt(ctx, ctx.words[hit.first].start);
  if (!target && hit.entry.frame.includes('victim') && tellerPronounBefore(ctx, hit)) {
    const t = teller();
    if (t && t.entity.type !== 'MEDIA' && t.entity.id !== doer.entity.id) target = t;
  }
  if (!target && read && read.entity.id !== doer.entity.id && read.last < hit.first && (hit.entry.frame.includes('victim') || read.entity.id !== teller()?.entity.id)) target = read;
  return [doer, target];
}

/** A force after 'من' that follows the act ('تعرضت حلب لقصف من الطيران الروسي'): who did it. Not the body of people counted or
 * named right before 'من' ('وقتل جنود من الجيش السوداني', 'عدد من عناصر الشرطة'): that partitive names whose people suffered it. */
export function forceAfterFrom(ctx: Context, hit: TriggerHit, clause: [number, number]): ActorMention | null {
  const reach = hit.last + (hit.entry.frame.includes('victim') ? 9 : 5);
  const min = (a: ActorMention) => [a.first - 1, a.first - 2].find((k) => ctx.words[k]?.kind === 'word' && ctx.words[k].readings.some((r) => r.stem === 'من'));
  const partitive = (at: number) => at - 1 > hit.last && actorsOfSentence(ctx.sides, hit.first).some((p) => p.last === at - 1 && p.first > hit.last);
  return actorsInRange(ctx, hit.last + 1, hit.last + 10).find((a) => {
    if (a.first <= hit.last || a.first > reach || a.last >= clause[1] || a.sector !== 'MIL') return false;
    const at = min(a);
    return at !== undefined && !partitive(at);
  }) ?? null;
}
