// An act told as what another came after, a span of time between: 'بعد أربعة أيام على هجوم انتحاري', 'عقب يومين من
// اغتيال القيادي'. It happened earlier, on a day of its own (the sentence's day less the span); who is named before the
// phrase did the act the sentence tells, not this one; and it is never that act told twice.
import type { TimeExpr } from '../../doc.js';
import type { ActorMention } from './actors.js';
import type { Context } from './context.js';
import type { TriggerHit } from './triggers.js';
import { eventWords } from './word-lists.js';

export const EARLIER_FLAG = 'earlier-act';

export interface EarlierAct {
  /** The word that opens the phrase ('بعد', 'ردا'). */
  opener: number;
  /** The time between the two acts; null when the phrase gives none ('ردا على الهجوم', ./retaliated-act.ts). */
  span: TimeExpr | null;
  /** The word the phrase ends before, when it ends before its clause ('ردا على الاعتداء على بلدة، ودعما للشعب'). */
  end?: number;
}

const LISTS = {
  earlier_acts: eventWords('earlier_acts'),
  earlier_links: eventWords('earlier_links'),
  earlier_fillers: eventWords('earlier_fillers'),
  earlier_approx: eventWords('earlier_approx'),
};
const isWord = (ctx: Context, k: number, list: keyof typeof LISTS) => ctx.words[k]?.kind === 'word' && ctx.words[k].readings.some((r) => LISTS[list].has(r.stem));

/** The phrase before an act noun that tells it as what another came after, or null. */
export function earlierAct(ctx: Context, hit: TriggerHit): EarlierAct | null {
  if (hit.pos !== 'noun' || !isWord(ctx, hit.first - 1, 'earlier_links')) return null;
  let k = hit.first - 2;
  while (k >= 0 && isWord(ctx, k, 'earlier_fillers')) k--;
  const end = ctx.words[k]?.end;
  const span = ctx.doc.times.find((t) => t.kind === 'duration' && t.end === end);
  if (!span) return null;
  // The span's first word, or the word before it ('بعد أسبوع' is a span with its cue; 'بعد يومين' one without).
  let opener = k;
  while (opener > 0 && ctx.words[opener - 1].start >= span.start) opener--;
  if (!isWord(ctx, opener, 'earlier_acts')) opener--;
  while (opener >= 0 && isWord(ctx, opener, 'earlier_approx')) opener--;
  return isWord(ctx, opener, 'earlier_acts') && ctx.words[opener].sentence === ctx.words[hit.first].sentence ? { opener, span } : null;
}

/** Where a phrase that tells an earlier act opens after word `from` in its sentence ('وتأتي هذه المواجهة بعد ثلاثة أيام
 * على الهجوم الذي ... الإثنين الماضي'), as a text offset, or Infinity: the time words after it are that act's. */
export function earlierPhraseAfter(ctx: Context, from: number): number {
  const s = ctx.words[from].sentence;
  for (let k = from + 1; k < ctx.words.length && ctx.words[k].sentence === s; k++) {
    if (!isWord(ctx, k, 'earlier_acts')) continue;
    let j = k + 1;
    while (isWord(ctx, j, 'earlier_approx')) j++;
    const span = ctx.doc.times.find((t) => t.kind === 'duration' && (t.start === ctx.words[j]?.start || t.start === ctx.words[k].start));
    if (!span) continue;
    while (ctx.words[j] && ctx.words[j].end <= span.end) j++;
    while (isWord(ctx, j, 'earlier_fillers')) j++;
    if (isWord(ctx, j, 'earlier_links')) return ctx.words[k].start;
  }
  return Infinity;
}

const DAY = 86_400_000;
/** The day of the earlier act: `anchor` (a day, 'YYYY-MM-DD') less a span of days or weeks; null when either is vague or
 * there is no span. */
export function dayBefore(anchor: string | null, span: TimeExpr | null): string | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(anchor ?? '');
  const p = /^P(\d+)([DW])$/.exec(span?.value ?? '');
  if (!d || !p) return null;
  const days = Number(p[1]) * (p[2] === 'W' ? 7 : 1);
  return new Date(Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3])) - days * DAY).toISOString().slice(0, 10);
}

/** The sides of an earlier act without those named only before its phrase ('نسبته السلطات إلى الحزب' names the party
 * in the phrase again). */
export function withoutSidesBefore(ctx: Context, at: EarlierAct, src: ActorMention | null, tgt: ActorMention | null): [ActorMention | null, ActorMention | null] {
  const sentence = ctx.words[at.opener].sentence;
  const inPhrase = (a: ActorMention) => a.first >= at.opener || ctx.sides.actors.some((m) => m.entity.id === a.entity.id && m.first >= at.opener && ctx.words[m.first].sentence === sentence);
  return [src && inPhrase(src) ? src : null, tgt && inPhrase(tgt) ? tgt : null];
}
