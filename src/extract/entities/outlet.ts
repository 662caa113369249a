// The outlet a report comes from, named in its metadata ('وكالة رصد للأنباء'): matched against the
// knowledge base's news outlets only, with no entities pass over it.
import type { Entity } from '../../doc.js';
import { getIndex, type DictEntry } from '../../kb/kb-index.js';
import { matchWords } from '../../kb/matcher.js';
import { toWords } from '../../kb/match-words.js';

/** The outlets the KB knows under this name, as entities with no mention in the text. */
export function outletEntities(outlet: string): Entity[] {
  const idx = getIndex();
  // The field names a news outlet: say so, so that names that need a cue word ('الميادين') match.
  const text = `شبكة ${outlet}`;
  const isMedia = (e: DictEntry) => idx.entities.get(e.id)?.type === 'MEDIA';
  const out: Entity[] = [];
  for (const m of matchWords(text, toWords(text), idx, { allow: isMedia })) {
    const top = Math.max(...m.entries.map((e) => e.prio));
    const info = idx.entities.get(m.entries.find((e) => e.prio === top)!.id)!;
    if (out.some((e) => e.id === info.id)) continue;
    out.push({ id: info.id, type: 'MEDIA', name_en: info.name_en, name_ar: info.name_ar, country: info.country, role: null, geo: info.geo, mentions: [], sector: info.sector ?? null });
  }
  return out;
}
