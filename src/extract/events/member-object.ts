// A member or official of a body as the object of an act ('اعتقلت الشرطة قياديا بارزا في تنظيم داعش', 'استهدفت غارة
// قياديا في حركة الشباب', 'فرضت عقوبات على قادة في'): the body after 'في' is the act's target, before a country or a
// place that stands in for it.
import type { ActorMention } from './actors.js';
import type { Context } from './context.js';
import type { TriggerHit } from './triggers.js';
import type { Word } from '../../arabic/words.js';
import { actorsOfSentence } from './sides/choose.js';
import { loadSideRuleWords } from './side-rule-words.js';
import { genericObject } from './generic-object.js';

/** A place as the act's own object: what the act is aimed at when it names no side there (place-object.ts). */
export { placeObject } from './place-object.js';

const MEMBERS = loadSideRuleWords().get('spokesman')!;
/** How far after the verb (or its subject after it) the member's head noun may stand: a count before it ('ثلاثة قياديين'),
 * or a subject that names no actor ('استهدفت غارة جوية أمريكية قياديا'). */
const HEAD_GAP = 4;

/** A head noun of one who belongs to a body, also in the accusative ('قياديا', 'مسؤولا'). */
const memberHead = (w: Word | undefined) => !!w && w.kind === 'word' && w.readings.some((r) => !r.enclitic && !r.proclitics.length && (MEMBERS.has(r.stem) || MEMBERS.has(r.stem.replace(/ا$/, ''))));

export function memberBody(ctx: Context, hit: TriggerHit, clause: [number, number], src: ActorMention | null, tgt: ActorMention | null): ActorMention | null {
  const { frame } = hit.entry;
  if ((!frame.includes('obj') && !frame.includes('علي')) || (tgt && tgt.entity.type !== 'COUNTRY' && !tgt.place)) return null;
  // Right after the verb, or after its subject when it follows the verb (VSO): the subject may be the body itself,
  // read as the doer by mistake.
  return (src && src.first > hit.last ? headedBody(ctx, hit, clause, src.last) : null) ?? headedBody(ctx, hit, clause, hit.last);
}

function headedBody(ctx: Context, hit: TriggerHit, clause: [number, number], from: number): ActorMention | null {
  const { words } = ctx;
  // The head right after the verb or a count, then at most one adjective, then 'في' and the body.
  for (let k = from + 1; k <= from + 1 + HEAD_GAP && k < clause[1]; k++) {
    if (words[k].kind === 'punct' || words[k].readings.every((r) => r.proclitics.includes('ب') || r.proclitics.includes('ل'))) return null;
    if (!memberHead(words[k])) continue;
    // A verb framed with 'على' takes the member after it ('فرضت عقوبات على قادة في'); one framed with an object, bare.
    const afterOn = words[k - 1]?.norm === 'علي';
    if (afterOn ? !hit.entry.frame.includes('علي') : !hit.entry.frame.includes('obj')) return null;
    // Right after the verb, a head in the nominative is the subject ('وانتقد مسؤول في الخارجية روسيا'): only the
    // accusative marks an object there ('اعتقلت قياديا في').
    if (k === hit.last + 1 && !words[k].readings.some((r) => /(ا|ين)$/.test(r.stem))) return null;
    const inAt = words[k + 1]?.norm === 'في' ? k + 1 : words[k + 2]?.norm === 'في' ? k + 2 : -1;
    if (inAt < 0 || inAt >= clause[1]) return null;
    const body = actorsOfSentence(ctx.sides, hit.first).find((a) => a.first === inAt + 1 && !a.place && a.entity.type !== 'PLACE');
    return body ? { ...body, prep: null } : null;
  }
  return null;
}

/** The object's side of an act: a member's body (read as the doer by mistake, it is no longer the doer), else people
 * named by what they are (generic-object.ts) when no target is named. */
export function objectSides(ctx: Context, hit: TriggerHit, clause: [number, number], src: ActorMention | null, tgt: ActorMention | null): { source: ActorMention | null; target: ActorMention | null } {
  const body = memberBody(ctx, hit, clause, src, tgt);
  if (body) return { source: src?.entity.id === body.entity.id ? null : src, target: body };
  return { source: src, target: tgt ?? genericObject(ctx, hit, clause, src) };
}
