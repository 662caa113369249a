// A royal office named by its title alone ('واستقبل خادم الحرمين الشريفين', 'وبحث ولي العهد مع') stands for its holder in
// the kingdom of the report on the report's date (data/lexicon/home_royals.tsv): a title with a nisba or a name after it
// is read by the people stage; only a bare title no mention covers is linked here.
import type { Entity } from '../../doc.js';
import type { Word } from '../../arabic/words.js';
import { loadTsv } from '../../data-files.js';
import { normalizeArabic } from '../../arabic/normalize.js';
import { getIndex } from '../../kb/kb-index.js';
import { once } from '../../once.js';
import { kingdomOf } from './home-kingdom.js';
import { kbHolder } from './office-holders.js';

export interface RoyalTitle {
  /** The title's words in matching form, the first without clitics. */
  words: string[];
  office: string;
  countries: string[];
}

export function parseHomeRoyals(rows: Record<string, string>[], file = 'lexicon/home_royals.tsv'): RoyalTitle[] {
  return rows.map((r, i) => {
    const countries = (r.countries ?? '').split('|').map((c) => c.trim()).filter(Boolean);
    const words = normalizeArabic(r.form ?? '').split(/\s+/).filter(Boolean);
    if (!words.length || !r.office?.trim() || !countries.length || countries.some((c) => !/^[A-Z]{3}$/.test(c))) {
      throw new Error(`${file} row ${i + 1}: a form, an office and ISO alpha-3 countries are required`);
    }
    return { words, office: r.office.trim(), countries };
  });
}

const homeRoyals = once(() => parseHomeRoyals(loadTsv('lexicon/home_royals.tsv')));
const royalTitleHeads = once(() => new Set(loadTsv('lexicon/royal_title_heads.tsv').map((r) => normalizeArabic(r.word ?? '')).filter(Boolean)));

/** Whether the word before the title takes it as its genitive ('حكومة خادم الحرمين', 'لزيارة ولي العهد'). */
function ownedTitle(words: readonly Word[], k: number, heads: ReadonlySet<string>): boolean {
  const w = words[k - 1];
  return !!w && w.kind === 'word' && w.sentence === words[k].sentence && w.readings.some((r) => heads.has(r.stem));
}

/** Whether the title's words stand at word k ('وبحث ولي العهد': the first word with و or ف before it). */
function titleAt(words: readonly Word[], k: number, t: RoyalTitle): boolean {
  for (let j = 0; j < t.words.length; j++) {
    const w = words[k + j];
    if (!w || w.kind !== 'word' || w.sentence !== words[k].sentence) return false;
    if (w.norm !== t.words[j] && !(j === 0 && /^[وف]/.test(w.norm) && w.norm.slice(1) === t.words[j])) return false;
  }
  return true;
}

/** Adds a mention of the office holder at each bare royal title of the report. */
export function linkHomeRoyals(text: string, words: readonly Word[], entities: Entity[], published: string | null, titles: readonly RoyalTitle[] = homeRoyals()): Entity[] {
  const day = published?.slice(0, 10) ?? null;
  if (!day || !titles.length) return entities;
  const covered = (w: Word | undefined) => !!w && entities.some((e) => e.mentions.some((m) => m.start < w.end && w.start < m.end));
  const idx = getIndex();
  const heads = royalTitleHeads();
  for (let k = 0; k < words.length; k++) {
    const t = titles.find((x) => titleAt(words, k, x));
    if (!t) continue;
    const last = words[k + t.words.length - 1];
    const next = words[k + t.words.length];
    // A longer title read first ('ولي ولي العهد' before 'ولي العهد'), a title of a mention, or one a name or nisba follows.
    if (covered(words[k]) || covered(last) || (next?.sentence === last.sentence && covered(next)) || ownedTitle(words, k, heads)) { k += t.words.length - 1; continue; }
    const country = t.countries.length === 1 ? t.countries[0] : kingdomOf(entities, t.countries);
    const holder = country ? kbHolder(idx, `${t.office}|${country}`, day) : null;
    const info = holder ? idx.entities.get(holder.id) : undefined;
    if (!holder || !info) continue;
    let e = entities.find((x) => x.id === holder.id);
    if (!e) {
      e = { id: holder.id, type: 'PERSON', name_en: info.name_en, name_ar: info.name_ar, country: info.country, role: holder.role || null, geo: null, mentions: [], sector: info.sector ?? null };
      entities.push(e);
    }
    e.mentions.push({ start: words[k].start, end: last.end, text: text.slice(words[k].start, last.end), form: 'title' });
    e.mentions.sort((a, b) => a.start - b.start);
    k += t.words.length - 1;
  }
  return entities;
}
