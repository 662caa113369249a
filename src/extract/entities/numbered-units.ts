// Military units and regions named by a number: 'اللواء 35' (35th Brigade), 'لواء المشاة رقم 59' (59th Infantry
// Brigade), 'المنطقة العسكرية الرابعة' (4th Military Region). Heads and arm words are data (data/kb/numbered_units.tsv,
// data/kb/unit_arms.tsv); the number is digits or an ordinal word (data/lexicon/number_words.tsv). Without a number
// nothing fires, so 'اللواء الركن محمد' (a rank) stays a title. Internal to src/extract/entities/.
import { loadTsv } from '../../data-files.js';
import { normalizeArabic } from '../../arabic/normalize.js';
import { cutOffset, wordReadings, type Word } from '../../kb/match-words.js';
import type { EntityType } from '../../doc.js';
import { entityInfo, type EntityInfo } from '../../kb/kb-index.js';
import type { DocState } from './state.js';

export interface UnitWords {
  /** Head (one or two matching-form words, space-joined) -> English head and type. */
  heads: Map<string, { en: string; type: EntityType }>;
  /** Arm word (matching form, no article) -> English. */
  arms: Map<string, string>;
  /** Ordinal word (matching form) -> value. */
  ordinals: Map<string, number>;
  /** The first words of the two-word heads and arms: a word no two-word name starts with is looked up alone. */
  firstOfTwo: Set<string>;
}

export function unitWords(): UnitWords {
  const heads = new Map(loadTsv('kb/numbered_units.tsv').map((r) => [r.word.split(' ').map(normalizeArabic).join(' '), { en: r.en, type: r.type as EntityType }]));
  const arms = new Map(loadTsv('kb/unit_arms.tsv').map((r) => [r.word.split(' ').map(normalizeArabic).join(' '), r.en]));
  const ordinals = new Map(loadTsv('lexicon/number_words.tsv').filter((r) => r.type === 'ordinal').map((r) => [normalizeArabic(r.form), Number(r.value)]));
  const firstOfTwo = new Set([...heads.keys(), ...arms.keys()].filter((k) => k.includes(' ')).map((k) => k.split(' ')[0]));
  return { heads, arms, ordinals, firstOfTwo };
}

/** 1 -> 1st, 2 -> 2nd, 13 -> 13th, 22 -> 22nd. */
export function ordinalEn(n: number): string {
  const t = n % 100;
  const suf = t >= 11 && t <= 13 ? 'th' : n % 10 === 1 ? 'st' : n % 10 === 2 ? 'nd' : n % 10 === 3 ? 'rd' : 'th';
  return `${n}${suf}`;
}

const withoutArticle = (x: string): string => (x.startsWith('ال') ? x.slice(2) : x);
const bare = (w: Word): string => withoutArticle(w.norm);

/** Adds the numbered units of the document. */
export function findNumberedUnits(s: DocState, u: UnitWords = unitWords()): void {
  const n = s.words.length;
  const same = (i: number, k: number): boolean => k < n && s.sentOf[k] === s.sentOf[i];
  for (let i = 0; i < n - 1; i++) {
    const w = s.words[i];
    if (w.kind !== 'word' || s.coveredBy(i)) continue;
    // The head, one word or two ('المنطقة العسكرية'), with a clitic cut from the first.
    let head: { en: string; type: EntityType } | undefined;
    let cut = 0;
    let k = i + 1;
    for (const r of wordReadings(w)) {
      const stem = withoutArticle(r.stem);
      const two = u.firstOfTwo.has(stem) && same(i, i + 1) && s.words[i + 1].kind === 'word' ? u.heads.get(`${stem} ${bare(s.words[i + 1])}`) : undefined;
      if (two) { head = two; cut = r.cut; k = i + 2; break; }
      const one = u.heads.get(stem);
      if (one) { head = one; cut = r.cut; k = i + 1; break; }
    }
    if (!head) continue;
    const arms: string[] = [];
    const readArms = (): void => {
      while (same(i, k) && s.words[k].kind === 'word') {
        const two = same(i, k + 1) && u.firstOfTwo.has(bare(s.words[k])) ? u.arms.get(`${bare(s.words[k])} ${bare(s.words[k + 1])}`) : undefined;
        if (two) { arms.push(two); k += 2; continue; }
        const one = u.arms.get(bare(s.words[k]));
        if (!one) break;
        arms.push(one);
        k++;
      }
    };
    readArms();
    if (same(i, k) && s.words[k].norm === 'رقم') k++;
    if (!same(i, k)) continue;
    const nw = s.words[k];
    const num = nw.kind === 'number' && /^\d{1,3}$/.test(nw.text) ? Number(nw.text) : nw.kind === 'word' ? u.ordinals.get(nw.norm) : undefined;
    if (!num) continue;
    let last = k;
    k++;
    const before = arms.length;
    readArms();
    if (arms.length > before) last = k - 1;
    const nameEn = [ordinalEn(num), ...arms, head.en].join(' ');
    const start = w.start + cutOffset(w.text, cut);
    const end = s.words[last].end;
    const id = `rasad:org:${nameEn.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
    const info: EntityInfo = entityInfo({ id, type: head.type, name_en: nameEn, name_ar: s.text.slice(start, end).replace(/\s+/g, ' '), country: null, geo: null, sector: 'MIL', gender: 'm' });
    s.add(id, { start, end, first: i, last, form: 'name', top: true }, s.entities.get(id)?.info ?? info);
    i = last;
  }
}
