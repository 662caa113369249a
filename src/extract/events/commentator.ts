// Who comments on an act is not one of its sides: 'ندد وزير الخارجية X بالتفجير الإرهابي في مسجد', 'استنكرت الجامعة
// القصف التركي', 'أعربت الكويت عن إدانتها لحادث التفجير'. The subject of a verb or noun of denouncing, praising or concern
// (the trigger modes of data/lexicon/event_words.tsv comment_modes) is the commentator of the act noun it governs.
import type { ActorMention } from './actors.js';
import type { Context, CodedEvent } from './context.js';
import type { TriggerHit } from './triggers.js';
import { eventWords, isRelativePronoun } from './word-lists.js';
import { actorsBySentence } from './sides/choose.js';
import { once } from '../../once.js';

const COMMENT_MODES = once(() => eventWords('comment_modes'));
const QUOTE_OPENERS = once(() => eventWords('quote_openers'));
const RESULT_MODES = once(() => eventWords('casualty_modes'));
/** How far after the comment the act it governs may stand (past the commentator's titles and name, 'ندد معالي وزير العدل
 * رئيس المجلس الأعلى للقضاء الدكتور X بالعمل الإرهابي'). */
const GOVERNED_REACH = 16;
/** How many words (an adjective or two and the relative) may stand between the act noun and the verb of its relative clause. */
const RELATIVE_REACH = 4;

const comments = (e: CodedEvent | null | undefined): e is CodedEvent => !!e && !!e.source?.entity && COMMENT_MODES().has(e.hit.entry.mode);

/** The act noun a comment governs: the first trigger after it in its sentence, a noun, with nothing between but words
 * (quote marks aside), other comments joined to it ('إدانتها واستنكارها') and no relative pronoun. */
function governedAct(ctx: Context, hits: TriggerHit[], k: number, coded: (CodedEvent | null)[]): number {
  const s = hits[k];
  for (let j = k + 1; j < hits.length; j++) {
    const h = hits[j];
    if (h.first <= s.last) continue;
    if (ctx.words[h.first].sentence !== ctx.words[s.first].sentence || h.first - s.last > GOVERNED_REACH) return -1;
    if (COMMENT_MODES().has(h.entry.mode)) continue;
    if (h.pos !== 'noun') return -1;
    const between = ctx.words.slice(s.last + 1, h.first);
    const open = between.every((w) => (w.kind === 'word' && !isRelativePronoun(w)) || (w.kind === 'number') || (w.kind === 'punct' && QUOTE_OPENERS().has(w.text)));
    return open && !coded[j]?.hit.entry.frame.includes('sym') ? j : -1;
  }
  return -1;
}

/** For each act a comment governs (by hit index), the commentator's mentions: those of the comment's source named before
 * the act, and, where the source is named after the comment (VSO), every mention from the comment to the end of its name
 * ('وزير الخارجية السعودي عادل الجبير'). */
export function commentators(ctx: Context, hits: TriggerHit[], coded: (CodedEvent | null)[]): Map<number, Set<ActorMention>> {
  const out = new Map<number, Set<ActorMention>>();
  coded.forEach((c, k) => {
    if (!comments(c)) return;
    const j = governedAct(ctx, hits, k, coded);
    if (j < 0) return;
    const sentence = ctx.words[hits[k].first].sentence;
    const all = [...(ctx.sides.bySentence?.get(sentence) ?? []), ...ctx.actors.filter((a) => ctx.words[a.first]?.sentence === sentence)];
    const own = all.filter((a) => a.entity.id === c.source!.entity && a.last < hits[j].first);
    if (!own.length) return;
    // Those joined to them by و comment too ('الكويت والبحرين والأردن يدينون التفجير').
    const joined = (x: ActorMention, y: ActorMention) => y.first === x.last + 1 && ctx.words[y.first].readings.some((r) => r.proclitics[0] === 'و');
    for (let grew = true; grew;) {
      grew = false;
      for (const a of all) {
        if (own.includes(a) || a.last >= hits[j].first || !own.some((o) => joined(o, a) || joined(a, o))) continue;
        own.push(a);
        grew = true;
      }
    }
    const end = Math.max(...own.map((a) => a.last));
    const vso = end > hits[k].last ? all.filter((a) => a.first > hits[k].last && a.last <= end) : [];
    const gone = new Set([...own, ...vso]);
    out.set(j, gone);
    // The act's relative clause tells the same act ('أدانت البحرين التفجير الإرهابي الذي استهدف مسجدا').
    const told = hits[j + 1];
    const rel = told && told.pos === 'verb' && told.first > hits[j].last && told.first - hits[j].last <= RELATIVE_REACH ? ctx.words.slice(hits[j].last + 1, told.first) : [];
    if (rel.length && isRelativePronoun(rel[rel.length - 1]) && rel.every((w) => w.kind === 'word')) out.set(j + 1, gone);
    // ... and so do the deaths and wounds it caused, told after it in its sentence ('وأدى إلى مقتل وإصابة عدد من رجال الأمن').
    for (let r = j + 1; r < hits.length && ctx.words[hits[r].first].sentence === sentence; r++) {
      if (hits[r].pos === 'noun' && RESULT_MODES().has(hits[r].entry.mode)) out.set(r, gone);
    }
  });
  return out;
}

/** The context an act governed by a comment is coded in: its commentator's mentions are no candidates. */
export function withoutCommentator(ctx: Context, gone: Set<ActorMention>): Context {
  const actors = ctx.sides.actors.filter((a) => !gone.has(a));
  return { ...ctx, actors: ctx.actors.filter((a) => !gone.has(a)), sides: { ...ctx.sides, actors, bySentence: actorsBySentence(ctx.words, actors) } };
}
