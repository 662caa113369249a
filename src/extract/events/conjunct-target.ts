// A target named right after the source, joined to it by و ('قصف ميليشيات الحوثي وصالح', 'هاجمت قوات النظام وحزب الله
// البلدة'), is the source's partner in the act, not the one it struck: 'X وY' is one side. Not after بين, which names
// the two sides of a fight ('اشتباكات بين الجيش والمسلحين'), nor in acts both parties do together (talks, agreements).
import type { Context, CodedEvent } from './context.js';
import { actorsOfSentence } from './sides/choose.js';
import { guessedSides } from './sides/guessed.js';
import { eventWords } from './word-lists.js';
import { joinedForceHead } from './actors.js';

const BETWEEN = eventWords('between_words');
/** How many words before the first party بين may stand. */
const BETWEEN_REACH = 3;
const TOGETHER = new Set(['CONSULT', 'AGREE', 'COOPERATE']);

const joinedByWa = (ctx: Context, at: number) => {
  const w = ctx.words[at];
  if (!w) return false;
  if (w.kind === 'word' && w.norm === 'و') return true;
  return w.readings.some((r) => r.proclitics[0] === 'و');
};

export function dropConjunctTargets(ctx: Context, events: CodedEvent[]): void {
  for (const e of events) {
    if (!e.source?.entity || !e.target?.entity || TOGETHER.has(e.type) || e.source.entity === e.target.entity) continue;
    const guessed = guessedSides(e, e.flags);
    if (guessed.includes('source') || guessed.includes('target')) continue;
    const actors = actorsOfSentence(ctx.sides, e.hit.first);
    const sources = actors.filter((a) => a.entity.id === e.source!.entity && !a.place);
    const targets = actors.filter((a) => a.entity.id === e.target!.entity && !a.place);
    // Every mention of the target in the sentence stands joined right after one of the source.
    if (!targets.length) continue;
    const partner = (t: (typeof targets)[number]) =>
      sources.some((s) => {
        const gap = t.first - s.last;
        // ('للحوثيين وقوات صالح': past و with the head of the force the target owns.)
        const mid = ctx.words[s.last + 1];
        const forceOf = gap === 2 && joinedForceHead(mid);
        if (gap !== 1 && !(gap === 2 && mid?.norm === 'و') && !forceOf) return false;
        if (gap === 1 && !joinedByWa(ctx, t.first)) return false;
        // ('بين القوات الأرمينية والأذربيجانية', 'بين دولتي أرمينيا وأذربيجان': بين a few words before the first.)
        for (let k = s.first - 1; k >= Math.max(0, s.first - BETWEEN_REACH); k--) {
          const w = ctx.words[k];
          if (w.sentence !== e.sentence || w.kind === 'punct') break;
          if (w.readings.some((r) => BETWEEN.has(r.stem))) return false;
        }
        return true;
      });
    if (!targets.every(partner)) continue;
    e.target = null;
  }
}
