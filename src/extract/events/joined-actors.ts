// Two parties written side by side with و, neither after a preposition ('ساهمت طائرات التحالف والجيش في', 'هاجم الحوثيون
// وقوات صالح المدينة'), fight together: neither is the other's target (in an act of material conflict; two parties
// that agree or meet, 'أعلن الطرفان ... ورحبا', are its two sides). A pair an act names with بين or as its two sides
// ('اشتباكات بين الجيش والمسلحين') is left to the act's frame. Internal to src/extract/events/.
import type { Word } from '../../arabic/words.js';
import { joinedByWa, type ActorMention } from './actors.js';
import type { TriggerHit } from './triggers.js';
import { MATERIAL_CONFLICT } from './kinds.js';

/** Whether source and target are two parties joined by و as one subject of the act. */
export function actTogether(words: readonly Word[], hit: TriggerHit, a: ActorMention, b: ActorMention): boolean {
  if (!MATERIAL_CONFLICT.has(hit.entry.type) || a.prep || b.prep || hit.entry.frame.includes('sym') || hit.entry.frame.includes('بين')) return false;
  const [first, second] = a.first < b.first ? [a, b] : [b, a];
  // (The second may open with its head noun: 'وقوات صالح', 'ومسلحو الحركة'.)
  const next = first.last + 1;
  return (second.first === next || second.first === next + 1) && joinedByWa(words[next]) && (first.first > hit.last || second.last < hit.first);
}
