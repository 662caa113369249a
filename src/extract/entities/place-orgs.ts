// Local bodies named by a head and a KB place: 'مجلس محافظة الأنبار' (Anbar Provincial Council), 'محكمة استئناف
// طرابلس' (Tripoli Court of Appeal). The heads are data (data/kb/place_org_heads.tsv); the place keeps its own
// mention, the phrase becomes an ORG named from the place's English name. Internal to src/extract/entities/.
import { loadTsv } from '../../data-files.js';
import { normalizeArabic } from '../../arabic/normalize.js';
import { cutOffset, wordReadings, type Word } from '../../kb/match-words.js';
import type { EntityType } from '../../doc.js';
import { entityInfo, type EntityInfo } from '../../kb/kb-index.js';
import type { DocState } from './state.js';
import { idSlug } from '../../kb/slug.js';

export interface PlaceOrgHead {
  /** Matching forms of the head words, in text order. */
  words: string[];
  /** English name with {place}. */
  en: string;
  type: EntityType;
  sector: string;
}

/** data/kb/place_org_heads.tsv, longest heads first. */
export function placeOrgHeads(): PlaceOrgHead[] {
  return loadTsv('kb/place_org_heads.tsv')
    .map((r) => ({ words: r.head.trim().split(/\s+/).map(normalizeArabic), en: r.en, type: r.type as EntityType, sector: r.sector }))
    .sort((a, b) => b.words.length - a.words.length);
}

/** The place's English name as a body's name uses it: 'Al Anbar Governorate' -> 'Anbar'. */
export function shortPlaceName(nameEn: string): string {
  return nameEn.replace(/,.*$/, '').replace(/\s+(Governorate|Province|District|Region)$/i, '').replace(/^Al[- ](?=[A-Z])/, '').trim();
}

/** The first head word, with a clitic (و ف ب ل) and the article allowed: cut of the clitic, or -1. */
function firstWordCut(w: Word, form: string): number {
  if (w.kind !== 'word') return -1;
  for (const r of wordReadings(w)) if (r.stem === form || r.stem === `ال${form}`) return r.cut;
  return -1;
}

/** Adds the local bodies of KB places named in the document. */
export function findPlaceOrgs(s: DocState, heads: readonly PlaceOrgHead[] = placeOrgHeads()): void {
  for (const m of [...s.mentions]) {
    const info = s.entities.get(m.id)!.info;
    if (!m.top || info.type !== 'PLACE') continue;
    for (const h of heads) {
      // The head ends before the place, or on its first word when the place mention holds its cue ('محافظة الأنبار').
      const inside = s.words[m.first].norm === h.words[h.words.length - 1] && m.last > m.first ? 1 : 0;
      const first = m.first + inside - h.words.length;
      if (first < 0 || s.sentOf[first] !== s.sentOf[m.first]) continue;
      const cut = firstWordCut(s.words[first], h.words[0]);
      if (cut < 0 || !h.words.slice(1).every((w, k) => s.words[first + 1 + k].norm === w)) continue;
      if (s.coveredBy(first)) continue;
      const nameEn = h.en.replace('{place}', shortPlaceName(info.name_en));
      const start = s.words[first].start + cutOffset(s.words[first].text, cut);
      const end = s.words[m.last].end;
      const id = `rasad:org:${idSlug(nameEn)}`;
      const org: EntityInfo = entityInfo({ id, type: h.type, name_en: nameEn, name_ar: s.text.slice(start, end).replace(/\s+/g, ' '), country: info.country, geo: null, sector: h.sector, gender: 'm' });
      s.add(id, { start, end, first, last: m.last, form: 'name', top: false }, s.entities.get(id)?.info ?? org);
      break;
    }
  }
}
