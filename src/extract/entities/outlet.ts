// The outlet a report comes from, named in its metadata ('وكالة رصد للأنباء'): matched against the
// knowledge base's news outlets only, with no entities pass over it.
import type { Entity } from '../../doc.js';
import { getIndex, type DictEntry, type EntityInfo } from '../../kb/kb-index.js';
import { matchWords } from '../../kb/matcher.js';
import { toWords } from '../../kb/match-words.js';

/**
 * A Latin outlet name folded for comparison: 'alweeam (via SaudiNewsNet)', 'Al-Weeam' and
 * 'www.alweeam.com.sa' all give 'alweeam'.
 */
export function foldLatinOutlet(name: string): string {
  const bare = name.replace(/\([^)]*\)/g, ' ').trim().toLowerCase().replace(/^https?:\/\//, '').replace(/^www\./, '');
  const host = /^[a-z0-9-]+(\.[a-z]{2,})+(\/|$)/.test(bare) ? bare.split('.')[0] : bare;
  return host.replace(/^the\s+/, '').replace(/[^a-z0-9]+/g, '');
}

/**
 * The keys a Latin outlet name is compared under: its folded form, then, for a web address, each label of the host
 * name and the labels read from the right ('arabic.cnn.com' -> cnn, cnnarabic; 'news.un.org' -> unnews).
 */
export function outletKeys(name: string): string[] {
  const keys = [foldLatinOutlet(name)];
  const bare = name.replace(/\([^)]*\)/g, ' ').trim().toLowerCase().replace(/^https?:\/\//, '').replace(/^www\./, '');
  if (/^[a-z0-9-]+(\.[a-z0-9-]+)+(\/|$)/.test(bare)) {
    const labels = bare.split('/')[0].split('.').slice(0, -1).filter((l) => l !== 'www');
    if (labels.length > 1) keys.push(...labels.map((l) => l.replace(/[^a-z0-9]+/g, '')), labels.reverse().join('').replace(/[^a-z0-9]+/g, ''));
  }
  return [...new Set(keys)].filter((k) => k.length >= 3);
}

/** The outlets the KB knows under this name, as entities with no mention in the text. */
export function outletEntities(outlet: string): Entity[] {
  const idx = getIndex();
  // Metadata often names the outlet in Latin letters (a feed's title, a corpus's slug): compared
  // with the English names of the KB's outlets.
  if (!/[\u0600-\u06FF]/.test(outlet)) {
    for (const key of outletKeys(outlet)) {
      for (const info of idx.entities.values()) {
        if (info.type === 'MEDIA' && foldLatinOutlet(info.name_en) === key) return [toOutletEntity(info)];
      }
      // An outlet's web address among its KB names ('aawsat.com' for Asharq Al-Awsat): feeds name outlets by host.
      for (const o of idx.kb.orgs) {
        if (o.type !== 'MEDIA' || !o.names_ar.some((n) => /^[a-z0-9-]+(\.[a-z]{2,})+$/i.test(n.text) && foldLatinOutlet(n.text) === key)) continue;
        const info = idx.entities.get(o.id);
        if (info) return [toOutletEntity(info)];
      }
    }
    return [];
  }
  // The field names a news outlet: say so, so that names that need a cue word ('الميادين') match.
  const text = `شبكة ${outlet}`;
  const isMedia = (e: DictEntry) => idx.entities.get(e.id)?.type === 'MEDIA';
  const out: Entity[] = [];
  for (const m of matchWords(text, toWords(text), idx, { allow: isMedia })) {
    const top = Math.max(...m.entries.map((e) => e.prio));
    const info = idx.entities.get(m.entries.find((e) => e.prio === top)!.id)!;
    if (out.some((e) => e.id === info.id)) continue;
    out.push(toOutletEntity(info));
  }
  return out;
}

function toOutletEntity(info: EntityInfo): Entity {
  return { id: info.id, type: 'MEDIA', name_en: info.name_en, name_ar: info.name_ar, country: info.country, role: null, geo: info.geo, mentions: [], sector: info.sector ?? null };
}
