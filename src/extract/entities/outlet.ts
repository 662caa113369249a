// The outlet a report comes from, named in its metadata ('وكالة رصد للأنباء'): matched against the
// knowledge base's news outlets only, with no entities pass over it.
import type { Entity } from '../../doc.js';
import { entitiesOfType, getIndex, type DictEntry, type EntityInfo, type Index } from '../../kb/kb-index.js';
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

/** The KB's news outlets by the keys a Latin outlet name is compared under (outletKeys), for one index. */
export interface LatinOutlets {
  idx: Index;
  /** Folded English name -> the first outlet of the index's entities so named. */
  byName: Map<string, EntityInfo>;
  /** Folded web address among an outlet's KB names ('aawsat.com' -> aawsat) -> the first outlet of kb.orgs with it. */
  byHost: Map<string, EntityInfo>;
}

/** The Latin names of an index's outlets, built once for every document (entityCues().outlets). */
export function latinOutlets(idx: Index): LatinOutlets {
  const byName = new Map<string, EntityInfo>();
  for (const info of entitiesOfType(idx, 'MEDIA')) {
    const key = foldLatinOutlet(info.name_en);
    if (!byName.has(key)) byName.set(key, info);
  }
  const byHost = new Map<string, EntityInfo>();
  for (const o of idx.kb.orgs) {
    const info = o.type === 'MEDIA' ? idx.entities.get(o.id) : undefined;
    if (!info) continue;
    for (const n of o.names_ar) {
      if (!/^[a-z0-9-]+(\.[a-z]{2,})+$/i.test(n.text)) continue;
      const key = foldLatinOutlet(n.text);
      if (!byHost.has(key)) byHost.set(key, info);
    }
  }
  return { idx, byName, byHost };
}

/** The outlets the KB knows under this name, as entities with no mention in the text (`latin`: the index's outlets by Latin name, when built). */
export function outletEntities(outlet: string, latin?: LatinOutlets): Entity[] {
  const idx = getIndex();
  // Metadata often names the outlet in Latin letters (a feed's title, a corpus's slug): compared
  // with the English names of the KB's outlets, then with the web addresses among their KB names
  // ('aawsat.com' for Asharq Al-Awsat: feeds name outlets by host).
  if (!/[\u0600-\u06FF]/.test(outlet)) {
    const names = latin?.idx === idx ? latin : latinOutlets(idx);
    for (const key of outletKeys(outlet)) {
      const info = names.byName.get(key) ?? names.byHost.get(key);
      if (info) return [toOutletEntity(info)];
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
