// Who struck, told with the noun of the strike: a force right after it ('قصف الطيران الحربي', 'غارات التحالف', 'قصف
// المدفعية الإسرائيلية', 'توغل القوات الأوكرانية').
import type { ActorMention } from './actors.js';
import type { Context } from './context.js';
import type { TriggerHit } from './triggers.js';
import { actorsOfSentence } from './sides/choose.js';
import { eventWords } from './word-lists.js';
import { loadSideRuleWords } from './side-rule-words.js';

const AGENT_GENITIVE = eventWords('agent_genitive_nouns');
export const FORCE_SECTORS = new Set(['MIL', 'COP', 'REB', 'UAF', 'INS', 'SPY']);

/** A noun of a strike at word k ('قصف', 'غارات'), with or without the article. */
export const strikeNoun = (ctx: Context, k: number) => ctx.words[k]?.kind === 'word' && ctx.words[k].readings.some((r) => AGENT_GENITIVE.has(r.stem.replace(/^ال/, '')));

/** A preposition written on the mention's own first word ('للمتمردين'); one before the strike noun governs the noun ('في
 * هجمات المتمردين'), its genitive being free. */
const ownPreposition = (ctx: Context, a: ActorMention) => ctx.words[a.first]?.readings.every((r) => r.proclitics.some((p) => p === 'ب' || p === 'ل' || p === 'ك')) ?? true;

/** A force right after a noun of a strike (no preposition, not a place), or null. */
export function strikeAgent(ctx: Context, hit: TriggerHit): ActorMention | null {
  if (hit.pos !== 'noun' || hit.entry.type !== 'ASSAULT' || !strikeNoun(ctx, hit.last)) return null;
  return actorsOfSentence(ctx.sides, hit.first).find((a) => (a.first === hit.last + 1 || (a.form === 'nisba' && !!a.headed && a.first === hit.last + 2)) && !(a.prep && ownPreposition(ctx, a)) && !a.place && a.form !== 'pronoun' && FORCE_SECTORS.has(a.sector ?? '')) ?? null;
}

/** The sides with the strike's agent as source: read as the target too, it leaves that side to the other one read. */
export function withAgentFirst(agent: ActorMention, src: ActorMention | null, tgt: ActorMention | null): [ActorMention, ActorMention | null] {
  return [agent, tgt?.entity.id === agent.entity.id ? (src && src.entity.id !== agent.entity.id ? src : null) : tgt];
}

const WEAPONS = loadSideRuleWords().get('weapon_noun')!;
/** A nisba after a weapon and the word in construct with it ('قذائف الهاون الحوثية', 'صواريخ الكاتيوشا الإسرائيلية'): whose
 * the weapons are, who fired them. */
export const weaponOwner = (ctx: Context, a: ActorMention): boolean => a.form === 'nisba' && ctx.words[a.first - 1]?.kind === 'word' && ctx.words[a.first - 1].norm.startsWith('ال')
  && !!ctx.words[a.first - 2] && ctx.words[a.first - 2].kind === 'word' && ctx.words[a.first - 2].readings.some((r) => WEAPONS.has(r.stem));
