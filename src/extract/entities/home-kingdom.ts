// 'المملكة' alone is the kingdom of the report (data/lexicon/home_kingdom.tsv): the country of the outlet when it is one
// of the kingdoms listed, else the one listed kingdom the report names (twice at least). 'المملكة المتحدة', 'المملكة
// الأردنية الهاشمية' are names the KB matches first; only a bare word no mention covers is linked.
import type { Entity } from '../../doc.js';
import type { Word } from '../../arabic/words.js';
import { loadTsv } from '../../data-files.js';
import { normalizeArabic } from '../../arabic/normalize.js';
import { getIndex } from '../../kb/kb-index.js';
import { once } from '../../once.js';

export interface KingdomForm {
  form: string;
  /** The form with its clitics, on a word's matching form. */
  pattern: RegExp;
  countries: string[];
}

export function parseHomeKingdom(rows: Record<string, string>[], file = 'lexicon/home_kingdom.tsv'): KingdomForm[] {
  return rows.map((r, i) => {
    const countries = (r.countries ?? '').split('|').map((c) => c.trim()).filter(Boolean);
    if (!r.form?.trim() || !countries.length || countries.some((c) => !/^[A-Z]{3}$/.test(c))) throw new Error(`${file} row ${i + 1}: a form and ISO alpha-3 countries are required`);
    const form = normalizeArabic(r.form.trim());
    if (!form.startsWith('ال')) throw new Error(`${file} row ${i + 1}: the form is written with its article`);
    return { form, pattern: new RegExp(`^[وف]?(?:[بك]?ال|لل)${form.slice(2)}$`), countries };
  });
}

const homeKingdomForms = once(() => parseHomeKingdom(loadTsv('lexicon/home_kingdom.tsv')));

/** Adds a mention of the report's kingdom at each bare 'المملكة' (with its clitics: 'وأعلنت المملكة', 'للمملكة'). */
export function linkHomeKingdom(words: readonly Word[], entities: Entity[], forms: readonly KingdomForm[] = homeKingdomForms()): Entity[] {
  if (!forms.length || !words.length) return entities;
  const covered = (start: number, end: number) => entities.some((e) => e.mentions.some((m) => m.start < end && start < m.end));
  const idx = getIndex();
  for (const f of forms) {
    const spans: { start: number; end: number; text: string }[] = [];
    for (const w of words) {
      if (w.kind !== 'word') continue;
      // With the article, after any clitics ('وأدانت المملكة', 'بالمملكة', 'للمملكة'); 'مملكة' alone is any kingdom.
      if (!f.pattern.test(w.norm)) continue;
      if (covered(w.start, w.end)) continue;
      spans.push({ start: w.start, end: w.end, text: w.text });
    }
    if (!spans.length) continue;
    const code = kingdomOf(entities, f.countries);
    const rec = code ? idx.kb.byIso3.get(code) : undefined;
    if (!rec) continue;
    let e = entities.find((x) => x.type === 'COUNTRY' && x.country === code);
    if (!e) {
      const info = idx.entities.get(rec.id)!;
      e = { id: info.id, type: 'COUNTRY', name_en: info.name_en, name_ar: info.name_ar, country: code, role: null, geo: info.geo, mentions: [], sector: info.sector ?? null };
      entities.push(e);
    }
    for (const s of spans) e.mentions.push({ start: s.start, end: s.end, text: s.text, form: 'name' });
    e.mentions.sort((a, b) => a.start - b.start);
  }
  return entities;
}

/** The kingdom meant: the outlet's (a MEDIA entity with no mention), else the one named most, else none. */
export function kingdomOf(entities: readonly Entity[], countries: string[]): string | null {
  const outlet = entities.find((e) => e.type === 'MEDIA' && !e.mentions.length && e.country && countries.includes(e.country));
  if (outlet) return outlet.country;
  const counts = countries.map((c) => entities.filter((e) => e.country === c && (e.type === 'COUNTRY' || e.type === 'PLACE')).reduce((n, e) => n + e.mentions.length, 0));
  // Named twice at least, and the only one of them named: a report from elsewhere that mentions a kingdom once says
  // 'المملكة' of its own.
  const best = Math.max(...counts);
  if (best < 2 || counts.filter((n) => n > 0).length > 1) return null;
  return countries[counts.indexOf(best)];
}
