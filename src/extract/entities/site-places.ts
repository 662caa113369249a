// A named site ('مستشفى كمال عدوان', 'مطار عدن': a place named by its head noun, named-heads.ts) has no coordinates of its own. Told in a
// place ('مستشفى كمال عدوان في بيت لاهيا', 'مطار عدن'), it is put at that place's coordinates with that place's
// precision and country, so that an event there is mapped at the site's name rather than only at the town's.
import type { DocState, DocMention } from './state.js';

/** Words that say where the site is: 'في بيت لاهيا', 'بمدينة عدن', 'شمال غزة' (after في), up to this many words on. */
const WITHIN_WORDS = 3;

export function placeNamedSites(s: DocState): void {
  for (const [id, e] of s.entities) {
    const info = e.info;
    if (info.type !== 'PLACE' || info.geo || info.kind !== 'facility') continue;
    const where = e.mentions.map((m) => containing(s, m)).find((x) => x !== null);
    if (!where) continue;
    const w = s.entities.get(where.id)!.info;
    e.info = { ...info, geo: w.geo, country: info.country ?? w.country };
  }
}

/** The place with coordinates the site's mention holds ('مطار عدن') or names right after it with في or ب. */
function containing(s: DocState, m: DocMention): DocMention | null {
  for (let k = m.first; k <= m.last; k++) {
    const inner = s.mentions.find((x) => x !== m && x.first >= m.first && x.last <= m.last && x.first === k && hasGeo(s, x.id));
    if (inner) return inner;
  }
  const next = s.words[m.last + 1];
  if (!next || next.kind !== 'word' || s.sentOf[m.last + 1] !== s.sentOf[m.last]) return null;
  const prep = /^[وف]?(في|ب)/.exec(next.norm);
  if (!prep) return null;
  for (let k = m.last + 1; k <= m.last + WITHIN_WORDS && k < s.words.length; k++) {
    if (s.sentOf[k] !== s.sentOf[m.last]) break;
    const at = s.startingAt(k);
    if (at && hasGeo(s, at.id)) return at;
  }
  return null;
}

function hasGeo(s: DocState, id: string): boolean {
  const info = s.entities.get(id)?.info;
  return !!info?.geo && info.type !== 'COUNTRY';
}
