// A verb joined by و or ف to the act before it, with no subject of its own, goes on with that act's subject: in
// 'وداهمت قوات الأمن منزل الشيخ خالد واعتقلت نجله' the forces arrest, not the sheikh whose house they raided.
import type { Context, CodedEvent } from './context.js';
import { actorsOfSentence } from './sides/choose.js';
import { guessedSides } from './sides/guessed.js';

/** How far (in words) the joined verb may stand after the verb whose subject it shares. */
const JOINED_SPAN = 14;

/** Joined by و or ف; or after a comma with its object a pronoun, which points back to the act before ('استهدف حزب الله
 * موقعين إسرائيليين بالصواريخ، أصابهما إصابة مباشرة'). */
function joined(ctx: Context, e: CodedEvent): boolean {
  const w = ctx.words[e.hit.first];
  if (w.readings.some((r) => r.proclitics[0] === 'و' || r.proclitics[0] === 'ف')) return true;
  const prev = ctx.words[e.hit.first - 1];
  return !!prev && prev.kind === 'punct' && /^[،,]$/.test(prev.text) && objectPronoun(ctx, e);
}

const objectPronoun = (ctx: Context, e: CodedEvent) => ctx.words[e.hit.first].readings.some((r) => !!r.enclitic && /^(ه|ها|هما|هم)$/.test(r.enclitic));

export function shareJoinedSubjects(ctx: Context, events: CodedEvent[], namesSubject: (e: CodedEvent) => boolean): void {
  const { words } = ctx;
  for (const [i, e] of events.entries()) {
    if (e.hit.pos !== 'verb' || !e.source || guessedSides(e, e.flags).includes('source')) continue;
    if (!joined(ctx, e) || namesSubject(e)) continue;
    const head = events.slice(0, i).reverse().find((o) => o.sentence === e.sentence && o.hit.pos === 'verb' && o.hit.last < e.hit.first);
    if (!head?.source || head.source.entity === e.source.entity || e.hit.first - head.hit.last > JOINED_SPAN) continue;
    if (guessedSides(head, head.flags).includes('source')) continue;
    // Only a source read from the first act's object: every mention of it stands between the two verbs.
    const mentions = actorsOfSentence(ctx.sides, e.hit.first).filter((a) => a.entity.id === e.source!.entity);
    if (!mentions.length || mentions.some((a) => a.first <= head.hit.last || a.first >= e.hit.first)) continue;
    if (e.target?.entity === head.source.entity) e.target = null;
    e.source = head.source;
    // Its object a pronoun: the one the act before struck ('أصابهما').
    if (objectPronoun(ctx, e) && head.target && !guessedSides(head, head.flags).includes('target')) e.target = head.target;
  }
}
