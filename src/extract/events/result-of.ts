// An act told as what another act caused: 'شنت الطائرات غارة ... ما أسفر عن تدمير دبابة ومقتل خمسة', 'ألقى الجيش
// براميل ... مما أوقع عددا كبيرا من القتلى', 'غارة ... أدت في مطلع يوليو إلى مقتل زعيم'. The destruction and the dead
// are the toll of the act told before them in the sentence: one happening, whose doer and victim that act names
// (src/extract/events/merge.ts). Read from a result verb a few words before the act noun, with the preposition it
// governs between them; the act noun before that preposition is the verb's subject ('أدى تفجير سيارة إلى مقتل').
import type { Context } from './context.js';
import type { TriggerHit } from './triggers.js';
import { eventWords } from './word-lists.js';

export const RESULT_FLAG = 'result-of-act';

const LISTS = { result_verbs: eventWords('result_verbs'), result_links: eventWords('result_links'), result_direct: eventWords('result_direct') };
/** How many words may stand between the result verb and the act noun ('أدت في مطلع يوليو إلى مقتل', 'أوقع مستويات غير
 * مسبوقة من التدمير وعددا كبيرا من القتلى'); a punctuation mark ends the search. */
const WINDOW = 10;
const STOPS = new Set(['.', '،', ',', '؛', ';', ':', '!', '?', '؟']);

const isWord = (ctx: Context, k: number, list: keyof typeof LISTS) => {
  const w = ctx.words[k];
  return w?.kind === 'word' && w.readings.some((r) => LISTS[list].has(r.stem) && r.proclitics.every((p) => p === 'و' || p === 'ف'));
};

/** Whether the act the hit tells is the result of an act told before it: its noun is governed by a result verb of its clause. */
export function resultOfAct(ctx: Context, hit: TriggerHit): boolean {
  if (hit.pos !== 'noun') return false;
  // A phrase that opens with the verb ('أسفر عن مقتل').
  if (hit.entry.pos === 'phrase') return isWord(ctx, hit.first, 'result_verbs') || isWord(ctx, hit.first, 'result_direct');
  const s = ctx.words[hit.first].sentence;
  // A preposition seen between the verb and the noun: the noun's own ('بمقتل') or a word of its own ('عن').
  let linked = hit.proclitics.includes('ب');
  for (let k = hit.first - 1; k >= Math.max(0, hit.first - WINDOW); k--) {
    const w = ctx.words[k];
    if (w.sentence !== s || STOPS.has(w.text)) return false;
    if (isWord(ctx, k, 'result_links')) linked = true;
    if (isWord(ctx, k, 'result_verbs')) return linked;
    if (isWord(ctx, k, 'result_direct')) return k < hit.first - 1 || !/^[وف]?ال/.test(ctx.words[hit.first].norm);
  }
  return false;
}
