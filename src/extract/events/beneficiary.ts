// Whom an act is done to help is none of its sides: in 'شنت الطائرات مئات الضربات لمساعدة القوات العراقية على صد داعش'
// the Iraqi forces are helped by the strikes; they neither struck nor were struck. The purpose is a verbal noun of aid or
// support with ل ('لمساعدة', 'لدعم', 'لمساندة') after the act; the body right after it is the one helped.
import type { ActorMention } from './actors.js';
import type { Context } from './context.js';
import type { TriggerHit } from './triggers.js';
import { eventWords } from './word-lists.js';
import { once } from '../../once.js';

const HELPING_TYPES = once(() => eventWords('helping_types'));
/** How far after the act its purpose may stand, and how far after the purpose noun the one helped. */
const PURPOSE_REACH = 12;
const HELPED_REACH = 3;

/** For each act a purpose of help follows (by hit index), the mentions of the one helped. */
export function beneficiaries(ctx: Context, hits: TriggerHit[]): Map<number, Set<ActorMention>> {
  const out = new Map<number, Set<ActorMention>>();
  for (const p of hits) {
    const lam = p.proclitics.includes('ل') || ctx.words[p.first].readings.some((r) => r.proclitics.includes('ل'));
    if (p.pos !== 'noun' || !lam || !HELPING_TYPES().has(p.entry.type.toLowerCase())) continue;
    const sentence = ctx.words[p.first].sentence;
    const helped = [...ctx.sides.actors, ...ctx.actors].filter((a) => ctx.words[a.first]?.sentence === sentence && a.first > p.last && a.first <= p.last + HELPED_REACH && !a.prep
      && ctx.words.slice(p.last + 1, a.first).every((w) => w.kind === 'word'));
    if (!helped.length) continue;
    hits.forEach((e, k) => {
      if (e === p || e.last >= p.first || ctx.words[e.first].sentence !== sentence || p.first - e.last > PURPOSE_REACH || HELPING_TYPES().has(e.entry.type.toLowerCase())) return;
      if (ctx.words.slice(e.last + 1, p.first).some((w) => w.kind === 'punct' && !/^[،,]$/.test(w.text))) return;
      const set = out.get(k) ?? new Set<ActorMention>();
      for (const a of helped) set.add(a);
      out.set(k, set);
    });
  }
  return out;
}
