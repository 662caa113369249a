// An act noun after a word of "during" ('اعتقلت قوات الاحتلال 20 فلسطينيا خلال مداهمات', 'قتل جنديان أثناء اشتباكات'):
// the circumstance in which the act the sentence told before it was done, by the same doer. Read alone, its nearest
// name (the arrested) was taken for its doer.
import type { Context, CodedEvent } from './context.js';
import { guessedSides } from './sides/guessed.js';
import { eventWords } from './word-lists.js';

const DURING = eventWords('during_links');
/** Acts of force only: a protest during which others were arrested is the protesters' own act. */
const FORCE = new Set(['ASSAULT', 'COERCE']);

const duringBefore = (ctx: Context, e: CodedEvent) => {
  const w = ctx.words[e.hit.first - 1];
  return !!w && w.kind === 'word' && w.sentence === e.sentence && w.readings.some((r) => DURING.has(r.stem) && r.proclitics.every((p) => p === 'و'));
};

export function shareDuringSides(ctx: Context, events: CodedEvent[]): void {
  for (const [i, e] of events.entries()) {
    if (e.hit.pos !== 'noun' || !FORCE.has(e.type) || !duringBefore(ctx, e)) continue;
    // The act told before it in its clause, by a verb, with a doer the text names.
    const head = events.slice(0, i).reverse().find((o) => o.sentence === e.sentence && o.clause === e.clause && o.hit.last < e.hit.first);
    if (!head || head.hit.pos !== 'verb' || !FORCE.has(head.type) || !head.source || guessedSides(head, head.flags).includes('source')) continue;
    if (e.source?.entity === head.source.entity) continue;
    // Its own target stands only where the text named one other than the doer's side (the doer's country included).
    const own = e.target && !guessedSides(e, e.flags).includes('target') && e.target.entity !== e.source?.entity
      && e.target.entity !== head.source.entity && e.target.country !== head.source.country;
    if (!own) e.target = head.target;
    e.source = head.source;
    e.flags = e.flags.filter((f) => f !== 'guessed-source' && f !== 'guessed-target');
  }
}
