// A site named again by its head noun alone ('مستشفى كمال عدوان ... خلال اقتحامها للمستشفى', 'مطار عدن ... في
// المطار'): an event whose sentence names no place happened at the site the report named before with that head
// (data/kb/named_heads.tsv, the PLACE heads), the nearest one within a few sentences.
import { namedHeads } from '../entities/named-heads.js';
import { once } from '../../once.js';
import { normalizeArabic } from '../../arabic/normalize.js';
import type { ActorMention } from './actors.js';
import type { Context } from './context.js';

const WINDOW_SENTENCES = 6;

const siteHeads = once(() => new Set([...namedHeads()].filter(([, h]) => h.type === 'PLACE' && h.en).map(([w]) => w)));

/** The head noun a word names with the article ('للمستشفى' -> 'مستشفي'), when it is a site's head. */
function definiteHead(ctx: Context, k: number, heads: ReadonlySet<string>): string | null {
  const w = ctx.words[k];
  if (w.kind !== 'word') return null;
  const r = w.readings.find((x) => x.proclitics.includes('ال') && !x.enclitic && heads.has(x.stem));
  if (!r) return null;
  // 'المستشفى الميداني', 'المطار العسكري': a definite word after the head makes another phrase.
  const next = ctx.words[k + 1];
  if (next && next.kind === 'word' && next.sentence === w.sentence && next.norm.startsWith('ال')) return null;
  return r.stem;
}

/** The site an event's clause refers back to by its head noun, as the mention that named it. */
export function siteReferredTo(ctx: Context, clause: [number, number], heads: ReadonlySet<string> = siteHeads()): ActorMention | null {
  for (let k = clause[0]; k < clause[1]; k++) {
    const head = definiteHead(ctx, k, heads);
    if (!head) continue;
    const sentence = ctx.words[k].sentence;
    let found: ActorMention | null = null;
    for (const a of ctx.actors) {
      if (a.last >= k) break;
      if (!a.entity.geo || a.entity.type !== 'PLACE') continue;
      if (sentence - ctx.words[a.first].sentence > WINDOW_SENTENCES) continue;
      if (normalizeArabic(a.entity.name_ar).split(' ')[0] === head) found = a;
    }
    if (found) return found;
  }
  return null;
}
